#include "audit_json.h"

namespace gongkai {
namespace {

using Json = nlohmann::ordered_json;

// 8725 -> 87.25, 8700 -> 87 (exact: hundredths are at most 10000).
Json PointsJson(std::int64_t hundredths) {
  if (hundredths % 100 == 0) return hundredths / 100;
  return static_cast<double>(hundredths) / 100.0;
}

// {"line": 12, "page": 3}; null when there is no position (an absence).
// A position in another file (a companion document) names the file.
Json SpanJson(const Span& span, const std::string& file) {
  if (span.line <= 0) return nullptr;
  Json out = {{"line", span.line}};
  if (span.page > 0) out["page"] = span.page;
  if (!file.empty() && span.file != file) out["file"] = span.file;
  return out;
}

Json TableFindingJson(const TableFinding& t, const std::string& file) {
  Json out = {{"id", t.id}, {"name", t.name}, {"state", PresenceName(t.presence)}};
  if (!t.title.empty()) out["title"] = t.title;
  out["at"] = SpanJson(t.span, file);
  if (!t.note.empty()) out["note"] = t.note;
  return out;
}

}  // namespace

nlohmann::ordered_json CompletenessToJson(const Completeness& c) {
  const std::string& file = c.file;
  Json tables = Json::array(), narrative = Json::array(), granularity = Json::array(), performance = Json::array();
  for (const TableFinding& t : c.tables) tables.push_back(TableFindingJson(t, file));
  for (const PartFinding& p : c.narrative) {
    Json part = {{"id", p.id}, {"name", p.name}, {"found", p.found}};
    if (p.found) part["heading"] = p.heading;
    part["at"] = SpanJson(p.span, file);
    narrative.push_back(std::move(part));
  }
  for (const GranularityFinding& g : c.granularity)
    granularity.push_back({{"id", g.id}, {"name", g.name}, {"met", g.met}, {"detail", g.detail}, {"at", SpanJson(g.span, file)}});
  for (const TableFinding& t : c.performance) performance.push_back(TableFindingJson(t, file));
  return Json{{"catalog", c.catalog.empty() ? Json(nullptr) : Json(c.catalog)},
              {"family", c.family},
              {"tables", std::move(tables)},
              {"narrative", std::move(narrative)},
              {"granularity", std::move(granularity)},
              {"performance", std::move(performance)}};
}

nlohmann::ordered_json TransparencyToJson(const TransparencyScore& s, const std::string& file) {
  if (!s.scored) return Json{{"score", nullptr}, {"reason", "not a budget or final account"}};
  Json categories = Json::array(), lost = Json::array();
  for (const CategoryScore& c : s.categories)
    categories.push_back({{"id", c.id}, {"name", c.name}, {"weight", PointsJson(c.weight)}, {"earned", PointsJson(c.earned)}});
  for (const LostPoints& l : s.lost)
    lost.push_back({{"category", l.category}, {"points", PointsJson(l.points)}, {"reason", l.reason}, {"ref", l.ref},
                    {"at", SpanJson(l.span, file)}});
  return Json{{"score", PointsJson(s.points)}, {"categories", std::move(categories)}, {"lost", std::move(lost)}};
}

}  // namespace gongkai
