// content/units.toml (overrides.h): what the user sets wins and is shown as
// set by the user; every bad line is a positioned warning and the build goes
// on; an edit to it re-renders the unit-years it touches, and the result is
// what a clean build gives. Duplicates are kept and their differences flagged.
#include "overrides.h"

#include <gtest/gtest.h>

#include "build.h"
#include "diagnostics.h"
#include "incremental.h"
#include "site_model.h"
#include "slug.h"
#include "test_corpus.h"

namespace gongkai {
namespace {

using test::Samples;
using test::TempDir;

std::vector<std::string> Printed(const UnitOverrides& o) {
  std::vector<std::string> out;
  for (const Diagnostic& d : o.diagnostics) out.push_back(FormatDiagnostic(d));
  return out;
}

TEST(ParseUnitOverrides, ReadsFilesAndUnits) {
  const UnitOverrides o = ParseUnitOverrides(
      "# corrections\n"
      "[[file]]\n"
      "path = \"2024/x.pdf\"\n"
      "unit = \"株洲市荷塘区委巡察办\"\n"
      "code = \"012001\"\n"
      "year = 2025\n"
      "kind = [\"final\", \"performance-evaluation\"]\n"
      "\n"
      "[[unit]]\n"
      "name = \"中共株洲市荷塘区委巡察工作领导小组办公室\"\n"
      "aliases = [\"荷塘区委巡察办\"]\n",
      "content/units.toml");
  EXPECT_TRUE(o.diagnostics.empty()) << Printed(o).front();
  ASSERT_EQ(o.files.count("2024/x.pdf"), 1u);
  const FileOverride& f = o.files.at("2024/x.pdf");
  EXPECT_EQ(f.unit, "株洲市荷塘区委巡察办");
  EXPECT_EQ(f.code, "012001");
  EXPECT_EQ(f.year, 2025);
  EXPECT_EQ(f.kinds, (std::vector<std::string>{"final", "performance-evaluation"}));
  EXPECT_EQ(f.line, 2);
  ASSERT_EQ(o.units.size(), 1u);
  EXPECT_EQ(o.units[0].name, "中共株洲市荷塘区委巡察工作领导小组办公室");
  EXPECT_EQ(o.units[0].aliases, (std::vector<std::string>{"荷塘区委巡察办"}));
  EXPECT_FALSE(o.hash.empty());
}

TEST(ParseUnitOverrides, EveryBadLineIsAPositionedWarningAndTheRestApplies) {
  const UnitOverrides o = ParseUnitOverrides(
      "[[file]]\n"                          // 1
      "path = \"a.txt\"\n"                  // 2
      "year = \"2025\"\n"                   // 3
      "kind = \"决算\"\n"                   // 4
      "colour = \"red\"\n"                  // 5
      "unit = \"X市财政局\"\n"              // 6
      "[[file]]\n"                          // 7
      "year = 2024\n"                       // 8
      "[[file]]\n"                          // 9
      "path = \"a.txt\"\n"                  // 10
      "code = \"1\"\n"                      // 11
      "[[unit]]\n"                          // 12
      "name = \"无锡市教育局\"\n"           // 13
      "aliases = [\"无锡市教育局本级\"]\n"  // 14
      "[[unit]]\n"                          // 15
      "name = \"无锡市教育局（本级）\"\n"   // 16
      "[other]\n"                           // 17
      "x = 1\n",                            // 18
      "content/units.toml");
  EXPECT_EQ(Printed(o), (std::vector<std::string>{
                            "content/units.toml:3: warning: year must be a whole number from 1950 to 2100; ignored",
                            "content/units.toml:4: warning: kind must be one of budget, final, performance-targets, "
                            "performance-evaluation; ignored",
                            "content/units.toml:5: warning: unknown key 'colour' in [[file]] (path, unit, code, year, "
                            "kind); ignored",
                            "content/units.toml:7: warning: [[file]] without a path; ignored",
                            "content/units.toml:9: warning: a second [[file]] for a.txt (the first is at line 1); ignored",
                            "content/units.toml:15: warning: the name 无锡市教育局（本级） is already declared by the "
                            "[[unit]] at line 12; this [[unit]] ignored",
                            "content/units.toml:17: warning: unknown table 'other' (expected [[file]] or [[unit]]); "
                            "ignored",
                        }));
  ASSERT_EQ(o.files.size(), 1u);
  EXPECT_EQ(o.files.at("a.txt").unit, "X市财政局");
  EXPECT_EQ(o.files.at("a.txt").year, 0);
  ASSERT_EQ(o.units.size(), 1u);
  EXPECT_EQ(o.units[0].name, "无锡市教育局");
}

TEST(ParseUnitOverrides, TextThatIsNotTomlIsOneWarningAndAppliesNothing) {
  const UnitOverrides o = ParseUnitOverrides("[[file]]\npath = \"a.txt\"\nyear = 2025\nunit = 株洲\n", "content/units.toml");
  ASSERT_EQ(o.diagnostics.size(), 1u);
  EXPECT_EQ(o.diagnostics[0].span.line, 4);
  EXPECT_EQ(o.diagnostics[0].severity, Severity::kWarning);
  EXPECT_NE(o.diagnostics[0].message.find("not valid TOML"), std::string::npos) << o.diagnostics[0].message;
  EXPECT_NE(o.diagnostics[0].message.find("no override of this file applied"), std::string::npos);
  EXPECT_TRUE(o.files.empty());
}

TEST(ApplyOverrides, UserValuesWinAndAreMarkedSetByUser) {
  UnitOverrides o = ParseUnitOverrides("[[file]]\npath = \"004.txt\"\nyear = 2025\nkind = \"final\"\n", "units.toml");
  Document doc;
  doc.file = "004.txt";
  doc.unit.name = "中共株洲市委巡察工作领导小组办公室";
  doc.year = 2024;
  doc.kinds = {"performance-evaluation"};
  ApplyOverrides(o, &doc);
  EXPECT_EQ(doc.year, 2025);
  EXPECT_EQ(doc.kinds, (std::vector<std::string>{"final"}));
  EXPECT_EQ(doc.unit.name, "中共株洲市委巡察工作领导小组办公室");
  EXPECT_EQ(doc.set_by_user, (std::vector<std::string>{"year", "kind"}));
  Document other;
  other.file = "003.txt";
  ApplyOverrides(o, &other);
  EXPECT_TRUE(other.set_by_user.empty());
}

// ---------------------------------------------------------------- builds ---

struct Site {
  TempDir dir;
  std::string content = dir.str() + "/content";
  std::string out = dir.str() + "/live/site";
};

BuildStats BuildInto(const std::string& content, const std::string& out, bool explain = false) {
  RealFileSystem disk;
  BuildOptions options;
  options.content_dir = content;
  options.out_dir = out;
  options.templates_dir = std::string(GONGKAI_SOURCE_DIR) + "/templates";
  options.explain = explain;
  BuildStats stats;
  std::string error;
  EXPECT_TRUE(IncrementalBuild(disk, options, &stats, &error)) << error;
  return stats;
}

// The five samples, sample 002 twice (a re-issued file whose 本年支出合计
// differs), and `toml` as units.toml.
void WriteContent(const Site& site, const std::string& toml) {
  for (const test::Sample& s : Samples()) test::WriteText(site.content + "/" + s.prefix + ".txt", s.text);
  test::WriteText(site.content + "/002b.txt", test::ReplaceAll(Samples()[2].text, "227.61", "227.71"));
  if (!toml.empty()) test::WriteText(site.content + "/units.toml", toml);
}

const char kToml[] =
    "[[file]]\n"
    "path = \"004.txt\"\n"
    "year = 2025\n"
    "\n"
    "[[unit]]\n"
    "name = \"株洲市委巡察办\"\n"
    "aliases = [\"中共株洲市荷塘区委巡察工作领导小组办公室\"]\n"
    "\n"
    "[[file]]\n"
    "path = \"gone.txt\"\n"
    "unit = \"某单位\"\n";

std::string Page(const std::map<std::string, std::string>& tree, const std::string& path) {
  auto it = tree.find(path);
  EXPECT_NE(it, tree.end()) << path;
  return it == tree.end() ? "" : it->second;
}

TEST(OverridesBuild, OverridesWinAndPagesSaySetByUser) {
  Site site;
  WriteContent(site, kToml);
  BuildStats stats = BuildInto(site.content, site.out);
  // The bad line is reported, and the build went on.
  ASSERT_EQ(stats.messages.size(), 1u);
  EXPECT_EQ(stats.messages[0], site.content + "/units.toml:9: warning: no disclosure gone.txt in " + site.content +
                                   "; [[file]] ignored");
  const auto tree = test::ReadTree(site.out);
  const std::string slug = StableSlug("株洲市委巡察办");
  // The declared unit: its name set by the user, both samples' names as aliases.
  const std::string unit = Page(tree, "units/" + slug + "/index.html");
  EXPECT_NE(unit.find("单位名称由用户设定"), std::string::npos);
  EXPECT_NE(unit.find("<span class=\"alias\">中共株洲市荷塘区委巡察工作领导小组办公室（由用户设定）</span>"),
            std::string::npos);
  EXPECT_NE(unit.find("<span class=\"alias\">中共株洲市委巡察工作领导小组办公室</span>"), std::string::npos);
  // 004 moved to 2025 by the user, beside 000 (2025): one unit-year page, two documents.
  const std::string year = Page(tree, "units/" + slug + "/2025/index.html");
  EXPECT_NE(year.find("<span class=\"set-by-user\">年度：2025（由用户设定）</span>"), std::string::npos);
  EXPECT_NE(year.find("原文单位名称：中共株洲市委巡察工作领导小组办公室"), std::string::npos);
  EXPECT_EQ(tree.count("units/" + slug + "/2024/index.html"), 0u);
  // No page left under the samples' own slugs.
  EXPECT_EQ(tree.count("units/" + StableSlug("中共株洲市委巡察工作领导小组办公室") + "/index.html"), 0u);
  EXPECT_EQ(tree.count("units/" + StableSlug("中共株洲市荷塘区委巡察工作领导小组办公室") + "/index.html"), 0u);
}

TEST(OverridesBuild, DuplicatesAreBothKeptAndEveryDifferingFigureIsFlagged) {
  Site site;
  WriteContent(site, "");
  BuildInto(site.content, site.out);
  const auto tree = test::ReadTree(site.out);
  const std::string dir = "units/" + StableSlug("中共长治市上党区委巡察工作办公室") + "/2023/";
  const std::string page = Page(tree, dir + "index.html");
  EXPECT_EQ(tree.count(dir + "source-1.txt"), 1u);
  EXPECT_EQ(tree.count(dir + "source-2.txt"), 1u);
  EXPECT_NE(page.find("本年度有多份部门决算文件（原文 1、原文 2），均已保留"), std::string::npos);
  // 本年支出合计 differs (227.61 vs 227.71 万元); 基本支出 (203.18) does not.
  EXPECT_NE(page.find("<tr class=\"differs\"><th scope=\"row\">本年支出合计</th>"), std::string::npos);
  EXPECT_NE(page.find("各文件不一致：原文 1：227.61 万元；原文 2：227.71 万元；"), std::string::npos);
  EXPECT_EQ(page.find("<tr class=\"differs\"><th scope=\"row\">基本支出</th>"), std::string::npos);
  EXPECT_NE(page.find("<tr><th scope=\"row\">基本支出</th>"), std::string::npos);
}

TEST(OverridesBuild, EditingUnitsTomlRerendersWhatItTouchesAndMatchesACleanBuild) {
  Site site;
  WriteContent(site, "");
  BuildInto(site.content, site.out);
  const std::string other_unit =
      "units/" + StableSlug("中共临夏市委巡察工作领导小组办公室") + "/2024/index.html";
  const std::string before = test::ReadFileOrDie(site.out + "/" + other_unit);
  // 1. Add units.toml: the touched units move; an untouched one is kept.
  test::WriteText(site.content + "/units.toml", kToml);
  BuildStats stats = BuildInto(site.content, site.out, true);
  EXPECT_FALSE(stats.skipped) << "an edit to units.toml alone is a change";
  EXPECT_EQ(stats.parsed, 0) << "no document is parsed again";
  std::string explained;
  for (const std::string& line : stats.explain) explained += line + "\n";
  EXPECT_EQ(explained.find(other_unit), std::string::npos) << explained;
  EXPECT_NE(explained.find("content/units.toml changed"), std::string::npos) << explained;
  EXPECT_EQ(test::ReadFileOrDie(site.out + "/" + other_unit), before);
  const std::string clean = site.dir.str() + "/clean/site";
  BuildInto(site.content, clean);
  EXPECT_EQ(test::TreeDifference(test::ReadTree(site.out), test::ReadTree(clean)), "");
  // 2. Edit it (the year override removed): back to the clean build of that.
  test::WriteText(site.content + "/units.toml", std::string(kToml).substr(std::string(kToml).find("[[unit]]")));
  BuildInto(site.content, site.out);
  const std::string clean2 = site.dir.str() + "/clean2/site";
  BuildInto(site.content, clean2);
  EXPECT_EQ(test::TreeDifference(test::ReadTree(site.out), test::ReadTree(clean2)), "");
  // 3. Remove it: the same site as never having had one.
  boost::filesystem::remove(site.content + "/units.toml");
  BuildInto(site.content, site.out);
  const std::string clean3 = site.dir.str() + "/clean3/site";
  BuildInto(site.content, clean3);
  EXPECT_EQ(test::TreeDifference(test::ReadTree(site.out), test::ReadTree(clean3)), "");
}

// The clean in-memory build (build.cc) groups as the incremental one does.
TEST(OverridesBuild, CleanBuildGroupsAsTheIncrementalBuild) {
  Site site;
  WriteContent(site, kToml);
  BuildInto(site.content, site.out);
  RealFileSystem disk;
  BuildOptions options;
  options.content_dir = site.content;
  options.out_dir = site.dir.str() + "/memory";
  options.templates_dir = std::string(GONGKAI_SOURCE_DIR) + "/templates";
  DirectorySink sink(disk, options.out_dir);
  BuildStats stats;
  std::string error;
  ASSERT_TRUE(Build(disk, options, sink, &stats, &error)) << error;
  EXPECT_EQ(test::TreeDifference(test::ReadTree(site.out), test::ReadTree(options.out_dir)), "");
}

TEST(OverridesBuild, NamingAFileWhoseUnitWasNotRecognisedGivesItAPage) {
  Site site;
  std::string text = test::ReplaceAll(Samples()[3].text, "中共临夏市委巡察工作领导小组办公室", "");
  test::WriteText(site.content + "/x.txt", test::ReplaceAll(text, "中共临夏市委巡察领导小组办公室", ""));
  BuildStats before = BuildInto(site.content, site.out);
  EXPECT_EQ(before.unread, 1);
  test::WriteText(site.content + "/units.toml", "[[file]]\npath = \"x.txt\"\nunit = \"临夏市委巡察办\"\n");
  BuildStats after = BuildInto(site.content, site.out);
  EXPECT_EQ(after.unread, 0);
  EXPECT_TRUE(boost::filesystem::exists(site.out + "/units/" + StableSlug("临夏市委巡察办") + "/index.html"));
}

}  // namespace
}  // namespace gongkai
