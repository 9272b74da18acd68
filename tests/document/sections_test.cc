// In document/, not with its stage: it reads the samples through ParseSample (ParseDocument).
// Narrative sections and the table-of-contents filter.
#include "sections.h"

#include <gtest/gtest.h>

#include "parse_sample.h"
#include "test_util.h"

namespace gongkai {
namespace {

using test::Heading;
using test::Paragraph;

Block TableBlock(int line) {
  Block b;
  b.kind = BlockKind::kTable;
  b.line = b.last_line = line;
  return b;
}

TEST(LooksLikeTocEntry, SeesLeadersAndTabbedPageNumbers) {
  EXPECT_TRUE(LooksLikeTocEntry("一、收入支出决算总表.....\t2"));
  EXPECT_TRUE(LooksLikeTocEntry("第四部分 名词解释\t18"));
  EXPECT_TRUE(LooksLikeTocEntry("第一部分 概况……1"));
  EXPECT_FALSE(LooksLikeTocEntry("附件 1"));
  EXPECT_FALSE(LooksLikeTocEntry("2023年度收入总计227.61万元"));
  EXPECT_FALSE(LooksLikeTocEntry("二、机构设置情况"));
}

// Sample 002 lines 37-52: a part, two numbered headings, list items.
TEST(ExtractSections, CollectsProseUnderItsInnermostHeading) {
  std::vector<Block> blocks = {
      Heading(37, 1, "第一部分 概况"),
      Heading(39, 2, "一、本部门（单位）职责"),
      Paragraph(41, "1、向领导小组报告工作情况，传达贯彻区委和领导小组的决策部署；"),
      Paragraph(42, "2、统筹、协调、指导巡察组开展工作，承担巡察工作的政策研究、制度建设等工作；"),
      Heading(50, 2, "二、机构设置情况"),
      Paragraph(52, "根据主要职责，中共长治市上党区委巡察工作办公室设2个内设机构，分别是：办公室、巡察组。"),
      Heading(54, 1, "第二部分 2023年部门决算表"),
      TableBlock(64),
  };
  std::vector<Section> s = ExtractSections(blocks);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[1].title, "一、本部门（单位）职责");
  EXPECT_EQ(s[1].level, 2);
  EXPECT_EQ(s[1].line, 39);
  EXPECT_EQ(s[1].text,
            "1、向领导小组报告工作情况，传达贯彻区委和领导小组的决策部署；\n\n"
            "2、统筹、协调、指导巡察组开展工作，承担巡察工作的政策研究、制度建设等工作；");
  EXPECT_EQ(s[2].text,
            "根据主要职责，中共长治市上党区委巡察工作办公室设2个内设机构，分别是：办公室、巡察组。");
  // Prose belongs to the innermost heading: the part does not repeat it.
  EXPECT_EQ(s[0].text, "");
  EXPECT_EQ(s[3].title, "第二部分 2023年部门决算表");
  EXPECT_EQ(s[3].text, "");
}

TEST(ExtractSections, SkipsTableOfContents) {
  // Sample 002 lines 7-39: 目录 with page numbers, then the body restarts.
  std::vector<Block> blocks = {
      Heading(7, 1, "目 录"),
      Heading(9, 1, "第一部分 概况\t1"),
      Heading(10, 2, "一、本部门（单位）职责.....\t1"),
      Heading(34, 1, "第四部分 名词解释\t18"),
      Heading(37, 1, "第一部分 概况"),
      Heading(39, 2, "一、本部门（单位）职责"),
  };
  std::vector<Section> s = ExtractSections(blocks);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].line, 37);
  EXPECT_EQ(s[1].line, 39);
}

TEST(ExtractSections, EndsListedTableOfContentsAtHeadingWithProse) {
  // Sample 003 lines 8-51: entries without page numbers, then 前言 and its text.
  std::vector<Block> blocks = {
      Heading(8, 1, "目 录"),
      Heading(10, 1, "第一部分 部门基本概况"),
      Paragraph(12, "一、部门职责"),
      Paragraph(25, "九、名词解释"),
      Heading(45, 1, "前言"),
      Paragraph(47, "按照《中华人民共和国预算法》《中华人民共和国预算法实施条例》以及财政部《地方预决算公开操作规程》"
                    "《关于推进部门所属单位预算公开的指导意见》的规定，现将本部门预算公开如下。"),
      Heading(49, 2, "一、部门职责"),
  };
  std::vector<Section> s = ExtractSections(blocks);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].title, "前言");
  EXPECT_TRUE(s[0].text.starts_with("按照《中华人民共和国预算法》"));
  EXPECT_EQ(s[1].title, "一、部门职责");
  EXPECT_EQ(s[1].line, 49);
}

}  // namespace
}  // namespace gongkai

namespace gongkai {
namespace {

TEST(ExtractSectionsEndToEnd, Sample002SkipsContentsAndCaptions) {
  Document doc = test::ParseSample("002");
  ASSERT_FALSE(doc.sections.empty());
  EXPECT_EQ(doc.sections[0].title, "第一部分 概况");
  EXPECT_EQ(doc.sections[0].line, 37);
  for (const Section& s : doc.sections) EXPECT_GT(s.line, 35) << s.title;  // 目录 is lines 7-35
  const Section* part2 = nullptr;
  const Section* income = nullptr;
  for (const Section& s : doc.sections) {
    if (s.line == 54) part2 = &s;
    if (s.line == 383) income = &s;
  }
  ASSERT_NE(part2, nullptr);
  EXPECT_EQ(part2->text, "");  // only tables, their titles and notes
  ASSERT_NE(income, nullptr);
  EXPECT_EQ(income->title, "一、收入支出决算总体情况说明");
  EXPECT_TRUE(income->text.starts_with("2023年度收入总计227.61万元，支出总计227.61万元。"));
}

}  // namespace
}  // namespace gongkai
