// Integration: build content/ into a temp folder and read the pages.
#include "build.h"
#include "incremental.h"

#include <gtest/gtest.h>

#include <boost/filesystem.hpp>
#include <map>
#include <regex>

#include "pages.h"
#include "render_html.h"
#include "site_data.h"
#include "site_model.h"
#include "source_view.h"
#include "parse.h"
#include "test_util.h"

namespace fs = boost::filesystem;

namespace gongkai {
namespace {

const std::string kTemplates = std::string(GONGKAI_SOURCE_DIR) + "/templates";

struct TempDir {
  TempDir() : path(fs::temp_directory_path() / fs::unique_path("gongkai-build-%%%%-%%%%")) {
    fs::create_directories(path);
  }
  ~TempDir() {
    boost::system::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string str() const { return path.string(); }
  fs::path path;
};

// Every file of a tree, by path relative to its root.
std::map<std::string, std::string> ReadTree(const std::string& root) {
  std::map<std::string, std::string> files;
  RealFileSystem disk;
  for (const std::string& p : disk.ListFiles(root)) files[p.substr(root.size() + 1)] = test::ReadFileOrDie(p);
  return files;
}

std::map<std::string, std::string> BuildSite(const std::string& content, const std::string& out,
                                             const std::string& base_url = "") {
  RealFileSystem disk;
  BuildOptions options;
  options.content_dir = content;
  options.out_dir = out;
  options.base_url = base_url;
  options.templates_dir = kTemplates;
  BuildStats stats;
  std::string error;
  EXPECT_TRUE(IncrementalBuild(disk, options, &stats, &error)) << error;
  return ReadTree(out);
}

int Count(const std::string& haystack, const std::string& needle) {
  int n = 0;
  for (std::size_t p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1)) ++n;
  return n;
}

// The unit-year page whose <h1> names `unit` and `year`.
std::string FindUnitYearPage(const std::map<std::string, std::string>& site, const std::string& unit, int year) {
  std::regex path("units/[a-z0-9-]+/" + std::to_string(year) + "/index\\.html");
  for (const auto& [p, bytes] : site)
    if (std::regex_match(p, path) && bytes.find("<h1>" + unit) != std::string::npos) return bytes;
  ADD_FAILURE() << "no unit-year page for " << unit << " " << year;
  return "";
}

// The records of a CSV file written by CsvDocument or TablesCsv (RFC 4180:
// quoted fields may hold , " CR LF), after checking its BOM and CRLF ends.
std::vector<std::vector<std::string>> ParseCsv(const std::string& csv) {
  std::vector<std::vector<std::string>> records;
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u) << "UTF-8 BOM";
  std::vector<std::string> record(1);
  bool quoted = false;
  for (std::size_t i = 3; i < csv.size(); ++i) {
    const char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') record.back() += csv[++i];
      else if (c == '"') quoted = false;
      else record.back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      record.emplace_back();
    } else if (c == '\r') {
      EXPECT_TRUE(i + 1 < csv.size() && csv[i + 1] == '\n') << "CRLF at byte " << i;
      ++i;
      records.push_back(std::move(record));
      record.assign(1, "");
    } else {
      EXPECT_NE(c, '\n') << "a bare LF at byte " << i;
      record.back() += c;
    }
  }
  EXPECT_FALSE(quoted);
  EXPECT_EQ(record, std::vector<std::string>(1)) << "the file ends with CRLF";
  return records;
}

// The folder of the unit-year page whose <h1> names `unit` and `year`.
std::string FindUnitYearDir(const std::map<std::string, std::string>& site, const std::string& unit, int year) {
  std::regex path("(units/[a-z0-9-]+/" + std::to_string(year) + "/)index\\.html");
  std::smatch m;
  for (const auto& [p, bytes] : site)
    if (std::regex_match(p, m, path) && bytes.find("<h1>" + unit) != std::string::npos) return m[1];
  ADD_FAILURE() << "no unit-year page for " << unit << " " << year;
  return "";
}

// An exact decimal with two places ("227.61", "-5.00") as hundredths.
long long Hundredths(const std::string& decimal) {
  std::size_t dot = decimal.find('.');
  EXPECT_TRUE(dot != std::string::npos && decimal.size() - dot == 3) << decimal;
  return std::stoll(decimal.substr(0, dot) + decimal.substr(dot + 1));
}

class ContentSiteTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    site_ = new std::map<std::string, std::string>(BuildSite(GONGKAI_CONTENT_DIR, dir_->str() + "/site"));
  }
  static void TearDownTestSuite() {
    delete site_;
    delete dir_;
  }
  static TempDir* dir_;
  static std::map<std::string, std::string>* site_;
};
TempDir* ContentSiteTest::dir_ = nullptr;
std::map<std::string, std::string>* ContentSiteTest::site_ = nullptr;

TEST_F(ContentSiteTest, WritesEveryPageKind) {
  const auto& site = *site_;
  for (const char* p : {"index.html", "404.html", "robots.txt", "search/index.html", "glossary/index.html",
                        "compare/index.html", "compare/2024/index.html", "years/2024/index.html",
                        "about/index.html", "data/datapackage.json", "data/figures-2024.csv",
                        "data/tables-schema.json", "assets/table-csv.js",
                        "assets/style.css", "assets/search-index.js", "assets/compare-data.js",
                        "assets/minisearch.min.js", "assets/search.js", "assets/compare.js", "assets/sort.js"})
    EXPECT_TRUE(site.count(p)) << p;
  int unit_pages = 0, unit_year_pages = 0, region_pages = 0, kind_pages = 0, csvs = 0, sources = 0;
  for (const auto& [p, bytes] : site) {
    if (std::regex_match(p, std::regex("units/[a-z0-9-]+/index\\.html"))) ++unit_pages;
    if (std::regex_match(p, std::regex("units/[a-z0-9-]+/20[0-9][0-9]/index\\.html"))) ++unit_year_pages;
    if (std::regex_match(p, std::regex("regions/[a-z0-9-]+/index\\.html"))) ++region_pages;
    if (std::regex_match(p, std::regex("kinds/[a-z0-9-]+/index\\.html"))) ++kind_pages;
    if (std::regex_match(p, std::regex("units/[a-z0-9-]+/20[0-9][0-9]/tables\\.csv"))) ++csvs;
    EXPECT_FALSE(std::regex_match(p, std::regex(".*/table-[0-9]+\\.csv"))) << p << ": one tables.csv per unit-year";
    if (std::regex_match(p, std::regex("units/.*/source-1\\.txt"))) ++sources;
  }
  EXPECT_EQ(unit_year_pages, 5);  // five samples, five unit-years
  EXPECT_EQ(sources, 5);
  EXPECT_GE(unit_pages, 4);
  EXPECT_GE(region_pages, 1);
  EXPECT_GE(kind_pages, 1);
  EXPECT_EQ(csvs, 5);
  // sitemap.xml needs absolute URLs: without --base-url there is none.
  EXPECT_FALSE(site.count("sitemap.xml"));
}

TEST_F(ContentSiteTest, EveryFileIsReadSoThereIsNoUnreadPageOrLink) {
  EXPECT_FALSE(site_->count("unread/index.html"));
  EXPECT_EQ(site_->at("index.html").find("unread/"), std::string::npos);
}

TEST_F(ContentSiteTest, EveryPageHasTheSharedFrame) {
  for (const auto& [p, bytes] : *site_) {
    if (p.size() < 5 || p.substr(p.size() - 5) != ".html") continue;
    EXPECT_NE(bytes.find("<html lang=\"zh-CN\""), std::string::npos) << p;
    EXPECT_NE(bytes.find("<meta charset=\"utf-8\">"), std::string::npos) << p;
    EXPECT_NE(bytes.find("name=\"viewport\""), std::string::npos) << p;
    EXPECT_NE(bytes.find("class=\"skip-link\""), std::string::npos) << p;
    EXPECT_NE(bytes.find("<input id=\"search-input\" name=\"q\" type=\"search\""), std::string::npos) << p;
    EXPECT_NE(bytes.find("assets/search-index.js\"></script>"), std::string::npos) << p;
  }
}

TEST_F(ContentSiteTest, Sample002UnitYearPageShowsItsFiguresAndThirteenGlossaryItems) {
  std::string page = FindUnitYearPage(*site_, "中共长治市上党区委巡察工作办公室", 2023);
  // 本年支出合计227.61万元 (sample 002, line 405).
  EXPECT_NE(page.find("227.61 万元"), std::string::npos);
  std::size_t glossary = page.find("<dl class=\"glossary-list\">");
  ASSERT_NE(glossary, std::string::npos);
  std::string list = page.substr(glossary, page.find("</dl>", glossary) - glossary);
  EXPECT_EQ(Count(list, "<dt>"), 13);
  EXPECT_NE(list.find("财政拨款收入</a>"), std::string::npos);
  EXPECT_NE(list.find("机关运行经费</a>"), std::string::npos);
  EXPECT_NE(list.find("../../../glossary/index.html#term-"), std::string::npos);
  EXPECT_NE(page.find("<a href=\"source-1.html\">原文 1</a>（<a href=\"source-1.txt\">原文文件</a>）"),
            std::string::npos);
  EXPECT_NE(page.find("href=\"data.json\""), std::string::npos);
  EXPECT_NE(page.find("<a href=\"tables.csv\" download>"), std::string::npos);
  // Each table's link: its own CSV made by table-csv.js, tables.csv without JavaScript.
  EXPECT_NE(page.find("<a class=\"table-csv\" href=\"tables.csv\" download data-table=\"table-03\""),
            std::string::npos);
  EXPECT_NE(page.find("<colgroup><col data-name=\"项目/科目代码\"><col data-name=\"项目/科目名称\">"
                      "<col data-name=\"本年支出合计\"><col data-name=\"基本支出\"><col data-name=\"项目支出\">"),
            std::string::npos);
  EXPECT_NE(page.find("assets/table-csv.js\"></script>"), std::string::npos);
}

// A source for every number (source_view.h): every amount cell of sample
// 002's unit-year page links a line of the source view, and that line of
// the sample holds the amount as the cell prints it; the view shows every
// line of the sample under its own anchor.
TEST_F(ContentSiteTest, EveryTableAmountLinksTheSourceLineThatPrintsIt) {
  const std::string dir = FindUnitYearDir(*site_, "中共长治市上党区委巡察工作办公室", 2023);
  const std::string page = site_->at(dir + "index.html");
  const std::string view = site_->at(dir + "source-1.html");
  const SourceText sample = test::SampleSource("002");
  std::map<int, std::string> lines;
  for (const Line& l : sample.lines) lines[l.number] = l.text;
  ASSERT_GT(lines.size(), 400u);

  std::regex cell("<a class=\"cell-source\" href=\"source-1\\.html#L([0-9]+)\">([^<]*)</a>");
  int links = 0;
  for (auto it = std::sregex_iterator(page.begin(), page.end(), cell); it != std::sregex_iterator(); ++it, ++links) {
    const int line = std::stoi((*it)[1]);
    const std::string amount = (*it)[2];
    ASSERT_TRUE(lines.count(line)) << line;
    EXPECT_NE(lines[line].find(amount), std::string::npos) << "line " << line << " does not print " << amount;
  }
  // Every amount cell carries its link.
  const std::regex amount_cell("<td class=\"amount[^\"]*\" data-sort-value=\"[^\"]*\">");
  EXPECT_EQ(links, std::distance(std::sregex_iterator(page.begin(), page.end(), amount_cell), std::sregex_iterator()));
  EXPECT_GT(links, 100);
  // 本年支出合计 227.61 of 支出决算表 (tables.csv: line 145) is one of them.
  EXPECT_EQ(lines[145], "合计\t\t227.61\t203.18\t24.43\t\t\t");
  EXPECT_NE(page.find("<a class=\"cell-source\" href=\"source-1.html#L145\">227.61</a>"), std::string::npos);

  // The view: one anchored line per line of the sample, the last one too.
  EXPECT_EQ(Count(view, "<span class=\"line\" id=\"L"), static_cast<int>(lines.rbegin()->first));
  EXPECT_NE(view.find("<span class=\"line\" id=\"L145\"><a class=\"ln\" href=\"#L145\" aria-label=\"第 145 行\">145</a>" +
                      lines[145] + "</span>"),
            std::string::npos);
  EXPECT_NE(view.find("<a href=\"source-1.txt\">下载原文文件</a>"), std::string::npos);
}

// The comparison and unit pages link each figure to its line too: every
// link leads to a source view of the site holding that line, and 临夏 2024's
// 本年支出合计 170.08 leads to line 287 of sample 003, which prints it.
TEST_F(ContentSiteTest, ComparisonAmountsLinkTheirSourceLines) {
  const std::string page = site_->at("compare/2024/index.html");
  std::regex link("<a class=\"cell-source\" href=\"\\.\\./\\.\\./(units/[a-z0-9-]+/2024/source-[0-9]+\\.html)#L([0-9]+)\">([^<]*)</a>");
  int links = 0;
  for (auto it = std::sregex_iterator(page.begin(), page.end(), link); it != std::sregex_iterator(); ++it, ++links) {
    ASSERT_TRUE(site_->count((*it)[1])) << (*it)[1];
    EXPECT_NE(site_->at((*it)[1]).find("id=\"L" + std::string((*it)[2]) + "\""), std::string::npos) << (*it)[0];
  }
  EXPECT_GT(links, 5);
  const std::string dir = FindUnitYearDir(*site_, "中共临夏市委巡察工作领导小组办公室", 2024);
  EXPECT_NE(page.find("<a class=\"cell-source\" href=\"../../" + dir + "source-1.html#L287\">170.08</a>"), std::string::npos);
  std::map<int, std::string> lines;
  for (const Line& l : test::SampleSource("003").lines) lines[l.number] = l.text;
  EXPECT_EQ(lines[287], "本年收入合计\t170.08\t本年支出合计\t170.08");
}

TEST_F(ContentSiteTest, ComparisonOf2024ListsTheUnitsWith2024Documents) {
  const std::string& page = site_->at("compare/2024/index.html");
  EXPECT_NE(page.find("中共临夏市委巡察工作领导小组办公室"), std::string::npos);  // sample 003, budget 2024
  EXPECT_NE(page.find("中共株洲市委巡察工作领导小组办公室"), std::string::npos);  // sample 004, evaluation 2024
  EXPECT_EQ(page.find("上党区"), std::string::npos);  // sample 002 is 2023
}

// The line of the page, CSV or script that holds `needle` ("" if none).
std::string LineWith(const std::string& text, const std::string& needle) {
  std::size_t p = text.find(needle);
  if (p == std::string::npos) return "";
  std::size_t start = text.rfind('\n', p);
  start = start == std::string::npos ? 0 : start + 1;
  return text.substr(start, text.find('\n', p) - start);
}

TEST_F(ContentSiteTest, UnitYearPagesShowTheSelfEvaluationScoreWithItsSource) {
  // Sample 004: 总分 of 整体支出绩效自评表 (line 176) is 99.99, printed on line 370.
  std::string page = FindUnitYearPage(*site_, "中共株洲市委巡察工作领导小组办公室", 2024);
  std::string row = LineWith(page, "<th scope=\"row\">自评得分</th>");
  EXPECT_NE(row.find("<td class=\"amount\">99.99 分</td>"), std::string::npos) << row;
  EXPECT_NE(row.find("整体支出绩效自评表"), std::string::npos) << row;
  EXPECT_NE(row.find("<a href=\"source-1.html#L370\">第 370 行</a>"), std::string::npos) << row;
  // Sample 002: 总分 92.07 on line 558, in 巡察经费项目支出绩效自评表 (line 529).
  page = FindUnitYearPage(*site_, "中共长治市上党区委巡察工作办公室", 2023);
  row = LineWith(page, "<th scope=\"row\">自评得分</th>");
  EXPECT_NE(row.find("92.07 分"), std::string::npos) << row;
  EXPECT_NE(row.find("巡察经费项目支出绩效自评表"), std::string::npos) << row;
  EXPECT_NE(row.find("第 558 行"), std::string::npos) << row;
  // Sample 003 (a budget) has no score: no row.
  page = FindUnitYearPage(*site_, "中共临夏市委巡察工作领导小组办公室", 2024);
  EXPECT_EQ(page.find("自评得分"), std::string::npos);
}

TEST_F(ContentSiteTest, UnitPageSeriesHasTheScore) {
  std::string page;
  for (const auto& [p, bytes] : *site_)
    if (std::regex_match(p, std::regex("units/[a-z0-9-]+/index\\.html")) &&
        bytes.find("<h1>中共株洲市委巡察工作领导小组办公室</h1>") != std::string::npos)
      page = bytes;
  std::string row = LineWith(page, "<th scope=\"row\">自评得分</th>");
  EXPECT_NE(row.find("data-sort-value=\"99.99\">99.99 分</td>"), std::string::npos) << row;
}

TEST_F(ContentSiteTest, ComparisonOf2024HasASortableScoreColumn) {
  const std::string& page = site_->at("compare/2024/index.html");
  EXPECT_NE(LineWith(page, "<thead>").find("<th scope=\"col\">自评得分</th></tr></thead>"), std::string::npos);
  std::string zhuzhou = LineWith(page, "中共株洲市委巡察工作领导小组办公室</a>");
  EXPECT_NE(zhuzhou.find("<td class=\"amount score\" data-sort-value=\"99.99\">99.99 分</td></tr>"),
            std::string::npos)
      << zhuzhou;
  std::string linxia = LineWith(page, "中共临夏市委巡察工作领导小组办公室</a>");
  EXPECT_NE(linxia.find("<td class=\"empty\" aria-label=\"空\"></td></tr>"), std::string::npos) << linxia;
}

TEST_F(ContentSiteTest, OpenDataAndCompareDataCarryTheScore) {
  const std::string& csv = site_->at("data/figures-2024.csv");
  std::string header = csv.substr(0, csv.find("\r\n"));
  EXPECT_EQ(header.substr(header.rfind(",procurement")), ",procurement,score");
  EXPECT_NE(LineWith(csv, "中共株洲市委巡察工作领导小组办公室,").find(",performance-evaluation,"), std::string::npos);
  std::string zhuzhou = LineWith(csv, "中共株洲市委巡察工作领导小组办公室,");
  EXPECT_EQ(zhuzhou.substr(zhuzhou.size() - 7), ",99.99\r");
  std::string linxia = LineWith(csv, "中共临夏市委巡察工作领导小组办公室,");
  EXPECT_EQ(linxia.substr(linxia.size() - 2), ",\r");  // a budget: no score
  const std::string& package = site_->at("data/datapackage.json");
  EXPECT_NE(package.find("\"name\": \"score\",\n            \"type\": \"number\""), std::string::npos);
  EXPECT_NE(package.find("\"description\": \"绩效自评表的总分"), std::string::npos);
  const std::string& js = site_->at("assets/compare-data.js");
  EXPECT_NE(js.find("{\"key\":\"score\",\"label\":\"自评得分\",\"unit\":\"分\"}"), std::string::npos);
  EXPECT_NE(js.find("\"performance-evaluation\":{"), std::string::npos);
  EXPECT_NE(js.find("\"score\":99.99"), std::string::npos);
  EXPECT_NE(js.find("\"score\":92.07"), std::string::npos);
}

constexpr char kTablesCsvHeader[] =
    "document,source_file,table,table_title,table_kind,row,row_label,code,column,value,value_type,unit,line,page";

TEST_F(ContentSiteTest, Sample002TablesCsvHoldsTheExpenditureTableCellByCell) {
  const std::string dir = FindUnitYearDir(*site_, "中共长治市上党区委巡察工作办公室", 2023);
  ASSERT_TRUE(site_->count(dir + "tables.csv"));
  const std::string& csv = site_->at(dir + "tables.csv");
  EXPECT_EQ(csv.substr(0, csv.find("\r\n")), std::string("\xEF\xBB\xBF") + kTablesCsvHeader);
  // Sample 002's 支出决算表 (title on line 134, the third table: table-03), in
  // 万元, read by hand from content/002_c1cbd9e901d50c06.txt:
  //   line 145  合计                              227.61  203.18  24.43
  //   line 146  201      一般公共服务支出          184.21  159.78  24.43
  //   line 149  2013105  专项业务                  22.87           22.87
  // 本年支出合计 = 基本支出 + 项目支出 on every row.
  for (const char* line :
       {"1,source-1.txt,table-03,支出决算表,final_expenditure,1,合计,,本年支出合计,227.61,number,万元,145,\r\n",
        "1,source-1.txt,table-03,支出决算表,final_expenditure,1,合计,,基本支出,203.18,number,万元,145,\r\n",
        "1,source-1.txt,table-03,支出决算表,final_expenditure,1,合计,,项目支出,24.43,number,万元,145,\r\n",
        "1,source-1.txt,table-03,支出决算表,final_expenditure,2,一般公共服务支出,201,项目/科目代码,201,text,,146,\r\n",
        "1,source-1.txt,table-03,支出决算表,final_expenditure,2,一般公共服务支出,201,本年支出合计,184.21,number,万元,146,\r\n",
        "1,source-1.txt,table-03,支出决算表,final_expenditure,2,一般公共服务支出,201,基本支出,159.78,number,万元,146,\r\n",
        "1,source-1.txt,table-03,支出决算表,final_expenditure,2,一般公共服务支出,201,项目支出,24.43,number,万元,146,\r\n",
        "1,source-1.txt,table-03,支出决算表,final_expenditure,5,专项业务,2013105,本年支出合计,22.87,number,万元,149,\r\n",
        "1,source-1.txt,table-03,支出决算表,final_expenditure,5,专项业务,2013105,项目支出,22.87,number,万元,149,\r\n"})
    EXPECT_NE(csv.find(line), std::string::npos) << line;
  // An empty cell has no row: 专项业务 has no 基本支出.
  EXPECT_EQ(csv.find(",table-03,支出决算表,final_expenditure,5,专项业务,2013105,基本支出,"), std::string::npos);

  std::vector<std::vector<std::string>> records = ParseCsv(csv);
  ASSERT_GT(records.size(), 1u);
  std::map<int, std::map<std::string, long long>> expenditure;  // row -> column -> hundredths
  for (std::size_t i = 1; i < records.size(); ++i) {
    const std::vector<std::string>& r = records[i];
    ASSERT_EQ(r.size(), 14u) << i;
    EXPECT_EQ(r[1], "source-1.txt");
    EXPECT_EQ(r[13], "") << "a text input has no pages";
    EXPECT_EQ(r[11], r[10] == "number" ? "万元" : "") << i;
    if (r[2] == "table-03" && r[10] == "number") expenditure[std::stoi(r[5])][r[8]] = Hundredths(r[9]);
  }
  ASSERT_EQ(expenditure.size(), 15u) << "合计 and 14 coded rows";
  for (auto& [row, cells] : expenditure)
    EXPECT_EQ(cells["基本支出"] + cells["项目支出"], cells["本年支出合计"]) << "row " << row;
  EXPECT_EQ(expenditure[1]["本年支出合计"], 22761);
}

TEST_F(ContentSiteTest, TablesSchemaDescribesEveryColumnOfTablesCsv) {
  const std::string& schema = site_->at("data/tables-schema.json");
  std::string names;
  for (std::size_t p = schema.find("\"name\": \""); p != std::string::npos; p = schema.find("\"name\": \"", p + 1))
    names += (names.empty() ? "" : ",") + schema.substr(p + 9, schema.find('"', p + 9) - p - 9);
  EXPECT_EQ(names, kTablesCsvHeader);
  EXPECT_NE(schema.find("\"enum\": [\n          \"number\",\n          \"text\",\n          \"dash\",\n          \"illegible\""),
            std::string::npos) << schema;
  EXPECT_NE(site_->at("data/datapackage.json").find("tables-schema.json"), std::string::npos);
}

// The policy every page carries (templates/partials/head.mustache; README, "Security").
constexpr char kCspMeta[] =
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; "
    "style-src 'self'; img-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'\">";

TEST_F(ContentSiteTest, EveryPageCarriesTheContentSecurityPolicyAndNoInlineCode) {
  // What the policy would block: inline scripts, <style>, style attributes,
  // event-handler attributes and javascript: URLs. Document text is escaped,
  // so a "<" in these patterns is markup the templates wrote.
  const std::regex inline_script("<script(?![^>]*\\ssrc=\")");
  const std::regex inline_style("<style[\\s>]|<[a-zA-Z][^>]*\\sstyle\\s*=");
  const std::regex handler("<[a-zA-Z][^>]*\\son[a-z]+\\s*=");
  int pages = 0;
  for (const auto& [p, bytes] : *site_) {
    if (p.size() < 5 || p.substr(p.size() - 5) != ".html") continue;
    ++pages;
    // Right after the charset: before any script, stylesheet or link it governs.
    EXPECT_NE(bytes.find(std::string("<meta charset=\"utf-8\">\n") + kCspMeta + "\n"), std::string::npos) << p;
    EXPECT_LT(bytes.find(kCspMeta), bytes.find("<link")) << p;
    EXPECT_EQ(Count(bytes, "Content-Security-Policy"), 1) << p;
    EXPECT_FALSE(std::regex_search(bytes, inline_script)) << p;
    EXPECT_FALSE(std::regex_search(bytes, inline_style)) << p;
    EXPECT_FALSE(std::regex_search(bytes, handler)) << p;
    EXPECT_EQ(bytes.find("javascript:"), std::string::npos) << p;
  }
  EXPECT_GE(pages, 20);
}

TEST(CsvFieldTest, NeutralizesEveryFormulaStartOwaspNames) {
  EXPECT_EQ(CsvField("=1+1", true), "'=1+1");
  EXPECT_EQ(CsvField("+1", true), "'+1");
  EXPECT_EQ(CsvField("-1", true), "'-1");
  EXPECT_EQ(CsvField("@SUM(A1)", true), "'@SUM(A1)");
  EXPECT_EQ(CsvField("\t=1", true), "'\t=1");
  EXPECT_EQ(CsvField("\r=1", true), "\"'\r=1\"") << "CR also needs quotes";
  EXPECT_EQ(CsvField("=HYPERLINK(\"http://x\",\"y\")", true), "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  EXPECT_EQ(CsvField("-1.00", false), "-1.00") << "a number gongkai printed stays a number";
  EXPECT_EQ(CsvField("a=b", true), "a=b") << "only the first character counts";
  EXPECT_EQ(CsvField(" =1", true), " =1");
  EXPECT_EQ(CsvField("a,b", true), "\"a,b\"");
  EXPECT_EQ(CsvField("a\nb", true), "\"a\nb\"");
  EXPECT_EQ(CsvField("", true), "");
}

// The search index is written an entry at a time with AppendJsonString: its
// strings must be exactly what nlohmann prints for them, for text that needs
// escapes, for CJK and four-byte characters, and for bytes that are not
// UTF-8 (each malformed sequence one U+FFFD, as nlohmann's replace handler).
TEST(JsonStringTest, PrintsWhatNlohmannPrints) {
  const std::string cases[] = {
      "", "plain", "一般公共预算财政拨款收入", "\"quoted\" \\ back", "\b\f\n\r\t", std::string("nul\0x", 5),
      "\x01\x1f\x7f", "</script><!--", "\xE2\x80\xA8 line sep", "𠀀 four bytes 😀", "\xC3\x28 bad", "\xE4\xB8",
      "\xF0\x9F\x98", "\xED\xA0\x80 surrogate", "\xC0\xAF overlong", "\xF4\x90\x80\x80 too high", "\xFF\xFE",
      "cut at the end \xE9\x87"};
  for (const std::string& s : cases) {
    std::string ours;
    AppendJsonString(&ours, s);
    EXPECT_EQ(ours, nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) << s;
  }
}

TEST(TablesCsvTest, NeutralizesFormulasInEveryTextFieldAndKeepsNumbers) {
  Table t;
  t.title = "=cmd|' /C calc'!A0";
  t.kind = "final_expenditure";
  t.currency = MoneyUnit::kYuan;
  t.columns = {Column{"项目", {}, ColumnRole::kLabel}, Column{"@SUM(A1)", {}, ColumnRole::kAmount},
               Column{"说明", {}, ColumnRole::kText}};
  auto row = [](const std::string& label, TableCell amount, const std::string& note, int line) {
    TableRow r;
    r.label = label;
    r.line = line;
    r.cells = {TableCell{label, CellKind::kText, 0, line}, amount, TableCell{note, CellKind::kText, 0, line}};
    return r;
  };
  t.rows = {row("+1", TableCell{"-5.00", CellKind::kAmount, -500, 7}, "-2+3", 7),
            row("@x", TableCell{"-", CellKind::kDash, 0, 8}, "\t=1", 8),
            row("=A1", TableCell{"", CellKind::kEmpty, 0, 9}, "\r=1", 9),
            row("正常", TableCell{"[illegible]", CellKind::kIllegible, 0, 10}, "", 10)};
  const std::vector<int> pages = {1, 9};  // lines 9 and 10 are on page 2
  const std::string csv = TablesCsv({{2, "source-2.pdf", &pages, "table-05", &t}});
  const std::vector<std::vector<std::string>> records = ParseCsv(csv);
  ASSERT_EQ(records.size(), 11u) << csv;  // header + 3 + 3 + 2 + 2: empty cells (and empty text) have no row
  const std::vector<std::vector<std::string>> expected = {
      {"2", "source-2.pdf", "table-05", "'=cmd|' /C calc'!A0", "final_expenditure", "1", "'+1", "", "项目", "'+1", "text", "", "7", "1"},
      {"2", "source-2.pdf", "table-05", "'=cmd|' /C calc'!A0", "final_expenditure", "1", "'+1", "", "'@SUM(A1)", "-5.00", "number", "元", "7", "1"},
      {"2", "source-2.pdf", "table-05", "'=cmd|' /C calc'!A0", "final_expenditure", "1", "'+1", "", "说明", "'-2+3", "text", "", "7", "1"},
      {"2", "source-2.pdf", "table-05", "'=cmd|' /C calc'!A0", "final_expenditure", "2", "'@x", "", "项目", "'@x", "text", "", "8", "1"},
      {"2", "source-2.pdf", "table-05", "'=cmd|' /C calc'!A0", "final_expenditure", "2", "'@x", "", "'@SUM(A1)", "'-", "dash", "", "8", "1"},
      {"2", "source-2.pdf", "table-05", "'=cmd|' /C calc'!A0", "final_expenditure", "2", "'@x", "", "说明", "'\t=1", "text", "", "8", "1"},
      {"2", "source-2.pdf", "table-05", "'=cmd|' /C calc'!A0", "final_expenditure", "3", "'=A1", "", "项目", "'=A1", "text", "", "9", "2"},
      {"2", "source-2.pdf", "table-05", "'=cmd|' /C calc'!A0", "final_expenditure", "3", "'=A1", "", "说明", "'\r=1", "text", "", "9", "2"},
      {"2", "source-2.pdf", "table-05", "'=cmd|' /C calc'!A0", "final_expenditure", "4", "正常", "", "项目", "正常", "text", "", "10", "2"},
      {"2", "source-2.pdf", "table-05", "'=cmd|' /C calc'!A0", "final_expenditure", "4", "正常", "", "'@SUM(A1)", "[illegible]", "illegible", "", "10", "2"}};
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(records[i + 1], expected[i]) << "record " << i + 1;
  // No field of any record starts a formula.
  for (const auto& record : records)
    for (const std::string& field : record)
      EXPECT_TRUE(field.empty() || std::string("=+-@\t\r").find(field[0]) == std::string::npos ||
                  field == "-5.00")
          << field;
}

TEST_F(ContentSiteTest, GlossaryMergesBasicExpenditureFromSamples002And003) {
  const std::string& page = site_->at("glossary/index.html");
  std::size_t start = page.find("<dt>基本支出</dt>");
  ASSERT_NE(start, std::string::npos);
  std::string block = page.substr(start, page.find("</div>\n</dd>", start) - start);
  EXPECT_NE(block.find("中共长治市上党区委巡察工作办公室 2023年"), std::string::npos);
  EXPECT_NE(block.find("中共临夏市委巡察工作领导小组办公室 2024年"), std::string::npos);
}

TEST_F(ContentSiteTest, PagesHoldNoExternalUrls) {
  // Pages and the data gongkai writes; the hand-written scripts name the SVG
  // namespace, and source-N.txt files are the originals as given.
  std::regex ours(".*\\.(html|json|csv|xml|txt)|assets/(search-index|compare-data)\\.js");
  for (const auto& [p, bytes] : *site_) {
    if (!std::regex_match(p, ours) || p.find("/source-") != std::string::npos) continue;
    EXPECT_EQ(bytes.find("http://"), std::string::npos) << p;
    EXPECT_EQ(bytes.find("https://"), std::string::npos) << p;
  }
}

TEST_F(ContentSiteTest, LinksAreRelativeAndPointAtFiles) {
  std::regex link("(?:href|src)=\"([^\"]*)\"");
  for (const auto& [p, bytes] : *site_) {
    if (p.size() < 5 || p.substr(p.size() - 5) != ".html") continue;
    for (std::sregex_iterator it(bytes.begin(), bytes.end(), link), end; it != end; ++it) {
      std::string target = (*it)[1];
      EXPECT_NE(target.rfind("/", 0), 0u) << p << ": " << target;
      EXPECT_TRUE(target.empty() || target.back() != '/') << p << ": " << target;
    }
  }
}

TEST(BuildTest, BuildingTwiceGivesIdenticalTrees) {
  TempDir dir;
  auto first = BuildSite(GONGKAI_CONTENT_DIR, dir.str() + "/a");
  auto second = BuildSite(GONGKAI_CONTENT_DIR, dir.str() + "/b");
  ASSERT_EQ(first.size(), second.size());
  for (const auto& [p, bytes] : first) {
    ASSERT_TRUE(second.count(p)) << p;
    EXPECT_TRUE(second.at(p) == bytes) << p;
  }
}

TEST(BuildTest, SitemapHasAbsoluteUrlsOnlyWithABaseUrl) {
  TempDir dir;
  auto site = BuildSite(GONGKAI_CONTENT_DIR, dir.str() + "/site", "https://example.org/yusuan");
  ASSERT_TRUE(site.count("sitemap.xml"));
  const std::string& xml = site.at("sitemap.xml");
  EXPECT_NE(xml.find("<loc>https://example.org/yusuan/index.html</loc>"), std::string::npos);
  EXPECT_NE(xml.find("<loc>https://example.org/yusuan/glossary/index.html</loc>"), std::string::npos);
  EXPECT_EQ(xml.find("404.html"), std::string::npos);
  EXPECT_EQ(Count(xml, "<loc>"), Count(xml, "<loc>https://example.org/yusuan/"));
  EXPECT_NE(site.at("robots.txt").find("Sitemap: https://example.org/yusuan/sitemap.xml"), std::string::npos);
}

TEST(BuildTest, RejectsABaseUrlThatIsNotHttp) {
  TempDir dir;
  RealFileSystem disk;
  BuildOptions options;
  options.content_dir = GONGKAI_CONTENT_DIR;
  options.out_dir = dir.str() + "/site";
  options.base_url = "javascript:alert(1)";
  options.templates_dir = kTemplates;
  BuildStats stats;
  std::string error;
  EXPECT_FALSE(IncrementalBuild(disk, options, &stats, &error));
  EXPECT_EQ(error, "--base-url must start with http:// or https://");
}

TEST(BuildTest, MarkdownPagesDropJavascriptLinks) {
  TempDir dir;
  RealFileSystem disk;
  std::string error;
  ASSERT_TRUE(disk.WriteFile(dir.str() + "/content/evil.md",
                             "# 恶意\n\n[点我](javascript:alert(1)) <script>alert(2)</script>\n", &error));
  auto site = BuildSite(dir.str() + "/content", dir.str() + "/site");
  ASSERT_TRUE(site.count("evil/index.html"));
  const std::string& page = site.at("evil/index.html");
  EXPECT_EQ(page.find("javascript:"), std::string::npos);
  EXPECT_EQ(page.find("<script>alert"), std::string::npos);
  EXPECT_NE(page.find("点我"), std::string::npos);
}

TEST(BuildTest, RefusesUnsafeOutputPaths) {
  EXPECT_TRUE(IsSafeOutputPath("units/zhu-zhou-shi-a20e85/2024/index.html"));
  EXPECT_FALSE(IsSafeOutputPath("../etc/passwd"));
  EXPECT_FALSE(IsSafeOutputPath("/abs/index.html"));
  EXPECT_FALSE(IsSafeOutputPath("units/株洲/index.html"));
  EXPECT_FALSE(IsSafeOutputPath("units//index.html"));
}

// A PDF and a text file of one unit-year: the PDF's copy keeps its bytes
// and the .pdf name, and its figures and tables open it at their page.
TEST(BuildTest, PdfDocumentsAreCopiedAsPdfAndLinkedAtTheirPage) {
  Document pdf;
  pdf.file = "a.pdf";
  pdf.format = SourceFormat::kPdf;
  pdf.page_starts = {1, 40, 80};  // lines 40-79 are page 2, 80- page 3
  pdf.unit.name = "株洲市财政局";
  pdf.year = 2024;
  pdf.kinds = {"budget"};
  pdf.currency = MoneyUnit::kWanYuan;
  pdf.figures.amounts["total_expenditure"] = Figure{536420000, Span{"a.pdf", 45, 2}, "部门支出总体情况表"};
  Table t;
  t.title = "部门支出总体情况表";
  t.line = 85;
  pdf.tables.push_back(t);
  Document text;
  text.file = "b.txt";
  text.unit.name = "株洲市财政局";
  text.year = 2024;
  text.kinds = {"final"};
  text.currency = MoneyUnit::kWanYuan;
  text.figures.amounts["total_expenditure"] = Figure{500000000, Span{"b.txt", 120}, "支出决算表"};
  Table u = t;
  u.title = "支出决算表";
  u.line = 118;
  text.tables.push_back(u);
  std::vector<Document> docs = {pdf, text};
  std::vector<UnitYearGroup> groups = GroupDocuments(docs);
  ASSERT_EQ(groups.size(), 1u);
  UnitYearSummary summary = Summarize(groups[0]);
  const std::string pdf_bytes = std::string("%PDF-1.7\n\0\xff binary", 19), text_bytes = "原文";
  Outputs outputs;
  MakeUnitYearOutputs(groups[0], summary, {&pdf_bytes, &text_bytes}, {}, &outputs);

  const std::string dir = "units/" + summary.unit_slug + "/2024/";
  std::map<std::string, std::string> files;
  for (const FileOutput& f : outputs.files) files[f.path] = f.bytes;
  ASSERT_TRUE(files.count(dir + "source-1.pdf"));
  EXPECT_TRUE(files.at(dir + "source-1.pdf") == pdf_bytes) << "byte-identical copy";
  EXPECT_FALSE(files.count(dir + "source-1.txt"));
  EXPECT_EQ(files.at(dir + "source-2.txt"), text_bytes) << "text inputs keep their .txt copy";

  RealFileSystem disk;
  TemplateSet templates;
  std::string error, html, view;
  ASSERT_TRUE(templates.Load(disk, kTemplates, &error)) << error;
  // The unit-year page and the source view of each document.
  ASSERT_EQ(outputs.pages.size(), 3u);
  EXPECT_EQ(outputs.pages[0].path, dir + "source-1.html");
  EXPECT_EQ(outputs.pages[1].path, dir + "source-2.html");
  ASSERT_EQ(outputs.pages[2].path, dir + "index.html");
  ASSERT_TRUE(templates.Render(outputs.pages[2], &html, &error)) << error;
  // Headline figures link their line in the source view; the PDF's also its page.
  EXPECT_NE(html.find("部门支出总体情况表，<a href=\"source-1.html#L45\">第 2 页</a>"
                      "<a class=\"pdf-page\" href=\"source-1.pdf#page=2\">PDF</a>"),
            std::string::npos);
  EXPECT_NE(html.find("支出决算表，<a href=\"source-2.html#L120\">第 120 行</a></td>"), std::string::npos);
  // Tables: the same, from their title line.
  EXPECT_NE(html.find("<a href=\"source-1.html#L85\">原文第 3 页</a><a class=\"pdf-page\" href=\"source-1.pdf#page=3\">PDF</a></p>"),
            std::string::npos);
  EXPECT_NE(html.find("<a href=\"source-2.html#L118\">原文第 118 行</a></p>"), std::string::npos);
  EXPECT_EQ(html.find("class=\"table-csv\""), std::string::npos) << "a table without rows has no CSV to offer";
  EXPECT_NE(html.find("<a href=\"source-1.html\">原文 1</a>（<a href=\"source-1.pdf\">原文文件</a>）"), std::string::npos);
  EXPECT_EQ(Count(html, "source-1.txt"), 0);
  // The text file's view: its one line, decoded from the copy.
  ASSERT_TRUE(templates.Render(outputs.pages[1], &view, &error)) << error;
  EXPECT_NE(view.find("<pre class=\"source-lines\"><span class=\"line\" id=\"L1\"><a class=\"ln\" href=\"#L1\" "
                      "aria-label=\"第 1 行\">1</a>原文</span></pre>"),
            std::string::npos);
}

// The unit-year page of one real fixture (tests/data/real/`name`), rendered.
void RenderRealUnitYearPage(const std::string& name, std::string* out) {
  const std::string bytes = test::ReadFileOrDie(std::string(GONGKAI_TEST_DATA) + "/real/" + name);
  std::vector<Document> docs = {ParseDocument(name, bytes)};
  std::vector<UnitYearGroup> groups = GroupDocuments(docs);
  ASSERT_EQ(groups.size(), 1u);
  UnitYearSummary summary = Summarize(groups[0]);
  Outputs outputs;
  MakeUnitYearOutputs(groups[0], summary, {&bytes}, {}, &outputs);
  RealFileSystem disk;
  TemplateSet templates;
  std::string error;
  ASSERT_TRUE(templates.Load(disk, kTemplates, &error)) << error;
  const PageOutput* page = nullptr;
  for (const PageOutput& p : outputs.pages)
    if (p.template_name == "unit_year") page = &p;
  ASSERT_NE(page, nullptr);
  ASSERT_TRUE(templates.Render(*page, out, &error)) << error;
}

// A third part of the spending, where the template prints one, stands among
// the page's figures: 江苏省高级人民法院 2019 (real -layout text), 收支预算总表
// p8 三、单位预留机动经费 5,011.40 万元, the part that makes 基本 21,968.00 +
// 项目 10,208.94 + 预留 5,011.40 = 当年支出小计 37,188.34.
TEST(BuildTest, UnitYearPageShowsTheReserveWhereTheTemplatePrintsIt) {
  const std::string name = "jiangsu-2019-gaoji-renmin-fayuan-dept-budget.txt";
  std::string html;
  ASSERT_NO_FATAL_FAILURE(RenderRealUnitYearPage(name, &html));
  EXPECT_NE(html.find("<tr><th scope=\"row\">单位预留机动经费</th><td class=\"amount\">5,011.40 万元</td>"),
            std::string::npos);
  EXPECT_NE(html.find("<td class=\"amount\">21,968.00 万元</td>"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"amount\">37,188.34 万元</td>"), std::string::npos);
}

// The function chart names each 类 as the document does, never by a row of
// another table that carries the code (西安民政局 2021: 表12's "229 |
// 西安市民政局", a unit's row): 229 is 其他支出 (表1 "25、其他支出").
TEST(BuildTest, FunctionChartNamesAClassByItsName) {
  const std::string name = "xian-2021-minzheng-ju-dept-budget.pdf";
  std::string html;
  ASSERT_NO_FATAL_FAILURE(RenderRealUnitYearPage(name, &html));
  EXPECT_NE(html.find("<title>其他支出：167,781,553.36 元</title>"), std::string::npos);
  EXPECT_EQ(html.find("<title>西安市民政局："), std::string::npos);
  // 表1's parts of 本年支出合计 beside 基本 and 项目: 4、事业单位经营支出
  // 141,634,000.00 is shown; 3、上缴上级支出 and 5、对附属单位补助支出, printed
  // 0.00, are not.
  EXPECT_NE(html.find("<tr><th scope=\"row\">事业单位经营支出</th><td class=\"amount\">141,634,000.00 元</td>"),
            std::string::npos);
  EXPECT_EQ(html.find("上缴上级支出</th>"), std::string::npos);
  EXPECT_EQ(html.find("对附属单位补助支出</th>"), std::string::npos);
}

// A PDF's source view: the lines as read, a mark where each page starts
// linking the PDF at it (the real Wuxi page 18: one page).
TEST(BuildTest, PdfSourceViewMarksEachPageAndShowsTheLinesRead) {
  const std::string bytes = test::ReadFileOrDie(std::string(GONGKAI_TEST_DATA) + "/pdf/wuxi-2025-xinfang-ju-dept-budget-page18.pdf");
  Document doc = ParseDocument("wuxi.pdf", bytes);
  ASSERT_EQ(doc.format, SourceFormat::kPdf);
  ASSERT_EQ(doc.page_starts, std::vector<int>{1});
  ASSERT_GT(doc.read_lines.size(), 5u);
  PageOutput page = MakeSourceView("units/x/2025/", 0, doc, bytes, "无锡市信访局 2025年", {});
  EXPECT_EQ(page.path, "units/x/2025/source-1.html");
  RealFileSystem disk;
  TemplateSet templates;
  std::string error, html;
  ASSERT_TRUE(templates.Load(disk, kTemplates, &error)) << error;
  ASSERT_TRUE(templates.Render(page, &html, &error)) << error;
  EXPECT_NE(html.find("<pre class=\"source-lines\"><span class=\"page-mark\" id=\"page-1\"><a href=\"source-1.pdf#page=1\">"
                      "第 1 页</a></span><span class=\"line\" id=\"L1\">"),
            std::string::npos);
  EXPECT_EQ(Count(html, "<span class=\"line\" id=\"L"), static_cast<int>(doc.read_lines.size()));
  // Every amount the reader found stands on the line the view shows for it.
  int checked = 0;
  for (const Table& t : doc.tables)
    for (const TableRow& r : t.rows)
      for (const TableCell& c : r.cells)
        if (c.kind == CellKind::kAmount && r.line > 0) {
          ++checked;
          EXPECT_NE(doc.read_lines[static_cast<std::size_t>(r.line) - 1].find(c.text), std::string::npos)
              << "line " << r.line << ": " << c.text;
        }
  EXPECT_GT(checked, 10);
}

const std::string kPdfData = std::string(GONGKAI_TEST_DATA) + "/pdf/";
constexpr char kScan[] = "changsha-jiaojing-zhidui-2023-performance-evaluation-scanned.pdf";
constexpr char kHtmlAsPdf[] = "chongqing-caizheng-ju-2026-budget-webpage-html.pdf";
constexpr char kGoodPdf[] = "guangzhou-zhengwu-shuju-ju-2026-performance-targets.pdf";

// A content folder: two text samples, the real bad PDFs, an empty .txt and
// (with `good_pdf`) a real PDF with a text layer.
std::string MakePdfContent(const TempDir& dir, bool good_pdf) {
  const std::string content = dir.str() + "/content";
  fs::create_directories(content + "/pdf");
  for (const char* sample : {"002_c1cbd9e901d50c06.txt", "004_716412bb392d4c2e.txt"})
    fs::copy_file(std::string(GONGKAI_CONTENT_DIR) + "/" + sample, content + "/" + sample);
  for (const char* pdf : {kScan, kHtmlAsPdf}) fs::copy_file(kPdfData + pdf, content + "/pdf/" + pdf);
  if (good_pdf) fs::copy_file(kPdfData + kGoodPdf, content + "/pdf/" + kGoodPdf);
  RealFileSystem disk;
  std::string error;
  EXPECT_TRUE(disk.WriteFile(content + "/empty.txt", "", &error)) << error;
  return content;
}

BuildStats BuildStatsOf(const std::string& content, const std::string& out) {
  RealFileSystem disk;
  BuildOptions options;
  options.content_dir = content;
  options.out_dir = out;
  options.templates_dir = kTemplates;
  BuildStats stats;
  std::string error;
  EXPECT_TRUE(IncrementalBuild(disk, options, &stats, &error)) << error;
  return stats;
}

TEST(BuildTest, FilesNotReadAreListedWithTheirReasonAndGetNoUnitPage) {
  TempDir dir;
  const std::string content = MakePdfContent(dir, /*good_pdf=*/false);
  BuildStats stats = BuildStatsOf(content, dir.str() + "/site");
  EXPECT_EQ(stats.documents, 5);
  EXPECT_EQ(stats.unread, 3);
  EXPECT_GE(stats.warnings, 3) << "each file not read has its warning";
  std::map<std::string, std::string> site = ReadTree(dir.str() + "/site");
  ASSERT_TRUE(site.count("unread/index.html"));
  const std::string& page = site.at("unread/index.html");
  EXPECT_NE(page.find("<h1>未识别文件</h1>"), std::string::npos);
  EXPECT_NE(page.find("<td class=\"text\">empty.txt</td><td class=\"text\">empty file</td>"), std::string::npos)
      << page;
  EXPECT_NE(page.find(std::string("<td class=\"text\">pdf/") + kScan + "</td><td class=\"text\">PDF has no text layer"),
            std::string::npos);
  EXPECT_NE(page.find(std::string("<td class=\"text\">pdf/") + kHtmlAsPdf +
                      "</td><td class=\"text\">an HTML page saved under a .pdf name"),
            std::string::npos);
  EXPECT_EQ(Count(page, "<tr><td"), 3);
  EXPECT_NE(site.at("index.html").find("<a href=\"unread/index.html\">未识别文件（3 个）及原因</a>"), std::string::npos);
  int unit_year_pages = 0;
  for (const auto& [p, bytes] : site) {
    if (std::regex_match(p, std::regex("units/[a-z0-9-]+/[a-z0-9]+/index\\.html"))) ++unit_year_pages;
    EXPECT_EQ(p.find(".pdf"), std::string::npos) << p << ": a file not read is not copied";
  }
  EXPECT_EQ(unit_year_pages, 2) << "the two text samples only";
}

// Needs the PDF front end (ParseDocument on a PDF with a text layer).
TEST(BuildTest, PdfInContentGetsItsUnitYearPageWithAByteIdenticalCopy) {
  TempDir dir;
  const std::string content = MakePdfContent(dir, /*good_pdf=*/true);
  BuildStats stats = BuildStatsOf(content, dir.str() + "/site");
  EXPECT_EQ(stats.documents, 6);
  EXPECT_EQ(stats.unread, 3);
  std::map<std::string, std::string> site = ReadTree(dir.str() + "/site");
  std::string copy, page;
  for (const auto& [p, bytes] : site) {
    if (std::regex_match(p, std::regex("units/[a-z0-9-]+/2026/source-1\\.pdf"))) copy = bytes;
    if (std::regex_match(p, std::regex("units/[a-z0-9-]+/2026/index\\.html"))) page = bytes;
  }
  ASSERT_FALSE(copy.empty()) << "no units/*/2026/source-1.pdf";
  EXPECT_TRUE(copy == test::ReadFileOrDie(kPdfData + kGoodPdf)) << "the PDF is copied byte for byte";
  EXPECT_NE(page.find("<h1>广州市政务服务和数据管理局"), std::string::npos);
  EXPECT_NE(page.find("<a href=\"source-1.html\">原文 1</a>（<a href=\"source-1.pdf\">原文文件</a>）"), std::string::npos);
  EXPECT_TRUE(std::regex_search(page, std::regex("<a href=\"source-1\\.html#L[0-9]+\">原文第 1 页</a>"
                                                 "<a class=\"pdf-page\" href=\"source-1\\.pdf#page=1\">PDF</a>")))
      << "its first table";
  EXPECT_EQ(Count(site.at("unread/index.html"), "<tr><td"), 3);
  // tables.csv names the PDF copy and each cell's page. Page 1 of the PDF
  // prints 基本支出 12,634.14 (万元) beside 财政拨款 98,880.78 on its first row.
  std::string tables;
  for (const auto& [p, bytes] : site)
    if (std::regex_match(p, std::regex("units/[a-z0-9-]+/2026/tables\\.csv"))) tables = bytes;
  EXPECT_NE(tables.find("\r\n1,source-1.pdf,table-01,部门整体预算绩效目标申报表,overall_performance_targets,1,基本支出,,,"
                        "12634.14,number,万元,4,1\r\n"),
            std::string::npos)
      << tables;
  EXPECT_NE(tables.find(",98880.78,number,万元,4,1\r\n"), std::string::npos);
  EXPECT_GT(Count(tables, ",2\r\n"), 0) << "cells of page 2";
  EXPECT_EQ(Count(tables, "\r\n1,source-1.pdf,"), Count(tables, "\r\n") - 1) << "every row names the PDF copy";
}

// A document whose every text is hostile: nothing of it may reach a page,
// a script or a path unescaped.
TEST(BuildTest, EscapesHostileDocumentTextEverywhere) {
  const std::string evil = "<script>alert(1)</script>";
  Document doc;
  doc.file = "evil.txt";
  doc.unit.name = evil;
  doc.year = 2024;
  doc.kinds = {"budget"};
  doc.currency = MoneyUnit::kWanYuan;
  doc.figures.amounts["total_expenditure"] = Figure{100, Span{"evil.txt", 3}, evil};
  Table t;
  t.title = evil;
  t.currency = MoneyUnit::kWanYuan;
  t.columns = {Column{"\"><img src=x onerror=alert(1)>", {}, ColumnRole::kLabel}, Column{"金额", {}, ColumnRole::kAmount}};
  TableRow r;
  r.cells = {TableCell{"=HYPERLINK(\"x\")", CellKind::kText, 0, 4}, TableCell{"1.00", CellKind::kAmount, 1000000, 4}};
  t.rows.push_back(r);
  doc.tables.push_back(t);
  doc.sections.push_back(Section{evil, 1, 5, evil});
  doc.glossary.push_back(GlossaryEntry{evil, evil, 6, {}});
  std::vector<Document> docs = {doc};
  std::vector<UnitYearGroup> groups = GroupDocuments(docs);
  ASSERT_EQ(groups.size(), 1u);
  UnitYearSummary summary = Summarize(groups[0]);
  std::string source = "raw bytes";
  Outputs outputs;
  MakeUnitYearOutputs(groups[0], summary, {&source}, {}, &outputs);
  MakeSitePages(BuildSiteModel({summary}), {}, &outputs);
  MakeSiteIndexes(BuildSiteModel({summary}), {}, &outputs);
  MakeSiteData(BuildSiteModel({summary}), {"index.html"}, "", &outputs);

  RealFileSystem disk;
  TemplateSet templates;
  std::string error;
  ASSERT_TRUE(templates.Load(disk, kTemplates, &error)) << error;
  for (const PageOutput& page : outputs.pages) {
    EXPECT_TRUE(IsSafeOutputPath(page.path)) << page.path;
    std::string html;
    ASSERT_TRUE(templates.Render(page, &html, &error)) << error;
    EXPECT_EQ(html.find("<script>alert"), std::string::npos) << page.path;
    EXPECT_EQ(html.find("<img"), std::string::npos) << page.path;
    if (page.template_name == "unit_year") {
      EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
      EXPECT_NE(html.find("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
    }
  }
  bool saw_csv = false, saw_search = false;
  for (const FileOutput& f : outputs.files) {
    EXPECT_TRUE(IsSafeOutputPath(f.path)) << f.path;
    // The original is copied as given; CSV quotes by CSV rules, not HTML's.
    if (f.path.size() > 4 && f.path.substr(f.path.size() - 4) == ".txt") continue;
    if (f.path.ends_with("/tables.csv")) {
      saw_csv = true;
      EXPECT_NE(f.bytes.find("\r\n1,source-1.txt,table-01,<script>alert(1)</script>,,1,,,"
                             "\"\"\"><img src=x onerror=alert(1)>\",\"'=HYPERLINK(\"\"x\"\")\",text,,4,\r\n"),
                std::string::npos)
          << f.bytes;
    }
    if (f.path.size() > 4 && f.path.substr(f.path.size() - 4) == ".csv") continue;
    EXPECT_EQ(f.bytes.find("<script>"), std::string::npos) << f.path;
    if (f.path == "assets/search-index.js") {
      saw_search = true;
      EXPECT_NE(f.bytes.find("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"), std::string::npos);
    }
  }
  EXPECT_TRUE(saw_csv);
  EXPECT_TRUE(saw_search);
}

}  // namespace
}  // namespace gongkai
