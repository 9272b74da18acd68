// A unit-year: the documents of one unit and one fiscal year (the group a
// build parses together) and the small summary every page other than its own
// is made from, with the paths of its folder and page.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model.h"
#include "unit_identity.h"

namespace gongkai {

// One figure as shown: the amount and where it came from.
struct FigureValue {
  Cents cents = 0;
  int line = 0;
  std::string source;  // FigureSourceText: the table's title, or "narrative"
  int document = 0;    // 1-based number of the document in its unit-year (source-N.txt / .pdf)
  FigureSource from = FigureSource::kTable;
};

// A self-evaluation's total score (总分) as shown: exact hundredths (9999 is
// 99.99 分), never floating point, and where it came from.
struct ScoreValue {
  std::int64_t hundredths = 0;
  int line = 0;
  std::string source;  // the self-evaluation table's title, "绩效自评表" when not found
  int document = 0;    // 1-based number of the document in its unit-year
};

// The figures that documents of one kind state for a unit-year.
struct FigureSet {
  std::string doc_kind;  // "budget", "final", "performance-evaluation"...
  MoneyUnit currency = MoneyUnit::kUnknown;
  std::map<std::string, FigureValue> amounts;
  std::map<std::string, FigureValue> by_function;  // 类 code -> amount
  std::map<std::string, FigureValue> by_function_kuan;  // 款 code -> amount (function_execution.h)
  std::optional<ScoreValue> score;                 // 总分 of a self-evaluation
  // Duplicates: the 1-based numbers of every document of this kind in the
  // unit-year (two files for the same unit, year and kind are both kept)
  // and, when there are two or more, each headline figure as every one of
  // them states it (in document order; `amounts` shows the first).
  std::vector<int> documents;
  std::map<std::string, std::vector<FigureValue>> stated;
};

struct TableRef {
  std::string title;
  std::string anchor;  // "table-03" on the unit-year page
};

// One document of a unit-year as the audit overview lists it (audit_pages.h):
// its transparency score and its open findings.
struct DisclosureAudit {
  int document = 0;         // 1-based number in its unit-year (source-N)
  std::string kind;         // the document's primary kind ("budget" ...)
  bool scored = false;      // budgets and final accounts only
  std::int64_t score = 0;   // hundredths (10000 = 100 分)
  int warnings = 0;         // every warning diagnostic of the document
  int info = 0;             // info findings (rounding)
  int missing_tables = 0;   // expected tables missing or illegible
};

// What pages other than the unit-year page need to know about a unit-year.
struct UnitYearSummary {
  std::string unit_name;
  std::string unit_slug;
  bool unit_name_set_by_user = false;  // declared in content/units.toml
  std::vector<UnitAlias> unit_aliases;  // the unit's other names, every year's (unit_identity.h)
  std::vector<std::string> regions;  // place chain read from the name: 株洲市, 株洲市荷塘区
  std::string unit_kind;             // e.g. "巡察机构" (from the name, see site_model.cc)
  int year = 0;                      // 0 when no document stated one
  std::vector<std::string> kinds;    // document kinds, canonical order
  int documents = 0;
  std::vector<FigureSet> figure_sets;  // one per document kind with figures
  std::map<std::string, std::string> function_names;  // 类 and 款 code -> name as printed
  std::vector<TableRef> tables;
  std::vector<GlossaryTerm> glossary;  // every term, in document order
  std::vector<DisclosureAudit> audits;  // one per document, in document order
};

// Documents of one unit and one fiscal year, ordered by file.
struct UnitYearGroup {
  std::string unit_name;
  std::string unit_slug;
  bool unit_name_set_by_user = false;
  std::vector<UnitAlias> unit_aliases;
  int year = 0;
  std::vector<const Document*> documents;
};

// "2024", or "unknown" for year 0: the path segment and label of a year.
std::string YearSlug(int year);
// "units/<slug>/<year>/": the unit-year's folder (its page, data, sources).
std::string UnitYearDir(const UnitYearSummary& s);
// "units/<slug>/<year>/index.html".
std::string UnitYearPath(const UnitYearSummary& s);
std::string UnitPath(const std::string& unit_slug);

}  // namespace gongkai
