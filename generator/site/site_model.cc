#include "site_model.h"

#include <algorithm>
#include <set>

#include "codes.h"
#include "disclosure_audit.h"
#include "function_tree.h"
#include "labels.h"
#include "money_format.h"
#include "overrides.h"
#include "slug.h"

namespace gongkai {
namespace {

// Canonical order of document kinds; also the order of figure sets.
constexpr const char* kKindOrder[][2] = {
    {"budget", "部门预算"},
    {"final", "部门决算"},
    {"performance-targets", "绩效目标"},
    {"performance-evaluation", "绩效自评"},
};

// 支出功能分类 类 names (2024 edition), used when a document does not print one.
int KindRank(const std::string& kind) {
  for (int i = 0; i < 4; ++i)
    if (kind == kKindOrder[i][0]) return i;
  return 4;
}

FigureValue ValueOf(const Figure& f, int document) {
  return FigureValue{f.cents, f.span.line, FigureSourceText(f), document, f.from};
}

// The 款 (5-digit) amounts of a document, from the table its 类 figures
// (Figures::by_function) were read from; a 款 the table leaves out is the sum
// of its 项 rows (line 0). `document` is the 1-based number in its unit-year.
std::map<std::string, FigureValue> FunctionKuanAmounts(const Document& doc, int document) {
  std::map<std::string, FigureValue> out;
  if (doc.figures.by_function.empty()) return out;
  const Figure& first = doc.figures.by_function.begin()->second;
  for (const Table& t : doc.tables) {
    if (first.span.line < t.line || first.span.line > t.last_line) continue;
    for (const FunctionNode& lei : FunctionTree(t))
      for (const FunctionNode& kuan : lei.children)
        if (kuan.code.size() == 5) out.emplace(kuan.code, FigureValue{kuan.cents, kuan.line, t.title, document});
    break;
  }
  return out;
}

}  // namespace

std::string DocumentKindLabel(const std::string& kind) {
  for (const auto& k : kKindOrder)
    if (kind == k[0]) return k[1];
  return kind;
}

const FigureSet* PrimaryFigures(const UnitYearSummary& s) {
  for (const char* kind : {"final", "budget"})
    for (const FigureSet& set : s.figure_sets)
      if (set.doc_kind == kind) return &set;
  return s.figure_sets.empty() ? nullptr : &s.figure_sets.front();
}

const ScoreValue* UnitYearScore(const UnitYearSummary& s) {
  for (const FigureSet& set : s.figure_sets)
    if (set.doc_kind == "performance-evaluation" && set.score) return &*set.score;
  for (const FigureSet& set : s.figure_sets)
    if (set.score) return &*set.score;
  return nullptr;
}

std::string ScoreDecimal(std::int64_t hundredths) { return DecimalString(hundredths, 2, 2); }

std::string FormatScore(std::int64_t hundredths) { return ScoreDecimal(hundredths) + " 分"; }

std::optional<ScoreValue> DocumentScore(const Document& doc, int document) {
  if (!doc.figures.score) return std::nullopt;
  const Score& score = *doc.figures.score;
  ScoreValue v{score.hundredths, score.span.line, "绩效自评表", document};
  // The table is the last one starting at or before the score, if it has a
  // 总分 row; the number's own cell in that row gives the line.
  const Table* table = nullptr;
  for (const Table& t : doc.tables)
    if (t.line <= score.span.line) table = &t;
  if (!table) return v;
  const std::string number = ScoreDecimal(score.hundredths);
  for (const TableRow& r : table->rows) {
    if (r.label.find("总分") == std::string::npos) continue;
    if (!table->title.empty()) v.source = table->title;
    if (r.line != score.span.line) continue;
    for (const TableCell& c : r.cells)
      if (c.text == number && c.line > 0) v.line = c.line;
  }
  return v;
}

std::string UnreadReason(const Document& doc) {
  if (doc.unread.empty()) return CleanUnitName(doc.unit.name).empty() ? kNoUnitName : "";
  // One line: the build cache stores it as a column.
  std::string reason;
  for (char c : doc.unread) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space && (reason.empty() || reason.back() == ' ')) continue;
    reason += space ? ' ' : c;
  }
  while (!reason.empty() && reason.back() == ' ') reason.pop_back();
  return reason.empty() ? "unreadable" : reason;
}

std::vector<UnitYearGroup> GroupDocuments(const std::vector<Document>& documents,
                                          const UnitOverrides* overrides) {
  std::vector<const Document*> read;
  std::vector<DocumentFacts> facts;
  for (const Document& doc : documents) {
    if (!UnreadReason(doc).empty()) continue;
    read.push_back(&doc);
    DocumentFacts f = FactsOf(doc);
    f.name_set_by_user = std::find(doc.set_by_user.begin(), doc.set_by_user.end(), "unit") != doc.set_by_user.end();
    facts.push_back(std::move(f));
  }
  const Identities ids = IdentifyUnits(facts, overrides ? &overrides->units : nullptr);
  std::map<std::pair<std::string, int>, UnitYearGroup> groups;
  for (std::size_t i = 0; i < read.size(); ++i) {
    const UnitIdentity& unit = ids.units[ids.unit_of[i]];
    UnitYearGroup& g = groups[{unit.slug, read[i]->year}];
    g.unit_name = unit.name;
    g.unit_slug = unit.slug;
    g.unit_name_set_by_user = unit.name_set_by_user;
    g.unit_aliases = unit.aliases;
    g.year = read[i]->year;
    g.documents.push_back(read[i]);
  }
  std::vector<UnitYearGroup> out;
  for (auto& [key, g] : groups) {
    std::sort(g.documents.begin(), g.documents.end(),
              [](const Document* a, const Document* b) { return a->file < b->file; });
    out.push_back(std::move(g));
  }
  return out;
}

bool FigureDiffers(const FigureSet& set, const std::string& key) {
  auto it = set.stated.find(key);
  if (set.documents.size() < 2 || it == set.stated.end()) return false;
  if (it->second.size() != set.documents.size()) return true;
  for (const FigureValue& v : it->second)
    if (v.cents != it->second.front().cents) return true;
  return false;
}

UnitYearSummary Summarize(const UnitYearGroup& group) {
  UnitYearSummary s;
  s.unit_name = group.unit_name;
  s.unit_slug = group.unit_slug;
  s.unit_name_set_by_user = group.unit_name_set_by_user;
  s.unit_aliases = group.unit_aliases;
  s.regions = RegionChain(group.unit_name);
  s.unit_kind = UnitKindOf(group.unit_name);
  s.year = group.year;
  s.documents = static_cast<int>(group.documents.size());
  std::set<std::string> kinds;
  std::map<std::string, FigureSet> sets;
  int table_number = 0;
  for (std::size_t i = 0; i < group.documents.size(); ++i) {
    const Document& doc = *group.documents[i];
    const int n = static_cast<int>(i) + 1;
    for (const std::string& k : doc.kinds) kinds.insert(k);
    const std::string primary = doc.kinds.empty() ? "other" : doc.kinds.front();
    FigureSet& set = sets[primary];
    set.doc_kind = primary;
    if (set.currency == MoneyUnit::kUnknown) set.currency = doc.currency;
    set.documents.push_back(n);
    for (const auto& [key, f] : doc.figures.amounts) set.stated[key].push_back(ValueOf(f, n));
    // The first document of a kind that states a figure wins; later ones
    // of the same kind (a re-issued file) do not overwrite it.
    for (const auto& [key, f] : doc.figures.amounts) set.amounts.emplace(key, ValueOf(f, n));
    for (const auto& [code, f] : doc.figures.by_function) set.by_function.emplace(code, ValueOf(f, n));
    for (auto& [code, f] : FunctionKuanAmounts(doc, n)) set.by_function_kuan.emplace(code, std::move(f));
    if (!set.score) set.score = DocumentScore(doc, n);
    for (const Table& t : doc.tables) {
      ++table_number;
      char anchor[32];
      std::snprintf(anchor, sizeof anchor, "table-%02d", table_number);
      s.tables.push_back({t.title, anchor});
      // A 类's name as the document prints it, where the row's label names
      // that 类 (not "229 | 西安市民政局", a unit's row of a per-unit table).
      for (const TableRow& r : t.rows) {
        if (r.label.empty() || (r.code.size() != 3 && r.code.size() != 5)) continue;
        if (r.code.size() == 3 && FunctionCodeByName(StripEnumeration(CompactLabel(r.label))) != r.code) continue;
        s.function_names.emplace(r.code, r.label);
      }
    }
    for (const GlossaryEntry& e : doc.glossary) {
      if (e.terms.empty()) {
        s.glossary.push_back({e.term, e.definition});
      } else {
        for (const GlossaryTerm& t : e.terms) s.glossary.push_back(t);
      }
    }
  }
  for (auto& [kind, set] : sets) {
    // Every figure as each duplicate states it: kept only when there are duplicates.
    if (set.documents.size() < 2) set.stated.clear();
    if (!set.amounts.empty() || !set.by_function.empty() || set.score) s.figure_sets.push_back(std::move(set));
  }
  std::stable_sort(s.figure_sets.begin(), s.figure_sets.end(),
                   [](const FigureSet& a, const FigureSet& b) {
                     return KindRank(a.doc_kind) < KindRank(b.doc_kind);
                   });
  s.kinds.assign(kinds.begin(), kinds.end());
  std::stable_sort(s.kinds.begin(), s.kinds.end(), [](const std::string& a, const std::string& b) {
    return KindRank(a) < KindRank(b);
  });
  s.audits = AuditDisclosures(group);
  return s;
}

SiteModel BuildSiteModel(std::vector<UnitYearSummary> summaries, std::vector<UnreadFile> unread) {
  SiteModel m;
  std::sort(unread.begin(), unread.end(), [](const UnreadFile& a, const UnreadFile& b) { return a.file < b.file; });
  m.unread = std::move(unread);
  std::sort(summaries.begin(), summaries.end(), [](const UnitYearSummary& a, const UnitYearSummary& b) {
    return std::tie(a.unit_slug, a.year) < std::tie(b.unit_slug, b.year);
  });
  m.unit_years = std::move(summaries);
  std::map<std::string, UnitEntry> units;
  for (std::size_t i = 0; i < m.unit_years.size(); ++i) {
    const UnitYearSummary& s = m.unit_years[i];
    m.documents += s.documents;
    m.by_year[s.year].push_back(i);
    UnitEntry& u = units[s.unit_slug];
    u.name = s.unit_name;
    u.slug = s.unit_slug;
    u.name_set_by_user = s.unit_name_set_by_user;
    u.aliases = s.unit_aliases;
    u.regions = s.regions;
    u.kind = s.unit_kind;
    u.years.push_back(i);
  }
  std::vector<std::string> names;
  std::map<std::string, std::vector<UnitEntry*>> by_name;
  for (auto& [slug, u] : units) {
    names.push_back(u.name);
    by_name[u.name].push_back(&u);
  }
  SortByPinyin(&names);
  names.erase(std::unique(names.begin(), names.end()), names.end());
  for (const std::string& name : names)
    for (UnitEntry* u : by_name[name]) m.units.push_back(std::move(*u));
  // by_year lists units in the same pinyin order as the unit list.
  std::map<std::string, std::size_t> unit_rank;
  for (std::size_t i = 0; i < m.units.size(); ++i) {
    unit_rank[m.units[i].slug] = i;
    for (const std::string& r : m.units[i].regions) m.by_region[r].push_back(i);
    m.by_kind[m.units[i].kind].push_back(i);
  }
  for (auto& [year, list] : m.by_year)
    std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
      return unit_rank[m.unit_years[a].unit_slug] < unit_rank[m.unit_years[b].unit_slug];
    });
  m.glossary = MergeGlossary(m.unit_years);
  return m;
}

}  // namespace gongkai
