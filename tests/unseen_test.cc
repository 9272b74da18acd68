// End to end on layouts the five samples do not show (tests/data/unseen/):
// a county 财政局's 部门决算 as pdftotext -layout text in 元, a school's
// 单位预算 exported from Word one cell per line, and a 部门预算 as Markdown
// pipe tables with HTML residue, CRLF and GB18030. Every expected figure is
// worked out from the fixture text (the line cited beside it).
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "parse.h"
#include "test_util.h"

namespace gongkai {
namespace {

// 万元 with two decimals to 分: W(1034, 60) = 1,034.60 万元.
constexpr Cents W(Cents wan, Cents hundredths) { return wan * 1000000 + hundredths * 10000; }

std::string FixturePath(const std::string& name) {
  return std::string(GONGKAI_TEST_DATA) + "/unseen/" + name;
}

Document ParseFixture(const std::string& name) {
  std::string path = FixturePath(name);
  return ParseDocument(path, test::ReadFileOrDie(path));
}

std::map<std::string, Cents> Amounts(const Document& doc) {
  std::map<std::string, Cents> out;
  for (const auto& [name, f] : doc.figures.amounts) out[name] = f.cents;
  return out;
}

std::map<std::string, Cents> ByFunction(const Document& doc) {
  std::map<std::string, Cents> out;
  for (const auto& [code, f] : doc.figures.by_function) out[code] = f.cents;
  return out;
}

std::vector<std::string> Terms(const Document& doc) {
  std::vector<std::string> out;
  for (const GlossaryEntry& e : doc.glossary) out.push_back(e.term);
  return out;
}

bool HasDiagnostic(const Document& doc, const std::string& code) {
  for (const Diagnostic& d : doc.diagnostics)
    if (d.code == code) return true;
  return false;
}

// ------------------------------------------- 1. pdftotext -layout 决算 ---

TEST(UnseenLayoutFinalTest, ReadsCountyFinalAccountsInYuan) {
  Document doc = ParseFixture("final_county_layout.txt");
  EXPECT_EQ(doc.unit.name, "平安县财政局");  // line 1 title, line 16 部门：
  EXPECT_EQ(doc.year, 2022);
  EXPECT_EQ(doc.kinds, (std::vector<std::string>{"final"}));
  EXPECT_EQ(doc.currency, Currency::kYuan);
  EXPECT_EQ(Amounts(doc), (std::map<std::string, Cents>{
                              {"total_income", 1034600000},         // line 23 本年收入合计
                              {"total_expenditure", 1034600000},    // line 23 本年支出合计
                              {"grand_total", 1054600000},          // line 25 总计
                              {"basic_expenditure", 924600000},     // line 36 合计 基本支出
                              {"project_expenditure", 110000000}}));  // line 36 项目支出
  EXPECT_EQ(ByFunction(doc), (std::map<std::string, Cents>{{"201", 812345678},   // line 37
                                                           {"208", 123456780},   // line 41
                                                           {"210", 45678912},    // line 52
                                                           {"221", 53118630}}));  // line 55
}

TEST(UnseenLayoutFinalTest, KeepsColumnNumbersOutOfTheBody) {
  // Line 35 "类/款/项  栏次  1  2  3" closes the header; it is no data row.
  Document doc = ParseFixture("final_county_layout.txt");
  ASSERT_GE(doc.tables.size(), 2u);
  EXPECT_EQ(doc.tables[0].title, "收入支出决算总表");
  EXPECT_EQ(doc.tables[0].kind, "final_summary");
  const Table& expenditure = doc.tables[1];
  EXPECT_EQ(expenditure.title, "支出决算表");
  EXPECT_EQ(expenditure.kind, "final_expenditure");
  EXPECT_EQ(expenditure.currency, Currency::kYuan);
  ASSERT_FALSE(expenditure.rows.empty());
  EXPECT_EQ(expenditure.rows[0].label, "合计");
  EXPECT_EQ(expenditure.rows[0].line, 36);
  EXPECT_FALSE(HasDiagnostic(doc, "check.row-basic-project"));
}

TEST(UnseenLayoutFinalTest, JoinsTheTableContinuedOnTheNextPage) {
  // Page 2 repeats 支出决算表（续）, 公开03表, the 部门/单位 line and the whole
  // header (栏次 row included): one table of 14 body rows, lines 36-41 and 50-57.
  Document doc = ParseFixture("final_county_layout.txt");
  ASSERT_EQ(doc.tables.size(), 2u);
  const Table& t = doc.tables[1];
  ASSERT_EQ(t.rows.size(), 14u);
  EXPECT_EQ(t.rows[5].code, "208");
  EXPECT_EQ(t.rows[5].line, 41);
  EXPECT_EQ(t.rows[6].code, "20805");
  EXPECT_EQ(t.rows[6].line, 50);
  EXPECT_EQ(t.rows[13].code, "2210201");
  EXPECT_EQ(t.rows[13].cells[2].cents, 53118630);  // line 57 住房公积金
}

TEST(UnseenLayoutFinalTest, ReadsParenthesisedGlossaryItems) {
  Document doc = ParseFixture("final_county_layout.txt");
  EXPECT_EQ(Terms(doc), (std::vector<std::string>{"财政拨款收入", "年初结转和结余", "基本支出",
                                                  "项目支出"}));  // lines 63-66
  ASSERT_EQ(doc.glossary.size(), 4u);
  EXPECT_EQ(doc.glossary[0].line, 63);
  EXPECT_EQ(doc.glossary[0].definition, "指本级财政当年拨付的资金。");
}

// ----------------------------------------- 2. Word export, one cell/line ---

TEST(UnseenWordSchoolTest, ReadsSchoolBudgetCellPerLine) {
  Document doc = ParseFixture("school_budget_word.txt");
  EXPECT_EQ(doc.unit.name, "临江市第一中学");  // line 1, a title line of its own
  EXPECT_EQ(doc.year, 2024);
  EXPECT_EQ(doc.kinds, (std::vector<std::string>{"budget", "performance-targets"}));
  EXPECT_EQ(doc.currency, Currency::kWanYuan);
  EXPECT_EQ(Amounts(doc), (std::map<std::string, Cents>{
                              {"total_income", W(2280, 0)},         // 表一 本年收入合计
                              {"total_expenditure", W(2280, 0)},    // 表一 本年支出合计
                              {"grand_total", W(2280, 0)},          // 表一 收入总计
                              {"basic_expenditure", W(2130, 0)},    // 表二 合计 基本支出
                              {"project_expenditure", W(150, 0)},   // 表二 合计 项目支出
                              {"three_public", W(5, 80)}}));        // 表三 合计
  EXPECT_EQ(ByFunction(doc), (std::map<std::string, Cents>{{"205", W(1856, 42)},
                                                           {"208", W(210, 35)},
                                                           {"210", W(88, 16)},
                                                           {"221", W(125, 7)}}));
}

TEST(UnseenWordSchoolTest, ReadsTextOnlyIndicatorTable) {
  // 表四 holds no amount at all: its 产出指标 rows still end the header.
  Document doc = ParseFixture("school_budget_word.txt");
  ASSERT_EQ(doc.tables.size(), 4u);
  EXPECT_EQ(doc.tables[3].title, "表四 项目支出绩效目标表");
  EXPECT_EQ(doc.tables[3].kind, "project_performance_targets");
  EXPECT_EQ(doc.tables[3].state, TableState::kData);
  ASSERT_EQ(doc.indicators.size(), 4u);
  EXPECT_EQ(doc.indicators[0].level1, "产出指标");
  EXPECT_EQ(doc.indicators[0].level2, "数量指标");
  EXPECT_EQ(doc.indicators[0].name, "在校学生人数");
  EXPECT_EQ(doc.indicators[0].op, "≥");
  EXPECT_EQ(doc.indicators[0].target, "2400");
  EXPECT_EQ(doc.indicators[0].unit, "人");
  EXPECT_EQ(doc.indicators[1].name, "高考本科上线率");
  EXPECT_EQ(doc.indicators[1].target, "85");
  EXPECT_EQ(doc.indicators[1].unit, "%");
  EXPECT_EQ(doc.indicators[2].target, "持续扩大");
  EXPECT_EQ(doc.indicators[3].level1, "满意度指标");
  EXPECT_EQ(doc.indicators[3].name, "学生家长满意度");
  EXPECT_EQ(doc.indicators[3].op, "≥");
  EXPECT_EQ(doc.indicators[3].target, "90");
}

// --------------------------------- 3. Markdown + HTML, CRLF, GB18030 ---

TEST(UnseenMarkdownGbTest, ReadsPipeTablesInGb18030WithCrlf) {
  std::string path = FixturePath("dept_budget_markdown.md");
  std::string bytes = test::Encode(test::ToCrlf(test::ReadFileOrDie(path)), "GB18030");
  Document doc = ParseDocument("dept_budget_markdown.txt", bytes);
  EXPECT_EQ(doc.encoding, "GB18030");
  EXPECT_EQ(doc.unit.name, "中共平川县委宣传部");  // line 1, before <br>
  EXPECT_EQ(doc.year, 2024);
  EXPECT_EQ(doc.kinds, (std::vector<std::string>{"budget"}));
  EXPECT_EQ(doc.currency, Currency::kWanYuan);
  EXPECT_EQ(Amounts(doc), (std::map<std::string, Cents>{
                              {"total_income", W(400, 0)},          // line 15 收入预算
                              {"total_expenditure", W(400, 0)},     // 表三 总计
                              {"basic_expenditure", W(370, 0)},     // 表三 总计
                              {"project_expenditure", W(30, 0)},    // 表三 总计
                              {"personnel", W(329, 70)},            // 表七 总计
                              {"public_funds", W(40, 30)},          // 表七 总计
                              {"admin_operating", W(40, 30)},       // line 19 机关运行经费预算
                              {"three_public", W(6, 50)}}));        // 表八 合计
  EXPECT_EQ(ByFunction(doc), (std::map<std::string, Cents>{{"201", W(312, 45)},
                                                           {"208", W(41, 20)},
                                                           {"210", W(18, 35)},
                                                           {"221", W(28, 0)}}));
  EXPECT_EQ(Terms(doc), (std::vector<std::string>{"财政拨款收入", "基本支出", "项目支出"}));
}

TEST(UnseenMarkdownGbTest, JoinsCellsBrokenByBr) {
  std::string path = FixturePath("dept_budget_markdown.md");
  Document doc =
      ParseDocument("x.txt", test::Encode(test::ToCrlf(test::ReadFileOrDie(path)), "GB18030"));
  ASSERT_FALSE(doc.tables.empty());
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.title, "表三、部门支出总体情况表");
  EXPECT_EQ(t.kind, "expenditure_summary");
  ASSERT_GE(t.rows.size(), 6u);
  EXPECT_EQ(t.rows[0].label, "总计");
  EXPECT_EQ(t.rows[1].code, "201");
  EXPECT_EQ(t.rows[1].label, "一般公共服务支出");   // "一般公共<br>服务支出"
  EXPECT_EQ(t.rows[5].label, "社会保障和就业支出");  // "社会保障和<br>就业支出"
  EXPECT_EQ(t.rows[4].cells[3].kind, CellKind::kEmpty);  // &nbsp; is no amount
}

}  // namespace
}  // namespace gongkai
