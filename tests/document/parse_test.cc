// End to end: the five samples in content/ through ParseDocument, as
// printed and re-encoded (GB18030, UTF-8 BOM, CRLF, Markdown pipe tables),
// and real pdftotext -layout output (tests/data/real/). Expected values come from the issue
// and from the sample text itself (the line cited beside each).
#include "parse.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "render_json.h"
#include "parse_sample.h"
#include "test_util.h"

namespace gongkai {
namespace {

struct Expected {
  std::string prefix;
  std::string unit;
  std::string code;
  int year;
  std::vector<std::string> kinds;
  std::map<std::string, Cents> figures;      // 分
  std::map<std::string, Cents> by_function;  // 分
  std::optional<std::int64_t> score;         // hundredths
};

// 万元 with two decimals to 分: W(230, 44) = 230.44 万元.
constexpr Cents W(Cents wan, Cents hundredths) { return wan * 1000000 + hundredths * 10000; }

const std::vector<Expected>& Samples() {
  static const std::vector<Expected> samples = {
      {"000", "中共株洲市荷塘区委巡察工作领导小组办公室", "012001", 2025,
       {"budget", "performance-targets"},
       {{"total_income", W(230, 44)},         // line 75 本年收入合计
        {"total_expenditure", W(230, 44)},    // line 75
        {"grand_total", W(230, 44)},          // line 77 收入总计
        {"basic_expenditure", W(218, 74)},    // line 95
        {"project_expenditure", W(11, 70)},   // line 95
        {"personnel", W(191, 38)},            // line 230
        {"public_funds", W(27, 36)},          // line 230
        {"three_public", 0}},                 // line 346 合计 0.00
       {{"201", W(167, 62)}, {"208", W(27, 65)}, {"210", W(19, 24)}, {"221", W(15, 94)}},
       std::nullopt},
      {"001", "和政县委巡察工作领导小组办公室", "", 2025, {"performance-targets"},
       {{"total_expenditure", W(200, 95)},    // line 23 支出预算合计
        {"personnel", W(176, 32)},            // line 20
        {"public_funds", W(14, 63)},          // line 21
        {"project_expenditure", W(10, 0)}},   // line 22 项目经费
       {},
       std::nullopt},
      {"002", "中共长治市上党区委巡察工作办公室", "001003", 2023,
       {"final", "performance-evaluation"},
       {{"total_income", W(227, 61)},         // line 94
        {"total_expenditure", W(227, 61)},    // line 94
        {"grand_total", W(227, 61)},          // line 98
        {"basic_expenditure", W(203, 18)},    // line 145
        {"project_expenditure", W(24, 43)},   // line 145
        {"personnel", W(185, 89)},            // line 284 人员经费合计
        {"public_funds", W(17, 29)},          // line 284 公用经费合计
        {"admin_operating", W(17, 29)},       // line 365 (一) 行政单位
        {"procurement", W(5, 70)}},           // line 359 合计
       {{"201", W(184, 21)}, {"208", W(19, 12)}, {"210", W(7, 77)}, {"221", W(16, 51)}},
       9207},                                 // line 558 总分
      {"003", "中共临夏市委巡察工作领导小组办公室", "", 2024, {"budget", "performance-targets"},
       {{"total_income", W(170, 8)},          // line 287
        {"total_expenditure", W(170, 8)},     // line 287
        {"basic_expenditure", W(162, 8)},     // line 333
        {"project_expenditure", W(8, 0)},     // line 333
        {"personnel", W(143, 72)},            // line 427
        {"public_funds", W(18, 36)},          // line 427
        {"admin_operating", W(19, 66)},       // line 468 表九 总计
        {"procurement", W(8, 92)},            // line 163 narrative
        {"three_public", 0}},                 // line 141 narrative ("三公"经费预算 0 万元)
       {{"201", W(145, 53)}, {"208", W(16, 11)}, {"210", W(8, 44)}},
       std::nullopt},
      {"004", "中共株洲市委巡察工作领导小组办公室", "", 2024, {"performance-evaluation"},
       {{"basic_expenditure", W(536, 42)},    // line 22 实际基本支出
        {"project_expenditure", W(310, 75)},  // line 24 实际项目支出
        {"personnel", W(437, 65)},            // line 22
        {"public_funds", W(98, 77)},          // line 22 (and line 120, 2024年决算数)
        {"three_public", W(10, 11)},          // line 70, 2024年决算数
        {"procurement", W(41, 28)}},          // line 140, 2024年决算数
       {},
       9999},                                 // line 370 总分 (整体)
  };
  return samples;
}

// ------------------------------------------------------------- variants ---

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// A row of tab-separated cells; not a one-cell-per-line row ("\t基础数据表").
bool IsTabRow(const std::string& line) {
  std::size_t tabs = std::count(line.begin(), line.end(), '\t');
  return tabs > 0 && !(line[0] == '\t' && tabs == 1);
}

std::string PipeRow(const std::string& line) {
  std::string out = "|";
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    std::string cell = line.substr(start, tab == std::string::npos ? std::string::npos : tab - start);
    std::string escaped;
    for (char c : cell) {
      if (c == '|') escaped += '\\';
      escaped += c;
    }
    out += " " + escaped + " |";
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return out;
}

// Every run of tab rows becomes a Markdown pipe table: "| a | b |" rows, a
// "|---|" separator after the run's first row. Blank lines inside a run (a
// table broken by an empty line) are dropped so the run stays one table.
std::string ToPipes(const std::string& text) {
  std::vector<std::string> lines = SplitLines(text);
  std::string out;
  bool in_run = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (IsTabRow(line)) {
      out += PipeRow(line) + "\n";
      if (!in_run) {
        std::size_t cells = std::count(line.begin(), line.end(), '\t') + 1;
        out += "|";
        for (std::size_t c = 0; c < cells; ++c) out += "---|";
        out += "\n";
      }
      in_run = true;
      continue;
    }
    if (in_run && line.empty()) {
      std::size_t j = i;
      while (j < lines.size() && lines[j].empty()) ++j;
      if (j < lines.size() && IsTabRow(lines[j])) continue;
    }
    in_run = false;
    out += line + "\n";
  }
  return out;
}

enum class Variant { kAsIs, kGb18030, kBom, kCrlf, kPipes };

std::string VariantName(Variant v) {
  switch (v) {
    case Variant::kAsIs: return "AsIs";
    case Variant::kGb18030: return "Gb18030";
    case Variant::kBom: return "Bom";
    case Variant::kCrlf: return "Crlf";
    case Variant::kPipes: return "Pipes";
  }
  return "";
}

std::string Apply(Variant v, const std::string& bytes) {
  switch (v) {
    case Variant::kAsIs: return bytes;
    case Variant::kGb18030: return test::Encode(bytes, "GB18030");
    case Variant::kBom: return "\xEF\xBB\xBF" + bytes;
    case Variant::kCrlf: return test::ToCrlf(bytes);
    case Variant::kPipes: return ToPipes(bytes);
  }
  return bytes;
}

Document ParseSample(const std::string& prefix, Variant v = Variant::kAsIs) {
  std::string path = test::SamplePath(prefix);
  return ParseDocument(path, Apply(v, test::ReadFileOrDie(path)));
}

const Table* TableTitled(const Document& doc, const std::string& title) {
  for (const Table& t : doc.tables)
    if (t.title == title) return &t;
  return nullptr;
}

// ---------------------------------------------------------------- tests ---

class SampleTest : public ::testing::TestWithParam<std::tuple<int, Variant>> {};

TEST_P(SampleTest, RecognizesUnitYearKindsAndFigures) {
  const Expected& e = Samples()[std::get<0>(GetParam())];
  Variant variant = std::get<1>(GetParam());
  Document doc = ParseSample(e.prefix, variant);
  EXPECT_EQ(doc.unit.name, e.unit);
  EXPECT_EQ(doc.unit.code, e.code);
  EXPECT_EQ(doc.year, e.year);
  EXPECT_EQ(doc.kinds, e.kinds);
  std::map<std::string, Cents> figures;
  for (const auto& [name, f] : doc.figures.amounts) figures[name] = f.cents;
  EXPECT_EQ(figures, e.figures);
  std::map<std::string, Cents> by_function;
  for (const auto& [code, f] : doc.figures.by_function) by_function[code] = f.cents;
  EXPECT_EQ(by_function, e.by_function);
  ASSERT_EQ(doc.figures.score.has_value(), e.score.has_value());
  if (e.score) {
    EXPECT_EQ(doc.figures.score->hundredths, *e.score);
  }
  for (const auto& [name, f] : doc.figures.amounts) {
    EXPECT_FALSE(FigureSourceText(f).empty()) << name;  // a table title, or "narrative"
    EXPECT_GT(f.span.line, 0) << name;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Samples, SampleTest,
    ::testing::Combine(::testing::Range(0, 5),
                       ::testing::Values(Variant::kAsIs, Variant::kGb18030, Variant::kBom,
                                         Variant::kCrlf, Variant::kPipes)),
    [](const ::testing::TestParamInfo<std::tuple<int, Variant>>& info) {
      return "s" + Samples()[std::get<0>(info.param)].prefix + "_" +
             VariantName(std::get<1>(info.param));
    });

TEST(ParseSampleTest, FigureSpansPointAtTheSourceLines) {
  Document d0 = ParseSample("000");
  EXPECT_EQ(d0.figures.amounts["total_expenditure"].span.line, 75);
  EXPECT_EQ(d0.figures.amounts["total_expenditure"].source, "收支总表");
  EXPECT_EQ(d0.figures.amounts["personnel"].span.line, 230);
  EXPECT_EQ(d0.figures.by_function["201"].span.line, 98);
  Document d4 = ParseSample("004");
  EXPECT_EQ(d4.figures.amounts["basic_expenditure"].span.line, 22);
  EXPECT_EQ(d4.figures.amounts["basic_expenditure"].from, FigureSource::kNarrative);
  EXPECT_EQ(d4.figures.amounts["project_expenditure"].span.line, 24);
  EXPECT_EQ(d4.figures.score->span.line, 369);
  Document d2 = ParseSample("002");
  EXPECT_EQ(d2.figures.score->span.line, 558);
  EXPECT_EQ(d2.figures.amounts["procurement"].source, "部门决算公开相关信息统计表");
}

TEST(ParseSampleTest, KeepsIllegibleEmptyAndZeroTablesDistinct) {
  Document d0 = ParseSample("000");
  const Table* income = TableTitled(d0, "收入总表");
  ASSERT_NE(income, nullptr);
  EXPECT_EQ(income->kind, "income_summary");
  EXPECT_EQ(income->state, TableState::kIllegible);
  const Table* three = TableTitled(d0, "一般公共预算“三公”经费支出表");
  ASSERT_NE(three, nullptr);
  EXPECT_EQ(three->state, TableState::kData);  // 合计 0.00 is printed
  EXPECT_EQ(three->note, "注：如本表格为空，则表示本年度未安排此项目。");

  Document d2 = ParseSample("002");
  for (const char* title : {"政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表",
                            "财政拨款“三公”经费支出决算表"}) {
    const Table* t = TableTitled(d2, title);
    ASSERT_NE(t, nullptr) << title;
    EXPECT_EQ(t->state, TableState::kEmptyWithNote) << title;
  }
  Document d3 = ParseSample("003");
  const Table* t8 = TableTitled(d3, "表八、一般公共预算财政拨款“三公”经费、会议费、培训费支出情况表");
  ASSERT_NE(t8, nullptr);
  EXPECT_EQ(t8->kind, "three_public");
  EXPECT_EQ(t8->state, TableState::kEmptyWithNote);
}

TEST(ParseSampleTest, ReadsTitlesAndMoneyUnits) {
  Document d2 = ParseSample("002");
  const Table* income = TableTitled(d2, "收入决算表");
  ASSERT_NE(income, nullptr);
  EXPECT_EQ(income->line, 102);
  EXPECT_EQ(income->kind, "final_income");
  EXPECT_EQ(income->currency, MoneyUnit::kWanYuan);  // "金额单位：万" + "元"
  Document d1 = ParseSample("001");
  ASSERT_FALSE(d1.tables.empty());
  EXPECT_EQ(d1.tables[0].title, "和政县委巡察工作领导小组办公室部门（单位）整体支出绩效目标表");
  EXPECT_EQ(d1.tables[0].currency, MoneyUnit::kWanYuan);  // "当年预算构成 （万元）"
  Document d3 = ParseSample("003");
  ASSERT_NE(TableTitled(d3, "表一、部门收支总体情况表"), nullptr);
  EXPECT_EQ(TableTitled(d3, "表一、部门收支总体情况表")->kind, "budget_summary");
}

TEST(ParseSampleTest, JsonPrintsFiguresInYuan) {
  nlohmann::ordered_json j0 = DocumentToJson(ParseSample("000"));
  EXPECT_EQ(j0["figures"]["total_expenditure"], 2304400);
  EXPECT_EQ(j0["figures"]["basic_expenditure"], 2187400);
  EXPECT_EQ(j0["figures"]["by_function"]["201"], 1676200);
  EXPECT_EQ(j0["unit"]["name"], "中共株洲市荷塘区委巡察工作领导小组办公室");
  nlohmann::ordered_json j2 = DocumentToJson(ParseSample("002"));
  EXPECT_EQ(j2["figures"]["total_income"], 2276100);
  EXPECT_EQ(j2["figures"]["admin_operating"], 172900);
  EXPECT_DOUBLE_EQ(j2["figures"]["score"].get<double>(), 92.07);
}

TEST(ParseLayoutTest, RealPdftotextLayoutGivesExactFigures) {
  // tests/data/real/guangzhou-…-dept-budget.txt, real pdftotext -layout output:
  // tables in 万元 with thousands separators, page breaks as form feeds, a
  // table continued under a repeated header (表3), codes bracketed in 表5.
  std::string path = std::string(GONGKAI_TEST_DATA) + "/real/guangzhou-2026-zhengwu-shuju-ju-dept-budget.txt";
  Document doc = ParseDocument(path, test::ReadFileOrDie(path));
  EXPECT_EQ(doc.unit.name, "广州市政务服务和数据管理局");  // line 2, and every 单位名称：
  EXPECT_EQ(doc.year, 2026);                            // line 1 2026年
  ASSERT_FALSE(doc.kinds.empty());
  EXPECT_EQ(doc.kinds.front(), "budget");
  EXPECT_EQ(doc.currency, MoneyUnit::kWanYuan);
  std::map<std::string, Cents> figures;
  for (const auto& [name, f] : doc.figures.amounts) figures[name] = f.cents;
  EXPECT_EQ(figures["total_expenditure"], W(98880, 78));   // line 238 表3 合计
  EXPECT_EQ(figures["basic_expenditure"], W(12634, 14));   // line 238 基本支出
  EXPECT_EQ(figures["project_expenditure"], W(86246, 64)); // line 238 项目支出
  EXPECT_EQ(figures["total_income"], W(98880, 78));        // line 197 表1 本年收入合计
  EXPECT_EQ(figures["three_public"], W(44, 94));           // line 456 表8 “三公”经费
  std::map<std::string, Cents> by_function;
  for (const auto& [code, f] : doc.figures.by_function) by_function[code] = f.cents;
  EXPECT_EQ(by_function, (std::map<std::string, Cents>{{"206", W(94158, 15)},   // line 239
                                                       {"208", W(1447, 33)},    // line 246
                                                       {"210", W(6, 19)},       // line 258
                                                       {"221", W(3269, 11)}}));  // line 261
  EXPECT_EQ(doc.figures.amounts["three_public"].source, "财政拨款安排的行政经费及“三公”经费预算表");
  EXPECT_EQ(doc.figures.amounts["three_public"].span.line, 456);
}

}  // namespace
}  // namespace gongkai
