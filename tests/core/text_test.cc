#include "text.h"

#include <gtest/gtest.h>

#include <string>

namespace gongkai {
namespace {

TEST(TextTest, NextCodePointDecodesAndReplacesMalformedBytes) {
  std::string_view text = "a合\u00A0\U00020000";
  std::size_t i = 0;
  EXPECT_EQ(NextCodePoint(text, &i), U'a');
  EXPECT_EQ(i, 1u);
  EXPECT_EQ(NextCodePoint(text, &i), U'合');
  EXPECT_EQ(i, 4u);
  EXPECT_EQ(NextCodePoint(text, &i), U'\u00A0');
  EXPECT_EQ(NextCodePoint(text, &i), U'\U00020000');
  EXPECT_EQ(i, text.size());

  // A cut-short 合 (E5 90 88 without its last byte): each byte is U+FFFD.
  std::string_view cut = "\xE5\x90";
  i = 0;
  EXPECT_EQ(NextCodePoint(cut, &i), 0xFFFDu);
  EXPECT_EQ(i, 1u);
  EXPECT_EQ(NextCodePoint(cut, &i), 0xFFFDu);
  EXPECT_EQ(i, 2u);
}

TEST(TextTest, NextCodePointByLeadReadsStrayBytesAsThemselves) {
  std::size_t i = 0;
  EXPECT_EQ(NextCodePointByLead("合", &i), U'合');
  EXPECT_EQ(i, 3u);
  i = 0;
  EXPECT_EQ(NextCodePointByLead("\x80", &i), 0x80u);
  EXPECT_EQ(i, 1u);
  i = 0;
  EXPECT_EQ(NextCodePointByLead("\xE5\x90", &i), 0xE5u);  // cut short: one byte
  EXPECT_EQ(i, 1u);
  std::string out;
  AppendUtf8(out, 0x80);
  EXPECT_EQ(out, "\xC2\x80");
}

TEST(TextTest, EncodesOneToFourBytes) {
  std::string out;
  for (char32_t c : {U'a', U'\u00A0', U'\u3000', U'\U00020000'}) AppendUtf8(out, c);
  EXPECT_EQ(out, "a\xC2\xA0\xE3\x80\x80\xF0\xA0\x80\x80");
  char bytes[4];
  EXPECT_EQ(EncodeUtf8(U'合', bytes), 3u);
  EXPECT_EQ(std::string(bytes, 3), "合");
}

TEST(TextTest, CountsCodePointsOfMixedText) {
  EXPECT_EQ(CharCount(""), 0u);
  EXPECT_EQ(CharCount("2024年预算"), 7u);
  EXPECT_EQ(CharCount("PM2.5值（万元）"), 10u);
  EXPECT_EQ(CharCount("\U00020000a"), 2u);
  // Malformed: CharCount counts lead bytes, DecodedCharCount every bad byte.
  EXPECT_EQ(CharCount("\xE5\x90"), 1u);
  EXPECT_EQ(DecodedCharCount("\xE5\x90", 40), 2u);
  EXPECT_EQ(CharCount("\x80\x80"), 0u);
  EXPECT_EQ(DecodedCharCount("\x80\x80", 40), 2u);
  EXPECT_EQ(DecodedCharCount("2024年预算", 40), 7u);
  // It stops one past the limit.
  EXPECT_EQ(DecodedCharCount("一二三四五", 2), 3u);
}

TEST(TextTest, DisplayWidths) {
  EXPECT_EQ(CharWidth(U'a'), 1);
  EXPECT_EQ(CharWidth(U'合'), 2);
  EXPECT_EQ(CharWidth(U'\u3000'), 2);
  EXPECT_EQ(CharWidth(U'\u0301'), 0);
}

TEST(TextTest, NamedSpaceSets) {
  for (char32_t c : {U' ', U'\t', U'\r', U'\n', U'\u00A0', U'\u3000'}) {
    EXPECT_TRUE(IsCellSpace(c)) << static_cast<int>(c);
    EXPECT_TRUE(IsLabelSpace(c)) << static_cast<int>(c);
  }
  EXPECT_FALSE(IsCellSpace(U'\f'));
  EXPECT_TRUE(IsLabelSpace(U'\f'));
  for (char32_t c : {U'\v', U'\u2002', U'\u200B', U'\uFEFF', U'a', U'合'}) {
    EXPECT_FALSE(IsCellSpace(c)) << static_cast<int>(c);
    EXPECT_FALSE(IsLabelSpace(c)) << static_cast<int>(c);
  }
}

TEST(TextTest, TrimCellStripsCellSpaces) {
  EXPECT_EQ(TrimCell("\u3000 合计\t\u00A0\r\n"), "合计");
  EXPECT_EQ(TrimCell("\f合计\v"), "\f合计\v");
  EXPECT_EQ(TrimCell("\u2002合计"), "\u2002合计");
  EXPECT_EQ(TrimCell(" \u3000 "), "");
  EXPECT_TRUE(IsBlankText("\u3000\t"));
  EXPECT_FALSE(IsBlankText("\f"));
}

TEST(TextTest, TrimCellBytesAgreesOnWellFormedTextOnly) {
  EXPECT_EQ(TrimCellBytes("\u3000 1,234.56\t\u00A0"), "1,234.56");
  EXPECT_EQ(TrimCellView("\u3000 1,234.56\t\u00A0"), "1,234.56");
  // E3 80 80 80: a U+3000 with a stray continuation byte after it.
  EXPECT_EQ(TrimCellView("a\xE3\x80\x80\x80"), "a");
  EXPECT_EQ(TrimCellBytes("a\xE3\x80\x80\x80"), "a\xE3\x80\x80\x80");
}

TEST(TextTest, TrimBlanksStripsOnlySpacesAndTabs) {
  EXPECT_EQ(TrimBlanks(" \t合计\u3000 "), "合计\u3000");
  EXPECT_EQ(TrimBlanks("\u00A0合计\n"), "\u00A0合计\n");
  EXPECT_EQ(TrimLeading(" \t <html>", kBlanks), "<html>");
  EXPECT_EQ(TrimTrailing("  ", kBlanks), "");
}

TEST(TextTest, TrimGlossaryTextTrimsIdeographicSpacesLast) {
  EXPECT_EQ(TrimGlossaryText("\t定义\u3000\t"), "定义");
  EXPECT_EQ(TrimGlossaryText("\u3000 \u3000预算"), "预算");
  // At the end, spaces and tabs first, then U+3000s: a space before them stays.
  EXPECT_EQ(TrimGlossaryText("预算 \u3000"), "预算 ");
  EXPECT_EQ(TrimGlossaryText("预算\u00A0"), "预算\u00A0");
}

TEST(TextTest, SpacelessCellDropsCellSpaces) {
  EXPECT_EQ(SpacelessCell("合 计\u3000\t1\u00A0"), "合计1");
  EXPECT_EQ(SpacelessCell("- 1 -"), "-1-");
  EXPECT_EQ(SpacelessCell("a\fb\u2002c"), "a\fb\u2002c");
  EXPECT_EQ(SpacelessCell("合\x80"), "合\uFFFD");
}

TEST(TextTest, RemoveSpacesDropsEveryUnicodeSpace) {
  EXPECT_EQ(RemoveSpaces("本 年 收 入 合 计"), "本年收入合计");
  EXPECT_EQ(RemoveSpaces("\t收\u3000入\u00A0合计 "), "收入合计");
  EXPECT_EQ(RemoveSpaces("a\u2002b\u200Bc\uFEFFd\fe\vf\r\n"), "abcdef");
  EXPECT_EQ(RemoveSpaces("合\x80 计"), "合\x80计");  // a malformed byte kept as it is
}

TEST(TextTest, RemoveAsciiSpacesKeepsOtherSpaces) {
  EXPECT_EQ(RemoveAsciiSpaces("本年 合 计"), "本年合计");
  EXPECT_EQ(RemoveAsciiSpaces("合\t计\u3000\u00A0"), "合\t计\u3000\u00A0");
}

TEST(TextTest, CjkOrFullWidth) {
  for (char32_t c : {U'合', U'、', U'ア', U'한', U'０', U'（', U'“', U'\U00020000', U'㎡'})
    EXPECT_TRUE(IsCjkOrFullWidth(c)) << static_cast<int>(c);
  for (char32_t c : {U'a', U'1', U'\u3000', U'—', U'…', U'\u00A0'})
    EXPECT_FALSE(IsCjkOrFullWidth(c)) << static_cast<int>(c);
  EXPECT_TRUE(StartsWithCjk("“预算”"));
  EXPECT_FALSE(StartsWithCjk(""));
  EXPECT_TRUE(EndsWithCjk("2024年"));
  EXPECT_FALSE(EndsWithCjk("预算a"));
  EXPECT_TRUE(ContainsCjk("PM2.5值"));
  EXPECT_FALSE(ContainsCjk("PM 2.5"));
}

TEST(TextTest, CompactCellJoinsCjkAndDigits) {
  EXPECT_EQ(CompactCell("2024 年"), "2024年");
  EXPECT_EQ(CompactCell("一般公共 服务支出"), "一般公共服务支出");
  EXPECT_EQ(CompactCell("170.08 万元"), "170.08万元");
  EXPECT_EQ(CompactCell("收\u00A0\u00A0入\u3000总 计"), "收入总计");
  EXPECT_EQ(CompactCell("（一） 部门概况"), "（一）部门概况");
  EXPECT_EQ(CompactCell("本 年 收 入 合 计"), "本年收入合计");
}

TEST(TextTest, CompactCellCollapsesSpacesBetweenOtherCharacters) {
  EXPECT_EQ(CompactCell("1 234.56"), "1 234.56");
  EXPECT_EQ(CompactCell("PM 2.5 值"), "PM 2.5值");
  EXPECT_EQ(CompactCell("  Total \t amount "), "Total amount");
  // A space beside a CJK character goes, whatever is on its other side.
  EXPECT_EQ(CompactCell("单位 A"), "单位A");
  EXPECT_EQ(CompactCell("合计\t 100"), "合计100");
}

TEST(TextTest, JoinsWrappedLines) {
  EXPECT_EQ(JoinWrapped("机关事业单位基本养老保险缴", "费支出"), "机关事业单位基本养老保险缴费支出");
  EXPECT_EQ(JoinWrapped("Total", "amount"), "Total amount");
  EXPECT_EQ(JoinWrapped("", "费支出"), "费支出");
}

TEST(TextTest, Contains) {
  EXPECT_TRUE(Contains("单位:万元", "万元"));
  EXPECT_FALSE(Contains("单位:元", "万元"));
  EXPECT_TRUE(Contains("abc", ""));
}

}  // namespace
}  // namespace gongkai
