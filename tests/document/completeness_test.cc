// In document/, not with its stage: it reads the samples through ParseSample (ParseDocument).
// Completeness against the catalog: the five samples in content/ and three
// real PDFs (tests/data/real/). Every expectation was read off the document
// by hand (its 目录, the tables' titles, the narrative's headings), the
// line named in the comment beside it; none was copied from gongkai's output.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "completeness.h"
#include "parse.h"
#include "parse_sample.h"
#include "test_util.h"

namespace gongkai {
namespace {

// id -> state name, for a whole catalog at a glance.
std::map<std::string, std::string> States(const std::vector<TableFinding>& tables) {
  std::map<std::string, std::string> out;
  for (const TableFinding& t : tables) out[t.id] = PresenceName(t.presence);
  return out;
}

const TableFinding& Table(const Completeness& c, const std::string& id) {
  for (const TableFinding& t : c.tables)
    if (t.id == id) return t;
  for (const TableFinding& t : c.performance)
    if (t.id == id) return t;
  static const TableFinding kNone;
  ADD_FAILURE() << "no expected table " << id;
  return kNone;
}

std::map<std::string, bool> Parts(const Completeness& c) {
  std::map<std::string, bool> out;
  for (const PartFinding& p : c.narrative) out[p.id] = p.found;
  return out;
}

std::map<std::string, bool> Granularity(const Completeness& c) {
  std::map<std::string, bool> out;
  for (const GranularityFinding& g : c.granularity) out[g.id] = g.met;
  return out;
}

Document Real(const std::string& name) {
  const std::string path = std::string(GONGKAI_TEST_DATA) + "/real/" + name;
  return ParseDocument(path, test::ReadFileOrDie(path));
}

// ------------------------------------------------------------- samples ---

// 000 (株洲市荷塘区, 2025 部门预算): the nine budget tables are printed at
// lines 37 收支总表, 79 收入总表 (only "[illegible]" under its title, line
// 85), 87 支出总表, 121 财政拨款收支总表, 165 一般公共预算支出表, 199 一般公共
// 预算基本支出表, 338 "三公"经费支出表, 352 政府性基金预算支出表, 389 国有资本
// 经营预算支出表. It is tables only: no 情况说明 (the word 绩效 appears only in
// the 目录 and table titles).
TEST(CompletenessSamples, Sample000HasEveryBudgetTableOneIllegibleAndNoNarrative) {
  Completeness c = AssessCompleteness(test::ParseSample("000"));
  EXPECT_EQ(c.catalog, "budget");
  EXPECT_EQ(c.family, "national");
  std::map<std::string, std::string> want = {
      {"budget_summary", "data"},      {"income_summary", "illegible"},    {"expenditure_summary", "data"},
      {"fiscal_summary", "data"},      {"general_expenditure", "data"},    {"general_basic", "data"},
      {"three_public", "data"},        {"gov_fund_expenditure", "data"},   {"state_capital_expenditure", "data"}};
  EXPECT_EQ(States(c.tables), want);
  EXPECT_EQ(Table(c, "income_summary").span.line, 79);
  for (const auto& [part, found] : Parts(c)) EXPECT_FALSE(found) << part;
  // 2011101 行政运行 (支出总表 line 100, 一般公共预算支出表 line 180); 30101 ff. in
  // the 基本支出表; the 三公 table (line 344–345) has 因公出国（境）费, 公务用车购置费,
  // 公务用车运行费 and 公务接待费 columns.
  std::map<std::string, bool> granularity = {
      {"function_to_item", true}, {"economic_to_section", true}, {"three_public_split", true}};
  EXPECT_EQ(Granularity(c), granularity);
  // 项目支出绩效目标表 line 430, 整体支出绩效目标表 line 463.
  EXPECT_EQ(Table(c, "project_performance_targets").span.line, 430);
  EXPECT_EQ(Table(c, "overall_performance_targets").span.line, 463);
}

// 001 (和政县, 2025): a targets document only: 整体支出绩效目标表 (line 3) and
// 项目支出绩效目标表 (line 60). No budget catalog applies.
TEST(CompletenessSamples, Sample001IsATargetsDocumentWithBothTargetTables) {
  Completeness c = AssessCompleteness(test::ParseSample("001"));
  EXPECT_EQ(c.catalog, "");
  EXPECT_TRUE(c.tables.empty());
  EXPECT_TRUE(c.narrative.empty());
  EXPECT_EQ(Table(c, "overall_performance_targets").presence, Presence::kData);
  EXPECT_EQ(Table(c, "overall_performance_targets").span.line, 3);
  EXPECT_EQ(Table(c, "project_performance_targets").span.line, 60);
}

// 002 (长治市上党区, 2023 部门决算): 公开01表…公开09表 all printed; 07 政府性基金
// (line 288), 08 国有资本经营 (line 307) and 09 "三公" (line 326) are empty, each
// with "说明：本表无数据" or its 注. 情况说明: （一）机关运行经费 (487), （二）政府
// 采购 (491), （三）国有资产占用 (495), （四）预算绩效 (499); 第四部分 名词解释 (511).
// Performance: a 项目支出绩效自评表 (line 529), no 部门整体 self-evaluation.
TEST(CompletenessSamples, Sample002HasTheNineFinalTablesThreeEmptyWithNotes) {
  Completeness c = AssessCompleteness(test::ParseSample("002"));
  EXPECT_EQ(c.catalog, "final");
  std::map<std::string, std::string> want = {{"final_summary", "data"},
                                             {"final_income", "data"},
                                             {"final_expenditure", "data"},
                                             {"final_fiscal_summary", "data"},
                                             {"final_general_expenditure", "data"},
                                             {"final_general_basic", "data"},
                                             {"final_three_public", "empty-with-note"},
                                             {"final_gov_fund", "empty-with-note"},
                                             {"final_state_capital", "empty-with-note"}};
  EXPECT_EQ(States(c.tables), want);
  std::map<std::string, bool> parts = {
      {"admin_operating", true}, {"procurement", true}, {"state_assets", true}, {"performance", true}, {"glossary", true}};
  EXPECT_EQ(Parts(c), parts);
  for (const PartFinding& p : c.narrative)
    if (p.id == "admin_operating") {
      EXPECT_EQ(p.span.line, 487);
    }
  // 2013101 行政运行 (支出决算表), 30101 基本工资 (公开06表 line 256); the empty
  // 三公 table still prints its four columns (lines 339–341).
  std::map<std::string, bool> granularity = {
      {"function_to_item", true}, {"economic_to_section", true}, {"three_public_split", true}};
  EXPECT_EQ(Granularity(c), granularity);
  EXPECT_EQ(Table(c, "overall_self_evaluation").presence, Presence::kMissing);
  EXPECT_EQ(Table(c, "project_self_evaluation").span.line, 529);
}

// 003 (临夏市, 2024 部门预算): 表一…表十一; 表八 "三公" (449), 表十 政府性基金
// (487) and 表十一 国有资本经营 (498) are empty with their 备注 ("本单位无…").
// 情况说明: 六、机关运行经费 (157), 七、政府采购 (161), 八、国有资产占用 (167),
// 十、预算绩效管理 (203), 十一、名词解释 (223).
TEST(CompletenessSamples, Sample003HasEveryTableAndEveryNarrativePart) {
  Completeness c = AssessCompleteness(test::ParseSample("003"));
  EXPECT_EQ(Table(c, "three_public").presence, Presence::kEmptyWithNote);
  EXPECT_NE(Table(c, "three_public").note.find("本单位无一般公共预算财政拨款“三公”经费"), std::string::npos);
  EXPECT_EQ(Table(c, "gov_fund_expenditure").presence, Presence::kEmptyWithNote);
  EXPECT_EQ(Table(c, "state_capital_expenditure").span.line, 498);
  for (const TableFinding& t : c.tables) EXPECT_NE(t.presence, Presence::kMissing) << t.name;
  std::map<std::string, bool> parts = {
      {"admin_operating", true}, {"procurement", true}, {"state_assets", true}, {"performance", true}, {"glossary", true}};
  EXPECT_EQ(Parts(c), parts);
  for (const PartFinding& p : c.narrative)
    if (p.id == "glossary") {
      EXPECT_EQ(p.span.line, 223);
    }
  // 2011101 行政运行 (表六 line 409); 30101 基本工资 (表七 line 429); 表八's header
  // (lines 453–455) splits 因公出国（境）费用, 公务接待费, 公务用车购置费, 公务用车运行费.
  for (const auto& [id, met] : Granularity(c)) EXPECT_TRUE(met) << id;
}

// 004 (株洲市, 2024 绩效自评): 基础数据表 (50), 整体支出绩效自评表 (176) and
// 项目支出绩效自评表 (377); the 整体 table is the one that counts.
TEST(CompletenessSamples, Sample004IsASelfEvaluationWithBothTables) {
  Completeness c = AssessCompleteness(test::ParseSample("004"));
  EXPECT_EQ(c.catalog, "");
  EXPECT_EQ(Table(c, "overall_self_evaluation").span.line, 176);
  EXPECT_EQ(Table(c, "project_self_evaluation").span.line, 377);
}

// A performance table published as a separate file of the same unit-year counts.
TEST(Completeness, FindsPerformanceTablesInCompanionDocuments) {
  Document budget = test::ParseSample("002");
  Document targets = test::ParseSample("004");
  Completeness alone = AssessCompleteness(budget);
  EXPECT_EQ(Table(alone, "overall_self_evaluation").presence, Presence::kMissing);
  Completeness with = AssessCompleteness(budget, {&targets});
  EXPECT_EQ(Table(with, "overall_self_evaluation").presence, Presence::kData);
  EXPECT_EQ(Table(with, "overall_self_evaluation").span.file, targets.file);
}

TEST(Completeness, JiangsuUnitsExpectTheirTemplatesExtraTables) {
  ASSERT_NE(FamilyOf("苏州市科学技术局"), nullptr);
  EXPECT_EQ(FamilyOf("中共江苏省委办公厅")->id, "jiangsu");
  EXPECT_EQ(FamilyOf("深圳市财政局（本级）"), nullptr);
}

// ------------------------------------------------------------ real PDFs ---

// 佛山市轨道交通局 2019 部门决算: its 目录 (text lines 14–21) lists eight tables,
// 一、收入支出决算总表 … 八、政府性基金预算财政拨款收入支出决算表: no 国有资本
// 经营预算 table. 情况说明: （一）机关运行经费支出情况 (802), （二）政府采购
// (807), （三）国有资产占用情况 (811), （四）预算绩效管理工作 (819); 第四部分
// 名词解释. No 绩效自评表 is attached (the self-evaluation is only described).
TEST(CompletenessReal, FoshanFinalLacksOnlyTheStateCapitalTable) {
  Completeness c = AssessCompleteness(Real("foshan-2019-guidao-jiaotong-ju-dept-final.pdf"));
  EXPECT_EQ(c.catalog, "final");
  for (const TableFinding& t : c.tables) {
    const Presence want = t.id == "final_state_capital" ? Presence::kMissing : Presence::kData;
    EXPECT_EQ(t.presence, want) << t.name;
  }
  for (const auto& [part, found] : Parts(c)) EXPECT_TRUE(found) << part;
  for (const auto& [id, met] : Granularity(c)) EXPECT_TRUE(met) << id;
  EXPECT_GT(Table(c, "final_three_public").span.page, 0);
  for (const TableFinding& t : c.performance) EXPECT_EQ(t.presence, Presence::kMissing) << t.name;
}

// 西南大学 2023 部门决算: 表 1 高等学校收支决算总表, 表 2 收入决算表, 表 3 支出
// 决算表, 表 4 财政拨款支出决算表 (text lines 140–299), nothing else: no 财政拨款
// 收支总表, no 基本支出, no "三公", no 政府性基金 or 国有资本经营 table. The
// narrative has 四、名词解释 (418) and none of the other four parts.
TEST(CompletenessReal, XinanDaxueFinalPublishesFourOfTheNineTables) {
  Completeness c = AssessCompleteness(Real("chongqing-2023-xinan-daxue-dept-final.pdf"));
  std::map<std::string, std::string> want = {{"final_summary", "data"},
                                             {"final_income", "data"},
                                             {"final_expenditure", "data"},
                                             {"final_fiscal_summary", "missing"},
                                             {"final_general_expenditure", "data"},
                                             {"final_general_basic", "missing"},
                                             {"final_three_public", "missing"},
                                             {"final_gov_fund", "missing"},
                                             {"final_state_capital", "missing"}};
  EXPECT_EQ(States(c.tables), want);
  std::map<std::string, bool> parts = {{"admin_operating", false}, {"procurement", false}, {"state_assets", false},
                                       {"performance", false}, {"glossary", true}};
  EXPECT_EQ(Parts(c), parts);
  // 2050205 高等教育 is printed (7 digits); no economic or 三公 table at all.
  std::map<std::string, bool> granularity = {
      {"function_to_item", true}, {"economic_to_section", false}, {"three_public_split", false}};
  EXPECT_EQ(Granularity(c), granularity);
}

// 深圳市财政局（本级）2026 部门预算: 目录 (text lines 19–29) 收支总表, 收入总表,
// 支出总表, 基本支出总表, 项目支出总表, 财政拨款收支总表, 一般公共预算支出表（按
// 功能分类 / 按经济分类）, 财政拨款"三公"经费支出表, 政府性基金预算支出表, 国有
// 资本经营预算支出表: all nine of the catalog. Narrative: 一、机关运行经费, 第四
// 部分 政府采购预算情况, 二、国有资产占用情况, 第六部分 部门预算绩效管理情况,
// 第九部分 名词解释. Its 三公 table (表9) heads 因公出国(境)费, 公务接待费, and
// under 公务用车购置及运行维护费 the 购置费 and 运行维护费 columns. No 绩效目标表:
// 第七部分 lists key projects' goals as prose in a 4-column table (project,
// amount, goal), not indicators.
TEST(CompletenessReal, ShenzhenBudgetIsCompleteButHasNoTargetTables) {
  Completeness c = AssessCompleteness(Real("shenzhen-2026-caizheng-ju-benji-dept-budget.pdf"));
  EXPECT_EQ(c.catalog, "budget");
  for (const TableFinding& t : c.tables) EXPECT_EQ(t.presence, Presence::kData) << t.name;
  for (const auto& [part, found] : Parts(c)) EXPECT_TRUE(found) << part;
  for (const auto& [id, met] : Granularity(c)) EXPECT_TRUE(met) << id;
  for (const TableFinding& t : c.performance) EXPECT_EQ(t.presence, Presence::kMissing) << t.name;
}

}  // namespace
}  // namespace gongkai
