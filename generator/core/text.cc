#include "text.h"

#include <utf8proc.h>

namespace gongkai {

bool IsCellSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xA0 || c == 0x3000;
}

bool IsLabelSpace(char32_t c) { return IsCellSpace(c) || c == '\f'; }

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

char32_t NextCodePointByLead(std::string_view text, std::size_t* i) {
  unsigned char c = static_cast<unsigned char>(text[*i]);
  int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  if (*i + len > text.size()) len = 1;
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[*i + k]) & 0x3F);
  *i += len;
  return cp;
}

std::size_t EncodeUtf8(char32_t c, char* out) {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (c >> 12));
    out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (c >> 18));
  out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

void AppendUtf8(std::string& out, char32_t c) {
  char bytes[4];
  out.append(bytes, EncodeUtf8(c, bytes));
}

std::string_view TrimCellView(std::string_view text) {
  // Leading.
  for (;;) {
    std::size_t i = 0;
    if (text.empty()) break;
    char32_t c = NextCodePoint(text, &i);
    if (!IsCellSpace(c)) break;
    text.remove_prefix(i);
  }
  // Trailing: step back over one code point at a time.
  while (!text.empty()) {
    std::size_t start = text.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    std::size_t i = start;
    char32_t c = NextCodePoint(text, &i);
    if (!IsCellSpace(c)) break;
    text.remove_suffix(text.size() - start);
  }
  return text;
}

std::string TrimCell(std::string_view text) { return std::string(TrimCellView(text)); }

std::string_view TrimLeading(std::string_view text, std::span<const std::string_view> spaces) {
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view space : spaces)
      if (text.starts_with(space)) {
        text.remove_prefix(space.size());
        trimmed = true;
        break;
      }
  }
  return text;
}

std::string_view TrimTrailing(std::string_view text, std::span<const std::string_view> spaces) {
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view space : spaces)
      if (text.ends_with(space)) {
        text.remove_suffix(space.size());
        trimmed = true;
        break;
      }
  }
  return text;
}

bool IsBlankText(std::string_view text) { return TrimCellView(text).empty(); }

bool IsCjkOrFullWidth(char32_t c) {
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
    if (IsCellSpace(c)) {
      pending_space = true;
      continue;
    }
    bool cjk = IsCjkOrFullWidth(c);
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
    if (!IsCellSpace(c)) AppendUtf8(out, c);
  }
  return out;
}

// Runs on every label many times, so it copies bytes rather than decoding
// to code points and encoding back: ASCII is tested directly, and a valid
// UTF-8 sequence is kept as it stood (an invalid byte is kept too).
std::string RemoveSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  for (std::size_t i = 0; i < text.size();) {
    unsigned char b = p[i];
    if (b < 0x80) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\v' && b != '\f') out += static_cast<char>(b);
      ++i;
      continue;
    }
    if (IdeographAt(text, i)) {  // never a space
      out.append(text.substr(i, 3));
      i += 3;
      continue;
    }
    utf8proc_int32_t c;
    utf8proc_ssize_t n = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(text.size() - i), &c);
    if (n <= 0) {
      out += static_cast<char>(b);
      ++i;
      continue;
    }
    bool space = c == 0x200B || c == 0xFEFF || utf8proc_category(c) == UTF8PROC_CATEGORY_ZS;
    if (!space) out.append(text.substr(i, static_cast<std::size_t>(n)));
    i += static_cast<std::size_t>(n);
  }
  return out;
}

std::string RemoveAsciiSpaces(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c != ' ') out += c;
  return out;
}

bool StartsWithCjk(std::string_view text) {
  std::size_t k = 0;
  return !text.empty() && IsCjkOrFullWidth(NextCodePoint(text, &k));
}

bool EndsWithCjk(std::string_view text) {
  if (text.empty()) return false;
  std::size_t j = text.size() - 1;
  while (j > 0 && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) --j;
  return IsCjkOrFullWidth(NextCodePoint(text, &j));
}

bool ContainsCjk(std::string_view text) {
  for (std::size_t i = 0; i < text.size();)
    if (IsCjkOrFullWidth(NextCodePoint(text, &i))) return true;
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

std::size_t DecodedCharCount(std::string_view text, std::size_t limit) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size() && n <= limit; ++n) NextCodePoint(text, &i);
  return n;
}

int CharWidth(char32_t c) {
  if (c == 0x3000) return 2;
  int w = utf8proc_charwidth(static_cast<utf8proc_int32_t>(c));
  return w < 0 ? 1 : w;
}

}  // namespace gongkai
