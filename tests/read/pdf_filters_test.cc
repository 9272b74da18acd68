// The stream filters decode as the PDF reference and poppler do: the
// reference's own LZW example, data made by zlib and by Python's base64
// module, and chains of filters. The checks before poppler (pdf_guard)
// read content through them, so a decoder that gives other bytes than
// poppler's would let a bomb through.
#include "pdf_filters.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pdf_writer.h"

namespace gongkai {
namespace {

// Decodes `data` through `filters`, all of it.
std::string Decode(const std::vector<std::string>& filters, const std::string& data, bool early_change = true) {
  std::string out;
  std::unique_ptr<Filter> chain = MakeFilterChain(filters, early_change, [&](std::string_view bytes) {
    out += bytes;
    return true;
  });
  EXPECT_NE(chain, nullptr);
  if (chain) chain->Push(data);
  return out;
}

std::string Bytes(std::initializer_list<int> bytes) {
  std::string out;
  for (int b : bytes) out += static_cast<char>(b);
  return out;
}

TEST(PdfFilters, LzwDecodesThePdfReferenceExample) {
  // PDF 32000-1:2008, 7.4.4.2, Example 2: "-----A---B" is the codes 256 45
  // 258 258 65 259 66 257, written as these nine bytes.
  EXPECT_EQ(Decode({"LZWDecode"}, Bytes({0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01})), "-----A---B");
}

TEST(PdfFilters, LzwDecodesLongStreamsThroughATableClear) {
  // 49 KB of content: codes of 9 to 12 bits and one full table cleared.
  std::string content;
  for (int k = 1; k <= 1600; ++k) content += "0 -0.5 Td (Row " + std::to_string(k * 7919 % 100003) + " total) Tj ";
  const std::string lzw = test::Lzw(content);
  ASSERT_LT(lzw.size(), content.size() / 2);
  EXPECT_EQ(Decode({"LZWDecode"}, lzw), content);
  // Pushed a byte at a time, the same.
  std::string out;
  auto chain = MakeFilterChain({"LZW"}, true, [&](std::string_view bytes) {
    out += bytes;
    return true;
  });
  for (char c : lzw) chain->Push(std::string_view(&c, 1));
  EXPECT_EQ(out, content);
}

TEST(PdfFilters, FlateStopsWhenTheSinkSaysSo) {
  EXPECT_EQ(Decode({"FlateDecode"}, test::Deflate("BT (Hello) Tj ET")), "BT (Hello) Tj ET");
  // 2 MiB of zeros from ~2 KB; a sink that has seen 100,000 bytes stops it.
  const std::string bomb = test::ZerosBomb(2);
  EXPECT_EQ(Decode({"Fl"}, bomb), std::string(2u << 20, '\0'));
  std::size_t seen = 0;
  int calls = 0;
  auto chain = MakeFilterChain({"FlateDecode"}, true, [&](std::string_view bytes) {
    seen += bytes.size(), ++calls;
    return seen < 100000;
  });
  EXPECT_FALSE(chain->Push(bomb));
  EXPECT_EQ(seen, 2u << 16);  // two pieces of 64 KB
  EXPECT_EQ(calls, 2);
}

TEST(PdfFilters, RunLengthLiteralsRepeatsAndEnd) {
  // 2: three literal bytes; 253: the next byte 257 - 253 = 4 times; 128 ends.
  EXPECT_EQ(Decode({"RunLengthDecode"}, "\x02" "abc" "\xfd" "x" "\x80" "ignored"), "abcxxxx");
}

TEST(PdfFilters, AsciiHexAndAscii85) {
  EXPECT_EQ(Decode({"ASCIIHexDecode"}, "48 65 6C6c\n6F 7>ff"), "Hellop");  // an odd last digit is padded with 0
  // Python's base64.a85encode(b'Hello, World!', adobe=True), without "<~".
  EXPECT_EQ(Decode({"ASCII85Decode"}, "87cURD_*#4DfTZ)+T~>"), "Hello, World!");
  EXPECT_EQ(Decode({"A85"}, "z@:E^~>"), std::string(4, '\0') + "abc");
}

TEST(PdfFilters, ChainsDecodeInOrder) {
  // [/ASCIIHexDecode /FlateDecode]: hex of zlib data.
  const std::string zipped = test::Deflate("BT /F1 12 Tf (Chained) Tj ET");
  std::string hex;
  for (unsigned char c : zipped) {
    static const char kDigits[] = "0123456789ABCDEF";
    hex += kDigits[c >> 4];
    hex += kDigits[c & 15];
  }
  EXPECT_EQ(Decode({"ASCIIHexDecode", "FlateDecode"}, hex + ">"), "BT /F1 12 Tf (Chained) Tj ET");
}

TEST(PdfFilters, StreamFiltersReadsTheFilterEntry) {
  EXPECT_EQ(StreamFilters("<< /Length 12 /Filter /FlateDecode >>").names, std::vector<std::string>{"FlateDecode"});
  FilterList chain = StreamFilters("<< /Filter [ /AHx/Fl ] /DecodeParms [null null] >>");
  EXPECT_TRUE(chain.known);
  EXPECT_EQ(chain.names, (std::vector<std::string>{"ASCIIHexDecode", "FlateDecode"}));
  FilterList none = StreamFilters("<< /Length 12 >>");
  EXPECT_TRUE(none.known);
  EXPECT_TRUE(none.names.empty());
  EXPECT_FALSE(StreamFilters("<< /Filter /DCTDecode >>").known);
  const FilterList indirect = StreamFilters("<< /Filter 12 0 R >>");  // given by object 12
  EXPECT_FALSE(indirect.known);
  EXPECT_EQ(indirect.reference, 12);
  EXPECT_EQ(MakeFilterChain({"DCTDecode"}, true, [](std::string_view) { return true; }), nullptr);
}

}  // namespace
}  // namespace gongkai
