// In audit/, not meaning/: it checks extracted figures with audit's checks.h.
#include "extract.h"
#include "narrative_figures.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "amount.h"
#include "checks.h"
#include "figure_rules.h"
#include "table_kinds.h"

namespace gongkai {
namespace {

// A typed table built by hand: the first row holds the column headers
// ("类", "款", "项" code parts, "科目编码" code, "行次" row numbers, "项目"/"科目名称"
// labels, anything else money or text by content); cells are parsed in 万元.
Table MakeTable(const std::string& title, const std::string& kind,
                const std::vector<std::vector<std::string>>& grid, int first_line = 10) {
  Table t;
  t.title = title;
  t.kind = kind;
  t.currency = MoneyUnit::kWanYuan;
  for (const std::string& h : grid.front()) {
    ColumnRole role = ColumnRole::kAmount;
    if (h == "项目" || h == "科目名称") role = ColumnRole::kLabel;
    if (h == "科目编码") role = ColumnRole::kCode;
    if (h == "行次") role = ColumnRole::kRowNumber;
    if (h == "说明") role = ColumnRole::kText;
    std::vector<std::string> path;
    std::size_t start = 0;
    for (std::size_t slash; (slash = h.find('/', start)) != std::string::npos; start = slash + 1)
      path.push_back(h.substr(start, slash - start));
    path.push_back(h.substr(start));
    t.columns.push_back({h, path, role});
  }
  int line = first_line;
  for (std::size_t r = 1; r < grid.size(); ++r, ++line) {
    TableRow row;
    row.line = line;
    for (std::size_t c = 0; c < grid[r].size(); ++c) {
      ParsedValue v = ParseValue(grid[r][c], MoneyUnit::kWanYuan);
      TableCell cell{grid[r][c], v.kind, v.cents, line};
      if (c < t.columns.size() && t.columns[c].role == ColumnRole::kCode && !grid[r][c].empty()) {
        cell.kind = CellKind::kText;
        row.code = grid[r][c];
        row.depth = grid[r][c].size() == 3 ? 0 : grid[r][c].size() == 5 ? 1 : 2;
      }
      if (c < t.columns.size() && t.columns[c].role == ColumnRole::kLabel && row.label.empty())
        row.label = grid[r][c];
      row.cells.push_back(cell);
    }
    row.is_total = row.label == "合计" || row.label == "总计";
    t.rows.push_back(row);
  }
  return t;
}

Block Para(int line, const std::string& text) {
  Block b;
  b.kind = BlockKind::kParagraph;
  b.line = line;
  b.text = text;
  return b;
}

Document Doc(const std::string& kind, int year, std::vector<Table> tables) {
  Document d;
  d.file = "doc.txt";
  d.kinds = {kind};
  d.year = year;
  d.tables = std::move(tables);
  return d;
}

TEST(FigureRulesTest, EveryRuleNamesCatalogKindsAndAContractFigure) {
  const std::vector<std::string_view> contract = {
      "total_income", "total_expenditure", "grand_total", "basic_expenditure",
      "project_expenditure", "reserve_expenditure", "remit_expenditure", "business_expenditure",
      "subsidiary_expenditure", "personnel", "public_funds", "three_public",
      "admin_operating", "procurement"};
  for (const TableFigureRule& rule : TableFigureRules()) {
    EXPECT_NE(std::find(contract.begin(), contract.end(), rule.figure), contract.end())
        << rule.figure;
    for (std::string_view kind : rule.kinds) EXPECT_NE(FindTableKind(kind), nullptr) << kind;
    if (rule.how == ReadBy::kGroupSum) {
      EXPECT_FALSE(rule.group.empty()) << rule.figure;
    }
  }
}

TEST(ExtractFiguresTest, BudgetSummaryAndTotalsByColumn) {
  // content/000 收支总表 (lines 75-77) and 支出总表 (lines 93-115), in 万元.
  Document doc = Doc("budget", 2025, {
      MakeTable("收支总表", "budget_summary",
                {{"项目", "预算数", "项目（按功能分类）", "预算数"},
                 {"本 年 收 入 合 计", "230.44", "本 年 支 出 合 计", "230.44"},
                 {"上年结转结余", "", "年终结转结余", ""},
                 {"收 入 总 计", "230.44", "支 出 总 计", "230.44"}}, 75),
      MakeTable("支出总表", "expenditure_summary",
                {{"科目编码", "科目名称", "合计", "基本支出", "项目支出"},
                 {"", "合计", "230.44", "218.74", "11.70"},
                 {"201", "一般公共服务支出", "167.62", "155.92", "11.70"},
                 {"20111", "纪检监察事务", "167.62", "155.92", "11.70"},
                 {"208", "社会保障和就业支出", "27.65", "27.65", ""},
                 {"210", "卫生健康支出", "19.24", "19.24", ""}}, 95),
      MakeTable("一般公共预算基本支出表", "general_basic",
                {{"科目编码", "科目名称", "合计", "人员经费", "公用经费"},
                 {"301", "工资福利支出", "191.38", "191.38", ""},
                 {"302", "商品和服务支出", "27.36", "", "27.36"},
                 {"", "合计", "218.74", "191.38", "27.36"}}, 207),
  });
  std::vector<FigureDisagreement> diags;
  Figures f = ExtractFigures(doc, {}, diags);
  EXPECT_EQ(f.amounts["total_income"].cents, 230440000);
  EXPECT_EQ(f.amounts["total_expenditure"].cents, 230440000);
  EXPECT_EQ(f.amounts["total_expenditure"].span.line, 75);
  EXPECT_EQ(f.amounts["total_expenditure"].source, "收支总表");
  EXPECT_EQ(f.amounts["grand_total"].cents, 230440000);
  EXPECT_EQ(f.amounts["basic_expenditure"].cents, 218740000);
  EXPECT_EQ(f.amounts["basic_expenditure"].source, "支出总表");
  EXPECT_EQ(f.amounts["project_expenditure"].cents, 11700000);
  EXPECT_EQ(f.amounts["personnel"].cents, 191380000);
  EXPECT_EQ(f.amounts["personnel"].span.line, 209);
  EXPECT_EQ(f.amounts["public_funds"].cents, 27360000);
  ASSERT_EQ(f.by_function.size(), 3u);
  EXPECT_EQ(f.by_function["201"].cents, 167620000);
  EXPECT_EQ(f.by_function["208"].cents, 27650000);
  EXPECT_EQ(f.by_function["210"].cents, 19240000);
  EXPECT_EQ(f.by_function["201"].span.line, 96);
  EXPECT_FALSE(f.score.has_value());
  EXPECT_TRUE(diags.empty());
}

TEST(ExtractFiguresTest, KeyValueRowsOfATargetTable) {
  // content/001 lines 19-23: label | amount pairs inside a wider row.
  Document doc = Doc("performance-targets", 2025, {
      MakeTable("和政县委巡察工作领导小组办公室部门（单位）整体支出绩效目标表",
                "overall_performance_targets",
                {{"a", "b", "c", "d", "e", "f"},
                 {"当年预算构成 （万元）", "部门（单位）收入预算", "", "", "部门（单位）支出预算", ""},
                 {"", "上级财政拨款", "", "", "人员经费", "176.32"},
                 {"", "本级财政安排", "200.95", "", "公用经费", "14.63"},
                 {"", "其他资金", "", "", "项目经费", "10"},
                 {"", "收入预算合计", "200.95", "", "支出预算合计", "200.95"}}, 19),
  });
  std::vector<FigureDisagreement> diags;
  Figures f = ExtractFigures(doc, {}, diags);
  EXPECT_EQ(f.amounts["total_expenditure"].cents, 200950000);
  EXPECT_EQ(f.amounts["personnel"].cents, 176320000);
  EXPECT_EQ(f.amounts["public_funds"].cents, 14630000);
  EXPECT_EQ(f.amounts["project_expenditure"].cents, 10000000);
  EXPECT_EQ(f.amounts.count("total_income"), 0u);
}

TEST(ExtractFiguresTest, FinalAccountsRowsGroupsAndScore) {
  // content/002: 公开01 总表 with 行次, 公开06 合计 rows, 公开10 groups, 自评表 总分.
  Document doc = Doc("final", 2023, {
      MakeTable("收入支出决算总表", "final_summary",
                {{"项目", "行次", "金额", "项目", "行次", "金额"},
                 {"本年收入合计", "27", "227.61", "本年支出合计", "58", "227.61"},
                 {"总计", "31", "227.61", "总计", "62", "227.61"}}, 94),
      MakeTable("一般公共预算财政拨款基本支出决算明细表", "final_general_basic",
                {{"科目编码", "科目名称", "决算数", "科目代码", "科目名称", "决算数"},
                 {"301", "工资福利支出", "185.71", "302", "商品和服务支出", "17.29"},
                 {"人员经费合计", "", "185.89", "公用经费合计", "", "", "", "17.29"}}, 255),
      MakeTable("部门决算公开相关信息统计表", "final_related_info",
                {{"项目", "a", "b"},
                 {"项目", "行次", "统计数"},
                 {"合计", "1", "5.70"},
                 {"货物", "2", "5.70"},
                 {"二、机关运行经费", "", ""},
                 {"项目", "", "统计数"},
                 {"(一) 行政单位", "5", "17.29"},
                 {"(二) 参照公务员法管理事业单位", "6", ""},
                 {"三、国有资产占用情况", "", ""},
                 {"(一) 车辆数合计(辆)", "7", "3"}}, 358),
      MakeTable("巡察经费项目支出绩效自评表", "project_self_evaluation",
                {{"项目名称", "a", "b", "c"},
                 {"一级指标", "三级指标", "分值", "得分", "偏差原因分析及改进措施"},
                 {"产出指标", "办公设备购置数量", "5", "3.5", ""},
                 {"总分", "", "", "92.07", "优"}}, 541),
  });
  doc.tables[2].columns[0].name = "一、政府采购情况";
  std::vector<FigureDisagreement> diags;
  Figures f = ExtractFigures(doc, {}, diags);
  EXPECT_EQ(f.amounts["total_income"].cents, 227610000);
  EXPECT_EQ(f.amounts["total_expenditure"].cents, 227610000);
  EXPECT_EQ(f.amounts["grand_total"].cents, 227610000);
  EXPECT_EQ(f.amounts["personnel"].cents, 185890000);
  EXPECT_EQ(f.amounts["public_funds"].cents, 17290000);
  EXPECT_EQ(f.amounts["procurement"].cents, 5700000);
  EXPECT_EQ(f.amounts["admin_operating"].cents, 17290000);
  EXPECT_EQ(f.amounts["admin_operating"].span.line, 363);
  ASSERT_TRUE(f.score.has_value());
  EXPECT_EQ(f.score->hundredths, 9207);
  EXPECT_EQ(f.score->span.line, 543);
}

TEST(ExtractFiguresTest, NarrativeFillsWhatNoTableStates) {
  // content/004 lines 22-24.
  std::vector<Block> blocks = {
      Para(21, "（一）基本支出情况"),
      Para(22, "2024年年初预算基本支出610.94万元，全年预算基本支出537.04万元，实际基本支出536.42万元，执行率99.90%。其中人员经费437.65万元，公用经费98.77万元。"),
      Para(24, "2024年年初预算项目支出287万元，全年预算项目支出310.94万元，实际项目支出310.75万元，执行率99.94%。"),
  };
  Document doc = Doc("performance-evaluation", 2024, {});
  std::vector<FigureDisagreement> diags;
  Figures f = ExtractFigures(doc, blocks, diags);
  EXPECT_EQ(f.amounts["basic_expenditure"].cents, 536420000);
  EXPECT_EQ(f.amounts["basic_expenditure"].from, FigureSource::kNarrative);
  EXPECT_EQ(f.amounts["basic_expenditure"].span.line, 22);
  EXPECT_EQ(f.amounts["project_expenditure"].cents, 310750000);
  EXPECT_EQ(f.amounts["personnel"].cents, 437650000);
  EXPECT_EQ(f.amounts["public_funds"].cents, 98770000);
  EXPECT_TRUE(diags.empty());
}

TEST(ExtractFiguresTest, NarrativeWithSpacesAndYuan) {
  std::vector<Block> blocks = {
      Para(159, "机关运行经费 19.66 万元，较 2023 年预算减少 11.46 万元"),
      Para(163, "2024 年，部门政府采购预算总额 8.92 万元，其中：政府采购货物预算 4.72 万元"),
      Para(170, "本年支出合计1,234.56元"),
  };
  Document doc = Doc("budget", 2024, {});
  std::vector<FigureDisagreement> diags;
  Figures f = ExtractFigures(doc, blocks, diags);
  EXPECT_EQ(f.amounts["admin_operating"].cents, 19660000);
  EXPECT_EQ(f.amounts["procurement"].cents, 8920000);
  EXPECT_EQ(f.amounts["total_expenditure"].cents, 123456);
}

// 湖州市交通运输局 2026 部门预算, pp. 8–9 (its pdftotext -layout lines 206–209): the
// section on 一般公共预算 basic spending states 基本支出 27428.84 = 人员经费 24287.33
// + 公用经费 3141.51 (24287.33 + 3141.51 = 27428.84), all of one fund; the
// department's 基本支出 (all funds) is 29823.70 = 26435.02 + 3388.68 in its 支出总表.
TEST(ExtractFiguresTest, NarrativeFigureTakesTheFundOfItsClauseAndHeading) {
  Block heading;
  heading.kind = BlockKind::kHeading;
  heading.line = 206;
  heading.level = 3;
  heading.text = "（六）关于 2026 年一般公共预算基本支出情况说明";
  std::vector<Block> blocks = {
      heading,
      Para(207, "湖 州 市 交 通 运 输 局 2026 年 一 般 公 共 预 算 基 本 支 出\n27428.84 万元，其中：\n"
                "人员经费 24287.33 万元，主要包括：基本工资、津贴"),
  };
  std::vector<NarrativeFigure> found = FindNarrativeFigures(blocks, "hz.txt");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].name, "basic_expenditure");
  EXPECT_EQ(found[0].figure.cents, 27'428'840'000LL);
  EXPECT_EQ(found[0].scope, FundScope::kGeneralPublic);  // its clause names the fund
  EXPECT_EQ(found[0].figure.span.line, 207);
  EXPECT_EQ(found[1].name, "personnel");
  EXPECT_EQ(found[1].figure.cents, 24'287'330'000LL);
  EXPECT_EQ(found[1].scope, FundScope::kGeneralPublic);  // "其中：" under the section's heading
  EXPECT_EQ(found[1].figure.span.line, 209);

  // With nothing else printed, the value stands, and says its fund.
  Document doc = Doc("budget", 2026, {});
  std::vector<FigureDisagreement> disagreements;
  Figures f = ExtractFigures(doc, blocks, disagreements);
  ASSERT_FALSE(f.choices["basic_expenditure"].empty());
  EXPECT_TRUE(f.choices["basic_expenditure"].front().chosen);
  EXPECT_EQ(f.choices["basic_expenditure"].front().scope, "一般公共预算");
}

// 江苏 2019 template, 中共江苏省委办公厅 部门预算 公开09表 (corpus
// jiangsu/2019-shengwei-bangongting-budget-tables.pdf, p. 9): its 合计 1,471.70 adds
// 会议费 933.50 and 培训费 30.00 to the "三公" 小计 508.20 (508.20 + 933.50 + 30.00 =
// 1,471.70; 小计 = 因公出国 70.00 + 公务用车 411.20 + 公务接待 27.00). The header words
// are as gongkai's PDF reader joins them.
TEST(ExtractFiguresTest, ThreePublicIsTheSubtotalWhereTheTotalAddsMeetingsAndTraining) {
  Document doc = Doc("budget", 2019, {
      MakeTable("“三公”经费、会议费、培训费支出预算表", "three_public",
                {{"项目", "合计", "合计/小计", "因公出国/小计/（境）费", "因公出国/小计/公务用车购置公务用车运行/维护费",
                  "因公出国/公务接待费", "会议费", "培训费"},
                 {"合计", "1,471.70", "508.20", "70.00", "411.20", "27.00", "933.50", "30.00"}}, 177),
  });
  std::vector<FigureDisagreement> disagreements;
  Figures f = ExtractFigures(doc, {}, disagreements);
  EXPECT_EQ(f.amounts["three_public"].cents, 508'200'000);  // 508.20 万元
  EXPECT_EQ(f.amounts["three_public"].span.line, 177);
}

TEST(ExtractFiguresTest, WarnsWhenNarrativeDisagreesWithATable) {
  Document doc = Doc("budget", 2024, {
      MakeTable("表九、一般公共预算财政拨款机关运行经费表", "admin_operating",
                {{"行次", "项目", "合计", "基本支出", "项目支出"},
                 {"", "总计", "19.66", "11.66", "8"}}, 468),
  });
  std::vector<Block> blocks = {Para(159, "机关运行经费 19.67 万元")};
  std::vector<FigureDisagreement> disagreements;
  Figures f = ExtractFigures(doc, blocks, disagreements);
  EXPECT_EQ(f.amounts["admin_operating"].cents, 19660000);
  EXPECT_EQ(f.amounts["admin_operating"].source, "表九、一般公共预算财政拨款机关运行经费表");
  ASSERT_EQ(disagreements.size(), 1u);
  EXPECT_EQ(disagreements[0].name, "admin_operating");
  ASSERT_EQ(disagreements[0].others.size(), 1u);
  EXPECT_EQ(disagreements[0].others[0].cents, 19670000);
  // The narrative's figure is the 勾稽 finding (checks.h).
  std::vector<Diagnostic> diags = CheckNarrativeFigures(disagreements, doc);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].code, "audit.narrative-figure");
  EXPECT_EQ(diags[0].severity, Severity::kWarning);
  EXPECT_EQ(diags[0].span.line, 159);
  EXPECT_EQ(diags[0].related.line, 468);
  EXPECT_EQ(diags[0].message,
            "admin_operating (narrative) 196700.00 ≠ admin_operating "
            "(表九、一般公共预算财政拨款机关运行经费表) 196600.00 (line 468)");
}

TEST(ExtractFiguresTest, PrefersActualColumnsOfTheFiscalYearInEvaluations) {
  // content/004 基础数据表: a text row re-heads the columns below it.
  Document doc = Doc("performance-evaluation", 2024, {
      MakeTable("基础数据表", "evaluation_base_data",
                {{"财政供养人员情况", "编制数", "2024年实际在职人数", "控制率"},
                 {"经费控制情况(万元)", "2023年决算数", "2024年预算数", "2024年决算数"},
                 {"三公经费", "37.11", "14", "10.11"},
                 {"公用经费：", "214.76", "112.05", "98.77"},
                 {"政府采购金额", "67.71", "101.98", "41.28"}}, 62),
  });
  std::vector<FigureDisagreement> diags;
  Figures f = ExtractFigures(doc, {}, diags);
  EXPECT_EQ(f.amounts["three_public"].cents, 10110000);
  EXPECT_EQ(f.amounts["public_funds"].cents, 98770000);
  EXPECT_EQ(f.amounts["procurement"].cents, 41280000);
}

TEST(ExtractFiguresTest, ScoreOfTheOverallEvaluationComesFirst) {
  Document doc = Doc("performance-evaluation", 2024, {
      MakeTable("项目支出绩效自评表", "project_self_evaluation",
                {{"a", "b", "c"}, {"总分", "100", "99.90"}}, 608),
      MakeTable("整体支出绩效自评表", "overall_self_evaluation",
                {{"a", "b"}, {"总分", "99.99"}}, 369),
  });
  std::vector<FigureDisagreement> diags;
  Figures f = ExtractFigures(doc, {}, diags);
  ASSERT_TRUE(f.score.has_value());
  EXPECT_EQ(f.score->hundredths, 9999);
  EXPECT_EQ(f.score->span.line, 369);
}

TEST(ExtractFiguresTest, EmptyTablesYieldNothing) {
  Table t = MakeTable("财政拨款“三公”经费支出决算表", "final_three_public",
                      {{"项目", "合计"}, {"合计", ""}});
  t.state = TableState::kEmptyWithNote;
  Document doc = Doc("final", 2023, {t});
  std::vector<FigureDisagreement> diags;
  Figures f = ExtractFigures(doc, {}, diags);
  EXPECT_TRUE(f.amounts.empty());
  EXPECT_TRUE(f.by_function.empty());
}

}  // namespace
}  // namespace gongkai
