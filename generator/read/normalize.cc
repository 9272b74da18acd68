#include "normalize.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "text.h"

namespace gongkai {
namespace {

// Stands in for a removed block tag (<p>, <br>) until spaces are tidied:
// such a tag separates words inside one cell, so it becomes one space, and
// nothing at a cell's edge. Decode removes C0 controls, so it is free.
constexpr char kBreak = '\x01';

// ------------------------------------------------------------ code points ---

// Decodes UTF-8 into code points; a byte that is not UTF-8 is kept as is
// (as a code point of its own value) so nothing is ever lost or thrown.
std::vector<int32_t> CodePoints(std::string_view s) {
  std::vector<int32_t> out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  for (std::size_t i = 0; i < s.size();) {
    if (p[i] < 0x80 || IdeographAt(s, i)) {  // decoded without a library call
      out.push_back(static_cast<int32_t>(NextCodePoint(s, &i)));
      continue;
    }
    utf8proc_int32_t c;
    utf8proc_ssize_t n = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(s.size() - i), &c);
    if (n <= 0) {
      out.push_back(-static_cast<int32_t>(p[i]) - 1);  // raw byte marker
      ++i;
    } else {
      out.push_back(c);
      i += static_cast<std::size_t>(n);
    }
  }
  return out;
}

void AppendCodePoint(int32_t c, std::string& out) {
  if (c < 0) {
    out += static_cast<char>(-(c + 1));
    return;
  }
  AppendUtf8(out, static_cast<char32_t>(c));
}

bool IsAsciiDigit(int32_t c) { return c >= '0' && c <= '9'; }

// ------------------------------------------------------------- bookmarks ---

// Word bookmarks ("[bookmark: _GoBack]") say nothing about the content.
std::string RemoveBookmarks(std::string_view s) {
  constexpr std::string_view kOpen = "[bookmark:";
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t at = s.find(kOpen, i);
    if (at == std::string_view::npos) break;
    // The bookmark ends at "]" within the cell; a "[" or tab first means
    // this was not one. Scans stop at the next "[", so this stays linear.
    std::size_t end = s.find_first_of("[]\t", at + 1);
    out.append(s.substr(i, at - i));
    if (end != std::string_view::npos && s[end] == ']') {
      i = end + 1;
    } else {
      out += '[';
      i = at + 1;
    }
  }
  out.append(s.substr(std::min(i, s.size())));
  return out;
}

// ------------------------------------------------------------------ HTML ---

struct HtmlTag {
  std::string_view name;
  bool breaks;  // separates words (becomes a space) rather than styling them
};

// Only these are tags; anything else in angle brackets ("<56人×35天>",
// "<5") is text.
constexpr HtmlTag kHtmlTags[] = {
    {"a", false},     {"b", false},     {"big", false},   {"br", true},     {"center", true},
    {"del", false},   {"div", true},    {"em", false},    {"font", false},  {"h1", true},
    {"h2", true},     {"h3", true},     {"h4", true},     {"h5", true},     {"h6", true},
    {"hr", true},     {"i", false},     {"ins", false},   {"li", true},     {"mark", false},
    {"o:p", false},   {"ol", true},     {"p", true},      {"s", false},     {"small", false},
    {"span", false},  {"strike", false}, {"strong", false}, {"sub", false}, {"sup", false},
    {"table", true},  {"tbody", true},  {"td", true},     {"th", true},     {"thead", true},
    {"tr", true},     {"u", false},     {"ul", true},
};

const HtmlTag* FindTag(std::string_view name) {
  for (const HtmlTag& tag : kHtmlTags)
    if (tag.name == name) return &tag;
  return nullptr;
}

// If a known tag starts at s[i] ("<b>", "</p>", "<br/>", "<span class=x>"),
// returns its length and sets *breaks; else returns 0.
std::size_t MatchTag(std::string_view s, std::size_t i, bool* breaks) {
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '/') ++j;
  std::string name;
  while (j < s.size() && name.size() < 8 &&
         (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == ':'))
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(s[j++])));
  const HtmlTag* tag = FindTag(name);
  if (!tag || j >= s.size()) return 0;
  *breaks = tag->breaks;
  if (s[j] == '>') return j + 1 - i;
  if (s[j] == '/' && j + 1 < s.size() && s[j + 1] == '>') return j + 2 - i;
  if (s[j] != ' ') return 0;
  // Attributes run to ">"; a "<" or a tab first means this was text.
  std::size_t end = s.find_first_of("<>\t", j);
  if (end == std::string_view::npos || s[end] != '>') return 0;
  return end + 1 - i;
}

std::string RemoveHtmlTags(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    bool breaks = false;
    std::size_t n = s[i] == '<' ? MatchTag(s, i, &breaks) : 0;
    if (n == 0) {
      out += s[i++];
      continue;
    }
    if (breaks) out += kBreak;
    i += n;
  }
  return out;
}

struct Entity {
  std::string_view name;
  std::string_view text;
};

constexpr Entity kEntities[] = {
    {"nbsp", " "},  {"lt", "<"},        {"gt", ">"},        {"amp", "&"},     {"quot", "\""},
    {"apos", "'"},  {"ensp", " "},      {"emsp", " "},      {"times", "×"},   {"divide", "÷"},
    {"plusmn", "±"}, {"middot", "·"},   {"mdash", "—"},     {"ndash", "–"},   {"hellip", "…"},
    {"ldquo", "“"}, {"rdquo", "”"},     {"lsquo", "‘"},     {"rsquo", "’"},   {"le", "≤"},
    {"ge", "≥"},    {"deg", "°"},       {"yen", "¥"},       {"permil", "‰"},
};

// Decodes the entity at s[i] ("&lt;", "&#39;", "&#x4E2D;") into *out and
// returns its length; 0 when it is not one (or names a control character).
std::size_t MatchEntity(std::string_view s, std::size_t i, std::string* out) {
  // Entities are short: looking only a few bytes ahead keeps "&&&&..." linear.
  std::size_t end = s.substr(0, i + 12).find(';', i + 1);
  if (end == std::string_view::npos || end == i + 1) return 0;
  std::string_view body = s.substr(i + 1, end - i - 1);
  if (body[0] != '#') {
    for (const Entity& e : kEntities)
      if (e.name == body) {
        *out = e.text;
        return end + 1 - i;
      }
    return 0;
  }
  bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
  std::string_view digits = body.substr(hex ? 2 : 1);
  if (digits.empty()) return 0;
  int32_t c = 0;
  for (char d : digits) {
    int v = std::isdigit(static_cast<unsigned char>(d)) ? d - '0'
            : hex && std::isxdigit(static_cast<unsigned char>(d))
                ? std::tolower(static_cast<unsigned char>(d)) - 'a' + 10
                : -1;
    if (v < 0 || c > 0x10FFFF) return 0;
    c = c * (hex ? 16 : 10) + v;
  }
  if (c < 0x20 || c == 0x7F || !utf8proc_codepoint_valid(c)) return 0;
  out->clear();
  AppendCodePoint(c, *out);
  return end + 1 - i;
}

// After tags are gone, so "&lt;56人&gt;" becomes text "<56人>", never a tag.
std::string DecodeEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::string decoded;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = s[i] == '&' ? MatchEntity(s, i, &decoded) : 0;
    if (n == 0) {
      out += s[i++];
    } else {
      out += decoded;
      i += n;
    }
  }
  return out;
}

// ----------------------------------------------------------------- LaTeX ---

// LaTeX commands converters leave between dollars ("$\geq$").
constexpr Entity kLatex[] = {
    {"geq", "≥"},   {"ge", "≥"},     {"leq", "≤"},    {"le", "≤"},     {"neq", "≠"},
    {"ne", "≠"},    {"times", "×"},  {"div", "÷"},    {"pm", "±"},     {"sim", "~"},
    {"approx", "≈"}, {"cdot", "·"},  {"circ", "°"},   {"degree", "°"}, {"lt", "<"},
    {"gt", ">"},    {"to", "→"},     {"rightarrow", "→"}, {"leftarrow", "←"}, {"infty", "∞"},
    {"ldots", "…"}, {"cdots", "⋯"},  {"mu", "μ"},     {"%", "%"},      {"$", "$"},
    {",", ""},      {";", " "},      {"quad", " "},   {"{", "{"},      {"}", "}"},
};

// Translates the text between two dollars; false when it is not plain
// math residue (an unknown command, or no command or operator at all, as in
// "$5 and $", which is money, not math).
bool TranslateMath(std::string_view math, std::string* out) {
  out->clear();
  bool had_command = false;
  for (std::size_t i = 0; i < math.size();) {
    if (math[i] == '\\') {
      std::size_t j = i + 1;
      while (j < math.size() && std::isalpha(static_cast<unsigned char>(math[j]))) ++j;
      if (j == i + 1 && j < math.size()) ++j;  // one-symbol command: \% \,
      std::string_view name = math.substr(i + 1, j - i - 1);
      auto it = std::find_if(std::begin(kLatex), std::end(kLatex),
                             [&](const Entity& e) { return e.name == name; });
      if (it == std::end(kLatex)) return false;
      *out += it->text;
      had_command = true;
      i = j;
    } else if (math[i] == '{' || math[i] == '}') {
      ++i;
    } else if (math[i] == '^' || math[i] == '_') {
      return false;
    } else {
      *out += math[i++];
    }
  }
  std::size_t first = out->find_first_not_of(' ');
  if (first == std::string::npos) return false;
  *out = out->substr(first, out->find_last_not_of(' ') + 1 - first);
  return had_command || *out == "<" || *out == ">" || *out == "=" || *out == "+" || *out == "-";
}

std::string ReplaceLatex(std::string_view s) {
  constexpr std::size_t kMaxMath = 64;  // residue is short; keeps this linear
  std::string out;
  out.reserve(s.size());
  std::string math;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t end = s[i] == '$' ? s.find_first_of("$\t", i + 1) : std::string_view::npos;
    if (end != std::string_view::npos && s[end] == '$' && end - i <= kMaxMath &&
        TranslateMath(s.substr(i + 1, end - i - 1), &math)) {
      out += math;
      i = end + 1;
    } else {
      out += s[i++];
    }
  }
  return out;
}

// -------------------------------------------------------------- Markdown ---

bool IsEscapable(char c) {
  // Not "|": an escaped pipe is a literal pipe inside a pipe-table cell,
  // and the segmenter must still see the escape.
  return std::string_view("_*#[]-.+!()`~<>%&\\").find(c) != std::string_view::npos;
}

// Removes `\_`-style escapes, `**`/`***` markers (bold may open on one line
// and close on the next, so they go even when unpaired) and `__bold__`
// pairs (a lone "__" may be a blank to fill in, so it stays).
std::string RemoveMarkdown(std::string_view s) {
  std::vector<bool> drop(s.size(), false);
  std::size_t open = std::string_view::npos;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '\\' && i + 1 < s.size() && IsEscapable(s[i + 1])) {
      i += 2;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && s[j] == s[i] && (s[i] == '*' || s[i] == '_')) ++j;
    if (j == i) {
      if (s[i] == '\t') open = std::string_view::npos;  // bold stays in its cell
      ++i;
      continue;
    }
    if (s[i] == '*' && (j - i == 2 || j - i == 3)) std::fill(drop.begin() + i, drop.begin() + j, true);
    if (s[i] == '_' && j - i == 2) {
      bool can_close = i > 0 && s[i - 1] != ' ';
      bool can_open = j < s.size() && s[j] != ' ' && s[j] != '\t';
      if (open != std::string_view::npos && can_close) {
        drop[open] = drop[open + 1] = drop[i] = drop[i + 1] = true;
        open = std::string_view::npos;
      } else if (can_open) {
        open = i;
      }
    }
    i = j;
  }
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (drop[i]) continue;
    if (s[i] == '\\' && i + 1 < s.size() && IsEscapable(s[i + 1])) ++i;
    out += s[i];
  }
  return out;
}

// ------------------------------------------------------------- full-width ---

// ０-９ and full-width Latin letters always become ASCII; ．－＋ only next to
// a digit, ％ after one, ， between two: elsewhere they are Chinese
// punctuation ("常规巡察＋专项巡察", "共1个，其中"). NBSP becomes a space.
std::string FoldWidth(std::string_view s) {
  std::vector<int32_t> cps = CodePoints(s);
  for (int32_t& c : cps) {
    if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A))
      c -= 0xFEE0;
    else if (c == 0xA0)
      c = ' ';
  }
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < cps.size(); ++i) {
    int32_t c = cps[i];
    bool digit_before = i > 0 && IsAsciiDigit(cps[i - 1]);
    bool digit_after = i + 1 < cps.size() && IsAsciiDigit(cps[i + 1]);
    if ((c == 0xFF0E || c == 0xFF0D || c == 0xFF0B) && (digit_before || digit_after)) c -= 0xFEE0;
    if (c == 0xFF05 && digit_before) c = '%';
    if (c == 0xFF0C && digit_before && digit_after) c = ',';
    AppendCodePoint(c, out);
  }
  return out;
}

// ----------------------------------------------------------------- spaces ---

// Whether `s` is only spaces, U+3000 and NBSP (not tabs: tabs separate
// cells), read byte-wise: this runs on every cell.
bool IsAllSpaces(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == ' ') ++i;
    else if (s.substr(i, 3) == "\xE3\x80\x80") i += 3;  // U+3000
    else if (s.substr(i, 2) == "\xC2\xA0") i += 2;       // NBSP
    else return false;
  }
  return true;
}

// Per cell: a run of spaces holding a removed block tag becomes one space
// (none at the cell's edges); a cell of nothing but spaces (U+3000, NBSP)
// becomes empty. Then trailing spaces (a Markdown hard break) go.
std::string TidySpaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t cell_start = 0;
  while (true) {
    std::size_t tab = s.find('\t', cell_start);
    std::string_view cell = s.substr(cell_start, tab == std::string_view::npos ? s.npos : tab - cell_start);
    std::string tidy;
    auto is_gap = [](char c) { return c == kBreak || c == ' '; };
    for (std::size_t i = 0; i < cell.size();) {
      if (!is_gap(cell[i])) {
        std::size_t j = i;
        while (j < cell.size() && !is_gap(cell[j])) ++j;
        tidy.append(cell.substr(i, j - i));
        i = j;
        continue;
      }
      std::size_t j = i;
      bool has_break = false;
      while (j < cell.size() && (cell[j] == kBreak || cell[j] == ' ')) has_break |= cell[j++] == kBreak;
      if (!has_break) tidy.append(cell.substr(i, j - i));
      else if (i > 0 && j < cell.size()) tidy += ' ';
      i = j;
    }
    if (IsAllSpaces(tidy)) tidy.clear();
    out += tidy;
    if (tab == std::string_view::npos) break;
    out += '\t';
    cell_start = tab + 1;
  }
  // Trailing spaces, ASCII or ideographic (tabs stay: they end cells).
  while (true) {
    if (!out.empty() && out.back() == ' ') out.pop_back();
    else if (out.size() >= 3 && out.compare(out.size() - 3, 3, "\xE3\x80\x80") == 0) out.resize(out.size() - 3);
    else break;
  }
  return out;
}

}  // namespace

void Normalize(SourceText& text) {
  for (Line& line : text.lines) line.text = NormalizeLine(line.text);
}

std::string NormalizeLine(std::string_view line) {
  // Each step is one linear pass. Order matters: tags go before entities
  // are decoded (so "&lt;b&gt;" stays text), LaTeX before Markdown escapes
  // (both use backslashes), spaces last (tags leave breaks behind).
  // A step runs only when the line holds a byte it acts on: most lines
  // need none of them, and each would copy the line. The bytes present are
  // found in one pass (a find per byte would be one pass each) and found
  // again after a step that ran, since a step may add bytes ("&lt;" -> "<").
  std::string s(line);
  s.erase(std::remove(s.begin(), s.end(), kBreak), s.end());
  std::array<bool, 256> has{};
  auto scan = [&] {
    has.fill(false);
    for (char c : s) has[static_cast<unsigned char>(c)] = true;
  };
  auto step = [&](bool needed, std::string (*f)(std::string_view)) {
    if (!needed) return;
    s = f(s);
    scan();
  };
  scan();
  step(has['['], RemoveBookmarks);
  step(has['<'], RemoveHtmlTags);
  step(has['$'], ReplaceLatex);
  step(has['\\'] || has['*'] || has['_'], RemoveMarkdown);
  step(has['&'], DecodeEntities);
  // Full-width forms (U+FF00-FF7F: EF BC xx, EF BD xx) and NBSP (C2 A0).
  if (has[0xEF] || has[0xC2]) s = FoldWidth(s);
  return TidySpaces(s);
}

namespace {

// A token of a line by code point columns (pdftotext's one column per
// character, CJK included).
struct ColumnToken {
  std::size_t begin, end;  // [begin, end) in code points
};

std::vector<ColumnToken> ColumnTokens(const std::u32string& line) {
  std::vector<ColumnToken> out;
  for (std::size_t i = 0; i < line.size();) {
    if (line[i] == U' ') {
      ++i;
      continue;
    }
    std::size_t b = i;
    while (i < line.size() && line[i] != U' ') ++i;
    out.push_back({b, i});
  }
  return out;
}

bool IsDigit32(char32_t c) { return c >= U'0' && c <= U'9'; }

// ".62", ".5": the decimals of a split amount.
bool IsDecimalsPiece(const std::u32string& s, ColumnToken t) {
  std::size_t n = t.end - t.begin;
  if (n < 2 || n > 3 || s[t.begin] != U'.') return false;
  for (std::size_t i = t.begin + 1; i < t.end; ++i)
    if (!IsDigit32(s[i])) return false;
  return true;
}

// "14,770", "0": the integer part of a split amount.
bool IsIntegerPiece(const std::u32string& s, ColumnToken t) {
  if (!IsDigit32(s[t.begin]) || !IsDigit32(s[t.end - 1])) return false;
  for (std::size_t i = t.begin; i < t.end; ++i)
    if (!IsDigit32(s[i]) && s[i] != U',') return false;
  return true;
}

// "5,838.39", "-12.5": an amount, rejoined.
bool IsAmountPiece(const std::u32string& s, ColumnToken t) {
  bool digit = false;
  for (std::size_t i = t.begin; i < t.end; ++i) {
    char32_t c = s[i];
    if (IsDigit32(c)) digit = true;
    else if (c != U',' && c != U'.' && !(c == U'-' && i == t.begin)) return false;
  }
  return digit;
}

std::u32string Decode32(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out.push_back(NextCodePoint(s, &i));
  return out;
}

std::string Encode32(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) AppendUtf8(out, c);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The decimals start at most this many columns before the integer's end
// (the glyph boxes overlap) or after it.
constexpr std::size_t kBefore = 3, kAfter = 2;

}  // namespace

void RejoinSplitDecimals(std::vector<Line>& lines) {
  // Only lines that hold a decimals piece are decoded.
  auto has_piece = [](const std::string& t) { return t.find('.') != std::string::npos; };
  std::vector<std::u32string> text(lines.size());
  std::vector<bool> decoded(lines.size(), false), changed(lines.size(), false);
  auto at = [&](std::size_t k) -> std::u32string& {
    if (!decoded[k]) text[k] = Decode32(lines[k].text), decoded[k] = true;
    return text[k];
  };
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].positioned || !has_piece(lines[k].text)) continue;
    for (ColumnToken d : ColumnTokens(at(k))) {
      if (!IsDecimalsPiece(at(k), d)) continue;
      // The integer it belongs to: on the line above, else below.
      for (std::size_t j : {k - 1, k + 1}) {
        if (k == 0 && j == k - 1) continue;
        if (j >= lines.size() || lines[j].positioned) continue;
        std::u32string& other = at(j);
        bool joined = false;
        for (ColumnToken n : ColumnTokens(other)) {
          if (!IsIntegerPiece(other, n) || n.end > d.begin + kBefore || d.begin > n.end + kAfter) continue;
          std::u32string piece = at(k).substr(d.begin, d.end - d.begin);
          // Over the spaces after the integer when there is room, else inserted.
          std::size_t room = 0;
          while (n.end + room < other.size() && other[n.end + room] == U' ') ++room;
          if (n.end + room == other.size() || room > piece.size()) {
            if (other.size() < n.end + piece.size()) other.resize(n.end + piece.size(), U' ');
            other.replace(n.end, piece.size(), piece);
          } else {
            other.insert(n.end, piece);
          }
          std::u32string& self = at(k);
          for (std::size_t i = d.begin; i < d.end; ++i) self[i] = U' ';
          changed[j] = changed[k] = true;
          joined = true;
          break;
        }
        if (joined) break;
      }
    }
  }
  // The split pushes each later cell of a row a line lower ("合 计 14,770" /
  // ".62 5,838" / ".39 8,932" / ".23"): a rejoined line left holding only
  // amounts, all right of the line above (itself rejoined), is that row.
  const std::size_t none = lines.size();
  std::size_t row = none, last = none;  // the row's line; the chain's last line
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (!changed[k]) {
      row = last = none;
      continue;
    }
    std::vector<ColumnToken> tokens = ColumnTokens(text[k]);
    bool amounts = !tokens.empty();
    for (ColumnToken t : tokens) amounts = amounts && IsAmountPiece(text[k], t);
    if (row != none && last + 1 == k && amounts) {
      std::vector<ColumnToken> above = ColumnTokens(text[row]);
      if (!above.empty() && tokens.front().begin > above.back().end) {
        std::u32string& into = text[row];
        for (ColumnToken t : tokens) {
          into.resize(std::max(t.begin, into.size() + 2), U' ');
          into += text[k].substr(t.begin, t.end - t.begin);
        }
        text[k].assign(text[k].size(), U' ');
        last = k;
        continue;
      }
    }
    row = last = k;
  }
  for (std::size_t k = 0; k < lines.size(); ++k)
    if (changed[k]) lines[k].text = Encode32(text[k]);
}

}  // namespace gongkai
