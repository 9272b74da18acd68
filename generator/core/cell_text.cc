#include "cell_text.h"

#include <utf8proc.h>

namespace gongkai {
namespace {

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xA0 || c == 0x3000;
}

}  // namespace

char32_t NextCodePoint(std::string_view text, std::size_t* i) {
  // ASCII and the well-formed three-byte sequences that cannot be overlong
  // or surrogates (leads E1-EC, EE-EF: all CJK) decode here as utf8proc
  // would, without a library call per character.
  if (*i < text.size()) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[*i + k]); };
    unsigned char lead = byte(0);
    if (lead < 0x80) {
      *i += 1;
      return lead;
    }
    if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && *i + 2 < text.size() &&
        (byte(1) & 0xC0) == 0x80 && (byte(2) & 0xC0) == 0x80) {
      char32_t c = ((lead & 0x0Fu) << 12) | ((byte(1) & 0x3Fu) << 6) | (byte(2) & 0x3Fu);
      *i += 3;
      return c;
    }
  }
  utf8proc_int32_t c = 0;
  utf8proc_ssize_t n =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + *i),
                       static_cast<utf8proc_ssize_t>(text.size() - *i), &c);
  if (n <= 0) {
    *i += 1;
    return 0xFFFD;
  }
  *i += static_cast<std::size_t>(n);
  return static_cast<char32_t>(c);
}

void AppendUtf8(std::string& out, char32_t c) {
  // As utf8proc_encode_char: nothing past U+10FFFF, surrogates encoded as is.
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    const char bytes[] = {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
    out.append(bytes, 2);
  } else if (c < 0x10000) {
    const char bytes[] = {static_cast<char>(0xE0 | (c >> 12)),
                          static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
                          static_cast<char>(0x80 | (c & 0x3F))};
    out.append(bytes, 3);
  } else if (c < 0x110000) {
    const char bytes[] = {static_cast<char>(0xF0 | (c >> 18)),
                          static_cast<char>(0x80 | ((c >> 12) & 0x3F)),
                          static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
                          static_cast<char>(0x80 | (c & 0x3F))};
    out.append(bytes, 4);
  }
}

std::string_view TrimCellView(std::string_view text) {
  // Leading.
  for (;;) {
    std::size_t i = 0;
    if (text.empty()) break;
    char32_t c = NextCodePoint(text, &i);
    if (!IsSpace(c)) break;
    text.remove_prefix(i);
  }
  // Trailing: step back over one code point at a time.
  while (!text.empty()) {
    std::size_t start = text.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    std::size_t i = start;
    char32_t c = NextCodePoint(text, &i);
    if (!IsSpace(c)) break;
    text.remove_suffix(text.size() - start);
  }
  return text;
}

std::string TrimCell(std::string_view text) { return std::string(TrimCellView(text)); }

bool IsBlankText(std::string_view text) { return TrimCellView(text).empty(); }

bool IsCjk(char32_t c) {
  return (c >= 0x2E80 && c <= 0x2FDF) ||   // radicals
         (c >= 0x3001 && c <= 0x303F) ||   // CJK punctuation (not U+3000)
         (c >= 0x3040 && c <= 0x33FF) ||   // kana, compatibility (㎡)
         (c >= 0x3400 && c <= 0x9FFF) ||   // ideographs
         (c >= 0xAC00 && c <= 0xD7AF) ||   // hangul
         (c >= 0xF900 && c <= 0xFAFF) ||   // compatibility ideographs
         (c >= 0xFF01 && c <= 0xFF60) ||   // full-width forms
         (c >= 0x20000 && c <= 0x3FFFF) ||  // extension planes
         c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019;  // “ ” ‘ ’
}

std::string CompactCell(std::string_view text) {
  text = TrimCellView(text);
  std::string out;
  out.reserve(text.size());
  bool prev_cjk = false;
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    if (IdeographAt(text, i)) {  // CJK: a space before it goes
      out.append(text.substr(i, 3));
      i += 3;
      pending_space = false;
      prev_cjk = true;
      continue;
    }
    char32_t c = NextCodePoint(text, &i);
    if (IsSpace(c)) {
      pending_space = true;
      continue;
    }
    bool cjk = IsCjk(c);
    if (pending_space && !prev_cjk && !cjk) out += ' ';
    pending_space = false;
    AppendUtf8(out, c);
    prev_cjk = cjk;
  }
  return out;
}

std::string SpacelessCell(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (IdeographAt(text, i)) {
      out.append(text.substr(i, 3));
      i += 3;
      continue;
    }
    char32_t c = NextCodePoint(text, &i);
    if (!IsSpace(c)) AppendUtf8(out, c);
  }
  return out;
}

bool StartsWithCjk(std::string_view text) {
  std::size_t k = 0;
  return !text.empty() && IsCjk(NextCodePoint(text, &k));
}

bool EndsWithCjk(std::string_view text) {
  if (text.empty()) return false;
  std::size_t j = text.size() - 1;
  while (j > 0 && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) --j;
  return IsCjk(NextCodePoint(text, &j));
}

bool ContainsCjk(std::string_view text) {
  for (std::size_t i = 0; i < text.size();)
    if (IsCjk(NextCodePoint(text, &i))) return true;
  return false;
}

std::string JoinWrapped(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return (EndsWithCjk(a) || StartsWithCjk(b)) ? a + b : a + " " + b;
}

std::size_t CharCount(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

int CharWidth(char32_t c) {
  if (c == 0x3000) return 2;
  int w = utf8proc_charwidth(static_cast<utf8proc_int32_t>(c));
  return w < 0 ? 1 : w;
}

}  // namespace gongkai
