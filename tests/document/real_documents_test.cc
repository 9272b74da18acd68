// Real disclosures (tests/data/real/, provenance in its README.md), each read
// twice: from the PDF (poppler, in process) and from its real
// `pdftotext -layout` output. Every expected value was read by hand off the
// printed table named beside it, never copied from gongkai's output, and the
// hand-typed values are checked by the document's own identities (基本 + 项目
// = 合计, Σ 类 = 合计, 人员 + 公用 = 基本) in the *AddUp tests, so a typing
// slip fails a test instead of hiding in one.
//
// Tests prefixed DISABLED_ hold a correct hand-read expectation that today's
// parser does not meet yet; run them with --gtest_also_run_disabled_tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "parse.h"
#include "test_util.h"

namespace gongkai {
namespace {

// ------------------------------------------------------------- amounts ---

// An amount as printed in a 万元 table ("98,880.78", "-1.20") to 分: one
// 万元 is 1,000,000 分. Parsed here, not by gongkai, so the expectations do
// not lean on the code under test.
constexpr Cents Wan(std::string_view printed) {
  bool negative = !printed.empty() && printed.front() == '-';
  Cents hundredths = 0;
  int decimals = -1;
  for (char c : printed) {
    if (c >= '0' && c <= '9') {
      hundredths = hundredths * 10 + (c - '0');
      if (decimals >= 0) ++decimals;
    } else if (c == '.') {
      decimals = 0;
    }
  }
  if (decimals < 0) decimals = 0;
  for (; decimals < 2; ++decimals) hundredths *= 10;
  return (negative ? -hundredths : hundredths) * 10000;
}
static_assert(Wan("98,880.78") == 98880780000);
static_assert(Wan("0.16") == 160000);
static_assert(Wan("40,000.00") == Wan("40000"));

// An amount as printed in a 元 table ("62,109,297.20") to 分.
constexpr Cents Yuan元(std::string_view printed) { return Wan(printed) / 10000; }
static_assert(Yuan元("62,109,297.20") == 6210929720);

// 0.01 万元, the step every 万元 table rounds to.
constexpr Cents kWanStep = Wan("0.01");

// Cents as yuan with two decimals, for failure messages.
std::string Yuan(Cents c) {
  std::ostringstream out;
  if (c < 0) out << '-';
  Cents a = c < 0 ? -c : c;
  out << a / 100 << '.' << (a % 100 < 10 ? "0" : "") << a % 100;
  return out.str();
}

// ------------------------------------------------------------ documents ---

std::string RealPath(const std::string& name) { return std::string(GONGKAI_TEST_DATA) + "/real/" + name; }

// Every document is parsed at most once per test binary, from whichever
// source a test asks for first.
const Document& Parsed(const std::string& name) {
  static std::map<std::string, Document> cache;
  auto it = cache.find(name);
  if (it == cache.end()) {
    std::string path = RealPath(name);
    it = cache.emplace(name, ParseDocument(path, test::ReadFileOrDie(path))).first;
  }
  return it->second;
}

const Document& Pdf(const std::string& stem) { return Parsed(stem + ".pdf"); }
const Document& Layout(const std::string& stem) { return Parsed(stem + ".txt"); }

// What a document states, read by hand. A figure with several values means
// the document disagrees with itself (its parts do not add up to the printed
// total): any of them counts.
struct Expected {
  std::string stem;
  std::vector<std::string> units;  // the name as printed (more than one: printed two ways)
  int year = 0;
  std::vector<std::string> kinds;  // primary first
  std::map<std::string, std::vector<Cents>> figures;
  std::map<std::string, Cents> by_function;
  std::vector<std::string> absent;  // figures the document does not state
};

// The first (preferred) value of a figure.
Cents F(const Expected& e, const std::string& name) { return e.figures.at(name).front(); }

Cents SumByFunction(const Expected& e) {
  Cents sum = 0;
  for (const auto& [code, cents] : e.by_function) sum += cents;
  return sum;
}

// --- 广州市政务服务和数据管理局 2026 部门预算 (tests/data/real/guangzhou-…).
const Expected& Guangzhou() {
  static const Expected e = {
      "guangzhou-2026-zhengwu-shuju-ju-dept-budget",
      {"广州市政务服务和数据管理局"},  // cover, every table's 单位名称
      2026,
      {"budget"},
      {{"total_expenditure", {Wan("98,880.78")}},    // 表3 本年支出总体情况表 合计 / 表1 本年支出合计
       {"total_income", {Wan("98,880.78")}},         // 表1 收支总体情况表 本年收入合计 = 收入总计
       {"basic_expenditure", {Wan("12,634.14")}},    // 表3 合计 基本支出
       {"project_expenditure", {Wan("86,246.64")}},  // 表3 合计 项目支出
       // 表6: [301] 11,105.39 + [303] 419.91 = 11,525.30 and [302] 1,102.35 +
       // [310] 6.50 = 1,108.85 add to 12,634.15, 0.01 above the printed 基本支出;
       // basic − public and basic − personnel count too.
       {"personnel", {Wan("11,525.30"), Wan("11,525.29")}},
       {"public_funds", {Wan("1,108.85"), Wan("1,108.84")}},
       {"three_public", {Wan("44.94")}},       // 表8 “三公”经费 合计
       {"admin_operating", {Wan("2,614.19")}}},  // 表8 行政经费 = narrative 机关运行经费安排2,614.19万元
      {{"206", Wan("94,158.15")},  // 表3 类 rows
       {"208", Wan("1,447.33")},
       {"210", Wan("6.19")},
       {"221", Wan("3,269.11")}},
      {}};
  return e;
}

// --- 深圳市财政局（本级） 2026 部门预算.
const Expected& Shenzhen() {
  static const Expected e = {
      "shenzhen-2026-caizheng-ju-benji-dept-budget",
      {"深圳市财政局（本级）", "深圳市财政局"},  // 部门名称：深圳市财政局（本级）
      2026,
      {"budget"},
      {{"total_expenditure", {Wan("37,385.88")}},    // 表3 支出总表 first row 支出总计 / 表1 本年支出合计
       // 表1 收支总表 本年收入合计 (收入总计 37,385.88 adds 上年结余、结转 396.83).
       {"total_income", {Wan("36,989.05")}},
       {"grand_total", {Wan("37,385.88")}},  // 表1 收入总计 = 支出总计
       {"basic_expenditure", {Wan("11,024.31")}},    // 表3 first row 基本支出
       {"project_expenditure", {Wan("26,361.57")}},  // 表3 first row 项目支出
       {"personnel", {Wan("9,557.38")}},   // 表4 工资福利支出 8,490.42 + 对个人和家庭的补助 1,066.96
       {"public_funds", {Wan("1,466.93")}},  // 表4 商品和服务支出 1,462.93 + 资本性支出 4.00
       {"three_public", {Wan("58.46")}},     // 表9 “2026 年” row 总计 (not the 2025 row 59.66)
       {"admin_operating", {Wan("2,719.55")}}},  // 第八部分 机关运行经费财政拨款预算 2,719.55 万元
      {{"201", Wan("20,563.76")},  // 表3 类 rows
       {"205", Wan("300.67")},
       {"208", Wan("1,405.31")},
       {"210", Wan("254.79")},
       {"213", Wan("2,000.00")},
       {"217", Wan("10,000.00")},
       {"221", Wan("2,861.35")}},
      {}};
  return e;
}

// --- 深圳市建筑工务署 2026 部门预算: the 汇总 of four budget units. 表3–表9
// print one block per unit under the department's row; the department's 类
// are printed only by name on 表1's expenditure side, numbered "一、…六、",
// with 款 and 项 names unnumbered below them (款 21908 "住房保障" under
// "五、援助其他地区支出" shortens 类 221's name).
const Expected& ShenzhenWorks() {
  static const Expected e = {
      "shenzhen-2026-jianzhu-gongwushu-dept-budget",
      {"深圳市建筑工务署"},  // 部门名称 on every table
      2026,
      {"budget"},
      {{"total_expenditure", {Wan("33,934.54")}},    // 表1 本年支出合计 = 表3 department row 支出总计
       {"total_income", {Wan("33,934.54")}},         // 表1 本年收入合计
       {"grand_total", {Wan("33,934.54")}},          // 表1 收入总计 = 支出总计 (上年结余、结转 0.00)
       {"basic_expenditure", {Wan("20,723.90")}},    // 表3 department row 基本支出
       {"project_expenditure", {Wan("13,210.64")}},  // 表3 department row 项目支出
       {"three_public", {Wan("100.22")}},            // 表9 department "2026 年" row 总计 (not 2025's 117.42)
       {"admin_operating", {Wan("663.00")}}},        // 第八部分 机关运行经费财政拨款预算 663.00 万元
      {{"205", Wan("28.00")},  // 表1 一、教育支出 … 六、住房保障支出
       {"208", Wan("2,117.89")},
       {"210", Wan("512.65")},
       {"215", Wan("21,886.33")},
       {"219", Wan("5,231.12")},
       {"221", Wan("4,158.57")}},
      {}};
  return e;
}

// --- 重庆市水利局 2026 部门预算 (empty cells, not 0.00; 0.01 rounding).
const Expected& Chongqing() {
  static const Expected e = {
      "chongqing-2026-shuili-ju-dept-budget",
      {"重庆市水利局"},
      2026,
      {"budget", "performance-targets"},  // 表十 部门整体, 表十一/十二 项目绩效目标表
      {{"total_expenditure", {Wan("186,549.30")}},    // 表三 部门支出总体情况表 合计 总计 (= 表一 合计)
       {"total_income", {Wan("186,549.30")}},         // 表一 收入 合计 (no 本年/总计 split)
       {"basic_expenditure", {Wan("41,418.94")}},     // 表三 合计 基本支出
       {"project_expenditure", {Wan("145,130.37")}},  // 表三 合计 项目支出
       // 表五/表六 合计 人员经费 / 公用经费 (一般公共预算 part of 基本支出 only).
       // 表六 books 53.41 of 301 and 8.38 of 303 under 公用经费, so the class sums
       // 301 + 303 = 23,270.31 and 302 + 310 = 10,054.91 count too.
       {"personnel", {Wan("23,208.51"), Wan("23,270.31")}},
       {"public_funds", {Wan("10,116.70"), Wan("10,054.91")}},
       {"three_public", {Wan("308.00")}},        // 表八 合计
       {"admin_operating", {Wan("2,115.63")}}},  // 五（一）一般公共预算财政拨款运行经费 2115.63 万元
      {{"201", Wan("59.56")},  // 表三 类 rows (all funds, 229 is 政府性基金)
       {"205", Wan("33,862.49")},
       {"208", Wan("5,932.26")},
       {"210", Wan("1,293.73")},
       {"213", Wan("102,942.13")},
       {"215", Wan("261.07")},
       {"221", Wan("2,198.07")},
       {"229", Wan("40,000.00")}},
      {}};
  return e;
}

// --- 重庆市气象局 2026 部门预算 (重庆 2026 template; every amount printed as two
// glyph runs, "14,770" and ".62", which pdftotext -layout sets a line apart).
const Expected& ChongqingWeather() {
  static const Expected e = {
      "chongqing-2026-qixiang-ju-dept-budget",
      {"重庆市气象局"},
      2026,
      {"budget", "performance-targets"},  // 表十 部门整体, 表十二 项目绩效目标表
      {{"total_income", {Wan("14,770.62")}},          // p6 表一 收入 合计 (no 本年/总计 split)
       {"total_expenditure", {Wan("14,770.62")}},     // p9 表三 部门支出总体情况表 合计 总计
       {"basic_expenditure", {Wan("5,838.39")}},      // p9 表三 合计 基本支出
       {"project_expenditure", {Wan("8,932.23")}},    // p9 表三 合计 项目支出
       // 表五/表六 人员经费 / 公用经费: the 一般公共预算 part of 基本支出 only (5,445.39).
       {"personnel", {Wan("5,308.05")}},
       {"public_funds", {Wan("137.34")}},
       {"three_public", {Wan("13.85")}},         // p17 表八 合计
       {"admin_operating", {Wan("137.15")}}},    // p5 五（一）财政拨款运行经费 137.15 万元
      {{"208", Wan("120.17")},  // p9–10 表三 类 rows
       {"210", Wan("40.68")},
       {"213", Wan("579.89")},
       {"220", Wan("13,873.36")},
       {"221", Wan("56.53")},
       {"224", Wan("100.00")}},
      {}};
  return e;
}

// --- 佛山市轨道交通局 2019 部门决算 (numbers without thousands separators).
const Expected& Foshan() {
  static const Expected e = {
      "foshan-2019-guidao-jiaotong-ju-dept-final",
      {"佛山市轨道交通局"},
      2019,
      {"final"},
      {{"total_expenditure", {Wan("1668.14")}},    // 表3 支出决算表 合计 本年支出合计 / 表1 本年支出合计
       {"total_income", {Wan("1668.14")}},         // 表1 收入支出决算总表 本年收入合计
       {"basic_expenditure", {Wan("746.39")}},     // 表3 合计 基本支出
       {"project_expenditure", {Wan("921.75")}},   // 表3 合计 项目支出
       {"personnel", {Wan("649.20")}},             // 表6 人员经费合计
       {"public_funds", {Wan("97.19")}},           // 表6 公用经费合计
       {"three_public", {Wan("0.16")}},            // 表7 决算数 合计 (预算数 合计 is 0.00)
       {"admin_operating", {Wan("97.19")}}},       // 说明 四（一）机关运行经费支出 97.19 万元
      {{"208", Wan("76.23")},  // 表3 类 rows
       {"214", Wan("1531.04")},
       {"221", Wan("60.87")}},
      {}};
  return e;
}

// --- 西南大学 2023 部门决算 (单位名称 left blank; 合计 row at the bottom).
const Expected& Xinan() {
  static const Expected e = {
      "chongqing-2023-xinan-daxue-dept-final",
      {"西南大学"},  // cover: 西南大学 2023 年度部门决算
      2023,
      {"final"},
      {{"total_expenditure", {Wan("457,676.75")}},   // 表3 高等学校支出决算表 合计 / 表1 本年支出合计
       {"total_income", {Wan("430,725.03")}},        // 表1 本年收入合计 (合计 569,496.54 is the grand total)
       {"basic_expenditure", {Wan("359,781.59")}},   // 表3 合计 基本支出
       {"project_expenditure", {Wan("97,895.15")}}},  // 表3 合计 项目支出
      {{"205", Wan("425,287.27")},  // 表3 类 rows (= 表1 function lines)
       {"206", Wan("2,536.65")},
       {"208", Wan("13,465.06")},
       {"221", Wan("16,278.27")},
       {"229", Wan("109.50")}},
      // Neither a table nor the narrative states 人员经费, 公用经费, “三公” or 机关运行经费.
      {"personnel", "public_funds", "three_public", "admin_operating"}};
  return e;
}

// --- 烟台市大数据局 2026 部门预算 (/Rotate 90 pages; 类/款/项 in three columns).
const Expected& Yantai() {
  static const Expected e = {
      "yantai-2026-dashuju-ju-dept-budget",
      {"烟台市大数据局"},  // 部门（单位）：烟台市大数据局
      2026,
      {"budget", "performance-targets"},  // 政策和项目预算绩效目标表
      {{"total_expenditure", {Wan("7,503.31")}},   // 公开表3 支出总体情况表 合计 / 公开表1 本年支出合计
       {"total_income", {Wan("7,503.31")}},        // 公开表1 本年收入合计 = 收入总计
       {"basic_expenditure", {Wan("1,464.31")}},   // 公开表3 合计 基本支出
       {"project_expenditure", {Wan("6,039.00")}},  // 公开表3 合计 项目支出
       {"personnel", {Wan("1,281.90")}},            // 公开表6 合计 人员支出
       {"public_funds", {Wan("182.41")}},           // 公开表6 合计 日常公用支出
       {"three_public", {Wan("19.45")}},            // 公开表7 2026年预算数 合计 (2025年预算数 is 20.45)
       {"admin_operating", {Wan("133.02")}}},       // 第三部分 三、机关运行经费安排133.02万元
      {{"205", Wan("5.50")},  // 公开表3 类 rows (code in the 类 column)
       {"208", Wan("132.89")},
       {"210", Wan("93.33")},
       {"215", Wan("7,161.14")},
       {"221", Wan("110.44")}},
      {}};
  return e;
}

// --- 西安市统计局 2026 部门综合预算 (tables in 元, narrative in 万元; 收支总表 of
// four side-by-side column pairs).
const Expected& Xian() {
  static const Expected e = {
      "xian-2026-tongji-ju-dept-budget",
      {"西安市统计局", "西安市统计局（汇总）"},  // 部门名称：西安市统计局（汇总）
      2026,
      {"budget", "performance-targets"},  // 表14/表15 绩效目标表
      {{"total_expenditure", {Yuan元("62,109,297.20")}},  // 表1 本年支出合计 (every pair)
       {"total_income", {Yuan元("62,109,297.20")}},       // 表1 收入总计 = 本年收入合计
       {"basic_expenditure", {Yuan元("36,701,197.20")}},  // 表1 1、人员经费和公用经费支出
       {"project_expenditure", {Yuan元("25,408,100.00")}},  // 表1 2、专项业务经费支出
       // 表5 合计 人员经费支出 / 公用经费支出; the 301+303 and 302+310 sums of 表8
       // count too (the printed 人员经费 carries 30239 其他交通费用).
       {"personnel", {Yuan元("34,557,893.03"), Yuan元("33,247,871.03")}},
       {"public_funds", {Yuan元("2,143,304.17"), Yuan元("3,453,326.17")}},
       {"three_public", {Yuan元("81,000.00")}},  // 表13 当年 一般公共预算“三公” 小计 = narrative 8.10万元
       // narrative 机关运行经费预算安排214.33万元; the document defines it as the
       // 公用经费, exactly 2,143,304.17 in 表5.
       {"admin_operating", {Yuan元("2,143,300.00"), Yuan元("2,143,304.17")}}},
      {{"201", Yuan元("50,037,708.13")},  // 表5 类 rows
       {"205", Yuan元("775,000.00")},
       {"208", Yuan元("5,404,242.10")},
       {"210", Yuan元("1,977,080.79")},
       {"221", Yuan元("3,915,266.18")}},
      {}};
  return e;
}

// --- 湖州市交通运输局 2026 部门预算 (湖州 template: 万元 without separators, a
// "606-" prefix on every table; its 表03 支出预算总表 prints 基本支出 only as the
// span over 人员支出 | 公用经费, beside 项目支出 and a fourth class, 事业单位经营支出).
const Expected& Huzhou() {
  static const Expected e = {
      "huzhou-2026-jiaotong-yunshu-ju-dept-budget",
      {"湖州市交通运输局"},  // 606-湖州市交通运输局 on every table
      2026,
      {"budget"},
      {{"total_expenditure", {Wan("201286.11")}},  // 表03 合计 总计 / 表01 本年支出合计
       {"total_income", {Wan("201286.11")}},       // 表01 本年收入合计 (= 收入总计: no carry-over)
       {"grand_total", {Wan("201286.11")}},        // 表01 收入总计 = 支出总计
       // 表03 合计 项目支出; 表10/表11 print 171462.41 (the document disagrees with itself).
       {"project_expenditure", {Wan("171262.41"), Wan("171462.41")}},
       {"personnel", {Wan("26435.02")}},    // 表03 合计 基本支出/人员支出 (all funds)
       {"public_funds", {Wan("3388.68")}},  // 表03 合计 基本支出/公用经费 (表06's 3141.51 is 一般公共预算's)
       {"three_public", {Wan("749.83")}},   // 表07 合计 = narrative "“三公”经费预算数为 749.83 万元"
       {"admin_operating", {Wan("108.32")}}},  // narrative (九) 机关运行经费
      {{"201", Wan("0.64")},  // 表03 类 rows (pp. 25–27)
       {"203", Wan("16.50")},
       {"205", Wan("4673.98")},
       {"208", Wan("3668.49")},
       {"210", Wan("1488.12")},
       {"213", Wan("15.00")},
       {"214", Wan("113743.52")},
       {"221", Wan("2179.85")},
       {"229", Wan("75500.00")}},
      // The department's 基本支出 is printed nowhere as a number (表03 spans it
      // over 人员支出 + 公用经费 = 29823.70; the narrative's 27428.84 is 一般公共预算's).
      {"basic_expenditure"}};
  return e;
}

// The four below were read by hand off their PDFs (page = the PDF's page
// index); each value's table is named beside it.

// --- 珠海市商务局 2026 部门预算 (Guangdong 12-table template; carry-over 19,904.01;
// the department's economic classes only per unit in 表11).
const Expected& Zhuhai() {
  static const Expected e = {
      "zhuhai-2026-shangwu-ju-dept-budget",
      {"珠海市商务局"},
      2026,
      {"budget"},
      {{"total_income", {Wan("46,403.97")}},        // p7 表1 本年收入合计
       {"total_expenditure", {Wan("66,307.98")}},   // p7 表1 本年支出合计 / p9 表3 合计
       {"grand_total", {Wan("66,307.98")}},         // p7 表1 收入总计 = 支出总计
       {"basic_expenditure", {Wan("7,519.44")}},    // p9 表3 合计 基本支出
       {"project_expenditure", {Wan("58,788.54")}},  // p9 表3 合计 项目支出
       // p21 表11, the three units' 工资福利支出 + 对个人和家庭的补助 (no department row);
       // basic − public counts too.
       {"personnel", {Wan("6,935.11"), Wan("6,935.12")}},
       // 表11 商品和服务支出 526.16 + 其他资本性等支出 58.16.
       {"public_funds", {Wan("584.32"), Wan("584.33")}},
       {"three_public", {Wan("19.84")}},           // p18 表8 “三公”经费
       {"admin_operating", {Wan("10,884.55")}}},   // p18 表8 行政经费 = p31 机关运行经费安排10,884.55万元
      {{"201", Wan("42,753.31")},  // p9–10 表3 类 rows
       {"208", Wan("2,366.15")},
       {"210", Wan("185.89")},
       {"215", Wan("97.80")},
       {"216", Wan("20,904.83")}},
      {}};
  return e;
}

// --- 江苏省高级人民法院 2019 部门预算 (江苏 2019 template: 当年收入小计 is 本年收入合计,
// 收入合计 the grand total; a third class, 单位预留机动经费).
const Expected& Jiangsu() {
  static const Expected e = {
      "jiangsu-2019-gaoji-renmin-fayuan-dept-budget",
      {"江苏省高级人民法院"},
      2019,
      {"budget"},
      {{"total_income", {Wan("37,188.34")}},         // p8 公开01表 当年收入小计
       {"total_expenditure", {Wan("37,188.34")}},    // p8 公开01表 当年支出小计
       {"grand_total", {Wan("37,188.34")}},          // p8 收入合计 = 支出合计; p9 公开02表 收入总计
       {"basic_expenditure", {Wan("21,968.00")}},    // p8 公开01表 一、基本支出
       {"project_expenditure", {Wan("10,208.94")}},  // p8 二、项目支出
       {"reserve_expenditure", {Wan("5,011.40")}},   // p8 三、单位预留机动经费
       {"personnel", {Wan("18,387.95")}},            // p22 narrative = 301 + 303 of 公开06/08表
       {"public_funds", {Wan("3,580.05")}},          // 公开06/08表 302
       {"three_public", {Wan("513.75")}},            // p14 公开09表 “三公”经费 小计
       {"admin_operating", {Wan("3,580.05")}}},      // p15 公开11表
      {{"204", Wan("27,488.23")},  // p8 公开01表 by name; codes from 公开05/07表
       {"208", Wan("2,355.65")},
       {"221", Wan("7,344.46")}},
      {}};
  return e;
}

// --- 烟台市审计局 2026 部门预算 (烟台 template exported by WPS: letter-spaced
// 收 入 总 计 labels; a two-year "三公" table, 2025 block first).
const Expected& YantaiAudit() {
  static const Expected e = {
      "yantai-2026-shenji-ju-dept-budget",
      {"烟台市审计局"},
      2026,
      {"budget", "performance-targets"},
      {{"total_income", {Wan("3558.35")}},         // p8 公开表1 本 年 收 入 合 计
       {"total_expenditure", {Wan("3558.35")}},    // p8 公开表1 / p11 公开表3 合计
       {"grand_total", {Wan("3558.35")}},          // p8 收 入 总 计 = 支 出 总 计
       {"basic_expenditure", {Wan("2,776.85")}},   // p11 公开表3 合计 基本支出
       {"project_expenditure", {Wan("781.50")}},   // p11 公开表3 合计 项目支出
       // p22–23 公开表10: 301 2,322.18 + 303 214.73; 302 210.32 + 29.61 (the two add
       // to 2,776.84, one step below 基本支出).
       {"personnel", {Wan("2,536.91"), Wan("2,536.92")}},
       {"public_funds", {Wan("239.93"), Wan("239.94")}},
       {"three_public", {Wan("3.40")}},       // p19 公开表7, the 2026年预算数 block (2025: 11.90)
       {"admin_operating", {Wan("210.32")}}},  // p28 narrative 机关运行经费
      {{"201", Wan("2,731.79")},  // p11–12 公开表3 类 rows
       {"208", Wan("469.90")},
       {"210", Wan("151.80")},
       {"221", Wan("204.86")}},
      {}};
  return e;
}

// --- 西安市审计局（汇总） 2026 部门综合预算 (tables in 元; 上年实户资金余额
// 981,827.50 between 本年收入合计 and 收入总计).
const Expected& XianAudit() {
  static const Expected e = {
      "xian-2026-shenji-ju-dept-budget",
      {"西安市审计局", "西安市审计局（汇总）"},
      2026,
      {"budget", "performance-targets"},  // 表14/表15 绩效目标表
      {{"total_income", {Yuan元("41,052,896.08")}},       // p22 表1 本年收入合计
       {"total_expenditure", {Yuan元("42,034,723.58")}},  // p22 表1 本年支出合计
       {"grand_total", {Yuan元("42,034,723.58")}},        // p22 表1 收入总计 = 支出总计
       {"basic_expenditure", {Yuan元("33,544,216.08")}},  // p22 表1 1、人员经费和公用经费支出
       {"project_expenditure", {Yuan元("8,490,507.50")}},  // p22 表1 2、专项业务经费支出
       // p29–30 表7/表8 人员经费 | 公用经费; the printed 人员经费 carries 30239 其他交通费用
       // 1,169,532.00, so the class split (301 + 303 | 302) counts too.
       {"personnel", {Yuan元("31,558,364.40"), Yuan元("30,388,832.40")}},
       {"public_funds", {Yuan元("1,985,851.68"), Yuan元("3,155,383.68")}},
       {"three_public", {Yuan元("102,000.00")}},  // p35 表13 当年 block
       // p19 narrative 机关运行经费 198.59 万元 (the 公用经费 1,985,851.68 rounded).
       {"admin_operating", {Yuan元("1,985,900.00"), Yuan元("1,985,851.68")}}},
      {{"201", Yuan元("31,722,917.00")},  // p22 表1 by name; codes from 表5
       {"205", Yuan元("210,000.00")},
       {"208", Yuan元("4,635,589.86")},
       {"210", Yuan元("1,862,209.16")},
       {"221", Yuan元("3,604,007.56")}},
      {}};
  return e;
}

// ----------------------------------------------------------- assertions ---

void ExpectUnit(const Document& doc, const Expected& e) {
  EXPECT_NE(std::find(e.units.begin(), e.units.end(), doc.unit.name), e.units.end())
      << "unit: got \"" << doc.unit.name << "\", expected \"" << e.units.front() << "\"";
}

void ExpectKinds(const Document& doc, const Expected& e) {
  ASSERT_FALSE(doc.kinds.empty()) << "no kind";
  EXPECT_EQ(doc.kinds.front(), e.kinds.front()) << "primary kind";
  for (const std::string& k : e.kinds)
    EXPECT_NE(std::find(doc.kinds.begin(), doc.kinds.end(), k), doc.kinds.end()) << "kind " << k;
}

void ExpectFigure(const Document& doc, const Expected& e, const std::string& name) {
  const std::vector<Cents>& want = e.figures.at(name);
  auto it = doc.figures.amounts.find(name);
  if (it == doc.figures.amounts.end()) {
    ADD_FAILURE() << name << ": missing, expected " << Yuan(want.front()) << " yuan";
    return;
  }
  if (std::find(want.begin(), want.end(), it->second.cents) == want.end())
    ADD_FAILURE() << name << ": got " << Yuan(it->second.cents) << " yuan (line " << it->second.span.line << ", "
      << it->second.source << "), expected " << Yuan(want.front()) << " yuan";
}

void ExpectByFunction(const Document& doc, const Expected& e) {
  std::map<std::string, Cents> got;
  for (const auto& [code, f] : doc.figures.by_function) got[code] = f.cents;
  for (const auto& [code, cents] : e.by_function) {
    auto it = got.find(code);
    if (it == got.end())
      ADD_FAILURE() << "by_function." << code << ": missing, expected " << Yuan(cents);
    else
      EXPECT_EQ(it->second, cents) << "by_function." << code << ": got " << Yuan(it->second)
                                   << ", expected " << Yuan(cents);
  }
  for (const auto& [code, cents] : got)
    if (!e.by_function.count(code)) ADD_FAILURE() << "by_function." << code << ": unexpected " << Yuan(cents);
}

void ExpectAbsent(const Document& doc, const Expected& e) {
  for (const std::string& name : e.absent) {
    EXPECT_EQ(doc.figures.amounts.count(name), 0u)
        << name << " is not stated, got " << Yuan(doc.figures.amounts.at(name).cents) << " from "
        << doc.figures.amounts.at(name).source;
  }
}

// One test per figure and source, so that a figure the parser misses today
// can be disabled alone.
#define REAL_DOCUMENT_TEST(Suite, Name, Source, Doc, Body) \
  TEST(Suite, Name) {                                       \
    const Expected& e = Doc();                              \
    const Document& doc = Source(e.stem);                   \
    Body;                                                   \
  }

// ============================================== 广州 2026 部门预算 ========

TEST(GuangzhouBudget2026, HandReadFiguresAddUp) {
  const Expected& e = Guangzhou();
  // 表3 合计: 12,634.14 + 86,246.64 = 98,880.78.
  EXPECT_EQ(F(e, "basic_expenditure") + F(e, "project_expenditure"), F(e, "total_expenditure"));
  // 表3 类 rows: 94,158.15 + 1,447.33 + 6.19 + 3,269.11 = 98,880.78.
  EXPECT_EQ(SumByFunction(e), F(e, "total_expenditure"));
  // 表6: the class sums add to 12,634.15, one step above the printed 12,634.14
  // (注：本套报表金额单位转换时可能存在尾数误差).
  EXPECT_EQ(F(e, "personnel") + F(e, "public_funds"), F(e, "basic_expenditure") + kWanStep);
  EXPECT_EQ(e.figures.at("personnel")[1] + F(e, "public_funds"), F(e, "basic_expenditure"));
  // 表8: “三公” 44.94 = 24.00 + 12.64 + 8.30.
  EXPECT_EQ(F(e, "three_public"), Wan("24.00") + Wan("12.64") + Wan("8.30"));
  EXPECT_EQ(F(e, "total_income"), F(e, "total_expenditure"));  // 表1 no carry-over
}

REAL_DOCUMENT_TEST(GuangzhouBudget2026Pdf, ReadsUnitName, Pdf, Guangzhou, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Pdf, ReadsFiscalYear, Pdf, Guangzhou, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Pdf, ReadsKinds, Pdf, Guangzhou, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Pdf, ReadsTotalExpenditure, Pdf, Guangzhou, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Pdf, ReadsTotalIncome, Pdf, Guangzhou, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Pdf, ReadsBasicExpenditure, Pdf, Guangzhou, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Pdf, ReadsProjectExpenditure, Pdf, Guangzhou, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Pdf, ReadsPersonnel, Pdf, Guangzhou, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Pdf, ReadsPublicFunds, Pdf, Guangzhou, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Pdf, ReadsThreePublic, Pdf, Guangzhou, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Pdf, ReadsAdminOperating, Pdf, Guangzhou, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Pdf, ReadsExpenditureByFunction, Pdf, Guangzhou, ExpectByFunction(doc, e))

REAL_DOCUMENT_TEST(GuangzhouBudget2026Layout, ReadsUnitName, Layout, Guangzhou, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Layout, ReadsFiscalYear, Layout, Guangzhou, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Layout, ReadsKinds, Layout, Guangzhou, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Layout, ReadsTotalExpenditure, Layout, Guangzhou, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Layout, ReadsTotalIncome, Layout, Guangzhou, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Layout, ReadsBasicExpenditure, Layout, Guangzhou, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Layout, ReadsProjectExpenditure, Layout, Guangzhou, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Layout, ReadsPersonnel, Layout, Guangzhou, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Layout, ReadsPublicFunds, Layout, Guangzhou, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Layout, ReadsThreePublic, Layout, Guangzhou, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Layout, ReadsAdminOperating, Layout, Guangzhou, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(GuangzhouBudget2026Layout, ReadsExpenditureByFunction, Layout, Guangzhou, ExpectByFunction(doc, e))

// ============================================== 深圳 2026 部门预算 ========

TEST(ShenzhenBudget2026, HandReadFiguresAddUp) {
  const Expected& e = Shenzhen();
  // 表3 first row: 11,024.31 + 26,361.57 = 37,385.88.
  EXPECT_EQ(F(e, "basic_expenditure") + F(e, "project_expenditure"), F(e, "total_expenditure"));
  // 表3 类 rows: 20,563.76 + 300.67 + 1,405.31 + 254.79 + 2,000.00 + 10,000.00 + 2,861.35.
  EXPECT_EQ(SumByFunction(e), F(e, "total_expenditure"));
  // 表4: 9,557.38 + 1,466.93 = 11,024.31, and each from its classes.
  EXPECT_EQ(F(e, "personnel") + F(e, "public_funds"), F(e, "basic_expenditure"));
  EXPECT_EQ(F(e, "personnel"), Wan("8,490.42") + Wan("1,066.96"));
  EXPECT_EQ(F(e, "public_funds"), Wan("1,462.93") + Wan("4.00"));
  // 表1: 收入总计 = 本年收入合计 36,989.05 + 上年结余、结转 396.83 = 支出总计
  // = 本年支出合计 + 结转下年 0.00.
  EXPECT_EQ(F(e, "grand_total"), F(e, "total_income") + Wan("396.83"));
  EXPECT_EQ(F(e, "grand_total"), F(e, "total_expenditure") + Wan("0.00"));
  // 表9 2026 年: 因公出国(境) 41.60 + 公务接待 9.46 + 公务用车 7.40.
  EXPECT_EQ(F(e, "three_public"), Wan("41.60") + Wan("9.46") + Wan("7.40"));
}

REAL_DOCUMENT_TEST(ShenzhenBudget2026Pdf, ReadsUnitName, Pdf, Shenzhen, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Pdf, ReadsFiscalYear, Pdf, Shenzhen, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Pdf, ReadsKinds, Pdf, Shenzhen, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Pdf, ReadsTotalExpenditure, Pdf, Shenzhen, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Pdf, ReadsTotalIncome, Pdf, Shenzhen, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Pdf, ReadsGrandTotal, Pdf, Shenzhen, ExpectFigure(doc, e, "grand_total"))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Pdf, ReadsBasicExpenditure, Pdf, Shenzhen, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Pdf, ReadsProjectExpenditure, Pdf, Shenzhen, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Pdf, ReadsPersonnel, Pdf, Shenzhen, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Pdf, ReadsPublicFunds, Pdf, Shenzhen, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Pdf, ReadsThreePublic, Pdf, Shenzhen, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Pdf, ReadsAdminOperating, Pdf, Shenzhen, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Pdf, ReadsExpenditureByFunction, Pdf, Shenzhen, ExpectByFunction(doc, e))

REAL_DOCUMENT_TEST(ShenzhenBudget2026Layout, ReadsUnitName, Layout, Shenzhen, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Layout, ReadsFiscalYear, Layout, Shenzhen, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Layout, ReadsKinds, Layout, Shenzhen, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Layout, ReadsTotalExpenditure, Layout, Shenzhen, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Layout, ReadsTotalIncome, Layout, Shenzhen, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Layout, ReadsGrandTotal, Layout, Shenzhen, ExpectFigure(doc, e, "grand_total"))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Layout, ReadsBasicExpenditure, Layout, Shenzhen, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Layout, ReadsProjectExpenditure, Layout, Shenzhen, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Layout, ReadsPersonnel, Layout, Shenzhen, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Layout, ReadsPublicFunds, Layout, Shenzhen, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Layout, ReadsThreePublic, Layout, Shenzhen, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Layout, ReadsAdminOperating, Layout, Shenzhen, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(ShenzhenBudget2026Layout, ReadsExpenditureByFunction, Layout, Shenzhen, ExpectByFunction(doc, e))

// ====================================== 深圳市建筑工务署 2026 部门预算 ====

TEST(ShenzhenWorksBudget2026, HandReadFiguresAddUp) {
  const Expected& e = ShenzhenWorks();
  // 表3 department row: 20,723.90 + 13,210.64 = 33,934.54.
  EXPECT_EQ(F(e, "basic_expenditure") + F(e, "project_expenditure"), F(e, "total_expenditure"));
  // 表1's six 类 add to 33,934.56, two steps above the printed 合计.
  EXPECT_EQ(SumByFunction(e), F(e, "total_expenditure") + 2 * kWanStep);
  // 表1: 收入总计 = 本年收入合计 + 上年结余、结转 0.00.
  EXPECT_EQ(F(e, "grand_total"), F(e, "total_income"));
  // 表9 department 2026 年: 因公出国(境) 77.20 + 公务接待 1.00 + 公务用车 22.02,
  // and the four units' 2026 rows 84.20 + 11.40 + 2.82 + 1.80.
  EXPECT_EQ(F(e, "three_public"), Wan("77.20") + Wan("1.00") + Wan("22.02"));
  EXPECT_EQ(F(e, "three_public"), Wan("84.20") + Wan("11.40") + Wan("2.82") + Wan("1.80"));
}

REAL_DOCUMENT_TEST(ShenzhenWorksBudget2026Pdf, ReadsTotals, Pdf, ShenzhenWorks,
                   for (const char* name : {"total_expenditure", "total_income", "grand_total",
                                            "basic_expenditure", "project_expenditure"})
                       ExpectFigure(doc, e, name))
REAL_DOCUMENT_TEST(ShenzhenWorksBudget2026Pdf, ReadsThreePublic, Pdf, ShenzhenWorks, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(ShenzhenWorksBudget2026Pdf, ReadsAdminOperating, Pdf, ShenzhenWorks, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(ShenzhenWorksBudget2026Pdf, ReadsExpenditureByFunction, Pdf, ShenzhenWorks, ExpectByFunction(doc, e))
REAL_DOCUMENT_TEST(ShenzhenWorksBudget2026Layout, ReadsTotals, Layout, ShenzhenWorks,
                   for (const char* name : {"total_expenditure", "total_income", "grand_total",
                                            "basic_expenditure", "project_expenditure"})
                       ExpectFigure(doc, e, name))
REAL_DOCUMENT_TEST(ShenzhenWorksBudget2026Layout, ReadsExpenditureByFunction, Layout, ShenzhenWorks, ExpectByFunction(doc, e))

// ============================================ 重庆水利局 2026 部门预算 ======

TEST(ChongqingShuiliBudget2026, HandReadFiguresAddUp) {
  const Expected& e = Chongqing();
  // 表三 合计: 41,418.94 + 145,130.37 = 186,549.31, one step above the printed
  // 186,549.30 (表一 注：由于四舍五入因素，部分分项加和与合计可能略有差异).
  EXPECT_EQ(F(e, "basic_expenditure") + F(e, "project_expenditure"), F(e, "total_expenditure") + kWanStep);
  // 表三 类 rows add to 186,549.31 likewise.
  EXPECT_EQ(SumByFunction(e), F(e, "total_expenditure") + kWanStep);
  // 表六 合计: 23,208.51 + 10,116.70 = 33,325.21, the 一般公共预算 基本支出 (表五 合计 小计),
  // each the sum of its column: 人员经费 301 22,189.17 + 303 1,019.34; 公用经费
  // 301 53.41 + 302 10,051.03 + 303 8.38 + 310 3.88.
  EXPECT_EQ(F(e, "personnel") + F(e, "public_funds"), Wan("33,325.21"));
  EXPECT_EQ(F(e, "personnel"), Wan("22,189.17") + Wan("1,019.34"));
  EXPECT_EQ(F(e, "public_funds"), Wan("53.41") + Wan("10,051.03") + Wan("8.38") + Wan("3.88"));
  // The class sums (表六 301 22,242.59 + 303 1,027.72; 302 10,051.03 + 310 3.88) too.
  EXPECT_EQ(e.figures.at("personnel")[1] + e.figures.at("public_funds")[1], Wan("33,325.22"));
  // 表八: 308.00 = 因公出国（境） 20.00 + 公务用车运行 248.50 + 公务接待 39.50.
  EXPECT_EQ(F(e, "three_public"), Wan("20.00") + Wan("248.50") + Wan("39.50"));
  EXPECT_EQ(F(e, "total_income"), F(e, "total_expenditure"));  // 表一 合计 both sides
}

REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Pdf, ReadsUnitName, Pdf, Chongqing, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Pdf, ReadsFiscalYear, Pdf, Chongqing, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Pdf, ReadsKinds, Pdf, Chongqing, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Pdf, ReadsTotalExpenditure, Pdf, Chongqing, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Pdf, ReadsTotalIncome, Pdf, Chongqing, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Pdf, ReadsBasicExpenditure, Pdf, Chongqing, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Pdf, ReadsProjectExpenditure, Pdf, Chongqing, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Pdf, ReadsPersonnel, Pdf, Chongqing, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Pdf, ReadsPublicFunds, Pdf, Chongqing, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Pdf, ReadsThreePublic, Pdf, Chongqing, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Pdf, ReadsAdminOperating, Pdf, Chongqing, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Pdf, ReadsExpenditureByFunction, Pdf, Chongqing, ExpectByFunction(doc, e))

REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Layout, ReadsUnitName, Layout, Chongqing, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Layout, ReadsFiscalYear, Layout, Chongqing, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Layout, ReadsKinds, Layout, Chongqing, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Layout, ReadsTotalExpenditure, Layout, Chongqing, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Layout, ReadsTotalIncome, Layout, Chongqing, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Layout, ReadsBasicExpenditure, Layout, Chongqing, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Layout, ReadsProjectExpenditure, Layout, Chongqing, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Layout, ReadsPersonnel, Layout, Chongqing, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Layout, ReadsPublicFunds, Layout, Chongqing, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Layout, ReadsThreePublic, Layout, Chongqing, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Layout, ReadsAdminOperating, Layout, Chongqing, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(ChongqingShuiliBudget2026Layout, ReadsExpenditureByFunction, Layout, Chongqing, ExpectByFunction(doc, e))

// ============================================ 佛山轨道交通局 2019 部门决算 ==

TEST(FoshanFinal2019, HandReadFiguresAddUp) {
  const Expected& e = Foshan();
  // 表3 合计: 746.39 + 921.75 = 1668.14.
  EXPECT_EQ(F(e, "basic_expenditure") + F(e, "project_expenditure"), F(e, "total_expenditure"));
  // 表3 类 rows: 76.23 + 1531.04 + 60.87 = 1668.14.
  EXPECT_EQ(SumByFunction(e), F(e, "total_expenditure"));
  // 表6: 人员经费合计 649.20 + 公用经费合计 97.19 = 746.39.
  EXPECT_EQ(F(e, "personnel") + F(e, "public_funds"), F(e, "basic_expenditure"));
  // 表7 决算数: 因公出国 0.00 + 公务用车 0.00 + 公务接待 0.16.
  EXPECT_EQ(F(e, "three_public"), Wan("0.00") + Wan("0.00") + Wan("0.16"));
  EXPECT_EQ(F(e, "total_income"), F(e, "total_expenditure"));  // 表1 本年收入合计 = 本年支出合计
}

REAL_DOCUMENT_TEST(FoshanFinal2019Pdf, ReadsUnitName, Pdf, Foshan, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(FoshanFinal2019Pdf, ReadsFiscalYear, Pdf, Foshan, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(FoshanFinal2019Pdf, ReadsKinds, Pdf, Foshan, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(FoshanFinal2019Pdf, ReadsTotalExpenditure, Pdf, Foshan, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(FoshanFinal2019Pdf, ReadsTotalIncome, Pdf, Foshan, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(FoshanFinal2019Pdf, ReadsBasicExpenditure, Pdf, Foshan, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(FoshanFinal2019Pdf, ReadsProjectExpenditure, Pdf, Foshan, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(FoshanFinal2019Pdf, ReadsPersonnel, Pdf, Foshan, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(FoshanFinal2019Pdf, ReadsPublicFunds, Pdf, Foshan, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(FoshanFinal2019Pdf, ReadsThreePublic, Pdf, Foshan, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(FoshanFinal2019Pdf, ReadsAdminOperating, Pdf, Foshan, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(FoshanFinal2019Pdf, ReadsExpenditureByFunction, Pdf, Foshan, ExpectByFunction(doc, e))

REAL_DOCUMENT_TEST(FoshanFinal2019Layout, ReadsUnitName, Layout, Foshan, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(FoshanFinal2019Layout, ReadsFiscalYear, Layout, Foshan, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(FoshanFinal2019Layout, ReadsKinds, Layout, Foshan, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(FoshanFinal2019Layout, ReadsTotalExpenditure, Layout, Foshan, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(FoshanFinal2019Layout, ReadsTotalIncome, Layout, Foshan, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(FoshanFinal2019Layout, ReadsBasicExpenditure, Layout, Foshan, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(FoshanFinal2019Layout, ReadsProjectExpenditure, Layout, Foshan, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(FoshanFinal2019Layout, ReadsPersonnel, Layout, Foshan, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(FoshanFinal2019Layout, ReadsPublicFunds, Layout, Foshan, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(FoshanFinal2019Layout, ReadsThreePublic, Layout, Foshan, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(FoshanFinal2019Layout, ReadsAdminOperating, Layout, Foshan, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(FoshanFinal2019Layout, ReadsExpenditureByFunction, Layout, Foshan, ExpectByFunction(doc, e))

// ============================================== 西南大学 2023 部门决算 =====

TEST(XinanUniversityFinal2023, HandReadFiguresAddUp) {
  const Expected& e = Xinan();
  // 表3 合计: 359,781.59 + 97,895.15 = 457,676.74, one step below the printed 457,676.75.
  EXPECT_EQ(F(e, "basic_expenditure") + F(e, "project_expenditure"), F(e, "total_expenditure") - kWanStep);
  // 表3 类 rows: 425,287.27 + 2,536.65 + 13,465.06 + 16,278.27 + 109.50 = 457,676.75.
  EXPECT_EQ(SumByFunction(e), F(e, "total_expenditure"));
  // 表1: 本年收入合计 = 财政拨款 243,015.38 + 事业收入 136,385.24 + 其他收入 51,324.41.
  EXPECT_EQ(F(e, "total_income"), Wan("243,015.38") + Wan("136,385.24") + Wan("51,324.41"));
  // 表1 合计 569,496.54 = 本年收入合计 + 使用非财政拨款结余 45,110.97 + 上年结转和结余 93,660.54.
  EXPECT_EQ(F(e, "total_income") + Wan("45,110.97") + Wan("93,660.54"), Wan("569,496.54"));
}

REAL_DOCUMENT_TEST(XinanUniversityFinal2023Pdf, ReadsUnitName, Pdf, Xinan, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(XinanUniversityFinal2023Pdf, ReadsFiscalYear, Pdf, Xinan, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(XinanUniversityFinal2023Pdf, ReadsKinds, Pdf, Xinan, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(XinanUniversityFinal2023Pdf, ReadsTotalExpenditure, Pdf, Xinan, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(XinanUniversityFinal2023Pdf, ReadsTotalIncome, Pdf, Xinan, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(XinanUniversityFinal2023Pdf, ReadsBasicExpenditure, Pdf, Xinan, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(XinanUniversityFinal2023Pdf, ReadsProjectExpenditure, Pdf, Xinan, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(XinanUniversityFinal2023Pdf, ReadsExpenditureByFunction, Pdf, Xinan, ExpectByFunction(doc, e))
REAL_DOCUMENT_TEST(XinanUniversityFinal2023Pdf, StatesNoFigureTheDocumentLacks, Pdf, Xinan, ExpectAbsent(doc, e))

REAL_DOCUMENT_TEST(XinanUniversityFinal2023Layout, ReadsUnitName, Layout, Xinan, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(XinanUniversityFinal2023Layout, ReadsFiscalYear, Layout, Xinan, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(XinanUniversityFinal2023Layout, ReadsKinds, Layout, Xinan, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(XinanUniversityFinal2023Layout, ReadsTotalExpenditure, Layout, Xinan, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(XinanUniversityFinal2023Layout, ReadsTotalIncome, Layout, Xinan, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(XinanUniversityFinal2023Layout, ReadsBasicExpenditure, Layout, Xinan, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(XinanUniversityFinal2023Layout, ReadsProjectExpenditure, Layout, Xinan, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(XinanUniversityFinal2023Layout, ReadsExpenditureByFunction, Layout, Xinan, ExpectByFunction(doc, e))
REAL_DOCUMENT_TEST(XinanUniversityFinal2023Layout, StatesNoFigureTheDocumentLacks, Layout, Xinan, ExpectAbsent(doc, e))

// ============================================ 烟台大数据局 2026 部门预算 ====

TEST(YantaiBudget2026, HandReadFiguresAddUp) {
  const Expected& e = Yantai();
  // 公开表3 合计: 1,464.31 + 6,039.00 = 7,503.31.
  EXPECT_EQ(F(e, "basic_expenditure") + F(e, "project_expenditure"), F(e, "total_expenditure"));
  // 公开表3 类 rows: 5.50 + 132.89 + 93.33 + 7,161.14 + 110.44 = 7,503.30, one step
  // below the printed 合计 (rounding).
  EXPECT_EQ(SumByFunction(e), F(e, "total_expenditure") - kWanStep);
  // 公开表6 合计: 人员支出 1,281.90 + 日常公用支出 182.41 = 1,464.31.
  EXPECT_EQ(F(e, "personnel") + F(e, "public_funds"), F(e, "basic_expenditure"));
  // 公开表6: 301 twice (408.13 under 501, 865.18 under 505) + 303 8.59 = 1,281.90.
  EXPECT_EQ(F(e, "personnel"), Wan("408.13") + Wan("865.18") + Wan("8.59"));
  // 公开表7 2026年预算数: 因公出国 10.00 + 公务用车 5.00 + 公务接待 4.45 = 19.45.
  EXPECT_EQ(F(e, "three_public"), Wan("10.00") + Wan("5.00") + Wan("4.45"));
  EXPECT_EQ(F(e, "total_income"), F(e, "total_expenditure"));  // 公开表1
}

REAL_DOCUMENT_TEST(YantaiBudget2026Pdf, ReadsUnitName, Pdf, Yantai, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(YantaiBudget2026Pdf, ReadsFiscalYear, Pdf, Yantai, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(YantaiBudget2026Pdf, ReadsKinds, Pdf, Yantai, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(YantaiBudget2026Pdf, ReadsTotalExpenditure, Pdf, Yantai, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(YantaiBudget2026Pdf, ReadsTotalIncome, Pdf, Yantai, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(YantaiBudget2026Pdf, ReadsBasicExpenditure, Pdf, Yantai, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(YantaiBudget2026Pdf, ReadsProjectExpenditure, Pdf, Yantai, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(YantaiBudget2026Pdf, ReadsPersonnel, Pdf, Yantai, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(YantaiBudget2026Pdf, ReadsPublicFunds, Pdf, Yantai, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(YantaiBudget2026Pdf, ReadsThreePublic, Pdf, Yantai, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(YantaiBudget2026Pdf, ReadsAdminOperating, Pdf, Yantai, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(YantaiBudget2026Pdf, ReadsExpenditureByFunction, Pdf, Yantai, ExpectByFunction(doc, e))

REAL_DOCUMENT_TEST(YantaiBudget2026Layout, ReadsUnitName, Layout, Yantai, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(YantaiBudget2026Layout, ReadsFiscalYear, Layout, Yantai, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(YantaiBudget2026Layout, ReadsKinds, Layout, Yantai, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(YantaiBudget2026Layout, ReadsTotalExpenditure, Layout, Yantai, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(YantaiBudget2026Layout, ReadsTotalIncome, Layout, Yantai, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(YantaiBudget2026Layout, ReadsBasicExpenditure, Layout, Yantai, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(YantaiBudget2026Layout, ReadsProjectExpenditure, Layout, Yantai, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(YantaiBudget2026Layout, ReadsPersonnel, Layout, Yantai, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(YantaiBudget2026Layout, ReadsPublicFunds, Layout, Yantai, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(YantaiBudget2026Layout, ReadsThreePublic, Layout, Yantai, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(YantaiBudget2026Layout, ReadsAdminOperating, Layout, Yantai, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(YantaiBudget2026Layout, ReadsExpenditureByFunction, Layout, Yantai, ExpectByFunction(doc, e))

TEST(HuzhouBudget2026, HandReadFiguresAddUp) {
  const Expected& e = Huzhou();
  // 表03 合计: 人员支出 26435.02 + 公用经费 3388.68 + 项目支出 171262.41 + 事业单位经营支出
  // 200.00 = 201286.11.
  EXPECT_EQ(F(e, "personnel") + F(e, "public_funds") + F(e, "project_expenditure") + Wan("200.00"),
            F(e, "total_expenditure"));
  // 表03 类 rows add to 201286.10, one step below the printed 合计 (rounding).
  EXPECT_EQ(SumByFunction(e), F(e, "total_expenditure") - kWanStep);
  // 表07 合计: 公务用车购置及运行费 698.30 (购置 171.80 + 运行维护 526.50) + 公务接待费 51.53.
  EXPECT_EQ(F(e, "three_public"), Wan("171.80") + Wan("526.50") + Wan("51.53"));
  // 表01: 财政拨款 192207.76 (52244.36 + 139963.40) + 财政专户 432.00 + 经营收入 200.00 +
  // 其他收入 8446.35 = 本年收入合计.
  EXPECT_EQ(Wan("52244.36") + Wan("139963.40") + Wan("432.00") + Wan("200.00") + Wan("8446.35"),
            F(e, "total_income"));
}

#define HUZHOU_TESTS(Suite, Source)                                                                     \
  REAL_DOCUMENT_TEST(Suite, ReadsUnitName, Source, Huzhou, ExpectUnit(doc, e))                         \
  REAL_DOCUMENT_TEST(Suite, ReadsFiscalYear, Source, Huzhou, EXPECT_EQ(doc.year, e.year))              \
  REAL_DOCUMENT_TEST(Suite, ReadsKinds, Source, Huzhou, ExpectKinds(doc, e))                           \
  REAL_DOCUMENT_TEST(Suite, ReadsTotalExpenditure, Source, Huzhou, ExpectFigure(doc, e, "total_expenditure")) \
  REAL_DOCUMENT_TEST(Suite, ReadsTotalIncome, Source, Huzhou, ExpectFigure(doc, e, "total_income"))    \
  REAL_DOCUMENT_TEST(Suite, ReadsGrandTotal, Source, Huzhou, ExpectFigure(doc, e, "grand_total"))      \
  REAL_DOCUMENT_TEST(Suite, ReadsProjectExpenditure, Source, Huzhou, ExpectFigure(doc, e, "project_expenditure")) \
  REAL_DOCUMENT_TEST(Suite, ReadsPersonnelOfAllFunds, Source, Huzhou, ExpectFigure(doc, e, "personnel")) \
  REAL_DOCUMENT_TEST(Suite, ReadsThreePublic, Source, Huzhou, ExpectFigure(doc, e, "three_public"))    \
  REAL_DOCUMENT_TEST(Suite, ReadsAdminOperating, Source, Huzhou, ExpectFigure(doc, e, "admin_operating")) \
  REAL_DOCUMENT_TEST(Suite, ReadsExpenditureByFunction, Source, Huzhou, ExpectByFunction(doc, e))      \
  /* A one-fund 基本支出 (the narrative's 一般公共预算 27428.84) still stands in: */                       \
  REAL_DOCUMENT_TEST(Suite, DISABLED_StatesNoDepartmentBasicExpenditure, Source, Huzhou, ExpectAbsent(doc, e))

HUZHOU_TESTS(HuzhouBudget2026Pdf, Pdf)
HUZHOU_TESTS(HuzhouBudget2026Layout, Layout)
REAL_DOCUMENT_TEST(HuzhouBudget2026Pdf, ReadsPublicFundsOfAllFunds, Pdf, Huzhou, ExpectFigure(doc, e, "public_funds"))
// pdftotext sets 表03's last page on its own grid (its 项目支出 where the first
// page's 公用经费 stands); its 栏次 row places it.
REAL_DOCUMENT_TEST(HuzhouBudget2026Layout, ReadsPublicFundsOfAllFunds, Layout, Huzhou,
                   ExpectFigure(doc, e, "public_funds"))

TEST(ZhuhaiBudget2026, HandReadFiguresAddUp) {
  const Expected& e = Zhuhai();
  // p9 表3 合计: 7,519.44 + 58,788.54 = 66,307.98; 类 rows add to it exactly.
  EXPECT_EQ(F(e, "basic_expenditure") + F(e, "project_expenditure"), F(e, "total_expenditure"));
  EXPECT_EQ(SumByFunction(e), F(e, "total_expenditure"));
  // 表11: 人员 6,935.11 + 公用 584.32 = 7,519.43, one step below 基本支出.
  EXPECT_EQ(F(e, "personnel") + F(e, "public_funds"), F(e, "basic_expenditure") - kWanStep);
  EXPECT_EQ(F(e, "public_funds"), Wan("526.16") + Wan("58.16"));
  // p7 表1: 收入总计 = 本年收入合计 + 上年结转 19,904.01.
  EXPECT_EQ(F(e, "total_income") + Wan("19,904.01"), F(e, "grand_total"));
}

// This template's 收入合计 row is the grand total, 当年收入小计 the 本年收入合计.
// Not read yet (DISABLED_ below): grand_total from the text, and the "三公" 小计
// of 公开09表, whose one data row has no label and whose spanned header is lost.
TEST(JiangsuCourtBudget2019, HandReadFiguresAddUp) {
  const Expected& e = Jiangsu();
  // p8 公开01表: 21,968.00 + 10,208.94 + 5,011.40 = 37,188.34.
  EXPECT_EQ(F(e, "basic_expenditure") + F(e, "project_expenditure") + F(e, "reserve_expenditure"),
            F(e, "total_expenditure"));
  EXPECT_EQ(SumByFunction(e), F(e, "total_expenditure"));
  EXPECT_EQ(F(e, "personnel") + F(e, "public_funds"), F(e, "basic_expenditure"));
}

// Not read yet (DISABLED_ below): 人员/公用经费 (公开表10 prints only economic
// classes under 501/502 groups), the PDF's "三公" (the header of the two-year
// 公开表7 is misjoined, so the 2025 block's 11.90 is taken) and, from the text,
// the letter-spaced 收 入 总 计.
TEST(YantaiAuditBudget2026, HandReadFiguresAddUp) {
  const Expected& e = YantaiAudit();
  // p11 公开表3 合计: 2,776.85 + 781.50 = 3,558.35; 类 rows add to it exactly.
  EXPECT_EQ(F(e, "basic_expenditure") + F(e, "project_expenditure"), F(e, "total_expenditure"));
  EXPECT_EQ(SumByFunction(e), F(e, "total_expenditure"));
  EXPECT_EQ(F(e, "personnel"), Wan("2,322.18") + Wan("214.73"));
  EXPECT_EQ(F(e, "public_funds"), Wan("210.32") + Wan("29.61"));
  EXPECT_EQ(F(e, "personnel") + F(e, "public_funds"), F(e, "basic_expenditure") - kWanStep);
}

// --- 西安市民政局（汇总） 2021 部门综合预算 (the 2019–2022 西安 template: 表1 收支总表
// of four column pairs whose labels wrap around their row numbers; tables in 元;
// 上年实户资金余额 spent within 本年支出合计; a third part, 4、事业单位经营支出).
const Expected& XianCivil() {
  static const Expected e = {
      "xian-2021-minzheng-ju-dept-budget",
      {"西安市民政局"},
      2021,
      {"budget", "performance-targets"},
      {{"total_income", {Yuan元("852,063,605.79")}},       // p40 表1 本年收入合计
       {"total_expenditure", {Yuan元("872,031,967.20")}},  // p40 表1 本年支出合计
       {"grand_total", {Yuan元("872,031,967.20")}},        // p41 表1 收入总计 = 支出总计
       {"basic_expenditure", {Yuan元("151,681,645.79")}},  // p39 表1 1、人员经费和公用经费支出
       {"project_expenditure", {Yuan元("578,716,321.41")}},  // p39 表1 2、专项业务经费支出
       // All funds only as classes under 1、人员经费和公用经费支出 in 表1 (301 + 303 | 302);
       // 人员经费 | 公用经费 printed for 一般公共预算 (表7, p53).
       {"personnel", {Yuan元("144,181,210.86"), Yuan元("138,276,215.50")}},
       {"public_funds", {Yuan元("7,500,434.93"), Yuan元("6,630,836.93")}},
       {"three_public", {Yuan元("310,840.00")}}},  // p77 表13 小计 (合计 adds 会议费, 培训费)
      {{"205", Yuan元("1,023,214.00")},  // p39–40 表1, by name, no codes printed
       {"208", Yuan元("695,200,639.03")},
       {"210", Yuan元("1,176,894.18")},
       {"221", Yuan元("6,849,666.63")},
       {"229", Yuan元("167,781,553.36")}},  // 25、其他支出: the 福彩公益金
      {}};
  return e;
}

// --- 西安市气象局 2022 部门综合预算 (Acrobat; 表1's labels overflow their cells
// and the next cell's amount is printed over their end, one text run with
// it: "19、自然资源海洋气象等支出18803323.32"). Read off the page image, p18.
const Expected& XianWeather() {
  static const Expected e = {
      "xian-2022-qixiang-ju-dept-budget",
      {"西安市气象局"},
      2022,
      {"budget", "performance-targets"},
      {{"total_income", {Yuan元("18,999,011.66")}},       // p18 表1 本年收入合计
       {"total_expenditure", {Yuan元("18,999,011.66")}},  // p18 表1 本年支出合计
       {"grand_total", {Yuan元("18,999,011.66")}},        // p18 表1 收入总计
       {"basic_expenditure", {Yuan元("1,839,311.66")}},   // p18 1、人员经费和公用经费支出
       {"project_expenditure", {Yuan元("17,159,700.00")}},  // p18 2、专项业务经费支出
       {"personnel", {Yuan元("1,732,620.66")}},  // p18 (1)工资福利支出 (no 303 printed)
       {"public_funds", {Yuan元("106,691.00")}}},  // p18 (2)商品和服务支出
      {{"208", Yuan元("44,699.18")},  // p18 表1 by name
       {"210", Yuan元("55,279.20")},
       {"220", Yuan元("18,803,323.32")},
       {"221", Yuan元("95,709.96")}},
      {}};
  return e;
}

TEST(XianWeatherBudget2022, HandReadFiguresAddUp) {
  const Expected& e = XianWeather();
  EXPECT_EQ(F(e, "basic_expenditure") + F(e, "project_expenditure"), F(e, "total_expenditure"));
  EXPECT_EQ(F(e, "personnel") + F(e, "public_funds"), F(e, "basic_expenditure"));
  EXPECT_EQ(SumByFunction(e), F(e, "total_expenditure"));
}

TEST(XianCivilBudget2021, HandReadFiguresAddUp) {
  const Expected& e = XianCivil();
  // p39–40 表1: basic + project + 4、事业单位经营支出 141,634,000.00 = 本年支出合计.
  EXPECT_EQ(F(e, "basic_expenditure") + F(e, "project_expenditure") + Yuan元("141,634,000.00"),
            F(e, "total_expenditure"));
  EXPECT_EQ(SumByFunction(e), F(e, "total_expenditure"));
  // 收入总计 = 本年收入合计 + 上年实户资金余额 19,968,361.41.
  EXPECT_EQ(F(e, "total_income") + Yuan元("19,968,361.41"), F(e, "grand_total"));
  // 表1's classes: 工资福利支出 142,554,944.42 + 对个人和家庭的补助 1,626,266.44 | 商品和服务支出.
  EXPECT_EQ(F(e, "personnel"), Yuan元("142,554,944.42") + Yuan元("1,626,266.44"));
  EXPECT_EQ(F(e, "personnel") + F(e, "public_funds"), F(e, "basic_expenditure"));
  // p77 表13: 因公出国（境） 0 + 公务接待费 127,840.00 + 公务用车运行费 183,000.00.
  EXPECT_EQ(F(e, "three_public"), Yuan元("127,840.00") + Yuan元("183,000.00"));
}

TEST(ChongqingWeatherBudget2026, HandReadFiguresAddUp) {
  const Expected& e = ChongqingWeather();
  EXPECT_EQ(F(e, "basic_expenditure") + F(e, "project_expenditure"), F(e, "total_expenditure"));
  // Σ 类 = 14,770.63, 0.01 above 合计 (the tables note their 四舍五入).
  EXPECT_EQ(SumByFunction(e), F(e, "total_expenditure") + kWanStep);
  EXPECT_EQ(F(e, "personnel") + F(e, "public_funds"), Wan("5,445.39"));
  // 表八: 因公出国（境） 0 + 公务用车运行费 13.55 + 公务接待费 0.30.
  EXPECT_EQ(F(e, "three_public"), Wan("13.55") + Wan("0.30"));
}

TEST(XianAuditBudget2026, HandReadFiguresAddUp) {
  const Expected& e = XianAudit();
  // p22 表1: 33,544,216.08 + 8,490,507.50 = 42,034,723.58; 类 rows add to it exactly.
  EXPECT_EQ(F(e, "basic_expenditure") + F(e, "project_expenditure"), F(e, "total_expenditure"));
  EXPECT_EQ(SumByFunction(e), F(e, "total_expenditure"));
  EXPECT_EQ(F(e, "personnel") + F(e, "public_funds"), F(e, "basic_expenditure"));
  // 收入总计 = 本年收入合计 + 上年实户资金余额 981,827.50.
  EXPECT_EQ(F(e, "total_income") + Yuan元("981,827.50"), F(e, "grand_total"));
}

REAL_DOCUMENT_TEST(ZhuhaiBudget2026Pdf, ReadsUnitName, Pdf, Zhuhai, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Pdf, ReadsFiscalYear, Pdf, Zhuhai, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Pdf, ReadsKinds, Pdf, Zhuhai, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Pdf, ReadsTotalIncome, Pdf, Zhuhai, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Pdf, ReadsTotalExpenditure, Pdf, Zhuhai, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Pdf, ReadsGrandTotal, Pdf, Zhuhai, ExpectFigure(doc, e, "grand_total"))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Pdf, ReadsBasicExpenditure, Pdf, Zhuhai, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Pdf, ReadsProjectExpenditure, Pdf, Zhuhai, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Pdf, ReadsPersonnel, Pdf, Zhuhai, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Pdf, ReadsPublicFunds, Pdf, Zhuhai, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Pdf, ReadsThreePublic, Pdf, Zhuhai, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Pdf, ReadsAdminOperating, Pdf, Zhuhai, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Pdf, ReadsExpenditureByFunction, Pdf, Zhuhai, ExpectByFunction(doc, e))

REAL_DOCUMENT_TEST(ZhuhaiBudget2026Layout, ReadsUnitName, Layout, Zhuhai, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Layout, ReadsFiscalYear, Layout, Zhuhai, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Layout, ReadsKinds, Layout, Zhuhai, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Layout, ReadsTotalIncome, Layout, Zhuhai, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Layout, ReadsTotalExpenditure, Layout, Zhuhai, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Layout, ReadsGrandTotal, Layout, Zhuhai, ExpectFigure(doc, e, "grand_total"))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Layout, ReadsBasicExpenditure, Layout, Zhuhai, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Layout, ReadsProjectExpenditure, Layout, Zhuhai, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Layout, ReadsPersonnel, Layout, Zhuhai, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Layout, ReadsPublicFunds, Layout, Zhuhai, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Layout, ReadsThreePublic, Layout, Zhuhai, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Layout, ReadsAdminOperating, Layout, Zhuhai, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(ZhuhaiBudget2026Layout, ReadsExpenditureByFunction, Layout, Zhuhai, ExpectByFunction(doc, e))

REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Pdf, ReadsUnitName, Pdf, Jiangsu, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Pdf, ReadsFiscalYear, Pdf, Jiangsu, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Pdf, ReadsKinds, Pdf, Jiangsu, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Pdf, ReadsTotalIncome, Pdf, Jiangsu, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Pdf, ReadsTotalExpenditure, Pdf, Jiangsu, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Pdf, ReadsGrandTotal, Pdf, Jiangsu, ExpectFigure(doc, e, "grand_total"))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Pdf, ReadsBasicExpenditure, Pdf, Jiangsu, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Pdf, ReadsProjectExpenditure, Pdf, Jiangsu, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Pdf, ReadsReserveExpenditure, Pdf, Jiangsu, ExpectFigure(doc, e, "reserve_expenditure"))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Pdf, ReadsPersonnel, Pdf, Jiangsu, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Pdf, ReadsPublicFunds, Pdf, Jiangsu, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Pdf, DISABLED_ReadsThreePublic, Pdf, Jiangsu, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Pdf, ReadsAdminOperating, Pdf, Jiangsu, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Pdf, ReadsExpenditureByFunction, Pdf, Jiangsu, ExpectByFunction(doc, e))

REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Layout, ReadsUnitName, Layout, Jiangsu, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Layout, ReadsFiscalYear, Layout, Jiangsu, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Layout, ReadsKinds, Layout, Jiangsu, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Layout, ReadsTotalIncome, Layout, Jiangsu, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Layout, ReadsTotalExpenditure, Layout, Jiangsu, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Layout, DISABLED_ReadsGrandTotal, Layout, Jiangsu, ExpectFigure(doc, e, "grand_total"))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Layout, ReadsBasicExpenditure, Layout, Jiangsu, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Layout, ReadsProjectExpenditure, Layout, Jiangsu, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Layout, ReadsReserveExpenditure, Layout, Jiangsu, ExpectFigure(doc, e, "reserve_expenditure"))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Layout, ReadsPersonnel, Layout, Jiangsu, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Layout, ReadsPublicFunds, Layout, Jiangsu, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Layout, DISABLED_ReadsThreePublic, Layout, Jiangsu, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Layout, ReadsAdminOperating, Layout, Jiangsu, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(JiangsuCourtBudget2019Layout, ReadsExpenditureByFunction, Layout, Jiangsu, ExpectByFunction(doc, e))

REAL_DOCUMENT_TEST(YantaiAuditBudget2026Pdf, ReadsUnitName, Pdf, YantaiAudit, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Pdf, ReadsFiscalYear, Pdf, YantaiAudit, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Pdf, ReadsKinds, Pdf, YantaiAudit, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Pdf, ReadsTotalIncome, Pdf, YantaiAudit, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Pdf, ReadsTotalExpenditure, Pdf, YantaiAudit, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Pdf, ReadsGrandTotal, Pdf, YantaiAudit, ExpectFigure(doc, e, "grand_total"))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Pdf, ReadsBasicExpenditure, Pdf, YantaiAudit, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Pdf, ReadsProjectExpenditure, Pdf, YantaiAudit, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Pdf, ReadsPersonnel, Pdf, YantaiAudit, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Pdf, ReadsPublicFunds, Pdf, YantaiAudit, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Pdf, DISABLED_ReadsThreePublic, Pdf, YantaiAudit, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Pdf, ReadsAdminOperating, Pdf, YantaiAudit, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Pdf, ReadsExpenditureByFunction, Pdf, YantaiAudit, ExpectByFunction(doc, e))

REAL_DOCUMENT_TEST(YantaiAuditBudget2026Layout, ReadsUnitName, Layout, YantaiAudit, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Layout, ReadsFiscalYear, Layout, YantaiAudit, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Layout, ReadsKinds, Layout, YantaiAudit, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Layout, ReadsTotalIncome, Layout, YantaiAudit, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Layout, ReadsTotalExpenditure, Layout, YantaiAudit, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Layout, DISABLED_ReadsGrandTotal, Layout, YantaiAudit, ExpectFigure(doc, e, "grand_total"))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Layout, ReadsBasicExpenditure, Layout, YantaiAudit, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Layout, ReadsProjectExpenditure, Layout, YantaiAudit, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Layout, ReadsPersonnel, Layout, YantaiAudit, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Layout, ReadsPublicFunds, Layout, YantaiAudit, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Layout, ReadsThreePublic, Layout, YantaiAudit, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Layout, ReadsAdminOperating, Layout, YantaiAudit, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(YantaiAuditBudget2026Layout, ReadsExpenditureByFunction, Layout, YantaiAudit, ExpectByFunction(doc, e))

REAL_DOCUMENT_TEST(XianAuditBudget2026Pdf, ReadsUnitName, Pdf, XianAudit, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(XianAuditBudget2026Pdf, ReadsFiscalYear, Pdf, XianAudit, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(XianAuditBudget2026Pdf, ReadsKinds, Pdf, XianAudit, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(XianAuditBudget2026Pdf, ReadsTotalIncome, Pdf, XianAudit, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(XianAuditBudget2026Pdf, ReadsTotalExpenditure, Pdf, XianAudit, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(XianAuditBudget2026Pdf, ReadsGrandTotal, Pdf, XianAudit, ExpectFigure(doc, e, "grand_total"))
REAL_DOCUMENT_TEST(XianAuditBudget2026Pdf, ReadsBasicExpenditure, Pdf, XianAudit, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(XianAuditBudget2026Pdf, ReadsProjectExpenditure, Pdf, XianAudit, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(XianAuditBudget2026Pdf, ReadsPersonnel, Pdf, XianAudit, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(XianAuditBudget2026Pdf, ReadsPublicFunds, Pdf, XianAudit, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(XianAuditBudget2026Pdf, ReadsThreePublic, Pdf, XianAudit, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(XianAuditBudget2026Pdf, ReadsAdminOperating, Pdf, XianAudit, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(XianAuditBudget2026Pdf, ReadsExpenditureByFunction, Pdf, XianAudit, ExpectByFunction(doc, e))

REAL_DOCUMENT_TEST(XianAuditBudget2026Layout, ReadsUnitName, Layout, XianAudit, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(XianAuditBudget2026Layout, ReadsFiscalYear, Layout, XianAudit, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(XianAuditBudget2026Layout, ReadsKinds, Layout, XianAudit, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(XianAuditBudget2026Layout, ReadsTotalIncome, Layout, XianAudit, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(XianAuditBudget2026Layout, ReadsTotalExpenditure, Layout, XianAudit, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(XianAuditBudget2026Layout, ReadsGrandTotal, Layout, XianAudit, ExpectFigure(doc, e, "grand_total"))
REAL_DOCUMENT_TEST(XianAuditBudget2026Layout, ReadsBasicExpenditure, Layout, XianAudit, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(XianAuditBudget2026Layout, ReadsProjectExpenditure, Layout, XianAudit, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(XianAuditBudget2026Layout, ReadsPersonnel, Layout, XianAudit, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(XianAuditBudget2026Layout, ReadsPublicFunds, Layout, XianAudit, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(XianAuditBudget2026Layout, ReadsThreePublic, Layout, XianAudit, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(XianAuditBudget2026Layout, ReadsAdminOperating, Layout, XianAudit, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(XianAuditBudget2026Layout, ReadsExpenditureByFunction, Layout, XianAudit, ExpectByFunction(doc, e))

REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Pdf, ReadsUnitName, Pdf, ChongqingWeather, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Pdf, ReadsFiscalYear, Pdf, ChongqingWeather, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Pdf, ReadsKinds, Pdf, ChongqingWeather, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Pdf, ReadsTotalIncome, Pdf, ChongqingWeather, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Pdf, ReadsTotalExpenditure, Pdf, ChongqingWeather, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Pdf, ReadsBasicExpenditure, Pdf, ChongqingWeather, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Pdf, ReadsProjectExpenditure, Pdf, ChongqingWeather, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Pdf, ReadsPersonnel, Pdf, ChongqingWeather, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Pdf, ReadsPublicFunds, Pdf, ChongqingWeather, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Pdf, ReadsThreePublic, Pdf, ChongqingWeather, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Pdf, ReadsAdminOperating, Pdf, ChongqingWeather, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Pdf, ReadsExpenditureByFunction, Pdf, ChongqingWeather, ExpectByFunction(doc, e))

REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Layout, ReadsUnitName, Layout, ChongqingWeather, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Layout, ReadsFiscalYear, Layout, ChongqingWeather, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Layout, ReadsKinds, Layout, ChongqingWeather, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Layout, ReadsTotalIncome, Layout, ChongqingWeather, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Layout, ReadsTotalExpenditure, Layout, ChongqingWeather, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Layout, ReadsBasicExpenditure, Layout, ChongqingWeather, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Layout, ReadsProjectExpenditure, Layout, ChongqingWeather, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Layout, ReadsPersonnel, Layout, ChongqingWeather, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Layout, ReadsPublicFunds, Layout, ChongqingWeather, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Layout, ReadsThreePublic, Layout, ChongqingWeather, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Layout, ReadsAdminOperating, Layout, ChongqingWeather, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(ChongqingWeatherBudget2026Layout, ReadsExpenditureByFunction, Layout, ChongqingWeather, ExpectByFunction(doc, e))


REAL_DOCUMENT_TEST(XianCivilBudget2021Pdf, ReadsUnitName, Pdf, XianCivil, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(XianCivilBudget2021Pdf, ReadsFiscalYear, Pdf, XianCivil, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(XianCivilBudget2021Pdf, ReadsKinds, Pdf, XianCivil, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(XianCivilBudget2021Pdf, ReadsTotalIncome, Pdf, XianCivil, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(XianCivilBudget2021Pdf, ReadsTotalExpenditure, Pdf, XianCivil, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(XianCivilBudget2021Pdf, ReadsGrandTotal, Pdf, XianCivil, ExpectFigure(doc, e, "grand_total"))
REAL_DOCUMENT_TEST(XianCivilBudget2021Pdf, ReadsBasicExpenditure, Pdf, XianCivil, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(XianCivilBudget2021Pdf, ReadsProjectExpenditure, Pdf, XianCivil, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(XianCivilBudget2021Pdf, ReadsPersonnel, Pdf, XianCivil, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(XianCivilBudget2021Pdf, ReadsPublicFunds, Pdf, XianCivil, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(XianCivilBudget2021Pdf, ReadsThreePublic, Pdf, XianCivil, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(XianCivilBudget2021Pdf, ReadsExpenditureByFunction, Pdf, XianCivil, ExpectByFunction(doc, e))

// 烟台市住房和城乡建设局 2026 (its -layout text only): 公开表10 基本支出预算情况表
// (lines 923–) prints each row's 部门 class (301) and beside it, in a column
// of its own, the 政府预算经济分类 one (501, 505): codes, never money. The
// class sum is then 301 1,219.44 (line 933) + 11,563.22 (line 955) + 303
// 2,355.88 (line 1065) = 15,138.54.
TEST(YantaiHousingBudget2026Layout, ReadsTheSecondClassColumnAsCodes) {
  const Document& doc = Layout("yantai-2026-zhufang-chengxiang-jianshe-ju-dept-budget");
  const Table* basic = nullptr;
  for (const Table& t : doc.tables)
    if (t.line == 923) basic = &t;
  ASSERT_NE(basic, nullptr);
  EXPECT_EQ(basic->title, "基本支出预算情况表");
  const TableRow* row = nullptr;
  for (const TableRow& r : basic->rows)
    if (r.line == 933) row = &r;
  ASSERT_NE(row, nullptr);
  EXPECT_EQ(row->code, "301");
  bool saw_501 = false;
  Cents first_amount = -1;
  for (std::size_t c = 0; c < row->cells.size(); ++c) {
    if (row->cells[c].text == "501") {
      saw_501 = true;
      EXPECT_NE(basic->columns[c].role, ColumnRole::kAmount);
      EXPECT_NE(row->cells[c].kind, CellKind::kAmount);
    }
    if (first_amount < 0 && row->cells[c].kind == CellKind::kAmount) first_amount = row->cells[c].cents;
  }
  EXPECT_TRUE(saw_501);
  EXPECT_EQ(first_amount, Wan("1,219.44"));
  ASSERT_TRUE(doc.figures.amounts.count("personnel"));
  EXPECT_EQ(doc.figures.amounts.at("personnel").cents, Wan("1,219.44") + Wan("11,563.22") + Wan("2,355.88"));
  EXPECT_EQ(doc.figures.amounts.at("personnel").cents, Wan("15,138.54"));
}

// The 501 beside 301 names the row in the other classification: no finding.
TEST(YantaiHousingBudget2026Layout, TakesNoOtherClassificationsCodeForAConflict) {
  const Document& doc = Layout("yantai-2026-zhufang-chengxiang-jianshe-ju-dept-budget");
  for (const Diagnostic& d : doc.diagnostics) EXPECT_NE(d.code, "audit.code-columns") << d.message;
}

// 表1 (pp. 39–41) as printed: a label wrapped above and below its row number
// is one cell ("8、社会保障和就" / "业支出"; "其中：专项" / "资金列入部门预算的" /
// "项目" around row 4), "3" and "、国防支出" printed as two words are one, an
// amount on a label's second line stays in its row.
TEST(XianCivilBudget2021Pdf, ReadsTheWrappedRowsOfItsSummaryTable) {
  const Document& doc = Pdf(XianCivil().stem);
  const Table* summary = nullptr;
  for (const Table& t : doc.tables)
    if (t.title == "2021年部门综合预算收支总表") summary = &t;
  ASSERT_NE(summary, nullptr);
  std::map<std::string, std::vector<std::string>> by_number;
  for (const TableRow& r : summary->rows) {
    ASSERT_FALSE(r.cells.empty());
    std::vector<std::string> texts;
    for (const TableCell& c : r.cells) texts.push_back(c.text);
    EXPECT_FALSE(r.cells[0].text.empty()) << "a row without its number, line " << r.line;
    by_number[r.cells[0].text] = texts;
  }
  EXPECT_EQ(by_number.size(), 37u);  // 序号 1–37, pp. 39–41
  EXPECT_EQ(by_number["4"][1], "其中：专项资金列入部门预算的项目");
  EXPECT_EQ(by_number["4"][3], "3、国防支出");
  EXPECT_EQ(by_number["4"][5], "(2)商品和服务支出");
  EXPECT_EQ(by_number["4"][6], "7500434.93");
  EXPECT_EQ(by_number["4"][7], "3、机关资本性支出（一）");
  EXPECT_EQ(by_number["6"][1], "(3)国有资本经营预算收入");
  EXPECT_EQ(by_number["6"][2], "0.00");
  EXPECT_EQ(by_number["9"][3], "8、社会保障和就业支出");
  EXPECT_EQ(by_number["9"][4], "695200639.03");
  EXPECT_EQ(by_number["11"][3], "10、卫生健康支出");
  EXPECT_EQ(by_number["12"][5], "(5)资本性支出(基本建设)");
  EXPECT_EQ(by_number["26"][3], "25、其他支出");
  EXPECT_EQ(by_number["26"][4], "167781553.36");
}

// 表12 政府采购预算表 prints each unit's code (单位编码 241, a 类's length)
// beside the 类/款/项 of its rows: a unit's code is no 科目's, no finding.
TEST(XianCivilBudget2021Pdf, TakesNoUnitCodeForAConflicting科目Code) {
  const Document& doc = Pdf(XianCivil().stem);
  for (const Diagnostic& d : doc.diagnostics) EXPECT_NE(d.code, "audit.code-columns") << d.message;
}

// 表13's title printed over two lines (p77) is one title, and its table is
// the "三公" table.
TEST(XianCivilBudget2021Pdf, JoinsATitleWrappedOverTwoLines) {
  const Document& doc = Pdf(XianCivil().stem);
  int found = 0;
  for (const Table& t : doc.tables)
    if (t.title == "2021年部门综合预算一般公共预算拨款“三公”经费及会议费、培训费支出预算表（不含上年结转）") {
      ++found;
      EXPECT_EQ(t.kind, "three_public");
    }
  EXPECT_GE(found, 1);
}

// The narrative of pp. 31–32, justified prose whose gaps read like cells
// ("69.59 | 万元，较上年增加69.59 | 万元，主要原因是…"), is no table.
TEST(XianCivilBudget2021Pdf, KeepsJustifiedProseOutOfTables) {
  const Document& doc = Pdf(XianCivil().stem);
  ASSERT_GE(doc.page_starts.size(), 33u);
  const int first = doc.page_starts[26], end = doc.page_starts[32];  // pp. 27–32
  for (const Table& t : doc.tables) {
    if (t.line < first || t.line >= end) continue;
    for (const Column& c : t.columns) EXPECT_EQ(c.name.find("较上年"), std::string::npos) << t.line;
    for (const TableRow& r : t.rows)
      for (const TableCell& cell : r.cells)
        EXPECT_FALSE(cell.text.starts_with("万元，")) << "line " << r.line << ": " << cell.text;
  }
}

REAL_DOCUMENT_TEST(XianWeatherBudget2022Pdf, ReadsTotalIncome, Pdf, XianWeather, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(XianWeatherBudget2022Pdf, ReadsTotalExpenditure, Pdf, XianWeather, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(XianWeatherBudget2022Pdf, ReadsGrandTotal, Pdf, XianWeather, ExpectFigure(doc, e, "grand_total"))
REAL_DOCUMENT_TEST(XianWeatherBudget2022Pdf, ReadsBasicExpenditure, Pdf, XianWeather, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(XianWeatherBudget2022Pdf, ReadsProjectExpenditure, Pdf, XianWeather, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(XianWeatherBudget2022Pdf, ReadsPersonnel, Pdf, XianWeather, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(XianWeatherBudget2022Pdf, ReadsPublicFunds, Pdf, XianWeather, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(XianWeatherBudget2022Pdf, ReadsExpenditureByFunction, Pdf, XianWeather, ExpectByFunction(doc, e))

REAL_DOCUMENT_TEST(XianWeatherBudget2022Layout, ReadsTotalIncome, Layout, XianWeather, ExpectFigure(doc, e, "total_income"))
// pdftotext glues the overflowing labels to their amounts as the text run
// does ("…气象等支出18803323.32"): the -layout text cannot tell them apart.
REAL_DOCUMENT_TEST(XianWeatherBudget2022Layout, ReadsTotalExpenditure, Layout, XianWeather, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(XianWeatherBudget2022Layout, ReadsGrandTotal, Layout, XianWeather, ExpectFigure(doc, e, "grand_total"))
REAL_DOCUMENT_TEST(XianWeatherBudget2022Layout, DISABLED_ReadsBasicExpenditure, Layout, XianWeather, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(XianWeatherBudget2022Layout, ReadsProjectExpenditure, Layout, XianWeather, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(XianWeatherBudget2022Layout, DISABLED_ReadsPersonnel, Layout, XianWeather, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(XianWeatherBudget2022Layout, DISABLED_ReadsPublicFunds, Layout, XianWeather, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(XianWeatherBudget2022Layout, DISABLED_ReadsExpenditureByFunction, Layout, XianWeather, ExpectByFunction(doc, e))

// pdftotext sets 表1's row numbers against the labels ("33本年收入合计": read
// as the label since a 序号 column keys so) and breaks its first page's grid,
// so the labels wrapped around their row numbers ("1、人员经费和公用" /
// "经费支出") are not rejoined: the totals are read, the parts are not.
REAL_DOCUMENT_TEST(XianCivilBudget2021Layout, ReadsUnitName, Layout, XianCivil, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(XianCivilBudget2021Layout, ReadsFiscalYear, Layout, XianCivil, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(XianCivilBudget2021Layout, ReadsKinds, Layout, XianCivil, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(XianCivilBudget2021Layout, ReadsTotalIncome, Layout, XianCivil, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(XianCivilBudget2021Layout, DISABLED_ReadsTotalExpenditure, Layout, XianCivil, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(XianCivilBudget2021Layout, ReadsGrandTotal, Layout, XianCivil, ExpectFigure(doc, e, "grand_total"))
REAL_DOCUMENT_TEST(XianCivilBudget2021Layout, DISABLED_ReadsBasicExpenditure, Layout, XianCivil, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(XianCivilBudget2021Layout, DISABLED_ReadsProjectExpenditure, Layout, XianCivil, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(XianCivilBudget2021Layout, ReadsPersonnel, Layout, XianCivil, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(XianCivilBudget2021Layout, ReadsPublicFunds, Layout, XianCivil, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(XianCivilBudget2021Layout, ReadsThreePublic, Layout, XianCivil, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(XianCivilBudget2021Layout, DISABLED_ReadsExpenditureByFunction, Layout, XianCivil, ExpectByFunction(doc, e))


// ================================================ tables, row by row =====

// A body row as printed: code ("" for a total row), label, and every money
// column left to right ("" = nothing printed, kept apart from "0.00").
struct PrintedRow {
  std::string code;
  std::string label;
  std::vector<std::string> amounts;
};

Cents Amount(const std::string& printed) { return printed.empty() ? 0 : Wan(printed); }

// 类 rows add up to the 合计 row in every column, and in every row the
// columns after the first add up to the first (合计 = 基本 + 项目 + …).
void ExpectPrintedTableAddsUp(const std::vector<PrintedRow>& rows) {
  ASSERT_FALSE(rows.empty());
  const PrintedRow& total = rows.front();
  for (std::size_t c = 0; c < total.amounts.size(); ++c) {
    Cents sum = 0;
    for (const PrintedRow& r : rows)
      if (r.code.size() == 3) sum += Amount(r.amounts[c]);
    EXPECT_EQ(sum, Amount(total.amounts[c])) << "Σ 类, column " << c;
  }
  for (const PrintedRow& r : rows) {
    ASSERT_EQ(r.amounts.size(), total.amounts.size()) << r.code;
    Cents parts = 0;
    for (std::size_t c = 1; c < r.amounts.size(); ++c) parts += Amount(r.amounts[c]);
    EXPECT_EQ(parts, Amount(r.amounts[0])) << r.code << " " << r.label;
  }
  // A 款 is the sum of its 项, a 类 the sum of its 款 (first column).
  for (const PrintedRow& parent : rows) {
    if (parent.code.size() != 3 && parent.code.size() != 5) continue;
    std::size_t child = parent.code.size() + 2;
    Cents sum = 0;
    for (const PrintedRow& r : rows)
      if (r.code.size() == child && r.code.rfind(parent.code, 0) == 0) sum += Amount(r.amounts[0]);
    EXPECT_EQ(sum, Amount(parent.amounts[0])) << "children of " << parent.code;
  }
}

// The table of `kind` whose title holds `title`.
const Table* FindTable(const Document& doc, const std::string& kind, const std::string& title) {
  for (const Table& t : doc.tables)
    if (t.kind == kind && t.title.find(title) != std::string::npos) return &t;
  return nullptr;
}

std::string Describe(const TableCell& cell) {
  switch (cell.kind) {
    case CellKind::kEmpty: return "(empty)";
    case CellKind::kAmount: return Yuan(cell.cents) + " yuan";
    default: return "\"" + cell.text + "\"";
  }
}

// The amount columns of `table` that hold at least one cell, left to right.
// A column the parser made up and left empty is skipped here (the
// *NamesEveryMoneyColumn tests catch it), so that the amounts are checked
// on their own.
std::vector<std::size_t> FilledAmountColumns(const Table& table) {
  std::vector<std::size_t> out;
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (table.columns[c].role != ColumnRole::kAmount) continue;
    bool filled = false;
    for (const TableRow& r : table.rows) filled = filled || r.cells[c].kind != CellKind::kEmpty;
    if (filled) out.push_back(c);
  }
  return out;
}

// The money columns are the printed ones, left to right, each named by its
// header as printed (the name is a header path; its last part is the column's
// own header, a wrapped header joined).
void ExpectMoneyColumnNames(const Table& table, const std::vector<std::string>& printed) {
  std::vector<std::string> got;
  for (const Column& c : table.columns) {
    if (c.role != ColumnRole::kAmount) continue;
    got.push_back(c.path.empty() ? c.name : c.path.back());
  }
  EXPECT_EQ(got, printed);
}

// Every body row of `table` is the printed row at its place, with its code
// and label (a 合计 row repeated on a continuation page may stand again).
void ExpectRowsCodesAndLabels(const Table& table, const std::vector<PrintedRow>& printed) {
  std::vector<std::string> got, want;
  for (const TableRow& r : table.rows)
    if (!(r.is_total && !got.empty())) got.push_back(r.code + " " + r.label);
  for (const PrintedRow& p : printed) want.push_back(p.code + " " + p.label);
  EXPECT_EQ(got, want);
  for (const TableRow& r : table.rows) {
    if (!r.is_total) continue;
    EXPECT_EQ(r.label, printed.front().label) << "total row at line " << r.line;
  }
}

// Every money cell of every printed row, matched to the parsed row by code
// (the 合计 row by being the first total row).
void ExpectEveryAmount(const Table& table, const std::vector<PrintedRow>& printed,
                       const std::vector<std::string>& column_names) {
  std::vector<std::size_t> columns = FilledAmountColumns(table);
  ASSERT_EQ(columns.size(), column_names.size()) << "money columns holding cells";
  for (const PrintedRow& p : printed) {
    const TableRow* row = nullptr;
    for (const TableRow& r : table.rows) {
      if (p.code.empty() ? r.is_total : r.code == p.code) {
        row = &r;
        break;
      }
    }
    if (row == nullptr) {
      ADD_FAILURE() << "no row " << p.code << " " << p.label;
      continue;
    }
    for (std::size_t k = 0; k < columns.size(); ++k) {
      const TableCell& cell = row->cells[columns[k]];
      std::string where = p.code + " " + p.label + " / " + column_names[k] + ": got " + Describe(cell) +
                          ", printed \"" + p.amounts[k] + "\"";
      if (p.amounts[k].empty()) {
        EXPECT_EQ(cell.kind, CellKind::kEmpty) << where;
      } else {
        EXPECT_EQ(cell.kind, CellKind::kAmount) << where;
        EXPECT_EQ(cell.cents, Wan(p.amounts[k])) << where;
      }
    }
  }
}

// --- 广州 2026 表3 本年支出总体情况表 (pages 7–8; 2210203 stands alone after the
// page break under a repeated header).
const std::vector<std::string> kGuangzhouTable3Columns = {"合计", "基本支出", "项目支出", "事业单位经营支出",
                                                          "对附属单位补助支出", "上缴上级支出"};
const std::vector<PrintedRow>& GuangzhouTable3() {
  static const std::vector<PrintedRow> rows = {
      {"", "合计", {"98,880.78", "12,634.14", "86,246.64", "0.00", "0.00", "0.00"}},
      {"206", "科学技术支出", {"94,158.15", "7,911.51", "86,246.64", "0.00", "0.00", "0.00"}},
      {"20601", "科学技术管理事务", {"3,926.92", "3,926.92", "0.00", "0.00", "0.00", "0.00"}},
      {"2060101", "行政运行", {"3,926.92", "3,926.92", "0.00", "0.00", "0.00", "0.00"}},
      {"20605", "科技条件与服务", {"90,231.23", "3,984.59", "86,246.64", "0.00", "0.00", "0.00"}},
      {"2060501", "机构运行", {"3,984.59", "3,984.59", "0.00", "0.00", "0.00", "0.00"}},
      {"2060503", "科技条件专项", {"84,357.11", "0.00", "84,357.11", "0.00", "0.00", "0.00"}},
      {"2060599", "其他科技条件与服务支出", {"1,889.53", "0.00", "1,889.53", "0.00", "0.00", "0.00"}},
      {"208", "社会保障和就业支出", {"1,447.33", "1,447.33", "0.00", "0.00", "0.00", "0.00"}},
      {"20805", "行政事业单位养老支出", {"1,418.13", "1,418.13", "0.00", "0.00", "0.00", "0.00"}},
      {"2080501", "行政单位离退休", {"139.06", "139.06", "0.00", "0.00", "0.00", "0.00"}},
      {"2080502", "事业单位离退休", {"8.66", "8.66", "0.00", "0.00", "0.00", "0.00"}},
      {"2080505", "机关事业单位基本养老保险缴费支出", {"847.21", "847.21", "0.00", "0.00", "0.00", "0.00"}},
      {"2080506", "机关事业单位职业年金缴费支出", {"423.20", "423.20", "0.00", "0.00", "0.00", "0.00"}},
      {"20808", "抚恤", {"29.20", "29.20", "0.00", "0.00", "0.00", "0.00"}},
      {"2080801", "死亡抚恤", {"29.20", "29.20", "0.00", "0.00", "0.00", "0.00"}},
      {"210", "卫生健康支出", {"6.19", "6.19", "0.00", "0.00", "0.00", "0.00"}},
      {"21007", "计划生育事务", {"6.19", "6.19", "0.00", "0.00", "0.00", "0.00"}},
      {"2100799", "其他计划生育事务支出", {"6.19", "6.19", "0.00", "0.00", "0.00", "0.00"}},
      {"221", "住房保障支出", {"3,269.11", "3,269.11", "0.00", "0.00", "0.00", "0.00"}},
      {"22102", "住房改革支出", {"3,269.11", "3,269.11", "0.00", "0.00", "0.00", "0.00"}},
      {"2210201", "住房公积金", {"955.72", "955.72", "0.00", "0.00", "0.00", "0.00"}},
      {"2210203", "购房补贴", {"2,313.39", "2,313.39", "0.00", "0.00", "0.00", "0.00"}},
  };
  return rows;
}

const Table* GuangzhouTable3In(const Document& doc) {
  return FindTable(doc, "expenditure_summary", "本年支出总体情况表");
}

TEST(GuangzhouBudget2026ExpenditureTable, HandReadRowsAddUp) { ExpectPrintedTableAddsUp(GuangzhouTable3()); }

TEST(GuangzhouBudget2026ExpenditureTable, PdfReadsEveryRowCodeAndLabel) {
  const Table* t = GuangzhouTable3In(Pdf(Guangzhou().stem));
  ASSERT_NE(t, nullptr);
  ExpectRowsCodesAndLabels(*t, GuangzhouTable3());
}
TEST(GuangzhouBudget2026ExpenditureTable, DISABLED_PdfNamesEveryMoneyColumn) {
  const Table* t = GuangzhouTable3In(Pdf(Guangzhou().stem));
  ASSERT_NE(t, nullptr);
  ExpectMoneyColumnNames(*t, kGuangzhouTable3Columns);
}
TEST(GuangzhouBudget2026ExpenditureTable, PdfReadsEveryAmount) {
  const Table* t = GuangzhouTable3In(Pdf(Guangzhou().stem));
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->currency, MoneyUnit::kWanYuan);
  ExpectEveryAmount(*t, GuangzhouTable3(), kGuangzhouTable3Columns);
}
TEST(GuangzhouBudget2026ExpenditureTable, LayoutReadsEveryRowCodeAndLabel) {
  const Table* t = GuangzhouTable3In(Layout(Guangzhou().stem));
  ASSERT_NE(t, nullptr);
  ExpectRowsCodesAndLabels(*t, GuangzhouTable3());
}
TEST(GuangzhouBudget2026ExpenditureTable, DISABLED_LayoutNamesEveryMoneyColumn) {
  const Table* t = GuangzhouTable3In(Layout(Guangzhou().stem));
  ASSERT_NE(t, nullptr);
  ExpectMoneyColumnNames(*t, kGuangzhouTable3Columns);
}
TEST(GuangzhouBudget2026ExpenditureTable, LayoutReadsEveryAmount) {
  const Table* t = GuangzhouTable3In(Layout(Guangzhou().stem));
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->currency, MoneyUnit::kWanYuan);
  ExpectEveryAmount(*t, GuangzhouTable3(), kGuangzhouTable3Columns);
}

// --- 佛山 2019 表3 支出决算表 (pages 10–11; the continuation repeats the header
// and the 合计 row; labels wrap onto a second line).
const std::vector<std::string> kFoshanTable3Columns = {"本年支出合计", "基本支出", "项目支出", "上缴上级支出",
                                                       "经营支出", "对附属单位补助支出"};
const std::vector<PrintedRow>& FoshanTable3() {
  static const std::vector<PrintedRow> rows = {
      {"", "合计", {"1668.14", "746.39", "921.75", "0.00", "0.00", "0.00"}},
      {"208", "社会保障和就业支出", {"76.23", "76.23", "0.00", "0.00", "0.00", "0.00"}},
      {"20805", "行政事业单位离退休", {"76.23", "76.23", "0.00", "0.00", "0.00", "0.00"}},
      {"2080505", "机关事业单位基本养老保险缴费支出", {"53.45", "53.45", "0.00", "0.00", "0.00", "0.00"}},
      {"2080506", "机关事业单位职业年金缴费支出", {"22.78", "22.78", "0.00", "0.00", "0.00", "0.00"}},
      {"214", "交通运输支出", {"1531.04", "609.29", "921.75", "0.00", "0.00", "0.00"}},
      {"21401", "公路水路运输", {"1531.04", "609.29", "921.75", "0.00", "0.00", "0.00"}},
      {"2140101", "行政运行", {"609.29", "609.29", "0.00", "0.00", "0.00", "0.00"}},
      {"2140102", "一般行政管理事务", {"905.60", "0.00", "905.60", "0.00", "0.00", "0.00"}},
      {"2140199", "其他公路水路运输支出", {"16.15", "0.00", "16.15", "0.00", "0.00", "0.00"}},
      {"221", "住房保障支出", {"60.87", "60.87", "0.00", "0.00", "0.00", "0.00"}},
      {"22102", "住房改革支出", {"60.87", "60.87", "0.00", "0.00", "0.00", "0.00"}},
      {"2210201", "住房公积金", {"60.87", "60.87", "0.00", "0.00", "0.00", "0.00"}},
  };
  return rows;
}

const Table* FoshanTable3In(const Document& doc) { return FindTable(doc, "final_expenditure", "支出决算表"); }

TEST(FoshanFinal2019ExpenditureTable, HandReadRowsAddUp) { ExpectPrintedTableAddsUp(FoshanTable3()); }

TEST(FoshanFinal2019ExpenditureTable, DISABLED_PdfReadsEveryRowCodeAndLabel) {
  const Table* t = FoshanTable3In(Pdf(Foshan().stem));
  ASSERT_NE(t, nullptr);
  ExpectRowsCodesAndLabels(*t, FoshanTable3());
}
TEST(FoshanFinal2019ExpenditureTable, DISABLED_PdfNamesEveryMoneyColumn) {
  const Table* t = FoshanTable3In(Pdf(Foshan().stem));
  ASSERT_NE(t, nullptr);
  ExpectMoneyColumnNames(*t, kFoshanTable3Columns);
}
TEST(FoshanFinal2019ExpenditureTable, PdfReadsEveryAmount) {
  const Table* t = FoshanTable3In(Pdf(Foshan().stem));
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->currency, MoneyUnit::kWanYuan);
  ExpectEveryAmount(*t, FoshanTable3(), kFoshanTable3Columns);
}
TEST(FoshanFinal2019ExpenditureTable, DISABLED_LayoutReadsEveryRowCodeAndLabel) {
  const Table* t = FoshanTable3In(Layout(Foshan().stem));
  ASSERT_NE(t, nullptr);
  ExpectRowsCodesAndLabels(*t, FoshanTable3());
}
TEST(FoshanFinal2019ExpenditureTable, DISABLED_LayoutNamesEveryMoneyColumn) {
  const Table* t = FoshanTable3In(Layout(Foshan().stem));
  ASSERT_NE(t, nullptr);
  ExpectMoneyColumnNames(*t, kFoshanTable3Columns);
}
TEST(FoshanFinal2019ExpenditureTable, DISABLED_LayoutReadsEveryAmount) {
  const Table* t = FoshanTable3In(Layout(Foshan().stem));
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->currency, MoneyUnit::kWanYuan);
  ExpectEveryAmount(*t, FoshanTable3(), kFoshanTable3Columns);
}

// ====================================== 西安市统计局 2026 部门综合预算 (元) ====

TEST(XianBudget2026, HandReadFiguresAddUp) {
  const Expected& e = Xian();
  // 表1: 36,701,197.20 + 25,408,100.00 = 62,109,297.20.
  EXPECT_EQ(F(e, "basic_expenditure") + F(e, "project_expenditure"), F(e, "total_expenditure"));
  // 表5 类 rows add to the 合计 exactly.
  EXPECT_EQ(SumByFunction(e), F(e, "total_expenditure"));
  // 表5 合计: 34,557,893.03 + 2,143,304.17 = 36,701,197.20.
  EXPECT_EQ(F(e, "personnel") + F(e, "public_funds"), F(e, "basic_expenditure"));
  // The narrative's 6,210.93万元 is the same total rounded to 0.01 万元.
  EXPECT_EQ(Wan("6,210.93"), F(e, "total_expenditure") + 280);  // 62,109,300.00 元
}

REAL_DOCUMENT_TEST(XianBudget2026Pdf, ReadsUnitName, Pdf, Xian, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(XianBudget2026Pdf, ReadsFiscalYear, Pdf, Xian, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(XianBudget2026Pdf, ReadsKinds, Pdf, Xian, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(XianBudget2026Pdf, ReadsTotalExpenditure, Pdf, Xian, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(XianBudget2026Pdf, ReadsTotalIncome, Pdf, Xian, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(XianBudget2026Pdf, ReadsBasicExpenditure, Pdf, Xian, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(XianBudget2026Pdf, ReadsProjectExpenditure, Pdf, Xian, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(XianBudget2026Pdf, ReadsPersonnel, Pdf, Xian, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(XianBudget2026Pdf, ReadsPublicFunds, Pdf, Xian, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(XianBudget2026Pdf, ReadsThreePublic, Pdf, Xian, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(XianBudget2026Pdf, ReadsAdminOperating, Pdf, Xian, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(XianBudget2026Pdf, ReadsExpenditureByFunction, Pdf, Xian, ExpectByFunction(doc, e))
REAL_DOCUMENT_TEST(XianBudget2026Layout, ReadsUnitName, Layout, Xian, ExpectUnit(doc, e))
REAL_DOCUMENT_TEST(XianBudget2026Layout, ReadsFiscalYear, Layout, Xian, EXPECT_EQ(doc.year, e.year))
REAL_DOCUMENT_TEST(XianBudget2026Layout, ReadsKinds, Layout, Xian, ExpectKinds(doc, e))
REAL_DOCUMENT_TEST(XianBudget2026Layout, ReadsTotalExpenditure, Layout, Xian, ExpectFigure(doc, e, "total_expenditure"))
REAL_DOCUMENT_TEST(XianBudget2026Layout, ReadsTotalIncome, Layout, Xian, ExpectFigure(doc, e, "total_income"))
REAL_DOCUMENT_TEST(XianBudget2026Layout, ReadsBasicExpenditure, Layout, Xian, ExpectFigure(doc, e, "basic_expenditure"))
REAL_DOCUMENT_TEST(XianBudget2026Layout, ReadsProjectExpenditure, Layout, Xian, ExpectFigure(doc, e, "project_expenditure"))
REAL_DOCUMENT_TEST(XianBudget2026Layout, ReadsPersonnel, Layout, Xian, ExpectFigure(doc, e, "personnel"))
REAL_DOCUMENT_TEST(XianBudget2026Layout, ReadsPublicFunds, Layout, Xian, ExpectFigure(doc, e, "public_funds"))
REAL_DOCUMENT_TEST(XianBudget2026Layout, ReadsThreePublic, Layout, Xian, ExpectFigure(doc, e, "three_public"))
REAL_DOCUMENT_TEST(XianBudget2026Layout, ReadsAdminOperating, Layout, Xian, ExpectFigure(doc, e, "admin_operating"))
REAL_DOCUMENT_TEST(XianBudget2026Layout, ReadsExpenditureByFunction, Layout, Xian, ExpectByFunction(doc, e))

}  // namespace
}  // namespace gongkai
