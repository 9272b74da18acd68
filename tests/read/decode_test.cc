#include "decode.h"

#include <gtest/gtest.h>

#include <string>

#include "diagnostics.h"
#include "test_util.h"

namespace gongkai {
namespace {

std::vector<std::string> Texts(const SourceText& text) {
  std::vector<std::string> out;
  for (const Line& line : text.lines) out.push_back(line.text);
  return out;
}

std::vector<int> Numbers(const SourceText& text) {
  std::vector<int> out;
  for (const Line& line : text.lines) out.push_back(line.number);
  return out;
}

std::vector<std::string> Formatted(const SourceText& text) {
  std::vector<std::string> out;
  for (const Diagnostic& d : text.diagnostics) out.push_back(FormatDiagnostic(d));
  return out;
}

TEST(DecodeTest, ReadsPlainUtf8) {
  SourceText text = Decode("x.txt", "单位名称\t荷塘区\n第二行");
  EXPECT_EQ(text.path, "x.txt");
  EXPECT_EQ(text.encoding, "UTF-8");
  EXPECT_EQ(Texts(text), (std::vector<std::string>{"单位名称\t荷塘区", "第二行"}));
  EXPECT_EQ(Numbers(text), (std::vector<int>{1, 2}));
  EXPECT_TRUE(text.diagnostics.empty());
}

TEST(DecodeTest, StripsUtf8Bom) {
  SourceText text = Decode("x.txt", "\xEF\xBB\xBF部门预算\n");
  EXPECT_EQ(text.encoding, "UTF-8 (BOM)");
  EXPECT_EQ(Texts(text), (std::vector<std::string>{"部门预算"}));
  EXPECT_TRUE(text.diagnostics.empty());
}

TEST(DecodeTest, ConvertsGbkToUtf8WithNote) {
  const std::string sample = "单位名称：中共株洲市荷塘区委巡察工作";
  std::string gbk = test::Encode(sample + "\r\n2025年\r\n", "GBK");
  ASSERT_NE(gbk, sample + "\r\n2025年\r\n");
  SourceText text = Decode("x.txt", gbk);
  EXPECT_EQ(text.encoding, "GB18030");
  EXPECT_EQ(Texts(text), (std::vector<std::string>{sample, "2025年"}));
  EXPECT_EQ(Formatted(text),
            (std::vector<std::string>{"x.txt: note: converted from GB18030 to UTF-8"}));
  EXPECT_EQ(text.diagnostics[0].code, "decode.converted");
}

TEST(DecodeTest, ReportsInvalidBytesInGbkFileByLine) {
  const std::string sample = "单位名称：中共株洲市荷塘区委巡察工作";
  std::string gbk = test::Encode(sample + "\n", "GBK") + "\xFF" + test::Encode("合计\n", "GBK");
  SourceText text = Decode("x.txt", gbk);
  EXPECT_EQ(text.encoding, "GB18030");
  EXPECT_EQ(Texts(text), (std::vector<std::string>{sample, "\xEF\xBF\xBD合计"}));
  EXPECT_EQ(Formatted(text),
            (std::vector<std::string>{"x.txt: note: converted from GB18030 to UTF-8",
                                      "x.txt:2: warning: invalid GB18030 byte(s) replaced with "
                                      "U+FFFD"}));
}

TEST(DecodeTest, ConvertsGb18030FourByteCharacters) {
  // "€" and "𠀀" need GB18030's four-byte sequences; GBK has no such bytes.
  const std::string sample = "收入合计€𠀀";
  SourceText text = Decode("x.txt", test::Encode(sample, "GB18030"));
  EXPECT_EQ(text.encoding, "GB18030");
  EXPECT_EQ(Texts(text), (std::vector<std::string>{sample}));
}

TEST(DecodeTest, NumbersLinesForLfCrlfAndLoneCr) {
  EXPECT_EQ(Texts(Decode("x.txt", "a\r\nb\r\nc")), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(Texts(Decode("x.txt", "a\rb\rc\r")), (std::vector<std::string>{"a", "b", "c"}));
  SourceText mixed = Decode("x.txt", "a\nb\r\nc\rd\n\re");
  EXPECT_EQ(Texts(mixed), (std::vector<std::string>{"a", "b", "c", "d", "", "e"}));
  EXPECT_EQ(Numbers(mixed), (std::vector<int>{1, 2, 3, 4, 5, 6}));
}

TEST(DecodeTest, CountsLinesAsAnEditorDoes) {
  // A terminator ends a line; text after the last one is one more line.
  EXPECT_EQ(Decode("x.txt", "").lines.size(), 0u);
  EXPECT_EQ(Decode("x.txt", "\n").lines.size(), 1u);
  EXPECT_EQ(Decode("x.txt", "a\n").lines.size(), 1u);
  EXPECT_EQ(Decode("x.txt", "a\nb").lines.size(), 2u);
  EXPECT_EQ(Decode("x.txt", "a\n\n").lines.size(), 2u);
}

TEST(DecodeTest, ReplacesInvalidBytesWithOneWarningPerLine) {
  SourceText text = Decode("x.txt", "单位\n合计\n本年\xFF收入\xC3\x28\n其他\n");
  EXPECT_EQ(text.encoding, "UTF-8");
  ASSERT_EQ(text.lines.size(), 4u);
  EXPECT_EQ(text.lines[2].text, "本年\xEF\xBF\xBD收入\xEF\xBF\xBD(");
  EXPECT_EQ(Formatted(text), (std::vector<std::string>{
                                 "x.txt:3: warning: invalid UTF-8 byte(s) replaced with U+FFFD"}));
  EXPECT_EQ(text.diagnostics[0].code, "decode.invalid-bytes");
}

TEST(DecodeTest, CapsInvalidByteWarningsWithASummary) {
  std::string bytes;
  for (int i = 0; i < 150; ++i) bytes += "收入\xFF合计\n";
  SourceText text = Decode("x.txt", bytes);
  EXPECT_EQ(text.encoding, "UTF-8");
  ASSERT_EQ(text.diagnostics.size(), 101u);
  EXPECT_EQ(FormatDiagnostic(text.diagnostics[99]),
            "x.txt:100: warning: invalid UTF-8 byte(s) replaced with U+FFFD");
  EXPECT_EQ(FormatDiagnostic(text.diagnostics[100]),
            "x.txt:101: warning: the same problem on 50 more line(s) from here on, not "
            "reported one by one");
}

TEST(DecodeTest, MarksFormFeedAsPageBreak) {
  SourceText text = Decode("x.txt", "第一页\n\f第二页\t100\n下一行\n\f");
  EXPECT_EQ(Texts(text), (std::vector<std::string>{"第一页", "第二页\t100", "下一行", ""}));
  EXPECT_FALSE(text.lines[0].page_break);
  EXPECT_TRUE(text.lines[1].page_break);
  EXPECT_FALSE(text.lines[2].page_break);
  EXPECT_TRUE(text.lines[3].page_break);
  EXPECT_TRUE(text.diagnostics.empty());
}

TEST(DecodeTest, RemovesNulAndControlsWithWarning) {
  SourceText text = Decode("x.txt", std::string_view("ok\na\0b\x07" "c\td\x1B\n", 12));
  EXPECT_EQ(Texts(text), (std::vector<std::string>{"ok", "abc\td"}));
  EXPECT_EQ(Formatted(text),
            (std::vector<std::string>{"x.txt:2: warning: control character(s) removed"}));
  EXPECT_EQ(text.diagnostics[0].code, "decode.control-chars");
}

TEST(DecodeTest, KeepsMostlyUtf8TextAsUtf8) {
  // GB18030 accepts most byte pairs, so UTF-8 Chinese with one bad byte
  // must not be taken for GB18030 mojibake.
  SourceText text = Decode("x.txt", "一般公共服务支出\xA0\t201\t227.61");
  EXPECT_EQ(text.encoding, "UTF-8");
  ASSERT_EQ(text.lines.size(), 1u);
  EXPECT_EQ(text.lines[0].text, "一般公共服务支出\xEF\xBF\xBD\t201\t227.61");
}

// Semantics: as many lines as `wc -l` counts newlines, plus one when the
// file does not end with a newline (the samples end without one, or with
// "\n " in 004).
TEST(DecodeTest, DecodesEverySampleAsUtf8) {
  struct Expected {
    const char* prefix;
    std::size_t lines;  // `wc -l` + 1: none ends with a bare newline
  };
  for (Expected e : {Expected{"000", 491}, Expected{"001", 80}, Expected{"002", 573},
                     Expected{"003", 553}, Expected{"004", 611}}) {
    std::string path = test::SamplePath(e.prefix);
    SourceText text = Decode(path, test::ReadFileOrDie(path));
    EXPECT_EQ(text.encoding, "UTF-8") << path;
    EXPECT_EQ(text.lines.size(), e.lines) << path;
    EXPECT_TRUE(text.diagnostics.empty()) << path;
  }
}

TEST(DecodeTest, NeverFailsOnRandomBytes) {
  std::string bytes;
  uint32_t state = 12345;
  for (int i = 0; i < 100000; ++i) {
    state = state * 1103515245u + 12345u;
    bytes += static_cast<char>(state >> 24);
  }
  SourceText text = Decode("x.txt", bytes);
  EXPECT_FALSE(text.lines.empty());
  EXPECT_LE(text.diagnostics.size(), 3u + 200u);
}

}  // namespace
}  // namespace gongkai
