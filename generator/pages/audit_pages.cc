#include "audit_pages.h"

#include <set>

#include "audit_json.h"
#include "disclosure_audit.h"
#include "page_view.h"
#include "source_view.h"

namespace gongkai {
namespace {

using Json = nlohmann::json;

// Where an item points: "第 12 行" ("第 3 页" for PDFs) linking the source
// view at the line (source_view.h), a PDF also at its page; another document
// of the unit-year is named ("原文 2，第 5 页"). Nothing for an absence (line 0).
void AddPosition(const Span& span, const UnitYearGroup& group, std::size_t index,
                 const std::vector<SourceFile>& sources, Json* row) {
  if (span.line <= 0) return;
  std::size_t doc = index;
  for (std::size_t i = 0; i < group.documents.size(); ++i)
    if (group.documents[i]->file == span.file) doc = i;
  Json location(Json::value_t::object);
  AddSourceLocation(doc < sources.size() ? &sources[doc] : nullptr, span.line, &location);
  const std::string prefix = doc == index ? "" : "原文 " + std::to_string(doc + 1) + "，";
  (*row)["at"] = {{"text", prefix + location["line_text"].get<std::string>()},
                  {"url", location["source_url"]},
                  {"page_url", location["page_url"]}};
}

std::string CategoryName(const TransparencyScore& s, const std::string& id) {
  for (const CategoryScore& c : s.categories)
    if (c.id == id) return c.name;
  return id;
}

Json TableRows(const std::vector<TableFinding>& tables, const UnitYearGroup& group, std::size_t index,
               const std::vector<SourceFile>& sources) {
  Json rows = Json::array();
  for (const TableFinding& t : tables) {
    Json row = {{"name", t.name},
                {"state", PresenceName(t.presence)},
                {"state_label", PresenceLabel(t.presence)},
                {"title", t.title},
                {"note", t.note}};
    AddPosition(t.span, group, index, sources, &row);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

nlohmann::json DisclosureAuditView(const UnitYearGroup& group, std::size_t index,
                                   const std::vector<SourceFile>& sources) {
  const DisclosureAssessment a = AssessDisclosure(group, index);
  const Document& doc = *group.documents[index];
  Json v = {{"number", index + 1},
            {"anchor", "transparency-" + std::to_string(index + 1)},
            {"kind", doc.kinds.empty() ? "" : DocumentKindLabel(doc.kinds.front())},
            {"scored", a.score.scored},
            {"score", PointsText(a.score.points)},
            {"family", a.completeness.family_name}};
  Json categories = Json::array();
  for (const CategoryScore& c : a.score.categories)
    categories.push_back({{"name", c.name}, {"weight", PointsText(c.weight)}, {"earned", PointsText(c.earned)},
                          {"full", c.earned == c.weight}});
  v["categories"] = std::move(categories);
  Json lost = Json::array();
  for (const LostPoints& l : a.score.lost) {
    Json row = {{"category", CategoryName(a.score, l.category)}, {"points", PointsText(l.points)},
                {"reason", l.reason}, {"ref", l.ref}};
    AddPosition(l.span, group, index, sources, &row);
    lost.push_back(std::move(row));
  }
  v["lost"] = std::move(lost);
  v["tables"] = TableRows(a.completeness.tables, group, index, sources);
  v["performance"] = TableRows(a.completeness.performance, group, index, sources);
  Json narrative = Json::array();
  for (const PartFinding& p : a.completeness.narrative) {
    Json row = {{"name", p.name}, {"found", p.found}, {"heading", p.heading}};
    AddPosition(p.span, group, index, sources, &row);
    narrative.push_back(std::move(row));
  }
  v["narrative"] = std::move(narrative);
  Json granularity = Json::array();
  for (const GranularityFinding& g : a.completeness.granularity) {
    Json row = {{"name", g.name}, {"met", g.met}, {"detail", g.detail}};
    AddPosition(g.span, group, index, sources, &row);
    granularity.push_back(std::move(row));
  }
  v["granularity"] = std::move(granularity);
  return v;
}

void SetAuditJson(const UnitYearGroup& group, std::size_t index, nlohmann::ordered_json* document_json) {
  const DisclosureAssessment a = AssessDisclosure(group, index);
  (*document_json)["completeness"] = CompletenessToJson(a.completeness);
  (*document_json)["transparency"] = TransparencyToJson(a.score, group.documents[index]->file);
}

void MakeAuditPages(const SiteModel& m, const std::vector<MarkdownPage>& pages, Outputs* out) {
  // 1. The overview: one row per document of every unit-year.
  Json v = PageView(kAuditOverviewPath, "数据核对与透明度评分", pages);
  const std::string root = v["root"];
  Json rows = Json::array();
  std::set<std::string> kinds;
  std::set<int> years;
  int scored = 0;
  for (const UnitYearSummary& s : m.unit_years) {
    for (const DisclosureAudit& d : s.audits) {
      const std::string kind = d.kind.empty() ? "未识别" : DocumentKindLabel(d.kind);
      kinds.insert(kind);
      years.insert(s.year);
      scored += d.scored;
      Json row = {{"unit", s.unit_name},
                  {"url", root + UnitYearPath(s) + "#transparency-" + std::to_string(d.document)},
                  {"year", s.year},
                  {"year_label", YearLabel(s.year)},
                  {"document", d.document},
                  {"kind", kind},
                  {"scored", d.scored},
                  {"warnings", d.warnings},
                  {"info", d.info},
                  {"missing", d.missing_tables}};
      if (d.scored) {
        row["score"] = PointsText(d.score);
        row["score_sort"] = PointsText(d.score);
      }
      rows.push_back(std::move(row));
    }
  }
  v["rows"] = std::move(rows);
  v["count"] = v["rows"].size();
  v["scored_count"] = scored;
  Json kind_options = Json::array(), year_options = Json::array();
  for (const std::string& k : kinds) kind_options.push_back(k);
  for (int y : years) year_options.push_back({{"value", y}, {"label", YearLabel(y)}});
  v["kind_options"] = std::move(kind_options);
  v["year_options"] = std::move(year_options);
  v["methodology_url"] = "methodology/index.html";
  v["audit_scripts"] = true;
  out->pages.push_back({kAuditOverviewPath, "audit", std::move(v)});

  // 2. The methodology: the weights table, as the score uses it.
  Json mv = PageView(kAuditMethodologyPath, "透明度评分方法", pages);
  Json weights = Json::array();
  for (const ScoreWeight& w : ScoreWeights())
    weights.push_back({{"name", std::string(w.name)}, {"points", PointsText(w.points)},
                       {"rule", std::string(w.rule)}, {"source", std::string(w.source)}});
  mv["weights"] = std::move(weights);
  auto catalog = [](const std::vector<ExpectedTable>& tables) {
    Json list = Json::array();
    for (const ExpectedTable& t : tables) list.push_back(std::string(t.name));
    return list;
  };
  mv["budget_tables"] = catalog(BudgetCatalog());
  mv["final_tables"] = catalog(FinalCatalog());
  Json families = Json::array();
  for (const RegionFamily& f : RegionFamilies()) {
    Json places = Json::array(), extra = Json::array();
    for (std::string_view p : f.places) places.push_back(std::string(p));
    for (const ExpectedTable& t : f.budget_extra) extra.push_back(std::string(t.name));
    for (const ExpectedTable& t : f.final_extra) extra.push_back(std::string(t.name));
    families.push_back({{"name", std::string(f.name)}, {"places", places}, {"extra", extra}});
  }
  mv["families"] = std::move(families);
  mv["points_per_warning"] = PointsText(kPointsPerWarning);
  mv["overview_url"] = "../index.html";
  out->pages.push_back({kAuditMethodologyPath, "audit_methodology", std::move(mv)});
}

}  // namespace gongkai
