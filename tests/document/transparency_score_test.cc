// In document/, not with its stage: it reads the samples through ParseSample (ParseDocument).
// The transparency score: the weights, and the scores of the samples and
// of three real PDFs, each total worked out by hand from what the document
// holds (completeness_test.cc names the tables and parts line by line) and
// from its 勾稽 warnings (docs/audit.md), never copied from the output.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "parse.h"
#include "parse_sample.h"
#include "test_util.h"
#include "transparency_score.h"

namespace gongkai {
namespace {

TransparencyScore ScoreOf(const Document& doc) { return ScoreDisclosure(doc, AssessCompleteness(doc)); }

std::map<std::string, std::int64_t> Earned(const TransparencyScore& s) {
  std::map<std::string, std::int64_t> out;
  for (const CategoryScore& c : s.categories) out[c.id] = c.earned;
  return out;
}

Document Real(const std::string& name) {
  const std::string path = std::string(GONGKAI_TEST_DATA) + "/real/" + name;
  return ParseDocument(path, test::ReadFileOrDie(path));
}

TEST(ScoreWeights, AddUpToOneHundredAndNameTheirSource) {
  std::int64_t total = 0;
  for (const ScoreWeight& w : ScoreWeights()) {
    total += w.points;
    EXPECT_FALSE(w.rule.empty()) << w.id;
    EXPECT_FALSE(w.source.empty()) << w.id;
  }
  EXPECT_EQ(total, 10000);
}

TEST(PointsText, PrintsHundredthsWithoutTrailingZeros) {
  EXPECT_EQ(PointsText(10000), "100");
  EXPECT_EQ(PointsText(7873), "78.73");
  EXPECT_EQ(PointsText(5210), "52.1");
  EXPECT_EQ(PointsText(0), "0");
}

// 000: 收入总表 illegible (half of 36 / 9 = 4 → 2 lost); no 情况说明 at all (all
// 20 lost); two 勾稽 warnings (2 each): 支出总表 line 102 prints 2089999 on the
// 208 row (docs/audit.md), and line 175 of 一般公共预算支出表, whose spanned
// header puts 项目支出 over the 公用经费 column (a reader fault left in
// docs/audit.md: 218.74 + 11.70 = 230.44 holds on the page). 100 − 2 − 20 − 4 = 74.
TEST(TransparencySamples, Sample000Scores74) {
  TransparencyScore s = ScoreOf(test::ParseSample("000"));
  ASSERT_TRUE(s.scored);
  EXPECT_EQ(s.points, 7400);
  std::map<std::string, std::int64_t> earned = {
      {"tables", 3400}, {"narrative", 0}, {"granularity", 1200}, {"consistency", 1600}, {"performance", 1200}};
  EXPECT_EQ(Earned(s), earned);
  // Every lost point names its reason; the illegible table and the first
  // finding name their lines.
  ASSERT_FALSE(s.lost.empty());
  EXPECT_EQ(s.lost.front().reason, "收入总表：无法辨认");
  EXPECT_EQ(s.lost.front().points, 200);
  EXPECT_EQ(s.lost.front().span.line, 79);
  int consistency = 0;
  for (const LostPoints& l : s.lost)
    if (l.category == "consistency") {
      if (++consistency == 1) {
        EXPECT_EQ(l.ref, "audit.code-columns");
        EXPECT_EQ(l.span.line, 102);
      }
      EXPECT_EQ(l.points, kPointsPerWarning);
    }
  EXPECT_EQ(consistency, 2);
}

// 001 and 004 are performance documents only: not scored.
TEST(TransparencySamples, PerformanceDocumentsAreNotScored) {
  EXPECT_FALSE(ScoreOf(test::ParseSample("001")).scored);
  EXPECT_FALSE(ScoreOf(test::ParseSample("004")).scored);
}

// 002: every table (three empty with notes, no loss), every part, every
// granularity, no 勾稽 warning (its one finding is rounding, docs/audit.md);
// only the 部门整体 self-evaluation is missing (half of 12 → 6). 94.
TEST(TransparencySamples, Sample002Scores94) {
  TransparencyScore s = ScoreOf(test::ParseSample("002"));
  EXPECT_EQ(s.points, 9400);
  ASSERT_EQ(s.lost.size(), 1u);
  EXPECT_EQ(s.lost[0].reason, "缺少部门整体支出绩效自评表");
  EXPECT_EQ(s.lost[0].span.line, 0);
}

// 003: complete in every respect but two 勾稽 warnings, both real errors of
// 表七 (docs/audit.md): line 428 (301 合计 143.72 ≠ Σ款 139.72) and line 429
// (30101 基本工资 42.26 ≠ 46.26). 100 − 4 = 96.
TEST(TransparencySamples, Sample003Scores96) {
  TransparencyScore s = ScoreOf(test::ParseSample("003"));
  EXPECT_EQ(s.points, 9600);
  ASSERT_EQ(s.lost.size(), 2u);
  EXPECT_EQ(s.lost[0].span.line, 428);
  EXPECT_EQ(s.lost[1].span.line, 429);
  EXPECT_EQ(s.lost[1].ref, "audit.row-personnel-public");
}

// 佛山 2019 决算: 国有资本经营 table missing (4), no 绩效自评表 (12), no 勾稽
// warning. 100 − 4 − 12 = 84.
TEST(TransparencyReal, FoshanFinalScores84) {
  TransparencyScore s = ScoreOf(Real("foshan-2019-guidao-jiaotong-ju-dept-final.pdf"));
  EXPECT_EQ(s.points, 8400);
  std::map<std::string, std::int64_t> earned = {
      {"tables", 3200}, {"narrative", 2000}, {"granularity", 1200}, {"consistency", 2000}, {"performance", 0}};
  EXPECT_EQ(Earned(s), earned);
}

// 西南大学 2023 决算: 5 of 9 tables missing (36 − 20 = 16), 4 of 5 parts
// missing (4 left), economic and 三公 granularity unmet (4 left), no 勾稽
// warning (20), no self-evaluation (0). 16 + 4 + 4 + 20 = 44.
TEST(TransparencyReal, XinanDaxueFinalScores44) {
  TransparencyScore s = ScoreOf(Real("chongqing-2023-xinan-daxue-dept-final.pdf"));
  EXPECT_EQ(s.points, 4400);
  std::map<std::string, std::int64_t> earned = {
      {"tables", 1600}, {"narrative", 400}, {"granularity", 400}, {"consistency", 2000}, {"performance", 0}};
  EXPECT_EQ(Earned(s), earned);
}

// 深圳市财政局 2026 预算: complete tables, parts and granularity; no 绩效目标表
// (12); one 勾稽 warning: the narrative's 在职人员经费 8,009.83 万元 (text line
// 183) against 基本支出总表's 人员经费 9,557.38, which also holds 离退休 (a
// false positive docs/audit.md lists). 100 − 12 − 2 = 86.
TEST(TransparencyReal, ShenzhenBudgetScores86) {
  TransparencyScore s = ScoreOf(Real("shenzhen-2026-caizheng-ju-benji-dept-budget.pdf"));
  EXPECT_EQ(s.points, 8600);
  std::map<std::string, std::int64_t> earned = {
      {"tables", 3600}, {"narrative", 2000}, {"granularity", 1200}, {"consistency", 1800}, {"performance", 0}};
  EXPECT_EQ(Earned(s), earned);
}

// Eleven expected tables (a 江苏 budget) share 36 points: 3600 = 11 × 327 + 3,
// so the first three weigh 3.28 and the other eight 3.27.
TEST(TransparencyScore, SplitsAWeightOverItsItemsExactly) {
  Document doc = test::ParseSample("003");
  Completeness c = AssessCompleteness(doc);
  c.tables.push_back({"admin_operating", "机关运行经费表", Presence::kMissing, "", {}, ""});
  c.tables.push_back({"procurement", "政府采购支出表", Presence::kMissing, "", {}, ""});
  TransparencyScore s = ScoreDisclosure(doc, c);
  // The two added tables are the 10th and 11th: 327 each.
  EXPECT_EQ(Earned(s)["tables"], 3600 - 327 - 327);
}

}  // namespace
}  // namespace gongkai
