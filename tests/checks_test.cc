// 勾稽 checks: each rule violated and satisfied on hand-built documents,
// then the five samples end to end.
#include "checks.h"

#include <gtest/gtest.h>

#include "diagnostics.h"
#include "parse.h"
#include "test_util.h"

namespace gongkai {
namespace {

// "167.62" 万元 -> 分, exactly.
Cents Wan(const std::string& text) {
  std::size_t dot = text.find('.');
  std::string whole = text.substr(0, dot), fraction = dot == std::string::npos ? "" : text.substr(dot + 1);
  fraction.resize(6, '0');
  return std::stoll(whole) * 1000000 + std::stoll(fraction);
}

Column Col(std::vector<std::string> path, ColumnRole role) {
  Column c;
  c.path = path;
  c.role = role;
  for (const std::string& p : path) c.name += (c.name.empty() ? "" : "/") + p;
  return c;
}

TableCell Cell(const std::string& text) {
  TableCell cell;
  cell.text = text;
  if (text.empty()) return cell;
  bool number = text.find_first_not_of("0123456789.") == std::string::npos;
  cell.kind = number ? CellKind::kAmount : CellKind::kText;
  if (number) cell.cents = Wan(text);
  return cell;
}

// Row cells: code, name, then amounts in 万元.
TableRow Row(int line, std::string code, std::string label, std::vector<std::string> amounts) {
  TableRow row;
  row.line = line;
  row.code = code;
  row.label = label;
  row.depth = code.size() == 3 ? 0 : code.size() == 5 ? 1 : code.size() == 7 ? 2 : -1;
  row.cells = {Cell(code), Cell(label)};
  for (const std::string& a : amounts) row.cells.push_back(Cell(a));
  return row;
}

// 支出总表 as sample 000 lines 93-101 print it (合计, 基本支出, 项目支出).
Table ExpenditureTable(const std::string& class_total) {
  Table t;
  t.title = "支出总表";
  t.currency = Currency::kWanYuan;
  t.columns = {Col({"科目编码"}, ColumnRole::kCode), Col({"科目名称"}, ColumnRole::kLabel),
               Col({"合计"}, ColumnRole::kAmount), Col({"基本支出"}, ColumnRole::kAmount),
               Col({"项目支出"}, ColumnRole::kAmount)};
  t.rows = {Row(98, "201", "一般公共服务支出", {class_total, "155.92", "11.70"}),
            Row(99, "20111", "纪检监察事务", {"167.62", "155.92", "11.70"}),
            Row(100, "2011101", "行政运行", {"96.65", "84.95", "11.70"}),
            Row(101, "2011150", "事业运行", {"70.97", "70.97", ""})};
  return t;
}

Document Doc(std::vector<Table> tables) {
  Document doc;
  doc.file = "x.txt";
  doc.currency = Currency::kWanYuan;
  doc.tables = std::move(tables);
  return doc;
}

TEST(CheckAmount, PrintsInTheTableUnit) {
  EXPECT_EQ(CheckAmount(167620000, Currency::kWanYuan), "167.62");
  EXPECT_EQ(CheckAmount(22873000, Currency::kWanYuan), "22.873");
  EXPECT_EQ(CheckAmount(9101677535, Currency::kYuan), "91016775.35");
  EXPECT_EQ(CheckAmount(-5000, Currency::kWanYuan), "-0.005");
}

TEST(CheckDocument, AcceptsConsistentHierarchy) {
  EXPECT_TRUE(CheckDocument(Doc({ExpenditureTable("167.62")})).empty());
}

TEST(CheckDocument, WarnsWhenClassIsNotSumOfItsSegments) {
  std::vector<Diagnostic> d = CheckDocument(Doc({ExpenditureTable("167.00")}));
  ASSERT_EQ(d.size(), 2u);  // the 合计 column, and the row's own 合计 = 基本 + 项目
  EXPECT_EQ(d[0].code, "check.row-basic-project");
  EXPECT_EQ(d[1].severity, Severity::kWarning);
  EXPECT_EQ(d[1].code, "check.code-hierarchy");
  EXPECT_EQ(FormatDiagnostic(d[1]),
            "x.txt:98: warning: 支出总表: 201 一般公共服务支出 合计 167.00 ≠ Σ款 167.62");
}

TEST(CheckDocument, AllowsRoundingOfHalfACentPerItem) {
  Table t = ExpenditureTable("167.62");
  // 20111 = Σ项 of 2 items may be off by 2 × 0.005 万元.
  t.rows[2] = Row(100, "2011101", "行政运行", {"96.66", "84.96", "11.70"});
  EXPECT_TRUE(CheckDocument(Doc({t})).empty());
  t.rows[2] = Row(100, "2011101", "行政运行", {"96.67", "84.97", "11.70"});
  std::vector<Diagnostic> d = CheckDocument(Doc({t}));
  ASSERT_EQ(d.size(), 2u);  // the 合计 and 基本支出 columns of 20111
  EXPECT_EQ(d[0].code, "check.code-hierarchy");
  EXPECT_EQ(d[0].message, "支出总表: 20111 纪检监察事务 合计 167.62 ≠ Σ项 167.64");
  EXPECT_EQ(d[1].message, "支出总表: 20111 纪检监察事务 基本支出 155.92 ≠ Σ项 155.94");
}

// Sample 003 lines 424-429: 基本工资 合计 42.26 but 人员经费 46.26.
TEST(CheckDocument, WarnsWhenRowTotalIsNotPersonnelPlusPublic) {
  Table t;
  t.title = "表七、一般公共预算基本支出情况表";
  t.currency = Currency::kWanYuan;
  t.columns = {Col({"经济分类科目", "科目编码"}, ColumnRole::kCode),
               Col({"经济分类科目", "科目名称"}, ColumnRole::kLabel),
               Col({"一般公共预算基本支出", "合计"}, ColumnRole::kAmount),
               Col({"一般公共预算基本支出", "人员经费"}, ColumnRole::kAmount),
               Col({"一般公共预算基本支出", "公用经费"}, ColumnRole::kAmount)};
  t.rows = {Row(430, "30102", "津贴补贴", {"28.85", "28.85", ""}),
            Row(437, "302", "商品和服务支出", {"18.36", "", "18.36"})};
  EXPECT_TRUE(CheckDocument(Doc({t})).empty());
  t.rows.insert(t.rows.begin(), Row(429, "30101", "基本工资", {"42.26", "46.26", ""}));
  std::vector<Diagnostic> d = CheckDocument(Doc({t}));
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].code, "check.row-personnel-public");
  EXPECT_EQ(d[0].message,
            "表七、一般公共预算基本支出情况表: 30101 基本工资 合计 42.26 ≠ 人员经费 + 公用经费 46.26");
}

// Sample 000 line 77 and sample 002 line 98 (with 行次 columns).
TEST(CheckDocument, ComparesGrandTotals) {
  Table t;
  t.title = "收支总表";
  t.currency = Currency::kWanYuan;
  t.columns = {Col({"收入", "项目"}, ColumnRole::kLabel), Col({"收入", "预算数"}, ColumnRole::kAmount),
               Col({"支出", "项目"}, ColumnRole::kText), Col({"支出", "预算数"}, ColumnRole::kAmount)};
  TableRow row;
  row.line = 77;
  row.label = "收入总计";
  row.cells = {Cell("收 入 总 计"), Cell("230.44"), Cell("支 出 总 计"), Cell("230.44")};
  t.rows = {row};
  EXPECT_TRUE(CheckDocument(Doc({t})).empty());
  t.rows[0].cells[3] = Cell("230.46");
  std::vector<Diagnostic> d = CheckDocument(Doc({t}));
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].code, "check.grand-total");
  EXPECT_EQ(d[0].message, "收支总表: 收入总计 230.44 ≠ 支出总计 230.46");

  Table f;
  f.title = "收入支出决算总表";
  f.currency = Currency::kWanYuan;
  f.columns = {Col({"项目"}, ColumnRole::kLabel), Col({"行次"}, ColumnRole::kRowNumber),
               Col({"金额"}, ColumnRole::kAmount), Col({"项目"}, ColumnRole::kText),
               Col({"行次"}, ColumnRole::kRowNumber), Col({"金额"}, ColumnRole::kAmount)};
  TableRow total;
  total.line = 98;
  total.cells = {Cell("总计"), Cell("31"), Cell("227.61"), Cell("总计"), Cell("62"), Cell("227.62")};
  f.rows = {total};
  d = CheckDocument(Doc({f}));
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].message, "收入支出决算总表: 收入总计 227.61 ≠ 支出总计 227.62");
}

TEST(CheckDocument, ChecksKeyFigureIdentities) {
  Document doc = Doc({});
  auto figure = [](const std::string& amount, int line, const std::string& source) {
    Figure f;
    f.cents = Wan(amount);
    f.span = {"x.txt", line};
    f.source = source;
    return f;
  };
  // Sample 002 lines 405-409 and 447-451.
  doc.figures.amounts["total_expenditure"] = figure("227.61", 145, "支出决算表");
  doc.figures.amounts["basic_expenditure"] = figure("203.18", 145, "支出决算表");
  doc.figures.amounts["project_expenditure"] = figure("24.43", 145, "支出决算表");
  doc.figures.amounts["personnel"] = figure("185.89", 449, "narrative");
  doc.figures.amounts["public_funds"] = figure("17.29", 451, "narrative");
  EXPECT_TRUE(CheckDocument(doc).empty());
  doc.figures.amounts["public_funds"] = figure("17.92", 451, "narrative");
  std::vector<Diagnostic> d = CheckDocument(doc);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].code, "check.basic-split");
  EXPECT_EQ(d[0].span.line, 145);
  EXPECT_EQ(d[0].message,
            "basic_expenditure 203.18 (支出决算表, line 145) ≠ personnel 185.89 (narrative, line 449) + "
            "public_funds 17.92 (narrative, line 451) = 203.81");
}

TEST(CheckDocument, WarnsWhenCodeAmountDiffersBetweenTables) {
  Table general = ExpenditureTable("167.62");
  general.title = "一般公共预算支出表";
  for (TableRow& row : general.rows) row.line += 80;
  Table basic = ExpenditureTable("167.62");
  basic.title = "一般公共预算基本支出表";  // shows only basic money: not compared
  basic.rows = {Row(250, "2011150", "事业运行", {"61.45", "61.45", ""})};
  EXPECT_TRUE(CheckDocument(Doc({ExpenditureTable("167.62"), general, basic})).empty());

  general.rows[3].cells[2] = Cell("70.79");
  general.rows[3].cells[3] = Cell("70.79");
  std::vector<Diagnostic> d = CheckDocument(Doc({ExpenditureTable("167.62"), general}));
  std::vector<std::string> consistency;
  for (const Diagnostic& x : d)
    if (x.code == "check.code-consistency") consistency.push_back(x.message);
  ASSERT_EQ(consistency.size(), 1u);
  EXPECT_EQ(consistency[0],
            "一般公共预算支出表: 2011150 事业运行 70.79 ≠ 70.97 in 支出总表 line 101");
}

TEST(CheckDocument, SamplesHaveNoErrorsAndSample003WarnsAtLine429) {
  for (std::string prefix : {"000", "001", "002", "003", "004"}) {
    std::string path = test::SamplePath(prefix);
    Document doc = ParseDocument(path, test::ReadFileOrDie(path));
    std::vector<Diagnostic> checks = CheckDocument(doc);
    for (const Diagnostic& d : checks) EXPECT_NE(d.severity, Severity::kError) << FormatDiagnostic(d);
    EXPECT_FALSE(HasErrors(doc.diagnostics)) << prefix;
    if (prefix == "003") {
      bool found = false;
      for (const Diagnostic& d : checks)
        found = found || (d.span.line == 429 && d.code == "check.row-personnel-public" &&
                          d.message.find("42.26 ≠ 人员经费 + 公用经费 46.26") != std::string::npos);
      EXPECT_TRUE(found);
    }
    if (prefix == "002") {
      for (const Diagnostic& d : checks) ADD_FAILURE() << "002 is consistent: " << FormatDiagnostic(d);
    }
  }
}

}  // namespace
}  // namespace gongkai
