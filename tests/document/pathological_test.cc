// Hostile inputs through the whole pipeline (as cmark's pathological
// tests do): each must finish, give sane output, and scale linearly.
//
// Linearity is checked by scaling, not by absolute time limits that flake
// on a busy machine: parsing 4n must take less than 8 times parsing n
// (linear gives 4, quadratic 16), plus a fixed slack for timer noise.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <string>

#include "decode.h"
#include "normalize.h"
#include "parse.h"

namespace gongkai {
namespace {

std::string Repeat(std::string_view piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

// The fastest of two runs of `work`, in seconds.
double Seconds(const std::function<void()>& work) {
  double best = 1e9;
  for (int run = 0; run < 2; ++run) {
    auto start = std::chrono::steady_clock::now();
    work();
    std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    best = std::min(best, took.count());
  }
  return best;
}

double ParseSeconds(const std::string& bytes) {
  return Seconds([&] { ParseDocument("p.txt", bytes); });
}

// Parses make(n) and make(4n) and expects linear, not quadratic, growth.
void ExpectLinear(const std::function<std::string(std::size_t)>& make, std::size_t n) {
  ParseDocument("warm-up.txt", "表一\t收入\n");  // ICU data and the like load once
  std::string small = make(n), large = make(4 * n);
  double t1 = ParseSeconds(small), t4 = ParseSeconds(large);
  EXPECT_LT(t4, 8 * t1 + 0.25) << "n=" << small.size() << " bytes: " << t1 << " s; 4n: " << t4
                               << " s";
}

std::size_t CountCode(const Document& doc, std::string_view code) {
  return static_cast<std::size_t>(std::count_if(doc.diagnostics.begin(), doc.diagnostics.end(),
                                                [&](const Diagnostic& d) { return d.code == code; }));
}

TEST(PathologicalTest, WideTabRowScalesLinearly) {
  auto make = [](std::size_t n) { return "项目" + Repeat("\t1.00", n) + "\n"; };
  Document doc = ParseDocument("p.txt", make(100000));
  EXPECT_EQ(doc.encoding, "UTF-8");
  SourceText text = Decode("p.txt", make(100000));
  Normalize(text);
  ASSERT_EQ(text.lines.size(), 1u);
  EXPECT_EQ(std::count(text.lines[0].text.begin(), text.lines[0].text.end(), '\t'), 100000);
  ExpectLinear(make, 25000);
}

TEST(PathologicalTest, TenMegabyteLineFinishes) {
  std::string line = Repeat("一般公共 服务支出 1,234.56 ", 10 * 1024 * 1024 / 34);
  Document doc = ParseDocument("p.txt", line);
  EXPECT_EQ(doc.encoding, "UTF-8");
  SourceText text = Decode("p.txt", line);
  ASSERT_EQ(text.lines.size(), 1u);
  EXPECT_GE(text.lines[0].text.size(), 10u * 1000 * 1000);
  ExpectLinear([](std::size_t n) { return Repeat("一般公共 服务支出 1,234.56 ", n); }, 30000);
}

TEST(PathologicalTest, DeepHeadingMarkersScaleLinearly) {
  // One absurd heading, then every heading style repeated, each deeper.
  auto make = [](std::size_t n) {
    return Repeat("#", n) + " 标题\n" + Repeat("（一）", n) + "\n" +
           Repeat("第一部分 概况\n一、职责\n（一）机构\n1.人员\n（1）编制\n# 说明\n- 列表\n", n);
  };
  Document doc = ParseDocument("p.txt", make(10000));
  EXPECT_EQ(doc.encoding, "UTF-8");
  ExpectLinear(make, 2500);
}

TEST(PathologicalTest, LinesOfOnlyTabsScaleLinearly) {
  auto make = [](std::size_t n) { return Repeat("\t\n", n); };
  SourceText text = Decode("p.txt", make(100000));
  EXPECT_EQ(text.lines.size(), 100000u);
  EXPECT_EQ(text.lines.back().text, "\t");
  EXPECT_EQ(ParseDocument("p.txt", make(100000)).encoding, "UTF-8");
  ExpectLinear(make, 25000);
}

TEST(PathologicalTest, MillionBoldTagsVanishLinearly) {
  auto make = [](std::size_t n) { return Repeat("<b>", n) + "合计"; };
  EXPECT_EQ(NormalizeLine(make(1000000)), "合计");
  EXPECT_EQ(ParseDocument("p.txt", make(1000000)).encoding, "UTF-8");
  ExpectLinear(make, 250000);
}

TEST(PathologicalTest, UnclosedMarkupScalesLinearly) {
  // Each opener would send a naive scanner to the end of the line.
  auto make = [](std::size_t n) {
    return Repeat("<span ", n) + "\n" + Repeat("&", n) + "\n" + Repeat("[bookmark:", n) + "\n" +
           Repeat("**", n) + Repeat("__a", n) + "\n";
  };
  SourceText text = Decode("p.txt", make(1000));
  Normalize(text);
  ASSERT_EQ(text.lines.size(), 4u);
  EXPECT_EQ(text.lines[0].text + " ", Repeat("<span ", 1000));  // trailing space trimmed
  EXPECT_EQ(text.lines[1].text, Repeat("&", 1000));
  ExpectLinear(make, 50000);
}

TEST(PathologicalTest, NestedDollarsStayAndScaleLinearly) {
  auto make = [](std::size_t n) { return Repeat("$", n) + "\n" + Repeat("$\\geq$$", n) + "\n"; };
  EXPECT_EQ(NormalizeLine(Repeat("$", 1000)), Repeat("$", 1000));
  EXPECT_EQ(NormalizeLine("$\\geq$$$\\geq$$"), "≥$≥$");
  ExpectLinear(make, 100000);
}

TEST(PathologicalTest, LoneCrFileSplitsIntoLines) {
  auto make = [](std::size_t n) { return Repeat("收入\t1.00\r", n); };
  SourceText text = Decode("p.txt", make(100000));
  ASSERT_EQ(text.lines.size(), 100000u);
  EXPECT_EQ(text.lines[99999].number, 100000);
  EXPECT_EQ(text.lines[99999].text, "收入\t1.00");
  ExpectLinear(make, 25000);
}

TEST(PathologicalTest, InvalidByteOnEveryLineCapsWarnings) {
  auto make = [](std::size_t n) { return Repeat("收入\xFF\t1.00\n", n); };
  Document doc = ParseDocument("p.txt", make(100000));
  EXPECT_EQ(doc.encoding, "UTF-8");
  EXPECT_EQ(CountCode(doc, "decode.invalid-bytes"), 101u);  // 100 lines + summary
  ExpectLinear(make, 25000);
}

TEST(PathologicalTest, NulBytesAreRemovedWithWarnings) {
  auto make = [](std::size_t n) { return Repeat(std::string_view("a\0b\n", 4), n); };
  Document doc = ParseDocument("p.txt", make(100000));
  EXPECT_EQ(CountCode(doc, "decode.control-chars"), 101u);
  SourceText text = Decode("p.txt", make(3));
  EXPECT_EQ(text.lines[2].text, "ab");
  ExpectLinear(make, 25000);
}

TEST(PathologicalTest, RandomBytesNeverCrash) {
  std::string bytes;
  uint32_t state = 2024;
  for (int i = 0; i < 1 << 20; ++i) {
    state = state * 1664525u + 1013904223u;
    bytes += static_cast<char>(state >> 24);
  }
  Document doc = ParseDocument("p.txt", bytes);
  EXPECT_FALSE(doc.encoding.empty());
}

}  // namespace
}  // namespace gongkai
