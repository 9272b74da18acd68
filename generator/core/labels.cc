#include "labels.h"

#include <algorithm>
#include <cstring>

#include "numbering.h"
#include "text.h"
#include "vocabulary.h"

namespace gongkai {
namespace {

bool IsDropped(char32_t cp) {
  switch (cp) {
    case '*': case '#': case '\\': case '`': case '"': case '\'':
    case 0x201C: case 0x201D: case 0x2018: case 0x2019:  // “ ” ‘ ’
    case 0xFF02: case 0xFF07: case 0x300C: case 0x300D:  // ＂ ＇ 「 」
      return true;
  }
  return false;
}

char32_t Mapped(char32_t cp) {
  switch (cp) {
    case 0xFF08: return '(';
    case 0xFF09: return ')';
    case 0xFF1A: return ':';
    case 0x2014: case 0x2013: case 0xFF0D: case 0x2500: case 0x2015: return '-';
  }
  return cp;
}

// Enumeration prefixes of compacted labels (brackets are ASCII by then):
// "表一", "(一)", "(1)", "一、", "1、", "1." / "1．", each with an optional
// "、" after it ("表一、", "(一)、").
constexpr NumberingRule kEnumerations[] = {
    {.open = "表", .numerals = Numerals::kChinese, .then = "、"},
    {.open = "(", .numerals = Numerals::kChinese, .close = ")", .max_bytes = 9, .then = "、"},
    {.open = "(", .numerals = Numerals::kArabic, .close = ")", .max_bytes = 9, .then = "、"},
    {.numerals = Numerals::kChinese, .close = "、", .then = "、"},
    {.numerals = Numerals::kArabic, .close = "、", .then = "、"},
    {.numerals = Numerals::kArabic, .close = ".|．", .then = "、"},
};

}  // namespace

std::string CompactLabel(std::string_view text) {
  // Written in place: a code point never grows by more than one byte per
  // byte read (a stray byte becomes two), so twice the input always fits.
  std::string out(2 * text.size(), '\0');
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (IdeographAt(text, i)) {  // kept as it stands
      std::memcpy(&out[n], &text[i], 3);
      n += 3;
      i += 3;
      continue;
    }
    char32_t cp = NextCodePointByLead(text, &i);
    if (IsLabelSpace(cp) || IsDropped(cp)) continue;
    cp = Mapped(cp);
    if (cp == '-' && n > 0 && out[n - 1] == '-') continue;
    n += EncodeUtf8(cp, &out[n]);
  }
  out.resize(n);
  return out;
}

bool StartsWithEnumeration(std::string_view s) { return FindNumbering(s, kEnumerations).length > 0; }

std::string StripEnumeration(std::string_view s) {
  std::string out(s.substr(FindNumbering(s, kEnumerations).length));
  while (!out.empty() && out.back() == ':') out.pop_back();
  return out;
}

std::string CleanTitle(std::string_view text) {
  // Markdown heading markers go at the start only; U+3000s at either end
  // once the spaces and tabs are gone.
  constexpr std::string_view kTitleOpening[] = {" ", "\t", "#"};
  std::string out;
  for (char c : text) {
    if (c == '*') continue;
    out += c;
  }
  std::string_view title = TrimTrailing(TrimLeading(out, kTitleOpening), kBlanks);
  return std::string(TrimTrailing(TrimLeading(title, kIdeographicSpaces), kIdeographicSpaces));
}

int FindYear(std::string_view text) {
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    if (text[i] != '2' || text[i + 1] != '0') continue;
    if (i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9') continue;
    if (NumeralLength(text.substr(i), Numerals::kArabic) != 4) continue;
    std::size_t j = i + 4;
    while (j < text.size() && text[j] == ' ') ++j;
    if (text.substr(j).starts_with("年")) {
      return (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 +
             (text[i + 3] - '0');
    }
  }
  return 0;
}

std::vector<std::string> LayoutCells(std::string_view line) {
  std::vector<std::string> cells;
  std::string cell;
  int spaces = 0;  // pending ASCII spaces
  auto flush = [&] {
    if (!cell.empty()) cells.push_back(cell);
    cell.clear();
    spaces = 0;
  };
  for (std::size_t i = 0; i < line.size();) {
    char32_t cp = NextCodePointByLead(line, &i);
    if (cp == ' ' || cp == 0xA0) {
      ++spaces;
      continue;
    }
    if (cp == '\t' || cp == 0x3000 || cp == '\f' || cp == '\r' || cp == '\n' || spaces >= 2) flush();
    if (spaces == 1 && !cell.empty()) cell += ' ';
    spaces = 0;
    if (cp == '\t' || cp == 0x3000 || cp == '\f' || cp == '\r' || cp == '\n') continue;
    AppendUtf8(cell, cp);
  }
  flush();
  return cells;
}

}  // namespace gongkai

namespace gongkai {

namespace {

// The word's one CJK character, or empty when it has more or another.
std::string_view SingleCjk(const Word& w) {
  std::string_view t = w.text;
  while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
  while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
  std::size_t i = 0;
  char32_t c = NextCodePoint(t, &i);
  if (t.empty() || i != t.size() || c < 0x3400 || !IsCjkOrFullWidth(c)) return {};
  return t;
}

}  // namespace

void JoinLetterSpacedLabels(std::vector<Word>& words) {
  std::vector<Word> out;
  out.reserve(words.size());
  for (std::size_t k = 0; k < words.size();) {
    // The longest run from k that spells a label.
    std::size_t best = 0;
    std::string spelled;
    for (std::size_t j = k; j < words.size(); ++j) {
      std::string_view c = SingleCjk(words[j]);
      if (c.empty()) break;
      spelled += c;
      if (j > k && std::find(std::begin(kLetterSpacedLabels), std::end(kLetterSpacedLabels), spelled) !=
                       std::end(kLetterSpacedLabels))
        best = j - k + 1;
    }
    if (best == 0) {
      out.push_back(std::move(words[k]));
      ++k;
      continue;
    }
    Word joined = words[k];
    joined.text.clear();
    for (std::size_t j = k; j < k + best; ++j) {
      joined.text += SingleCjk(words[j]);
      joined.x1 = std::max(joined.x1, words[j].x1);
      joined.top = std::min(joined.top, words[j].top);
      joined.bottom = std::max(joined.bottom, words[j].bottom);
    }
    out.push_back(std::move(joined));
    k += best;
  }
  words = std::move(out);
}

}  // namespace gongkai
