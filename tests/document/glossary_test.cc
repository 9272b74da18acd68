// In document/, not with its stage: it reads the samples through ParseSample (ParseDocument).
// Glossary (名词解释) extraction, on blocks built from real sample lines.
#include "glossary.h"

#include <gtest/gtest.h>

#include <sstream>

#include "parse_sample.h"
#include "test_util.h"

namespace gongkai {
namespace {

// The text of 1-based line `number` of a sample, as printed.
std::string SampleLine(const std::string& prefix, int number) {
  std::istringstream in(test::ReadFileOrDie(test::SamplePath(prefix)));
  std::string line;
  for (int n = 1; std::getline(in, line); ++n)
    if (n == number) return line;
  ADD_FAILURE() << "no line " << number;
  return "";
}

using test::Heading;
using test::Paragraph;

// Sample 002's 名词解释 part (lines 511-529) as segment gives it: a heading,
// one paragraph per item ("- " list marker removed), the next part.
std::vector<Block> Sample002Glossary() {
  std::vector<Block> blocks = {Heading(511, 1, SampleLine("002", 511))};
  for (int line = 513; line <= 525; ++line) {
    std::string text = SampleLine("002", line);
    if (text.rfind("- ", 0) == 0) text.erase(0, 2);
    blocks.push_back(Paragraph(line, text));
  }
  blocks.push_back(Heading(527, 1, SampleLine("002", 527)));
  blocks.push_back(Paragraph(529, SampleLine("002", 529)));
  return blocks;
}

// Sample 003's 十一、名词解释 (lines 223-245), bold markers left in.
std::vector<Block> Sample003Glossary() {
  std::vector<Block> blocks = {Heading(223, 2, SampleLine("003", 223))};
  for (int line = 225; line <= 245; line += 2) blocks.push_back(Paragraph(line, SampleLine("003", line)));
  return blocks;
}

TEST(ItemNumberingLength, RecognisesEveryNumberingStyle) {
  EXPECT_EQ(ItemNumberingLength("一、财政拨款收入：指"), std::string("一、").size());
  EXPECT_EQ(ItemNumberingLength("- 十二、机关运行经费：指"), std::string("- 十二、").size());
  EXPECT_EQ(ItemNumberingLength("1、基本支出:包括"), std::string("1、").size());
  EXPECT_EQ(ItemNumberingLength("（一）、\"三公\"经费：是"), std::string("（一）、").size());
  EXPECT_EQ(ItemNumberingLength("(3) 其他收入：指"), std::string("(3) ").size());
  EXPECT_EQ(ItemNumberingLength("5、**基本支出**:"), std::string("5、").size());
  EXPECT_EQ(ItemNumberingLength("1.5万元用于"), 0u);
  EXPECT_EQ(ItemNumberingLength("财政拨款收入：指"), 0u);
}

TEST(SplitGlossaryItem, SplitsSharedItemAtSemicolonTermBoundaries) {
  std::vector<GlossaryTerm> terms = SplitGlossaryItem(
      "一般公共服务支出：指反映政府提供一般公共服务的支出；社会保障和就业支出：指反映政府在社会保障与就业"
      "方面的支出；卫生健康支出：指反映政府卫生健康方面的支出；住房保障支出：集中反映政府用于住房方面的支出。");
  ASSERT_EQ(terms.size(), 4u);
  EXPECT_EQ(terms[0].term, "一般公共服务支出");
  EXPECT_EQ(terms[0].definition, "指反映政府提供一般公共服务的支出");
  EXPECT_EQ(terms[1].term, "社会保障和就业支出");
  EXPECT_EQ(terms[2].term, "卫生健康支出");
  EXPECT_EQ(terms[3].term, "住房保障支出");
  EXPECT_EQ(terms[3].definition, "集中反映政府用于住房方面的支出。");
}

TEST(SplitGlossaryItem, DoesNotSplitAtSentenceBeforeColon) {
  std::vector<GlossaryTerm> terms =
      SplitGlossaryItem("基本支出：指人员支出；其中，人员经费包括：工资福利支出；其中：奖金");
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_EQ(terms[0].term, "基本支出");
}

TEST(SplitGlossaryItem, StripsBoldAndKeepsPairedQuotes) {
  EXPECT_EQ(SplitGlossaryItem("**基本支出**:包括人员经费")[0].term, "基本支出");
  EXPECT_EQ(SplitGlossaryItem("“三公”经费:指因公出国(境)费")[0].term, "“三公”经费");
  EXPECT_EQ(SplitGlossaryItem("“机关运行经费：指")[0].term, "机关运行经费");
}

TEST(ExtractGlossary, ReadsSample002ThirteenItems) {
  std::vector<Diagnostic> diagnostics;
  std::vector<GlossaryEntry> g = ExtractGlossary(Sample002Glossary(), "002.txt", diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  ASSERT_EQ(g.size(), 13u);
  EXPECT_EQ(g[0].term, "财政拨款收入");
  EXPECT_EQ(g[0].definition, "指单位从同级财政部门取得的财政预算资金。");
  EXPECT_EQ(g[0].line, 513);
  ASSERT_EQ(g[0].terms.size(), 1u);
  EXPECT_EQ(g[10].term, "“三公”经费");
  EXPECT_EQ(g[10].terms.size(), 1u);
  EXPECT_EQ(g[11].term, "机关运行经费");
  EXPECT_EQ(g[12].term, "一般公共服务支出");
  EXPECT_EQ(g[12].line, 525);
  ASSERT_EQ(g[12].terms.size(), 4u);
  EXPECT_EQ(g[12].terms[1].term, "社会保障和就业支出");
  EXPECT_EQ(g[12].terms[1].definition, "指反映政府在社会保障与就业方面的支出");
  EXPECT_EQ(g[12].terms[3].term, "住房保障支出");
  EXPECT_TRUE(g[12].definition.starts_with("指反映政府提供一般公共服务的支出；社会保障和就业支出："));
}

TEST(ExtractGlossary, ReadsSample003EightItemsAndStopsAtSignature) {
  std::vector<Diagnostic> diagnostics;
  std::vector<GlossaryEntry> g = ExtractGlossary(Sample003Glossary(), "003.txt", diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  ASSERT_EQ(g.size(), 8u);
  EXPECT_EQ(g[0].term, "财政拨款");
  EXPECT_EQ(g[0].line, 225);
  EXPECT_EQ(g[4].term, "基本支出");
  EXPECT_EQ(g[4].definition,
            "包括人员经费、公用经费(定额)。其中,人员经费包括工资福利支出、对个人和家庭的补助。");
  EXPECT_EQ(g[6].term, "“三公”经费");
  EXPECT_EQ(g[7].term, "机关运行经费");
  EXPECT_EQ(g[7].line, 239);
  EXPECT_TRUE(g[7].definition.ends_with("公务用车运行维护费以及其他费用。"));
}

TEST(ExtractGlossary, IgnoresTableOfContentsEntries) {
  // Sample 002 lines 7-35: the 目录 names 第四部分 名词解释 with a page number.
  std::vector<Block> blocks = {Heading(7, 1, "目 录"),
                               Paragraph(9, SampleLine("002", 9)),
                               Paragraph(34, SampleLine("002", 34)),
                               Paragraph(35, SampleLine("002", 35)),
                               Heading(37, 1, SampleLine("002", 37)),
                               Paragraph(41, "1、向领导小组报告工作情况，传达贯彻区委和领导小组的决策部署；")};
  std::vector<Diagnostic> diagnostics;
  EXPECT_TRUE(ExtractGlossary(blocks, "002.txt", diagnostics).empty());
  EXPECT_TRUE(diagnostics.empty());
}

TEST(ExtractGlossary, IgnoresNamedEntryOfListedTableOfContents) {
  // Sample 003 lines 8-49: the 目录 lists "- 九、名词解释" among short entries.
  std::vector<Block> blocks = {Heading(8, 1, "目 录"), Heading(10, 1, "第一部分 部门基本概况"),
                               Paragraph(24, "八、预算绩效管理情况"), Paragraph(25, "九、名词解释"),
                               Heading(27, 1, "第三部分 2024 年部门预算公开表"),
                               Paragraph(29, "一、部门收支总体情况表"), Heading(45, 1, "前言"),
                               Paragraph(47, SampleLine("003", 47)),
                               Paragraph(51, "(一)对市委巡察工作领导小组负责：报告工作情况。")};
  std::vector<Diagnostic> diagnostics;
  EXPECT_TRUE(ExtractGlossary(blocks, "003.txt", diagnostics).empty());
}

TEST(ExtractGlossary, WarnsOnItemWithoutColonAndGoesOn) {
  std::vector<Block> blocks = {Heading(10, 1, "九、名词解释"),
                               Paragraph(11, "1、基本支出指为保障机构正常运转而发生的支出。"),
                               Paragraph(12, "2、项目支出：指在基本支出之外发生的支出。")};
  std::vector<Diagnostic> diagnostics;
  std::vector<GlossaryEntry> g = ExtractGlossary(blocks, "x.txt", diagnostics);
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].term, "项目支出");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].span.line, 11);
  EXPECT_EQ(diagnostics[0].code, "glossary.no-colon");
  EXPECT_EQ(diagnostics[0].severity, Severity::kWarning);
  EXPECT_EQ(diagnostics[0].message,
            "名词解释 item has no \"term：definition\" colon: 基本支出指为保障机构正常运转而发生的支出…");
}

TEST(ExtractGlossary, JoinsWrappedLineToItsItem) {
  std::vector<Block> blocks = {Heading(1, 1, "专业性名词解释"),
                               Paragraph(2, "（一）、\"三公\"经费：是指因公出国（境）费、"),
                               Paragraph(3, "公务用车购置及运行费和公务接待费。"),
                               Paragraph(4, "2024年2月23日"), Paragraph(5, "3、不是条目：因为已结束。")};
  std::vector<Diagnostic> diagnostics;
  std::vector<GlossaryEntry> g = ExtractGlossary(blocks, "x.txt", diagnostics);
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].term, "\"三公\"经费");
  EXPECT_EQ(g[0].definition, "是指因公出国（境）费、公务用车购置及运行费和公务接待费。");
}

}  // namespace
}  // namespace gongkai

namespace gongkai {
namespace {

using test::ParseSample;

TEST(ExtractGlossaryEndToEnd, FindsTheSampleGlossaries) {
  Document d002 = ParseSample("002");
  ASSERT_EQ(d002.glossary.size(), 13u);
  EXPECT_EQ(d002.glossary.front().term, "财政拨款收入");
  EXPECT_EQ(d002.glossary.front().line, 513);
  EXPECT_EQ(d002.glossary.back().term, "一般公共服务支出");
  EXPECT_EQ(d002.glossary.back().terms.size(), 4u);
  EXPECT_EQ(d002.glossary.back().line, 525);

  Document d003 = ParseSample("003");
  ASSERT_EQ(d003.glossary.size(), 8u);
  EXPECT_EQ(d003.glossary.front().term, "财政拨款");
  EXPECT_EQ(d003.glossary.back().term, "机关运行经费");
  EXPECT_EQ(d003.glossary.back().line, 239);
  for (const Diagnostic& d : d003.diagnostics) EXPECT_NE(d.code, "glossary.no-colon");

  EXPECT_TRUE(ParseSample("000").glossary.empty());
  EXPECT_TRUE(ParseSample("004").glossary.empty());
}

}  // namespace
}  // namespace gongkai
