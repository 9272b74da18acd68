#include "label_text.h"

#include <cstdint>
#include <cstring>

#include "cell_text.h"
#include "numbering.h"

namespace gongkai {
namespace {

// Decodes one UTF-8 code point at s[i], advancing i; invalid bytes read as
// themselves (decode has already made the text valid, this only stays safe).
int32_t NextCodePoint(std::string_view s, std::size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  if (i + len > s.size()) len = 1;
  int32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return cp;
}

// Writes the UTF-8 encoding of `cp` to `out` (room for 4 bytes); returns
// its length.
std::size_t Encode(int32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

void Append(int32_t cp, std::string& out) {
  char bytes[4];
  out.append(bytes, Encode(cp, bytes));
}

bool IsSpace(int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0x3000 ||
         cp == 0xA0;
}

bool IsDropped(int32_t cp) {
  switch (cp) {
    case '*': case '#': case '\\': case '`': case '"': case '\'':
    case 0x201C: case 0x201D: case 0x2018: case 0x2019:  // “ ” ‘ ’
    case 0xFF02: case 0xFF07: case 0x300C: case 0x300D:  // ＂ ＇ 「 」
      return true;
  }
  return false;
}

int32_t Mapped(int32_t cp) {
  switch (cp) {
    case 0xFF08: return '(';
    case 0xFF09: return ')';
    case 0xFF1A: return ':';
    case 0x2014: case 0x2013: case 0xFF0D: case 0x2500: case 0x2015: return '-';
  }
  return cp;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
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
    int32_t cp = NextCodePoint(text, i);
    if (IsSpace(cp) || IsDropped(cp)) continue;
    cp = Mapped(cp);
    if (cp == '-' && n > 0 && out[n - 1] == '-') continue;
    n += Encode(cp, &out[n]);
  }
  out.resize(n);
  return out;
}

std::string StripEnumeration(std::string_view s) {
  std::string out(s.substr(FindNumbering(s, kEnumerations).length));
  while (!out.empty() && out.back() == ':') out.pop_back();
  return out;
}

std::string CleanTitle(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '*') continue;
    out += c;
  }
  std::size_t b = out.find_first_not_of(" \t#");
  if (b == std::string::npos) return "";
  std::size_t e = out.find_last_not_of(" \t");
  out = out.substr(b, e - b + 1);
  // Full-width spaces at either end.
  while (StartsWith(out, "\u3000")) out.erase(0, 3);
  while (out.size() >= 3 && out.compare(out.size() - 3, 3, "\u3000") == 0) out.resize(out.size() - 3);
  return out;
}

int FindYear(std::string_view text) {
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    if (text[i] != '2' || text[i + 1] != '0') continue;
    if (i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9') continue;
    if (NumeralLength(text.substr(i), Numerals::kArabic) != 4) continue;
    std::size_t j = i + 4;
    while (j < text.size() && text[j] == ' ') ++j;
    if (StartsWith(text.substr(j), "年")) {
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
    int32_t cp = NextCodePoint(line, i);
    if (cp == ' ' || cp == 0xA0) {
      ++spaces;
      continue;
    }
    if (cp == '\t' || cp == 0x3000 || cp == '\f' || cp == '\r' || cp == '\n' || spaces >= 2) flush();
    if (spaces == 1 && !cell.empty()) cell += ' ';
    spaces = 0;
    if (cp == '\t' || cp == 0x3000 || cp == '\f' || cp == '\r' || cp == '\n') continue;
    Append(cp, cell);
  }
  flush();
  return cells;
}

}  // namespace gongkai
