#include "glossary.h"

#include <array>
#include <optional>
#include <regex>

#include "diagnostics.h"
#include "numbering.h"
#include "sections.h"
#include "text.h"

namespace gongkai {
namespace {

// A term is at most this many characters ("使用非财政拨款结余" is 9).
constexpr std::size_t kMaxTermChars = 20;
// A glossary heading is short; a sentence that mentions 名词解释 is not one.
constexpr std::size_t kMaxHeadingChars = 20;
// A signature (unit name) or other closing line is short and has no colon.
constexpr std::size_t kMaxClosingLineChars = 40;

// Words that stand before a colon inside a definition but are not terms.
constexpr std::array<std::string_view, 8> kNotTerms = {
    "其中", "包括", "主要包括", "如", "即", "注", "说明", "备注"};

// Characters that never occur inside a term: a sentence, not a term.
constexpr std::array<std::string_view, 7> kSentencePunctuation = {
    "，", "。", "、", ",", "；", ";", "！"};

// Quote characters that may be left over around a term.
constexpr std::array<std::string_view, 6> kQuotes = {"\"", "'", "“", "”", "‘", "’"};

std::string Trim(std::string_view s) { return std::string(TrimGlossaryText(s)); }

// Item numbering styles: "（一）、", "(3)", "十二、", "1．". A digit right
// after a bare number makes it a decimal ("1.5万元"), not numbering.
constexpr NumberingRule kItemNumbering[] = {
    {.open = "（|(", .numerals = Numerals::kChinese, .close = "）|)", .then = "、|．|."},
    {.open = "（|(", .numerals = Numerals::kArabic, .close = "）|)", .then = "、|．|."},
    {.numerals = Numerals::kChinese, .close = "、|．|.", .digit_may_follow = false},
    {.numerals = Numerals::kArabic, .close = "、|．|.", .digit_may_follow = false},
};

// The first colon (full-width or ASCII) and its byte length.
std::optional<std::pair<std::size_t, std::size_t>> FindColon(std::string_view s,
                                                             std::size_t from = 0) {
  std::size_t full = s.find("：", from);
  std::size_t ascii = s.find(':', from);
  if (full == std::string_view::npos && ascii == std::string_view::npos) return std::nullopt;
  if (ascii < full) return std::make_pair(ascii, std::size_t{1});
  return std::make_pair(full, std::size_t{3});
}

std::string CleanTerm(std::string_view raw) {
  std::string term;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw.substr(i).starts_with("**") || raw.substr(i).starts_with("__")) {
      ++i;
      continue;
    }
    term += raw[i];
  }
  term = Trim(term);
  // An odd quote at either end has no partner: residue. Paired quotes, as in
  // “三公”经费, stay as printed.
  auto quote_count = [&] {
    std::size_t n = 0;
    for (std::string_view q : kQuotes)
      for (std::size_t at = term.find(q); at != std::string::npos; at = term.find(q, at + 1)) ++n;
    return n;
  };
  for (bool changed = true; changed && quote_count() % 2 == 1;) {
    changed = false;
    for (std::string_view q : kQuotes) {
      if (term.starts_with(q)) {
        term.erase(0, q.size());
      } else if (term.ends_with(q)) {
        term.erase(term.size() - q.size());
      } else {
        continue;
      }
      changed = true;
      break;
    }
  }
  return Trim(term);
}

bool ReadsAsTerm(std::string_view candidate) {
  std::string term = CleanTerm(candidate);
  std::size_t chars = CharCount(term);
  if (chars < 2 || chars > kMaxTermChars) return false;
  for (std::string_view p : kSentencePunctuation)
    if (term.find(p) != std::string::npos) return false;
  for (std::string_view w : kNotTerms)
    if (term == w) return false;
  return true;
}

bool IsGlossaryHeading(const Block& b) {
  if (b.kind == BlockKind::kTable) return false;
  if (b.text.find("名词解释") == std::string::npos) return false;
  std::string text = RemoveSpaces(b.text);
  return CharCount(text) <= kMaxHeadingChars && !FindColon(text);
}

// Lines after the items: the next part, attachments, a date, a signature.
bool ClosesGlossary(std::string_view text) {
  static const std::regex kNextPart("^第[一二三四五六七八九十]+部分.*");
  static const std::regex kDate("^[0-9]{4}年[0-9]{1,2}月([0-9]{1,2}日)?$");
  std::string compact = RemoveSpaces(text);
  if (compact.starts_with("附件") || compact.starts_with("附表")) return true;
  if (std::regex_match(compact, kNextPart) || std::regex_match(compact, kDate)) return true;
  return CharCount(compact) <= kMaxClosingLineChars && !FindColon(compact) &&
         !compact.ends_with("。") && !compact.ends_with("；");
}

std::string Excerpt(std::string_view text, std::size_t max_chars) {
  std::size_t chars = 0, at = 0;
  while (at < text.size() && chars < max_chars) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    ++chars;
  }
  std::string out(text.substr(0, at));
  if (at < text.size()) out += "…";
  return out;
}

}  // namespace

std::size_t ItemNumberingLength(std::string_view text) {
  std::size_t at = 0;
  if (text.starts_with("- ") || text.starts_with("* ")) at = 2;
  std::string_view s = text.substr(at);
  std::size_t n = FindNumbering(s, kItemNumbering).length;
  if (n == 0) return 0;
  while (n < s.size() && s[n] == ' ') ++n;
  return at + n;
}

std::vector<GlossaryTerm> SplitGlossaryItem(std::string_view item) {
  std::vector<GlossaryTerm> terms;
  auto colon = FindColon(item);
  if (!colon) return terms;
  // Term starts: (term begin, colon begin, definition begin).
  struct Start {
    std::size_t term, colon, definition;
  };
  std::vector<Start> starts = {{0, colon->first, colon->first + colon->second}};
  for (std::size_t at = starts[0].definition; at < item.size();) {
    std::size_t semi = item.find("；", at);
    std::size_t semi_len = 3;
    std::size_t ascii = item.find(';', at);
    if (ascii < semi) semi = ascii, semi_len = 1;
    if (semi == std::string_view::npos) break;
    std::size_t term_begin = semi + semi_len;
    auto next = FindColon(item, term_begin);
    if (next && ReadsAsTerm(item.substr(term_begin, next->first - term_begin))) {
      starts.push_back({term_begin, next->first, next->first + next->second});
      at = next->first + next->second;
    } else {
      at = term_begin;
    }
  }
  for (std::size_t i = 0; i < starts.size(); ++i) {
    std::size_t end = i + 1 < starts.size() ? starts[i + 1].term : item.size();
    std::string_view definition = item.substr(starts[i].definition, end - starts[i].definition);
    if (i + 1 < starts.size()) {
      if (definition.ends_with("；")) definition.remove_suffix(3);
      else if (definition.ends_with(";")) definition.remove_suffix(1);
    }
    terms.push_back({CleanTerm(item.substr(starts[i].term, starts[i].colon - starts[i].term)),
                     Trim(definition)});
  }
  return terms;
}

std::vector<GlossaryEntry> ExtractGlossary(const std::vector<Block>& blocks,
                                           const std::string& file,
                                           std::vector<Diagnostic>& diagnostics) {
  std::vector<GlossaryEntry> entries;
  std::vector<bool> toc = MarkTableOfContents(blocks);
  bool in_glossary = false;
  // The item being read: its text (numbering removed), its line; wrapped lines append.
  std::string item;
  int item_line = 0;
  auto finish_item = [&] {
    if (item_line == 0) return;
    std::vector<GlossaryTerm> terms = SplitGlossaryItem(item);
    if (terms.empty() || terms[0].term.empty() || CharCount(terms[0].term) > kMaxTermChars) {
      Report(diagnostics, file, item_line, Severity::kWarning, "glossary.no-colon",
             "名词解释 item has no \"term：definition\" colon: " + Excerpt(item, 20));
    } else {
      GlossaryEntry entry;
      entry.term = terms[0].term;
      auto colon = FindColon(item);
      entry.definition = Trim(item.substr(colon->first + colon->second));
      entry.line = item_line;
      entry.terms = std::move(terms);
      entries.push_back(std::move(entry));
    }
    item.clear();
    item_line = 0;
  };

  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (toc[i]) continue;
    if (IsGlossaryHeading(b)) {
      finish_item();
      in_glossary = true;
      continue;
    }
    if (!in_glossary) continue;
    std::size_t numbering = b.kind == BlockKind::kTable ? 0 : ItemNumberingLength(b.text);
    // A numbered heading without a colon is the next section, not an item.
    bool next_section = b.kind == BlockKind::kHeading && !FindColon(b.text);
    if (numbering > 0 && numbering < b.text.size() && !next_section) {
      finish_item();
      item = Trim(std::string_view(b.text).substr(numbering));
      item_line = b.line;
      continue;
    }
    if (b.kind != BlockKind::kParagraph || ClosesGlossary(b.text)) {
      finish_item();
      in_glossary = false;
      continue;
    }
    if (item_line != 0) item += Trim(b.text);  // a wrapped line of the item
  }
  finish_item();
  return entries;
}

}  // namespace gongkai
