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
#include "figure_identities.h"
#include "overrides.h"
#include "site_glossary.h"
#include "unit_names.h"
#include "unit_year.h"

namespace gongkai {

// "部门预算" for "budget" etc.; the key itself when unknown.
std::string DocumentKindLabel(const std::string& kind);

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

// The figures used when one number stands for the unit-year: final accounts
// first, then budget, then anything else; nullptr when no figures.
const FigureSet* PrimaryFigures(const UnitYearSummary& s);
// The unit-year's self-evaluation score: from the 绩效自评 figure set first,
// then from any other set in canonical order; nullptr when none.
const ScoreValue* UnitYearScore(const UnitYearSummary& s);

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
std::vector<UnitYearGroup> GroupDocuments(const std::vector<Document>& documents,
                                          const UnitOverrides* overrides = nullptr);

// Summarizes one group (reads only that group's documents).
UnitYearSummary Summarize(const UnitYearGroup& group);

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
