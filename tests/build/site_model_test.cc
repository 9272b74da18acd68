// In build/, not site/: it also round-trips the model through build's cache codec.
#include "site_model.h"

#include <gtest/gtest.h>

#include "pages.h"
#include "render_html.h"
#include "cache_codec.h"

namespace gongkai {
namespace {

Figure Fig(Cents cents, int line, const std::string& source) { return Figure{cents, Span{"f.txt", line}, source}; }

Document MakeDoc(const std::string& file, const std::string& unit, int year, const std::string& kind) {
  Document d;
  d.file = file;
  d.unit.name = unit;
  d.year = year;
  d.kinds = {kind};
  d.currency = MoneyUnit::kWanYuan;
  return d;
}

TEST(SiteModelTest, ReadsRegionChainsFromUnitNames) {
  EXPECT_EQ(RegionChain("中共株洲市荷塘区委巡察工作领导小组办公室"),
            (std::vector<std::string>{"株洲市", "株洲市荷塘区"}));
  EXPECT_EQ(RegionChain("和政县委巡察工作领导小组办公室"), (std::vector<std::string>{"和政县"}));
  EXPECT_EQ(RegionChain("中共临夏市委巡察工作领导小组办公室"), (std::vector<std::string>{"临夏市"}));
  EXPECT_EQ(RegionChain("甘肃省临夏回族自治州和政县教育局"),
            (std::vector<std::string>{"甘肃省", "甘肃省临夏回族自治州", "甘肃省临夏回族自治州和政县"}));
  EXPECT_TRUE(RegionChain("巡察工作领导小组办公室").empty());
}

TEST(SiteModelTest, ClassifiesUnitsByRulesOverTheName) {
  EXPECT_EQ(UnitKindOf("中共临夏市委巡察工作领导小组办公室"), "巡察机构");
  EXPECT_EQ(UnitKindOf("株洲市财政局"), "政府工作部门");
  EXPECT_EQ(UnitKindOf("和政县第一中学"), "学校");
  EXPECT_EQ(UnitKindOf("某某"), "其他单位");
}

TEST(SiteModelTest, GroupsDocumentsByUnitNameIgnoringSpacesAndByYear) {
  std::vector<Document> docs = {MakeDoc("b.txt", "中共株洲市委巡察 办", 2024, "budget"),
                                MakeDoc("a.txt", "中共株洲市委巡察办", 2024, "final"),
                                MakeDoc("c.txt", "中共株洲市委巡察办", 2023, "final")};
  std::vector<UnitYearGroup> groups = GroupDocuments(docs);
  ASSERT_EQ(groups.size(), 2u);
  for (const UnitYearGroup& g : groups) EXPECT_EQ(g.unit_name, "中共株洲市委巡察办");
  const UnitYearGroup& y2024 = groups[0].year == 2024 ? groups[0] : groups[1];
  ASSERT_EQ(y2024.documents.size(), 2u);
  EXPECT_EQ(y2024.documents[0]->file, "a.txt");  // ordered by file
}

TEST(SiteModelTest, FilesNotReadOrWithoutAUnitNameGetNoUnitYearGroup) {
  Document scan = MakeDoc("scan.pdf", "", 0, "budget");
  scan.format = SourceFormat::kPdf;
  scan.unread = "PDF has no text layer on any of its 7 pages (a scan?)";
  Document broken = MakeDoc("broken.pdf", "某单位", 2024, "budget");  // a name, but not read
  broken.unread = "cannot open\tthe PDF:\n  damaged xref ";
  std::vector<Document> docs = {MakeDoc("a.txt", "中共株洲市委巡察办", 2024, "final"), scan, broken,
                                MakeDoc("d.txt", " ", 2024, "final")};
  std::vector<UnitYearGroup> groups = GroupDocuments(docs);
  ASSERT_EQ(groups.size(), 1u) << "no made-up 未识别单位 unit";
  EXPECT_EQ(groups[0].documents[0]->file, "a.txt");
  EXPECT_EQ(UnreadReason(docs[0]), "");
  EXPECT_EQ(UnreadReason(scan), "PDF has no text layer on any of its 7 pages (a scan?)");
  EXPECT_EQ(UnreadReason(broken), "cannot open the PDF: damaged xref") << "one line, for the cache and the page";
  EXPECT_EQ(UnreadReason(docs[3]), "未识别出单位名称");
}

TEST(SiteModelTest, SiteModelListsUnreadFilesByName) {
  SiteModel m = BuildSiteModel({}, {{"z.pdf", "scan"}, {"2024/a.txt", kNoUnitName}});
  ASSERT_EQ(m.unread.size(), 2u);
  EXPECT_EQ(m.unread[0].file, "2024/a.txt");
  EXPECT_EQ(m.unread[1].reason, "scan");
  EXPECT_EQ(m.documents, 0) << "unread files are not counted as published documents";
}

TEST(SiteModelTest, UnreadPageListsEveryFileWithItsReasonAndTheHomePageLinksIt) {
  SiteModel m = BuildSiteModel({}, {{"scan.pdf", "PDF has no text layer"}, {"x.txt", kNoUnitName}});
  Outputs out;
  MakeSitePages(m, {}, &out);
  const PageOutput* unread = nullptr;
  const PageOutput* home = nullptr;
  for (const PageOutput& p : out.pages) {
    if (p.path == "unread/index.html") unread = &p;
    if (p.path == "index.html") home = &p;
  }
  ASSERT_NE(unread, nullptr);
  ASSERT_NE(home, nullptr);
  EXPECT_EQ(unread->template_name, "unread");
  EXPECT_EQ(unread->view["title"], "未识别文件");
  EXPECT_EQ(unread->view["count"], 2);
  EXPECT_EQ(unread->view["files"][0]["file"], "scan.pdf");
  EXPECT_EQ(unread->view["files"][0]["reason"], "PDF has no text layer");
  EXPECT_EQ(unread->view["files"][1]["reason"], "未识别出单位名称");
  EXPECT_EQ(home->view["unread"]["url"], "unread/index.html");
  EXPECT_EQ(home->view["unread"]["count"], 2);

  Outputs none;
  MakeSitePages(BuildSiteModel({}), {}, &none);
  for (const PageOutput& p : none.pages) {
    EXPECT_NE(p.path, "unread/index.html");
    if (p.path == "index.html") {
      EXPECT_FALSE(p.view.contains("unread"));
    }
  }
}

TEST(SiteModelTest, SummaryKeepsFiguresPerDocumentKindWithTheirSource) {
  Document budget = MakeDoc("a.txt", "单位甲", 2024, "budget");
  budget.figures.amounts["total_expenditure"] = Fig(170080000, 88, "部门支出总体情况表");
  Document final_doc = MakeDoc("b.txt", "单位甲", 2024, "final");
  final_doc.figures.amounts["total_expenditure"] = Fig(165000000, 120, "支出决算表");
  final_doc.figures.by_function["201"] = Fig(150000000, 200, "支出决算表");
  Table t;
  t.title = "支出决算表";
  TableRow r;
  r.code = "201";
  r.label = "一般公共服务支出";
  t.rows.push_back(r);
  final_doc.tables.push_back(t);
  std::vector<Document> docs = {final_doc, budget};
  std::vector<UnitYearGroup> groups = GroupDocuments(docs);
  ASSERT_EQ(groups.size(), 1u);
  UnitYearSummary s = Summarize(groups[0]);
  EXPECT_EQ(s.kinds, (std::vector<std::string>{"budget", "final"}));
  ASSERT_EQ(s.figure_sets.size(), 2u);
  EXPECT_EQ(s.figure_sets[0].doc_kind, "budget");
  EXPECT_EQ(s.figure_sets[0].amounts.at("total_expenditure").cents, 170080000);
  EXPECT_EQ(s.figure_sets[0].amounts.at("total_expenditure").document, 1);  // a.txt is source-1
  EXPECT_EQ(s.figure_sets[1].amounts.at("total_expenditure").line, 120);
  EXPECT_EQ(s.figure_sets[1].amounts.at("total_expenditure").document, 2);
  EXPECT_EQ(PrimaryFigures(s)->doc_kind, "final");
  EXPECT_EQ(s.function_names.at("201"), "一般公共服务支出");
  ASSERT_EQ(s.tables.size(), 1u);
  EXPECT_EQ(s.tables[0].anchor, "table-01");
  EXPECT_EQ(UnitYearPath(s), "units/" + s.unit_slug + "/2024/index.html");
}

TEST(SiteModelTest, GlossaryMergesIdenticalDefinitionsAndKeepsDifferentOnesApart) {
  UnitYearSummary a, b, c;
  a.unit_name = "甲";
  a.unit_slug = "jia";
  a.year = 2023;
  a.glossary = {{"基本支出", "指为保障机构正常运转而发生的支出。"}, {"项目支出", "指特定任务支出"}};
  b = a;
  b.unit_name = "乙";
  b.unit_slug = "yi";
  b.year = 2024;
  b.glossary = {{"基本支出", "指为保障机构正常运转而发生的支出"}};  // same but for the full stop
  c = a;
  c.unit_name = "丙";
  c.unit_slug = "bing";
  c.glossary = {{"基本支出", "包括人员经费和公用经费。"}, {"“三公”经费", "指因公出国（境）费等"}};
  std::vector<GlossaryItem> items = MergeGlossary({a, b, c});
  ASSERT_EQ(items.size(), 3u);
  // Pinyin order: 基本支出 (ji), 项目支出 (xiang); the quoted term sorts by its characters (san).
  EXPECT_EQ(items[0].term, "基本支出");
  EXPECT_EQ(items[1].term, "“三公”经费");
  EXPECT_EQ(items[2].term, "项目支出");
  const GlossaryItem& basic = items[0];
  ASSERT_EQ(basic.definitions.size(), 2u);
  EXPECT_EQ(basic.definitions[0].uses.size(), 2u);  // 甲 and 乙 share one definition
  EXPECT_EQ(basic.definitions[0].uses[0].unit_name, "甲");
  EXPECT_EQ(basic.definitions[0].uses[1].unit_name, "乙");
  EXPECT_EQ(basic.definitions[1].text, "包括人员经费和公用经费。");
  EXPECT_EQ(basic.definitions[1].uses[0].url, "units/bing/2023/index.html");
  EXPECT_EQ(basic.anchor.rfind("term-ji-ben-zhi-chu-", 0), 0u) << basic.anchor;
}

TEST(SiteModelTest, AUnitYearThatStatesATermTwiceIsOneUse) {
  UnitYearSummary a, b;
  a.unit_name = "甲";
  a.unit_slug = "jia";
  a.year = 2023;
  // The glossary and the notes of one document both define 基本支出.
  a.glossary = {{"基本支出", "指为保障机构正常运转而发生的支出。"}, {"项目支出", "指特定任务支出"},
                {"基本支出", "指为保障机构正常运转而发生的支出"}};
  b = a;
  b.year = 2024;
  std::vector<GlossaryItem> items = MergeGlossary({a, b});
  ASSERT_EQ(items.size(), 2u);
  ASSERT_EQ(items[0].term, "基本支出");
  ASSERT_EQ(items[0].definitions.size(), 1u);
  ASSERT_EQ(items[0].definitions[0].uses.size(), 2u);  // 甲 2023 and 甲 2024, once each
  EXPECT_EQ(items[0].definitions[0].uses[0].year, 2023);
  EXPECT_EQ(items[0].definitions[0].uses[1].year, 2024);
}

TEST(SiteModelTest, SiteModelIndexesUnitsByYearRegionAndKind) {
  UnitYearSummary a;
  a.unit_name = "中共株洲市委巡察工作领导小组办公室";
  a.unit_slug = "zz";
  a.regions = RegionChain(a.unit_name);
  a.unit_kind = UnitKindOf(a.unit_name);
  a.year = 2024;
  a.documents = 1;
  UnitYearSummary b = a;
  b.year = 2023;
  UnitYearSummary c;
  c.unit_name = "中共临夏市委巡察工作领导小组办公室";
  c.unit_slug = "lx";
  c.regions = RegionChain(c.unit_name);
  c.unit_kind = UnitKindOf(c.unit_name);
  c.year = 2024;
  c.documents = 2;
  SiteModel m = BuildSiteModel({a, c, b});
  EXPECT_EQ(m.documents, 4);
  ASSERT_EQ(m.units.size(), 2u);
  EXPECT_EQ(m.units[0].name, c.unit_name);  // 临 (lin) before 株 (zhu) in pinyin
  ASSERT_EQ(m.units[1].years.size(), 2u);
  EXPECT_EQ(m.unit_years[m.units[1].years[0]].year, 2023);
  ASSERT_EQ(m.by_year.at(2024).size(), 2u);
  EXPECT_EQ(m.unit_years[m.by_year.at(2024)[0]].unit_slug, "lx");
  EXPECT_EQ(m.by_region.at("株洲市").size(), 1u);
  EXPECT_EQ(m.by_kind.at("巡察机构").size(), 2u);
}

// Sample 004: 总分 on line 369 of 整体支出绩效自评表 (title line 176), its
// number 99.99 one line below, on 370 (Word exports put one cell per line).
Document Sample004LikeEvaluation() {
  Document d = MakeDoc("004.txt", "中共株洲市委巡察工作领导小组办公室", 2024, "performance-evaluation");
  d.figures.score = Score{9999, Span{"004.txt", 369}};
  Table t;
  t.title = "整体支出绩效自评表";
  t.line = 176;
  TableRow row;
  row.line = 369;
  row.label = "总分";
  row.cells = {TableCell{"总分", CellKind::kText, 0, 369}, TableCell{"99.99", CellKind::kAmount, 999900, 370}};
  t.rows.push_back(row);
  d.tables.push_back(t);
  return d;
}

TEST(SiteModelTest, SummaryKeepsTheSelfEvaluationScoreWithItsTableAndTheNumbersLine) {
  std::vector<Document> docs = {Sample004LikeEvaluation()};
  UnitYearSummary s = Summarize(GroupDocuments(docs).at(0));
  // A score alone keeps its figure set: an evaluation often states no amounts.
  ASSERT_EQ(s.figure_sets.size(), 1u);
  ASSERT_TRUE(s.figure_sets[0].score.has_value());
  const ScoreValue& score = *s.figure_sets[0].score;
  EXPECT_EQ(score.hundredths, 9999);
  EXPECT_EQ(score.line, 370);
  EXPECT_EQ(score.source, "整体支出绩效自评表");
  EXPECT_EQ(score.document, 1);
  ASSERT_NE(UnitYearScore(s), nullptr);
  EXPECT_EQ(UnitYearScore(s)->hundredths, 9999);
}

TEST(SiteModelTest, ScoreOutsideAnyTotalRowFallsBackToItsOwnLineAndAGenericTitle) {
  Document d = MakeDoc("e.txt", "单位乙", 2023, "final");
  d.figures.score = Score{9207, Span{"e.txt", 558}};
  std::optional<ScoreValue> score = DocumentScore(d, 2);
  ASSERT_TRUE(score.has_value());
  EXPECT_EQ(score->line, 558);
  EXPECT_EQ(score->source, "绩效自评表");
  EXPECT_EQ(score->document, 2);
  EXPECT_FALSE(DocumentScore(MakeDoc("f.txt", "单位乙", 2023, "final"), 1).has_value());
  UnitYearSummary none;
  EXPECT_EQ(UnitYearScore(none), nullptr);
}

TEST(SiteModelTest, FormatsScoresExactlyFromHundredths) {
  EXPECT_EQ(FormatScore(9999), "99.99 分");
  EXPECT_EQ(FormatScore(9207), "92.07 分");
  EXPECT_EQ(ScoreDecimal(10000), "100.00");
  EXPECT_EQ(ScoreDecimal(5), "0.05");
  EXPECT_EQ(ScoreDecimal(9990), "99.90");
}

TEST(SummaryCacheTest, RoundTripsASummaryWithAndWithoutAScore) {
  Document budget = MakeDoc("003.txt", "中共株洲市委巡察工作领导小组办公室", 2024, "budget");  // source-1
  budget.figures.amounts["total_expenditure"] = Fig(536420000, 88, "部门支出总体情况表");
  std::vector<Document> docs = {budget, Sample004LikeEvaluation()};
  UnitYearSummary s = Summarize(GroupDocuments(docs).at(0));
  ASSERT_EQ(s.figure_sets.size(), 2u);
  ASSERT_FALSE(s.figure_sets[0].score.has_value());
  ASSERT_TRUE(s.figure_sets[1].score.has_value());
  std::optional<StoredGroup> back_group = DecodeStoredGroup(EncodeStoredGroup({{}, s}), nullptr);
  ASSERT_TRUE(back_group.has_value());
  const UnitYearSummary* back = &back_group->summary;
  ASSERT_EQ(back->figure_sets.size(), 2u);
  EXPECT_FALSE(back->figure_sets[0].score.has_value());
  ASSERT_TRUE(back->figure_sets[1].score.has_value());
  const ScoreValue& score = *back->figure_sets[1].score;
  EXPECT_EQ(score.hundredths, 9999);
  EXPECT_EQ(score.line, 370);
  EXPECT_EQ(score.source, "整体支出绩效自评表");
  EXPECT_EQ(score.document, 2);
  EXPECT_EQ(back->figure_sets[0].amounts.at("total_expenditure").cents, 536420000);
  EXPECT_EQ(EncodeStoredGroup({{}, *back}), EncodeStoredGroup({{}, s}));  // exact: same bytes again
}

}  // namespace
}  // namespace gongkai
