#include "narrative_figures.h"

#include <string_view>

#include "amount.h"
#include "label_text.h"

namespace gongkai {
namespace {

// One figure's phrasings, most specific first: each keyword must be followed
// directly (after compacting spaces away) by a number and 万元 or 元. The
// actual (实际) phrasing comes before the budget one, so a self-evaluation's
// "年初预算基本支出610.94万元，…，实际基本支出536.42万元" yields 536.42.
struct NarrativeRule {
  std::string_view figure;
  std::vector<std::string_view> keywords;
};

const std::vector<NarrativeRule>& NarrativeRules() {
  static const std::vector<NarrativeRule> rules = {
      {"basic_expenditure", {"实际基本支出", "基本支出决算", "基本支出"}},
      {"project_expenditure", {"实际项目支出", "项目支出决算", "项目支出", "项目支出预算"}},
      {"personnel", {"人员经费支出", "人员经费"}},
      {"public_funds", {"公用经费支出", "公用经费"}},
      {"admin_operating", {"机关运行经费支出", "机关运行经费预算", "机关运行经费"}},
      {"procurement", {"政府采购支出总额", "政府采购预算总额", "政府采购总额"}},
      {"total_expenditure", {"本年支出合计", "支出合计", "支出预算"}},
      {"total_income", {"本年收入合计", "收入合计", "收入预算"}},
      {"grand_total", {"收入总计"}},
      {"three_public", {"三公经费支出决算", "三公经费预算"}},
  };
  return rules;
}

struct TextLine {
  int line = 0;
  std::string compact;
};

std::vector<TextLine> NarrativeLines(const std::vector<Block>& blocks) {
  std::vector<TextLine> lines;
  for (const Block& block : blocks) {
    if (block.kind == BlockKind::kTable) continue;
    int number = block.line;
    std::size_t start = 0;
    while (start <= block.text.size()) {
      std::size_t end = block.text.find('\n', start);
      if (end == std::string::npos) end = block.text.size();
      lines.push_back({number++, CompactLabel(block.text.substr(start, end - start))});
      start = end + 1;
    }
  }
  return lines;
}

// The amount right after text[at]: "536.42万元" -> 536.42 万元 in 分.
std::optional<Cents> AmountAt(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && ((text[end] >= '0' && text[end] <= '9') || text[end] == '.' ||
                               text[end] == ','))
    ++end;
  if (end == at || text[at] < '0' || text[at] > '9') return std::nullopt;
  std::string_view number = text.substr(at, end - at);
  std::string_view rest = text.substr(end);
  Currency currency = Currency::kUnknown;
  if (rest.substr(0, 6) == "万元") currency = Currency::kWanYuan;
  else if (rest.substr(0, 3) == "元") currency = Currency::kYuan;
  else return std::nullopt;
  ParsedValue value = ParseValue(number, currency);
  if (value.kind != CellKind::kAmount) return std::nullopt;
  return value.cents;
}

}  // namespace

std::map<std::string, Figure> FindNarrativeFigures(const std::vector<Block>& blocks,
                                                   const std::string& file) {
  std::map<std::string, Figure> found;
  std::vector<TextLine> lines = NarrativeLines(blocks);
  for (const NarrativeRule& rule : NarrativeRules()) {
    bool done = false;
    for (std::string_view keyword : rule.keywords) {
      for (const TextLine& line : lines) {
        for (std::size_t at = line.compact.find(keyword); at != std::string::npos;
             at = line.compact.find(keyword, at + 1)) {
          std::size_t after = at + keyword.size();
          // "为" / ":" may stand between: "预算数为137.53万元", "人员经费：437.65万元".
          for (std::string_view filler : {"为", ":", "是"})
            if (line.compact.compare(after, filler.size(), filler) == 0) after += filler.size();
          if (std::optional<Cents> cents = AmountAt(line.compact, after)) {
            found[std::string(rule.figure)] = {*cents, {file, line.line}, "narrative"};
            done = true;
            break;
          }
        }
        if (done) break;
      }
      if (done) break;
    }
  }
  return found;
}

}  // namespace gongkai
