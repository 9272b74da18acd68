// The site as data: documents grouped by unit and fiscal year, summarized
// into small UnitYearSummary records from which every page other than the
// unit-year page itself is made (home, unit pages, comparisons, glossary,
// browse pages, search index, open data). Keeping those pages a function of
// the summaries only is what lets a later build cache re-render little.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model.h"
#include "unit_identity.h"

namespace gongkai {

// A headline figure: its key in Figures::amounts and its label.
struct FigureDef {
  const char* key;
  const char* label;
};
// In display order: totals, basic/project, personnel/public, 三公, 机关运行经费...
const std::vector<FigureDef>& HeadlineFigures();

// "部门预算" for "budget" etc.; the key itself when unknown.
std::string DocumentKindLabel(const std::string& kind);
// A standard name of a functional class (类) code, "" when not in the table.
std::string StandardFunctionName(const std::string& code);

// One figure as shown: the amount and where it came from.
struct FigureValue {
  Cents cents = 0;
  int line = 0;
  std::string source;  // table title or "narrative"
  int document = 0;    // 1-based number of the document in its unit-year (source-N.txt / .pdf)
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
  Currency currency = Currency::kUnknown;
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

// Whether the documents of a duplicated kind disagree on a headline figure:
// different amounts, or one states it and another does not.
bool FigureDiffers(const FigureSet& set, const std::string& key);

// The score's key and label wherever it stands next to the headline figures
// (compare data, open data): it is not an amount, so not in HeadlineFigures().
inline constexpr FigureDef kScoreFigure = {"score", "自评得分"};
// "99.99" for 9999: the exact decimal of a score, two decimals.
std::string ScoreDecimal(std::int64_t hundredths);
// "99.99 分".
std::string FormatScore(std::int64_t hundredths);
// A document's score as shown, nullopt when it has none: source is the title
// of the table holding the 总分 row ("绩效自评表" when not found), line the
// line where the number itself is printed (in Word exports one cell per line,
// so the line after 总分), else the score's own line. `document` is 1-based.
std::optional<ScoreValue> DocumentScore(const Document& doc, int document);

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

// "2024", or "unknown" for year 0: the path segment and label of a year.
std::string YearSlug(int year);
// "units/<slug>/<year>/": the unit-year's folder (its page, data, sources).
std::string UnitYearDir(const UnitYearSummary& s);
// "units/<slug>/<year>/index.html".
std::string UnitYearPath(const UnitYearSummary& s);
std::string UnitPath(const std::string& unit_slug);
// The figures used when one number stands for the unit-year: final accounts
// first, then budget, then anything else; nullptr when no figures.
const FigureSet* PrimaryFigures(const UnitYearSummary& s);
// The unit-year's self-evaluation score: from the 绩效自评 figure set first,
// then from any other set in canonical order; nullptr when none.
const ScoreValue* UnitYearScore(const UnitYearSummary& s);

// The chain of places that starts a unit name: "中共株洲市荷塘区委巡察办" ->
// {"株洲市", "株洲市荷塘区"}; empty when the name does not start with a place.
std::vector<std::string> RegionChain(const std::string& unit_name);
// The kind of unit, from a rules table over the name.
std::string UnitKindOf(const std::string& unit_name);

// Documents of one unit and one fiscal year, ordered by file.
struct UnitYearGroup {
  std::string unit_name;
  std::string unit_slug;
  bool unit_name_set_by_user = false;
  std::vector<UnitAlias> unit_aliases;
  int year = 0;
  std::vector<const Document*> documents;
};

// Why a document gets no unit-year page, one line ("" when it gets one):
// Document::unread (a scan, a broken PDF, an empty or binary file...), else
// kNoUnitName when no unit name was recognised (a page under a made-up unit
// would mix unrelated files and mislead comparisons).
std::string UnreadReason(const Document& doc);
inline constexpr const char kNoUnitName[] = "未识别出单位名称";

// A content file that gave no disclosure, and why (UnreadReason).
struct UnreadFile {
  std::string file;  // as named in the content folder: "2024/x.pdf"
  std::string reason;
};

// Groups documents by unit (IdentifyUnits, unit_identity.h) and year;
// sorted by (slug, year). Documents with an UnreadReason are left out (they
// are listed as unread). The documents' own overrides must already be
// applied (ApplyOverrides); `overrides` gives the declared units.
struct UnitOverrides;
std::vector<UnitYearGroup> GroupDocuments(const std::vector<Document>& documents,
                                          const UnitOverrides* overrides = nullptr);

// Summarizes one group (reads only that group's documents).
UnitYearSummary Summarize(const UnitYearGroup& group);

// Every definition of a term with the unit-years that use it.
struct GlossaryUse {
  std::string unit_name;
  std::string unit_slug;
  int year = 0;
  std::string url;  // unit-year page, relative to the site root
};
struct GlossaryDefinition {
  std::string text;
  std::vector<GlossaryUse> uses;
};
struct GlossaryItem {
  std::string term;
  std::string anchor;  // "term-ji-ben-zhi-chu-1a2b3c"
  std::vector<GlossaryDefinition> definitions;  // identical texts merged
};
// The anchor of a term on glossary/index.html.
std::string TermAnchor(const std::string& term);
// Merges the terms of all summaries (one per unit-year, as BuildSiteModel
// holds them); sorted by pinyin (ICU zh@collation=pinyin). A unit-year
// that states a term twice is one use.
std::vector<GlossaryItem> MergeGlossary(const std::vector<UnitYearSummary>& summaries);

// Sorts strings by pinyin collation, ties by bytes (deterministic).
void SortByPinyin(std::vector<std::string>* values);

// A unit and its years (indexes into SiteModel::unit_years).
struct UnitEntry {
  std::string name;
  std::string slug;
  bool name_set_by_user = false;
  std::vector<UnitAlias> aliases;
  std::vector<std::string> regions;
  std::string kind;
  std::vector<std::size_t> years;  // ascending year
};

// Everything the summary-based pages are made from.
struct SiteModel {
  std::vector<UnitYearSummary> unit_years;  // sorted by (unit_slug, year)
  std::vector<UnitEntry> units;             // sorted by pinyin of the name
  std::map<int, std::vector<std::size_t>> by_year;                 // year -> unit_years
  std::map<std::string, std::vector<std::size_t>> by_region;       // region -> units
  std::map<std::string, std::vector<std::size_t>> by_kind;         // unit kind -> units
  std::vector<GlossaryItem> glossary;
  int documents = 0;
  std::vector<UnreadFile> unread;  // sorted by file; listed on unread/index.html
};

SiteModel BuildSiteModel(std::vector<UnitYearSummary> summaries, std::vector<UnreadFile> unread = {});

}  // namespace gongkai
