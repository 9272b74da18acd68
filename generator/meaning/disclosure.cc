// WhyNotADisclosure: tells a budget disclosure from a web page or unrelated
// text by counting named pieces of evidence.
#include "disclosure.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "labels.h"
#include "table_kinds.h"
#include "text.h"

namespace gongkai {
namespace {

// A web page holding at least this many catalog table titles is a
// disclosure published as HTML, not a page about one.
constexpr int kMinTablesInWebPage = 3;
// Web-page lines before this share of all lines do not make a web page
// (a disclosure may keep some HTML residue: <b>, <br>, <p>).
constexpr int kWebLinePercent = 20;
// A title longer than this (bytes, ~40 CJK characters) is prose.
constexpr std::size_t kMaxTitleBytes = 120;

// Openings of lines that only a web page has (lowercased, spaces kept).
constexpr std::string_view kWebStarts[] = {
    "<!doctype", "<html", "<head", "<meta", "<script", "</script", "<link", "<style",
    "<title",    "<div",  "</div", "<iframe", "<!--",  "function ", "function(", "$(",
    "var ",      "document.", "window."};
// Words that any budget disclosure prints.
constexpr std::string_view kBudgetWords[] = {"预算", "决算", "绩效", "三公", "财政拨款"};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool IsWebLine(std::string_view line) {
  // Only the opening matters: lowercase no more than the longest start.
  constexpr std::size_t kLongestStart = std::ranges::max(
      kWebStarts, {}, [](std::string_view start) { return start.size(); }).size();
  std::string low = Lower(TrimLeading(line, kBlanks).substr(0, kLongestStart));
  for (std::string_view start : kWebStarts)
    if (low.compare(0, start.size(), start) == 0) return true;
  return false;
}

// An amount as tables print it: digits, a point and two decimals.
bool HasAmount(std::string_view s) {
  for (std::size_t i = 0; i + 3 < s.size(); ++i)
    if (s[i] >= '0' && s[i] <= '9' && s[i + 1] == '.' && s[i + 2] >= '0' && s[i + 2] <= '9' &&
        s[i + 3] >= '0' && s[i + 3] <= '9')
      return true;
  return false;
}

struct Evidence {
  int lines = 0;
  int web_lines = 0;
  bool starts_as_web_page = false;  // the first line is <!DOCTYPE html> / <html>
  int budget_lines = 0;
  int table_titles = 0;  // lines naming a catalog table ("收支总表", "…绩效目标表")
  int amount_lines = 0;
};

void Count(std::string_view line, Evidence& e) {
  std::string compact = CompactLabel(line);
  if (compact.empty()) return;
  if (e.lines++ == 0) {
    std::string low = Lower(compact);
    e.starts_as_web_page = low.compare(0, 14, "<!doctypehtml>") == 0 || low.compare(0, 5, "<html") == 0;
  }
  if (IsWebLine(line)) ++e.web_lines;
  for (std::string_view w : kBudgetWords)
    if (compact.find(w) != std::string::npos) {
      ++e.budget_lines;
      break;
    }
  if (compact.size() <= kMaxTitleBytes && NamesATable(compact) && ClassifyTableTitle(compact))
    ++e.table_titles;
  if (HasAmount(compact)) ++e.amount_lines;
}

}  // namespace

std::string WhyNotADisclosure(const std::vector<Block>& blocks) {
  // 1. Count the evidence, line by line (a table row counts as one line).
  Evidence e;
  for (const Block& block : blocks) {
    if (block.kind == BlockKind::kTable) {
      for (const RawRow& row : block.table.rows) {
        std::string line;
        for (const RawCell& cell : row.cells) line += cell.text + "  ";
        Count(line, e);
      }
      continue;
    }
    std::size_t start = 0;
    while (start <= block.text.size()) {
      std::size_t end = block.text.find('\n', start);
      if (end == std::string::npos) end = block.text.size();
      Count(std::string_view(block.text).substr(start, end - start), e);
      start = end + 1;
    }
  }
  // 2. Decide, most telling reason first.
  if (e.lines == 0) return "no text";
  bool web_page = e.starts_as_web_page || e.web_lines * 100 >= e.lines * kWebLinePercent;
  if (web_page && e.table_titles < kMinTablesInWebPage)
    return "an HTML web page, not the disclosure itself (it may link the document as an attachment)";
  if (e.budget_lines == 0) return "no budget words (预算, 决算, 绩效, 三公, 财政拨款): not a budget disclosure";
  if (e.budget_lines < 3 && e.table_titles == 0 && e.amount_lines == 0)
    return "budget words only in passing, with no budget table and no amount: not a budget disclosure";
  return "";
}

}  // namespace gongkai
