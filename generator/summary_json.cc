#include "summary_json.h"

namespace gongkai {
namespace {

using Json = nlohmann::json;

Json ValuesToJson(const std::map<std::string, FigureValue>& values) {
  Json out = Json::object();
  for (const auto& [key, v] : values)
    out[key] = {{"cents", v.cents}, {"line", v.line}, {"source", v.source}, {"document", v.document}};
  return out;
}

std::map<std::string, FigureValue> ValuesFromJson(const Json& json) {
  std::map<std::string, FigureValue> out;
  for (const auto& [key, v] : json.items())
    out[key] = {v.at("cents").get<Cents>(), v.at("line").get<int>(), v.at("source").get<std::string>(),
                v.at("document").get<int>()};
  return out;
}

Json ScoreToJson(const std::optional<ScoreValue>& score) {
  if (!score) return nullptr;
  return {{"hundredths", score->hundredths}, {"line", score->line}, {"source", score->source},
          {"document", score->document}};
}

std::optional<ScoreValue> ScoreFromJson(const Json& json) {
  if (json.is_null()) return std::nullopt;
  return ScoreValue{json.at("hundredths").get<std::int64_t>(), json.at("line").get<int>(),
                    json.at("source").get<std::string>(), json.at("document").get<int>()};
}

}  // namespace

nlohmann::json SummaryToCacheJson(const UnitYearSummary& s) {
  Json sets = Json::array();
  for (const FigureSet& set : s.figure_sets)
    sets.push_back({{"doc_kind", set.doc_kind}, {"currency", static_cast<int>(set.currency)},
                    {"amounts", ValuesToJson(set.amounts)}, {"by_function", ValuesToJson(set.by_function)},
                    {"score", ScoreToJson(set.score)}});
  Json tables = Json::array();
  for (const TableRef& t : s.tables) tables.push_back({t.title, t.anchor});
  Json glossary = Json::array();
  for (const GlossaryTerm& g : s.glossary) glossary.push_back({g.term, g.definition});
  return {{"unit_name", s.unit_name}, {"unit_slug", s.unit_slug}, {"regions", s.regions},
          {"unit_kind", s.unit_kind}, {"year", s.year}, {"kinds", s.kinds}, {"documents", s.documents},
          {"figure_sets", sets}, {"function_names", s.function_names}, {"tables", tables},
          {"glossary", glossary}};
}

std::optional<UnitYearSummary> SummaryFromCacheJson(const nlohmann::json& json) {
  try {
    UnitYearSummary s;
    s.unit_name = json.at("unit_name").get<std::string>();
    s.unit_slug = json.at("unit_slug").get<std::string>();
    s.regions = json.at("regions").get<std::vector<std::string>>();
    s.unit_kind = json.at("unit_kind").get<std::string>();
    s.year = json.at("year").get<int>();
    s.kinds = json.at("kinds").get<std::vector<std::string>>();
    s.documents = json.at("documents").get<int>();
    for (const Json& j : json.at("figure_sets")) {
      FigureSet set;
      set.doc_kind = j.at("doc_kind").get<std::string>();
      int currency = j.at("currency").get<int>();
      if (currency < 0 || currency > static_cast<int>(Currency::kWanYuan)) return std::nullopt;
      set.currency = static_cast<Currency>(currency);
      set.amounts = ValuesFromJson(j.at("amounts"));
      set.by_function = ValuesFromJson(j.at("by_function"));
      // at(): a summary cached before scores existed has no "score" and is
      // summarized again rather than shown without its score.
      set.score = ScoreFromJson(j.at("score"));
      s.figure_sets.push_back(std::move(set));
    }
    s.function_names = json.at("function_names").get<std::map<std::string, std::string>>();
    for (const Json& t : json.at("tables")) s.tables.push_back({t.at(0).get<std::string>(), t.at(1).get<std::string>()});
    for (const Json& g : json.at("glossary"))
      s.glossary.push_back({g.at(0).get<std::string>(), g.at(1).get<std::string>()});
    return s;
  } catch (const Json::exception&) {
    return std::nullopt;
  }
}

}  // namespace gongkai
