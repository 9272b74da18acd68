// The site's data files: search index and compare data (as .js, so they load
// from file:// without fetch), figures CSV per year with a Frictionless data
// package descriptor, robots.txt and sitemap.xml.
#include <string>

#include "money_format.h"
#include "pages.h"
#include "site_data.h"

namespace gongkai {
namespace {

using Json = nlohmann::json;

// Tags out, entities of the five escapes back: a page's text for search.
std::string PlainText(const std::string& html) {
  std::string out;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') in_tag = true;
    else if (c == '>') { in_tag = false; out += ' '; }
    else if (!in_tag) out += c;
  }
  for (auto [from, to] : {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}}) {
    for (std::size_t p = out.find(from); p != std::string::npos; p = out.find(from, p + 1))
      out.replace(p, std::string(from).size(), to);
  }
  return out;
}

std::string Join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

// The site's two big data files are written one entry at a time (each a
// small JSON object printed and appended), not built as one JSON tree
// first: a tree of every table of every unit-year (the search index) takes
// ten times the memory of its text. The bytes are the same as the whole
// tree's dump (objects print their keys sorted either way).
std::string Dump(const Json& value) { return value.dump(-1, ' ', false, Json::error_handler_t::replace); }

std::string SearchIndex(const SiteModel& m, const std::vector<MarkdownPage>& pages) {
  std::string out = "{\"docs\":[";
  int id = 0;
  // Each entry as Dump would print {"id", "type", "title", "text", "url"}
  // (keys sorted), written straight into `out`.
  auto add = [&](const char* type, const std::string& title, const std::string& text, const std::string& url) {
    if (id > 0) out += ',';
    out += "{\"id\":" + std::to_string(++id) + ",\"text\":";
    AppendJsonString(&out, text);
    out += ",\"title\":";
    AppendJsonString(&out, title);
    out += ",\"type\":";
    AppendJsonString(&out, type);
    out += ",\"url\":";
    AppendJsonString(&out, url);
    out += '}';
  };
  for (const UnitEntry& u : m.units) {
    std::vector<std::string> years;
    for (std::size_t i : u.years) years.push_back(YearSlug(m.unit_years[i].year));
    add("unit", u.name, Join(u.regions, " ") + " " + u.kind + " " + Join(years, " "), UnitPath(u.slug));
  }
  for (const UnitYearSummary& s : m.unit_years) {
    std::vector<std::string> kinds;
    for (const std::string& k : s.kinds) kinds.push_back(DocumentKindLabel(k));
    add("unit", s.unit_name + " " + YearSlug(s.year), Join(kinds, " "), UnitYearPath(s));
    for (const TableRef& t : s.tables)
      add("table", t.title, s.unit_name + " " + YearSlug(s.year), UnitYearPath(s) + "#" + t.anchor);
  }
  for (const GlossaryItem& g : m.glossary)
    add("term", g.term, g.definitions.empty() ? "" : g.definitions.front().text,
        "glossary/index.html#" + g.anchor);
  for (const MarkdownPage& p : pages) add("page", p.title, PlainText(p.html), MarkdownPagePath(p));
  return out + "]}";
}

// 万元 as a JSON number printed from the exact decimal (cents / 10^6).
Json WanNumber(Cents cents) { return Json::parse(DecimalString(cents, 6, 2)); }

std::string CompareData(const SiteModel& m) {
  Json figures = Json::array();
  for (const FigureDef& d : HeadlineFigures()) figures.push_back({{"key", d.key}, {"label", d.label}});
  // Not money: "unit" overrides the data's currency for this figure.
  figures.push_back({{"key", kScoreFigure.key}, {"label", kScoreFigure.label}, {"unit", "分"}});
  std::string out = "{\"currency\":\"万元\",\"figures\":" + Dump(figures) + ",\"units\":[";
  for (const UnitEntry& u : m.units) {
    Json years = Json::object();
    for (std::size_t i : u.years) {
      const UnitYearSummary& s = m.unit_years[i];
      if (s.year == 0) continue;
      Json by_kind = Json::object();
      for (const FigureSet& set : s.figure_sets) {
        Json values = Json::object();
        for (const auto& [key, v] : set.amounts) values[key] = WanNumber(v.cents);
        if (set.score) values[kScoreFigure.key] = Json::parse(ScoreDecimal(set.score->hundredths));
        by_kind[set.doc_kind] = values;
      }
      years[std::to_string(s.year)] = by_kind;
    }
    if (&u != &m.units.front()) out += ',';
    out += Dump({{"slug", u.slug}, {"name", u.name}, {"region", u.regions.empty() ? "" : u.regions.back()},
                 {"years", years}});
  }
  return out + "]}";
}

std::string FiguresCsv(const SiteModel& m, int year) {
  std::vector<std::vector<std::pair<std::string, bool>>> rows;
  std::vector<std::pair<std::string, bool>> header = {
      {"unit", true}, {"unit_slug", true}, {"region", true}, {"year", true}, {"document_kind", true}};
  for (const FigureDef& d : HeadlineFigures()) header.push_back({d.key, true});
  header.push_back({kScoreFigure.key, true});
  rows.push_back(header);
  for (std::size_t i : m.by_year.at(year)) {
    const UnitYearSummary& s = m.unit_years[i];
    for (const FigureSet& set : s.figure_sets) {
      std::vector<std::pair<std::string, bool>> row = {
          {s.unit_name, true}, {s.unit_slug, true}, {s.regions.empty() ? "" : s.regions.back(), true},
          {std::to_string(year), false}, {set.doc_kind, true}};
      for (const FigureDef& d : HeadlineFigures()) {
        auto it = set.amounts.find(d.key);
        row.push_back({it == set.amounts.end() ? "" : DecimalString(it->second.cents, 2), false});
      }
      row.push_back({set.score ? ScoreDecimal(set.score->hundredths) : "", false});
      rows.push_back(row);
    }
  }
  return CsvDocument(rows);
}

nlohmann::ordered_json DataPackage(const SiteModel& m) {
  using OJson = nlohmann::ordered_json;
  OJson resources = OJson::array();
  for (const auto& [year, list] : m.by_year) {
    if (year == 0) continue;
    OJson fields = OJson::array();
    fields.push_back({{"name", "unit"}, {"type", "string"}, {"title", "单位名称"}});
    fields.push_back({{"name", "unit_slug"}, {"type", "string"}, {"title", "单位标识"}});
    fields.push_back({{"name", "region"}, {"type", "string"}, {"title", "地区"}});
    fields.push_back({{"name", "year"}, {"type", "year"}, {"title", "财政年度"}});
    fields.push_back({{"name", "document_kind"}, {"type", "string"}, {"title", "文件类型"},
                      {"constraints", {{"enum", {"budget", "final", "performance-targets",
                                                 "performance-evaluation", "other"}}}}});
    for (const FigureDef& d : HeadlineFigures())
      fields.push_back({{"name", d.key}, {"type", "number"}, {"title", std::string(d.label) + "（元）"},
                        {"columnType", "value"}, {"currency", "CNY"}});
    fields.push_back({{"name", kScoreFigure.key}, {"type", "number"}, {"title", std::string(kScoreFigure.label) + "（分）"},
                      {"description", "绩效自评表的总分，精确到 0.01 分；不是金额。空表示该文件没有自评得分。"}});
    resources.push_back({{"name", "figures-" + std::to_string(year)},
                         {"path", "figures-" + std::to_string(year) + ".csv"},
                         {"profile", "tabular-data-resource"},
                         {"format", "csv"},
                         {"mediatype", "text/csv"},
                         {"encoding", "utf-8-sig"},
                         {"dialect", {{"delimiter", ","}, {"lineTerminator", "\r\n"}, {"header", true}}},
                         {"schema", {{"fields", fields}, {"missingValues", {""}}}}});
  }
  return {{"profile", "tabular-data-package"},
          {"name", "gongkai-headline-figures"},
          {"title", "预决算公开主要数字"},
          {"description", "每个单位每个财政年度公开文件中的主要数字，金额单位为元，精确到分。"
                          "各表格的全部单元格见每个单位年度页旁的 tables.csv"
                          "（units/<单位>/<年度>/tables.csv，每个单元格一行），其字段见 tables-schema.json。"},
          {"resources", resources}};
}

// The Table Schema every unit-year's tables.csv follows. The tables.csv
// files are not resources of datapackage.json: a resource path may not leave
// the descriptor's folder ("../units/..."), and one descriptor per unit-year
// would add a file to every unit-year.
nlohmann::ordered_json TablesSchema() {
  using OJson = nlohmann::ordered_json;
  OJson fields = OJson::array();
  for (const TidyColumn& c : TidyTableColumns()) {
    OJson field = {{"name", c.name}, {"type", c.type}, {"title", c.title}, {"description", c.description}};
    if (!c.values.empty()) field["constraints"] = {{"enum", c.values}};
    fields.push_back(std::move(field));
  }
  return {{"fields", std::move(fields)}, {"missingValues", {""}}};
}

std::string XmlEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

void MakeSiteIndexes(const SiteModel& m, const std::vector<MarkdownPage>& pages, Outputs* out) {
  out->files.push_back({"assets/search-index.js", JsonTextScript("GONGKAI_SEARCH", SearchIndex(m, pages))});
  out->files.push_back({"assets/compare-data.js", JsonTextScript("GONGKAI_COMPARE", CompareData(m))});
}

void MakeSiteData(const SiteModel& m, const std::vector<std::string>& html_paths, const std::string& base_url,
                  Outputs* out) {
  for (const auto& [year, list] : m.by_year)
    if (year > 0) out->files.push_back({"data/figures-" + std::to_string(year) + ".csv", FiguresCsv(m, year)});
  out->files.push_back({"data/datapackage.json", SafeJson(DataPackage(m), 2) + "\n"});
  out->files.push_back({"data/tables-schema.json", SafeJson(TablesSchema(), 2) + "\n"});
  std::string robots = "User-agent: *\nAllow: /\n";
  if (!base_url.empty()) {
    // The sitemap protocol needs absolute URLs: without a base URL there is none.
    std::string base = base_url.back() == '/' ? base_url : base_url + "/";
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (const std::string& p : html_paths)
      if (p != "404.html") xml += "  <url><loc>" + XmlEscape(base + p) + "</loc></url>\n";
    xml += "</urlset>\n";
    out->files.push_back({"sitemap.xml", xml});
    robots += "Sitemap: " + base + "sitemap.xml\n";
  }
  out->files.push_back({"robots.txt", robots});
}

}  // namespace gongkai
