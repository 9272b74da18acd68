// In document/, not with its stage: it reads the samples through ParseSample (ParseDocument).
// Performance indicators, on tables built from real sample rows.
#include "indicators.h"

#include <gtest/gtest.h>

#include <sstream>

#include "parse_sample.h"
#include "test_util.h"

namespace gongkai {
namespace {

// Splits a line at tabs; drops the <b> tags normalization removes.
std::vector<std::string> Cells(std::string line) {
  for (std::string tag : {"<b>", "</b>"})
    for (std::size_t at = line.find(tag); at != std::string::npos; at = line.find(tag))
      line.erase(at, tag.size());
  std::vector<std::string> cells;
  std::size_t start = 0;
  for (std::size_t tab = line.find('\t'); tab != std::string::npos; tab = line.find('\t', start)) {
    cells.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
  cells.push_back(line.substr(start));
  return cells;
}

TableRow Row(int line, const std::vector<std::string>& texts) {
  TableRow row;
  row.line = line;
  for (const std::string& t : texts) {
    TableCell cell;
    cell.text = t;
    cell.kind = t.empty() ? CellKind::kEmpty : CellKind::kText;
    cell.line = line;
    row.cells.push_back(cell);
  }
  return row;
}

// A table whose body rows are lines [first, last] of a sample (blank lines skipped).
Table SampleTable(const std::string& prefix, int first, int last, std::string title) {
  std::istringstream in(test::ReadFileOrDie(test::SamplePath(prefix)));
  Table table;
  table.title = std::move(title);
  table.line = first;
  std::string line;
  for (int n = 1; std::getline(in, line) && n <= last; ++n) {
    if (n < first || line.find_first_not_of(" \t") == std::string::npos) continue;
    table.rows.push_back(Row(n, Cells(line)));
  }
  return table;
}

const Indicator* Find(const std::vector<Indicator>& all, const std::string& name) {
  for (const Indicator& i : all)
    if (i.name == name) return &i;
  return nullptr;
}

TEST(ParseIndicatorValue, SplitsOperatorNumberAndUnit) {
  IndicatorValue v = ParseIndicatorValue("≥95%");
  EXPECT_EQ(v.op, "≥");
  EXPECT_EQ(v.number, "95");
  EXPECT_EQ(v.unit, "%");
  v = ParseIndicatorValue("=2 轮");
  EXPECT_EQ(v.op, "=");
  EXPECT_EQ(v.number, "2");
  EXPECT_EQ(v.unit, "轮");
  v = ParseIndicatorValue("大于或者等于 95%以上");
  EXPECT_EQ(v.op, "≥");
  EXPECT_EQ(v.number, "95");
  EXPECT_EQ(v.unit, "%");
  v = ParseIndicatorValue("≤50万元");
  EXPECT_EQ(v.op, "≤");
  EXPECT_EQ(v.number, "50");
  EXPECT_EQ(v.unit, "万元");
  v = ParseIndicatorValue("→100%");
  EXPECT_EQ(v.op, "=");
  EXPECT_EQ(v.number, "100");
  v = ParseIndicatorValue("195.95");
  EXPECT_EQ(v.op, "");
  EXPECT_EQ(v.number, "195.95");
  EXPECT_EQ(ParseIndicatorValue("及时").number, "");
  EXPECT_EQ(ParseIndicatorValue("1月-12月").number, "");
}

TEST(OperatorToken, ReadsSymbolsLatexAndTypes) {
  EXPECT_EQ(OperatorToken("$\\geq$"), "≥");
  EXPECT_EQ(OperatorToken("$\\leq$"), "≤");
  EXPECT_EQ(OperatorToken("≥"), "≥");
  EXPECT_EQ(OperatorToken("="), "=");
  EXPECT_EQ(OperatorToken("定性"), "定性");
  EXPECT_EQ(OperatorToken("定量"), "定量");
  EXPECT_EQ(OperatorToken("≥95%"), "");
  EXPECT_EQ(OperatorToken("合规"), "");
}

// Sample 001 lines 6-58: the header sits mid-table (line 25) and many rows
// are shifted one cell left or right.
TEST(ExtractIndicators, ReadsMisalignedSample001Rows) {
  std::vector<Indicator> all = ExtractIndicators(
      {SampleTable("001", 6, 58, "和政县委巡察工作领导小组办公室部门（单位）整体支出绩效目标表")});
  EXPECT_EQ(all.size(), 32u);  // lines 26-31, 33-58 are all indicator rows

  const Indicator* i = Find(all, "预算执行率");
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->level1, "基本运行指标");
  EXPECT_EQ(i->level2, "预算收支管理");
  EXPECT_EQ(i->op, "≥");
  EXPECT_EQ(i->target, "95");
  EXPECT_EQ(i->unit, "%");
  EXPECT_EQ(i->line, 26);

  i = Find(all, "“三公”经费控制率");
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->op, "≤");
  EXPECT_EQ(i->target, "20");

  i = Find(all, "资金使用合规性");  // line 30: op one cell right
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->level2, "财会管理");
  EXPECT_EQ(i->op, "定性");
  EXPECT_EQ(i->target, "合规");

  i = Find(all, "会计和内控制度执行有效性");  // line 31: name in the first cell
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->level1, "基本运行指标");
  EXPECT_EQ(i->level2, "财会管理");
  EXPECT_EQ(i->op, "定性");
  EXPECT_EQ(i->target, "有效");

  i = Find(all, "政府采购节约率");  // line 34: one cell left, $\geq$
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->level2, "采购管理");
  EXPECT_EQ(i->op, "≥");
  EXPECT_EQ(i->target, "3");
  EXPECT_EQ(i->unit, "%");
  EXPECT_EQ(i->line, 34);

  i = Find(all, "巡察次数");
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->level1, "重点履职指标");
  EXPECT_EQ(i->level2, "数量指标");
  EXPECT_EQ(i->op, "=");
  EXPECT_EQ(i->target, "2");
  EXPECT_EQ(i->unit, "次");
  EXPECT_EQ(i->line, 41);

  i = Find(all, "预算支出");  // line 47 under 成本指标 (line 46)
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->level1, "成本指标");
  EXPECT_EQ(i->op, "=");
  EXPECT_EQ(i->target, "195.95");
  EXPECT_EQ(i->unit, "万元");

  i = Find(all, "试点工作开展情况");
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->level1, "可持续发展能力指标");
  EXPECT_EQ(i->level2, "改革创新");
  EXPECT_EQ(i->target, "良好");
  EXPECT_EQ(i->line, 58);
  EXPECT_EQ(i->table, "和政县委巡察工作领导小组办公室部门（单位）整体支出绩效目标表");

  int with_value = 0;
  for (const Indicator& x : all) with_value += !x.op.empty() && !x.target.empty();
  EXPECT_EQ(with_value, 32);
}

// Sample 000 lines 436-457: 指标值类型 holds the operator, after the unit.
TEST(ExtractIndicators, ReadsOperatorFromTypeColumnAfterUnit) {
  std::vector<Indicator> all = ExtractIndicators({SampleTable("000", 436, 457, "项目支出绩效目标表")});
  ASSERT_EQ(all.size(), 19u);  // lines 439-457; the unit's own row 438 is not one
  EXPECT_EQ(all[0].name, "人员培训");
  EXPECT_EQ(all[0].level1, "成本指标");
  EXPECT_EQ(all[0].op, "定量");
  EXPECT_EQ(all[0].target, "1.20");
  EXPECT_EQ(all[0].unit, "万元");
  EXPECT_EQ(all[0].line, 439);

  const Indicator* i = Find(all, "巡察轮次");
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->level1, "产出指标");
  EXPECT_EQ(i->level2, "数量指标");
  EXPECT_EQ(i->op, "≥");
  EXPECT_EQ(i->target, "3");
  EXPECT_EQ(i->unit, "轮");
  EXPECT_EQ(i->line, 443);

  i = Find(all, "巡察整改合格率");  // unit printed as 无
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->op, "=");
  EXPECT_EQ(i->target, "100");
  EXPECT_EQ(i->unit, "");

  i = Find(all, "公众满意度");
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->level1, "满意度指标");
  EXPECT_EQ(i->op, "定性");
  EXPECT_EQ(i->target, "≥90");
}

// Sample 000 lines 469-489: three header rows, data shifted right by 1 to 4.
TEST(ExtractIndicators, ReadsShiftedWholeBudgetTargets) {
  std::vector<Indicator> all = ExtractIndicators({SampleTable("000", 469, 489, "整体支出绩效目标表")});
  ASSERT_EQ(all.size(), 14u);  // not 475, 476, 482, 485: level names only
  EXPECT_EQ(all[0].name, "人员培训");
  EXPECT_EQ(all[0].level1, "成本指标");
  EXPECT_EQ(all[0].level2, "经济成本指标");
  EXPECT_EQ(all[0].line, 472);

  const Indicator* i = Find(all, "后勤保障");
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->op, "=");
  EXPECT_EQ(i->target, "10.50");
  EXPECT_EQ(i->unit, "万元");
  EXPECT_EQ(i->level2, "经济成本指标");

  i = Find(all, "党建帮扶");
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->level1, "产出指标");
  EXPECT_EQ(i->level2, "数量指标");
  EXPECT_EQ(i->op, "≥");
  EXPECT_EQ(i->target, "12");
  EXPECT_EQ(i->unit, "次");
  EXPECT_EQ(i->line, 477);

  i = Find(all, "巡察干部培训");
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->level1, "产出指标");
  EXPECT_EQ(i->level2, "质量指标");
  EXPECT_EQ(i->op, "定性");
  EXPECT_EQ(i->target, "100%");

  i = Find(all, "公众满意度");
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->level1, "满意度指标");
  EXPECT_EQ(i->level2, "服务对象满意度指标");
  EXPECT_EQ(i->op, "≥");
  EXPECT_EQ(i->target, "90");
  EXPECT_EQ(i->unit, "%");
  EXPECT_EQ(i->line, 488);
}

// Sample 002 lines 541-558: a self-evaluation with actual, weight, score.
TEST(ExtractIndicators, ReadsSelfEvaluationScores) {
  std::vector<Indicator> all = ExtractIndicators({SampleTable("002", 541, 558, "巡察经费项目支出绩效自评表")});
  ASSERT_EQ(all.size(), 16u);  // lines 542-557; 总分 is not an indicator
  const Indicator& first = all[0];
  EXPECT_EQ(first.name, "办公设备购置数量");
  EXPECT_EQ(first.level1, "产出指标");
  EXPECT_EQ(first.level2, "数量指标");
  EXPECT_EQ(first.op, "≥");
  EXPECT_EQ(first.target, "11");
  EXPECT_EQ(first.unit, "台");
  EXPECT_EQ(first.actual, "≥7台");
  EXPECT_EQ(first.weight, "5");
  EXPECT_EQ(first.score, "3.5");
  EXPECT_EQ(first.note, "实际购置设备数量小于计划数量");
  EXPECT_EQ(first.line, 542);

  const Indicator* i = Find(all, "巡察乡镇覆盖率");
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->op, "=");
  EXPECT_EQ(i->target, "100");
  EXPECT_EQ(i->actual, "→60%");
  EXPECT_EQ(i->score, "1.5");

  i = Find(all, "每轮巡察工作完成经费支出金额");  // line 552: one cell left
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->level1, "产出指标");
  EXPECT_EQ(i->level2, "成本指标");
  EXPECT_EQ(i->op, "≤");
  EXPECT_EQ(i->target, "25");
  EXPECT_EQ(i->unit, "万元");
  EXPECT_EQ(i->actual, "≤11万元");
  EXPECT_EQ(i->weight, "5");
  EXPECT_EQ(i->score, "5");

  i = Find(all, "巡察工作开展及时性");
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->op, "");
  EXPECT_EQ(i->target, "及时");
  EXPECT_EQ(i->actual, "达成预期指标");
}

// Sample 004 lines 239-266: one cell per line, header in the column header.
TEST(ExtractIndicators, ReadsColumnHeaderOfCellPerLineTable) {
  Table t;
  t.title = "整体支出绩效自评表";
  t.layout = TableLayout::kCellPerLine;
  for (std::string name : {"绩效指标", "一级指标", "三级指标", "年度指标值", "实际完成值", "评扣分标准",
                           "分值", "得分", "偏差原因分析及改进措施"}) {
    Column c;
    c.name = name;
    c.path = {name};
    t.columns.push_back(c);
  }
  t.rows.push_back(Row(259, {"绩效指标", "产出指标", "年巡察轮次", "2", "3", "是否达到次数要求", "20", "20", ""}));
  t.rows.push_back(Row(268, {"", "", "问题线索移交率和立行立改处置率", "80", "90%",
                             "实现问题线索移交率和立行立改问题整改完成率超过80%", "10", "10", ""}));
  t.rows.push_back(Row(369, {"总分", "", "", "", "", "", "", "99.99", ""}));
  std::vector<Indicator> all = ExtractIndicators({t});
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].level1, "产出指标");
  EXPECT_EQ(all[0].name, "年巡察轮次");
  EXPECT_EQ(all[0].target, "2");
  EXPECT_EQ(all[0].actual, "3");
  EXPECT_EQ(all[0].weight, "20");
  EXPECT_EQ(all[0].score, "20");
  EXPECT_EQ(all[1].level1, "产出指标");
  EXPECT_EQ(all[1].target, "80");
  EXPECT_EQ(all[1].actual, "90%");
}

TEST(ExtractIndicators, ContinuesTableSplitByBlankLine) {
  // Sample 001 split at the blank line 32: the second part has no header.
  Table first = SampleTable("001", 25, 31, "整体支出绩效目标表");
  Table second = SampleTable("001", 33, 36, "整体支出绩效目标表");
  std::vector<Indicator> all = ExtractIndicators({first, second});
  ASSERT_EQ(all.size(), 10u);
  EXPECT_EQ(all[6].name, "政府采购规范性");
  EXPECT_EQ(all[6].level2, "采购管理");
  EXPECT_EQ(all[6].level1, "");  // the level carry does not cross tables
  EXPECT_EQ(all[9].name, "固定资产利用率");
  EXPECT_EQ(all[9].op, "≥");
  EXPECT_EQ(all[9].target, "95");
}

TEST(ExtractIndicators, IgnoresTablesWithoutIndicatorHeader) {
  std::vector<Indicator> all = ExtractIndicators({SampleTable("000", 93, 115, "支出总表")});
  EXPECT_TRUE(all.empty());
}

}  // namespace
}  // namespace gongkai

namespace gongkai {
namespace {

using test::ParseSample;

TEST(ExtractIndicatorsEndToEnd, ReadsSample001ThroughThePipeline) {
  Document doc = ParseSample("001");
  int with_value = 0;
  for (const Indicator& x : doc.indicators) with_value += !x.op.empty() && !x.target.empty();
  EXPECT_GE(with_value, 30);
  const Indicator* i = Find(doc.indicators, "预算执行率");
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->op, "≥");
  EXPECT_EQ(i->target, "95");
  EXPECT_EQ(i->unit, "%");
  i = Find(doc.indicators, "巡察次数");
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->op, "=");
  EXPECT_EQ(i->target, "2");
  EXPECT_EQ(i->unit, "次");
  EXPECT_EQ(i->line, 41);
  i = Find(doc.indicators, "服务对象满意度");  // the 项目支出绩效目标表, line 80
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->line, 80);
  EXPECT_EQ(i->op, "≥");
  EXPECT_EQ(i->target, "98");
}

TEST(ExtractIndicatorsEndToEnd, ReadsSamples000002And004) {
  Document d000 = ParseSample("000");
  const Indicator* i = Find(d000.indicators, "巡察轮次");
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->line, 443);
  EXPECT_EQ(i->op, "≥");
  EXPECT_EQ(i->target, "3");
  EXPECT_EQ(i->unit, "轮");
  i = Find(d000.indicators, "党建帮扶");
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->line, 477);
  EXPECT_EQ(i->table, "整体支出绩效目标表");

  Document d002 = ParseSample("002");
  ASSERT_EQ(d002.indicators.size(), 16u);
  EXPECT_EQ(d002.indicators[0].name, "办公设备购置数量");
  EXPECT_EQ(d002.indicators[0].actual, "≥7台");
  EXPECT_EQ(d002.indicators[0].weight, "5");
  EXPECT_EQ(d002.indicators[0].score, "3.5");

  Document d004 = ParseSample("004");
  std::vector<std::string> rounds;
  for (const Indicator& x : d004.indicators)
    if (x.name == "年巡察轮次") rounds.push_back(x.target + "/" + x.actual + "/" + x.weight);
  EXPECT_EQ(rounds, (std::vector<std::string>{"2/3/20", "3/3/20"}));
}

}  // namespace
}  // namespace gongkai
