#include "normalize.h"

#include <gtest/gtest.h>

#include <string>

#include "decode.h"
#include "test_util.h"

namespace gongkai {
namespace {

// Line `number` (1-based) of sample `prefix`, decoded.
std::string SampleLine(const std::string& prefix, int number) {
  std::string path = test::SamplePath(prefix);
  SourceText text = Decode(path, test::ReadFileOrDie(path));
  if (number < 1 || number > static_cast<int>(text.lines.size())) {
    ADD_FAILURE() << "no line " << number << " in " << path;
    return "";
  }
  return text.lines[static_cast<std::size_t>(number - 1)].text;
}

// ------------------------------------------------------------------ LaTeX ---

TEST(NormalizeLineTest, ReplacesLatexGeqInSample001) {
  ASSERT_EQ(SampleLine("001", 34), "\t\t政府采购节约率\t$\\geq$\t3\t%\t\t");
  EXPECT_EQ(NormalizeLine(SampleLine("001", 34)), "\t\t政府采购节约率\t≥\t3\t%\t\t");
}

TEST(NormalizeLineTest, ReplacesLatexOperators) {
  EXPECT_EQ(NormalizeLine("$\\leq$\t$\\ge$\t$\\le$\t$>$\t$<$\t$=$"), "≤\t≥\t≤\t>\t<\t=");
  EXPECT_EQ(NormalizeLine("56人$\\times$35天"), "56人×35天");
  EXPECT_EQ(NormalizeLine("95$\\%$\t95\\%"), "95%\t95%");
  EXPECT_EQ(NormalizeLine("$\\sim$"), "~");
  EXPECT_EQ(NormalizeLine("$\\geq 90\\%$"), "≥ 90%");
}

TEST(NormalizeLineTest, LeavesUnknownOrMoneyDollarsAlone) {
  EXPECT_EQ(NormalizeLine("$\\frac{1}{2}$"), "$\\frac{1}{2}$");
  EXPECT_EQ(NormalizeLine("cost $5 and $6"), "cost $5 and $6");
  EXPECT_EQ(NormalizeLine("$$$$"), "$$$$");
}

// ------------------------------------------------------------------- HTML ---

TEST(NormalizeLineTest, RemovesBoldTagsInSample001) {
  ASSERT_EQ(SampleLine("001", 6).substr(0, 26), "<b>部门（单位）</b>\t");
  EXPECT_EQ(NormalizeLine("<b>部门（单位）</b>\t和政县委巡察工作领导小组办公室\t\t"),
            "部门（单位）\t和政县委巡察工作领导小组办公室\t\t");
}

TEST(NormalizeLineTest, DecodesEntitiesAfterTagsInSample001) {
  std::string line = SampleLine("001", 68);
  ASSERT_NE(line.find("27.44万元&lt;56人×35天×140元&gt;督察组"), std::string::npos);
  std::string out = NormalizeLine(line);
  EXPECT_NE(out.find("27.44万元<56人×35天×140元>督察组差旅费0.7万元<5人×10天×140元>, "),
            std::string::npos)
      << out;
  // Paragraph tags inside the cell became single spaces, none at its edges.
  EXPECT_EQ(out.substr(0, out.find("2025年")), "总体目标\t目标1: ");
  EXPECT_NE(out.find("35个工作日。 目标2: 每轮"), std::string::npos) << out;
  EXPECT_EQ(out.find('<', 0), out.find("<56人"));
  EXPECT_EQ(out.substr(out.size() - 21), "震慑作用。\t\t\t\t\t\t");
}

TEST(NormalizeLineTest, TurnsBreakTagsIntoOneSpace) {
  EXPECT_EQ(NormalizeLine("<p>一、部门基本情况</p> <p>（一）部门概况；</p>"),
            "一、部门基本情况 （一）部门概况；");
  EXPECT_EQ(NormalizeLine("第一行<br>第二行<br/>第三行<BR />四"), "第一行 第二行 第三行 四");
  EXPECT_EQ(NormalizeLine("<span style=\"color:red\">红</span>\t<p>\t</p>"), "红\t\t");
}

TEST(NormalizeLineTest, KeepsAngleBracketsThatAreNotTags) {
  EXPECT_EQ(NormalizeLine("&lt;b&gt;粗&lt;/b&gt;"), "<b>粗</b>");
  EXPECT_EQ(NormalizeLine("x<5\t<56人×35天>\t<bogus>"), "x<5\t<56人×35天>\t<bogus>");
  EXPECT_EQ(NormalizeLine("a <b class=x\tc>"), "a <b class=x\tc>");
}

TEST(NormalizeLineTest, DecodesNamedAndNumericEntities) {
  EXPECT_EQ(NormalizeLine("A&nbsp;B&amp;C&quot;D&#39;E&#20013;&#x56FD;"), "A B&C\"D'E中国");
  EXPECT_EQ(NormalizeLine("&amp;lt;"), "&lt;");
  EXPECT_EQ(NormalizeLine("&unknown; &#0; &#xZZ; & ;"), "&unknown; &#0; &#xZZ; & ;");
}

// --------------------------------------------------------------- Markdown ---

TEST(NormalizeLineTest, RemovesEscapesInSample000) {
  ASSERT_EQ(SampleLine("000", 39), "单位：012001\\_中共株洲市荷塘区委巡察工作领导小组办公室");
  EXPECT_EQ(NormalizeLine(SampleLine("000", 39)),
            "单位：012001_中共株洲市荷塘区委巡察工作领导小组办公室");
  EXPECT_EQ(NormalizeLine("\\*\\#\\[x\\]\\-\\.\\_"), "*#[x]-._");
}

TEST(NormalizeLineTest, KeepsEscapedPipeForPipeTables) {
  EXPECT_EQ(NormalizeLine("| a \\| b |"), "| a \\| b |");
}

TEST(NormalizeLineTest, RemovesBoldMarkersEvenAcrossLinesInSample001) {
  // Sample 001 opens bold on line 3 and closes it on line 4 (after a hard break).
  EXPECT_EQ(NormalizeLine(SampleLine("001", 3)),
            "和政县委巡察工作领导小组办公室部门（单位）整体支出绩效目标表");
  EXPECT_EQ(NormalizeLine(SampleLine("001", 4)), "（2025年度）");
  EXPECT_EQ(NormalizeLine(SampleLine("003", 233).substr(0, 27)), "5、基本支出:包括");
  EXPECT_EQ(NormalizeLine("__加粗__ 与 a__b 与 ____"), "加粗 与 a__b 与 ____");
}

TEST(NormalizeLineTest, KeepsHeadingAndListMarkers) {
  EXPECT_EQ(NormalizeLine("# 第一部分 部门概况"), "# 第一部分 部门概况");
  EXPECT_EQ(NormalizeLine("- 十二、机关运行经费：指…"), "- 十二、机关运行经费：指…");
  EXPECT_EQ(NormalizeLine("    缩进"), "    缩进");
}

// ------------------------------------------------------- bookmarks, marks ---

TEST(NormalizeLineTest, RemovesBookmarkInSample004) {
  ASSERT_EQ(SampleLine("004", 394), "\t[bookmark: _GoBack]分值");
  EXPECT_EQ(NormalizeLine(SampleLine("004", 394)), "\t分值");
  EXPECT_EQ(NormalizeLine("[bookmark: OLE_LINK1]收入[bookmark: x"), "收入[bookmark: x");
}

TEST(NormalizeLineTest, KeepsIllegibleMarker) {
  ASSERT_EQ(SampleLine("000", 85), "[illegible]");
  EXPECT_EQ(NormalizeLine("[illegible]"), "[illegible]");
  EXPECT_EQ(NormalizeLine("合计\t[illegible]\t"), "合计\t[illegible]\t");
}

// ------------------------------------------------------------- full-width ---

TEST(NormalizeLineTest, FoldsFullWidthDigitsLettersAndNumberPunctuation) {
  EXPECT_EQ(NormalizeLine("２０２５年\tＡＢｃ"), "2025年\tABc");
  EXPECT_EQ(NormalizeLine("１２３．４５\t－５\t＋３\t９５％\t１，２３４"),
            "123.45\t-5\t+3\t95%\t1,234");
}

TEST(NormalizeLineTest, KeepsChinesePunctuation) {
  EXPECT_EQ(NormalizeLine("（一）单位：万元，共1个，其中。"), "（一）单位：万元，共1个，其中。");
  // Sample 000 line 472: "＋" between words is Chinese punctuation.
  EXPECT_NE(NormalizeLine(SampleLine("000", 472)).find("“常规巡察＋专项巡察＋机动式巡察”"),
            std::string::npos);
}

// ----------------------------------------------------------------- spaces ---

TEST(NormalizeLineTest, EmptiesCellsOfOnlyIdeographicSpaceInSample004) {
  ASSERT_EQ(SampleLine("004", 103), "\t\u3000");
  EXPECT_EQ(NormalizeLine(SampleLine("004", 103)), "\t");
  EXPECT_EQ(NormalizeLine("a\t\u3000\tb\t\u00A0\u00A0\tc"), "a\t\tb\t\tc");
}

TEST(NormalizeLineTest, TrimsTrailingSpacesButKeepsTabs) {
  EXPECT_EQ(NormalizeLine("表一  "), "表一");
  EXPECT_EQ(NormalizeLine("表一\u3000 "), "表一");
  EXPECT_EQ(NormalizeLine("a\t\t"), "a\t\t");
}

TEST(NormalizeLineTest, TurnsNbspIntoSpaceInSample000) {
  EXPECT_EQ(NormalizeLine(SampleLine("000", 161)).substr(0, 31), "收    入    总    计\t230.44");
}

TEST(NormalizeTest, NormalizesEveryLineKeepingNumbersAndPageBreaks) {
  SourceText text = Decode("x.txt", "<b>表一</b>\n\f1\\_2  \n");
  Normalize(text);
  ASSERT_EQ(text.lines.size(), 2u);
  EXPECT_EQ(text.lines[0].text, "表一");
  EXPECT_EQ(text.lines[1].text, "1_2");
  EXPECT_EQ(text.lines[1].number, 2);
  EXPECT_TRUE(text.lines[1].page_break);
}

TEST(NormalizeLineTest, NeverBreaksInvalidUtf8) {
  EXPECT_EQ(NormalizeLine("a\xFF\xFE b"), "a\xFF\xFE b");
}


// The real -layout text of 重庆市气象局 2026 (tests/data/real): every amount
// printed as two glyph runs, the decimals a line below their integer.
TEST(RejoinSplitDecimals, RejoinsTheDecimalsOfARealStaircaseRow) {
  const std::string path = std::string(GONGKAI_TEST_DATA) + "/real/chongqing-2026-qixiang-ju-dept-budget.txt";
  SourceText text = Decode(path, test::ReadFileOrDie(path));
  Normalize(text);
  ASSERT_GE(text.lines.size(), 775u);
  auto line = [&](int n) { return text.lines[static_cast<std::size_t>(n) - 1].text; };
  ASSERT_EQ(line(771), "             13");
  ASSERT_EQ(line(772), "              .85                       13");
  RejoinSplitDecimals(text.lines);
  // p17 表八 合计: 13.85 | 因公出国（境） (empty) | 小计 13.55 | 购置费 (empty) |
  // 运行费 13.55 | 公务接待费 0.30, one row on the line of its first amount,
  // each amount at the column its integer was printed at.
  EXPECT_EQ(line(771), "             13.85                      13.55                 13.55          0.30");
  for (int n = 772; n <= 775; ++n) EXPECT_EQ(line(n), "") << n;
  // Prose: "运行经费 137" over ".15 万元,…增加 4" over ".43 万元": each rejoined,
  // the line keeping its words.
  EXPECT_EQ(line(68), "  (一)机关运行经费。2026年一般公共预算财政拨款运行经费 137.15");
  EXPECT_EQ(line(69), "                                      万元,比 2025 年增加 4.43");
  EXPECT_EQ(line(70), "                                                        万元,主要");
  EXPECT_EQ(text.lines.size(), Decode(path, test::ReadFileOrDie(path)).lines.size());
}

// A ".5" under no integer's end stays where it is; positioned lines are left alone.
TEST(RejoinSplitDecimals, LeavesOtherLinesAlone) {
  std::vector<Line> lines(3);
  lines[0].text = "合计        120";
  lines[1].text = "  .50 万元";
  lines[2].text = "    .17";
  lines[2].positioned = true;
  RejoinSplitDecimals(lines);
  EXPECT_EQ(lines[0].text, "合计        120");
  EXPECT_EQ(lines[1].text, "  .50 万元");
  EXPECT_EQ(lines[2].text, "    .17");
}

}  // namespace
}  // namespace gongkai
