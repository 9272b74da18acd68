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
                        "assets/style.css", "assets/search-index.js", "assets/compare-data.js",
                        "assets/minisearch.min.js", "assets/search.js", "assets/compare.js", "assets/sort.js"})
    EXPECT_TRUE(site.count(p)) << p;
  int unit_pages = 0, unit_year_pages = 0, region_pages = 0, kind_pages = 0, csvs = 0, sources = 0;
  for (const auto& [p, bytes] : site) {
    if (std::regex_match(p, std::regex("units/[a-z0-9-]+/index\\.html"))) ++unit_pages;
    if (std::regex_match(p, std::regex("units/[a-z0-9-]+/20[0-9][0-9]/index\\.html"))) ++unit_year_pages;
    if (std::regex_match(p, std::regex("regions/[a-z0-9-]+/index\\.html"))) ++region_pages;
    if (std::regex_match(p, std::regex("kinds/[a-z0-9-]+/index\\.html"))) ++kind_pages;
    if (std::regex_match(p, std::regex("units/.*/table-[0-9]+\\.csv"))) ++csvs;
    if (std::regex_match(p, std::regex("units/.*/source-1\\.txt"))) ++sources;
  }
  EXPECT_EQ(unit_year_pages, 5);  // five samples, five unit-years
  EXPECT_EQ(sources, 5);
  EXPECT_GE(unit_pages, 4);
  EXPECT_GE(region_pages, 1);
  EXPECT_GE(kind_pages, 1);
  EXPECT_GT(csvs, 0);
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
  EXPECT_NE(page.find("href=\"source-1.txt\""), std::string::npos);
  EXPECT_NE(page.find("href=\"data.json\""), std::string::npos);
  EXPECT_NE(page.find("href=\"table-01.csv\""), std::string::npos);
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
  EXPECT_NE(row.find("<a href=\"source-1.txt\">第 370 行</a>"), std::string::npos) << row;
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
  pdf.format = "pdf";
  pdf.page_starts = {1, 40, 80};  // lines 40-79 are page 2, 80- page 3
  pdf.unit.name = "株洲市财政局";
  pdf.year = 2024;
  pdf.kinds = {"budget"};
  pdf.currency = Currency::kWanYuan;
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
  text.currency = Currency::kWanYuan;
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
  std::string error, html;
  ASSERT_TRUE(templates.Load(disk, kTemplates, &error)) << error;
  ASSERT_EQ(outputs.pages.size(), 1u);
  ASSERT_TRUE(templates.Render(outputs.pages[0], &html, &error)) << error;
  // Headline figures: the PDF's at its page, the text file's at its line.
  EXPECT_NE(html.find("部门支出总体情况表，<a href=\"source-1.pdf#page=2\">第 2 页</a>"), std::string::npos);
  EXPECT_NE(html.find("支出决算表，<a href=\"source-2.txt\">第 120 行</a>"), std::string::npos);
  // Tables: the PDF's opens its page; the text file's names its line, as before.
  EXPECT_NE(html.find("<a href=\"source-1.pdf#page=3\">原文第 3 页</a> · "), std::string::npos);
  EXPECT_NE(html.find("原文第 118 行 · "), std::string::npos);
  EXPECT_NE(html.find("<a href=\"source-1.pdf\">原文 1</a>"), std::string::npos);
  EXPECT_EQ(Count(html, "source-1.txt"), 0);
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
  EXPECT_NE(page.find("<a href=\"source-1.pdf\">原文 1</a>"), std::string::npos);
  EXPECT_NE(page.find("<a href=\"source-1.pdf#page=1\">原文第 1 页</a>"), std::string::npos) << "its first table";
  EXPECT_EQ(Count(site.at("unread/index.html"), "<tr><td"), 3);
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
  doc.currency = Currency::kWanYuan;
  doc.figures.amounts["total_expenditure"] = Figure{100, Span{"evil.txt", 3}, evil};
  Table t;
  t.title = evil;
  t.currency = Currency::kWanYuan;
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
  MakeSiteData(BuildSiteModel({summary}), {}, {"index.html"}, "", &outputs);

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
    if (f.path.find("table-01.csv") != std::string::npos) {
      saw_csv = true;
      EXPECT_NE(f.bytes.find("\"'=HYPERLINK(\"\"x\"\")\",1.00\r\n"), std::string::npos) << f.bytes;
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
