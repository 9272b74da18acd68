#include "narrative_figures.h"

#include <string_view>

#include "amount.h"
#include "labels.h"

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
      {"admin_operating",
       {"机关运行经费支出", "机关运行经费预算总计", "机关运行经费预算", "机关运行经费", "财政拨款运行经费"}},
      {"procurement", {"政府采购支出总额", "政府采购预算总额", "政府采购总额"}},
      {"total_expenditure", {"本年支出合计", "支出合计", "支出预算"}},
      {"total_income", {"本年收入合计", "收入合计", "收入预算"}},
      {"grand_total", {"收入总计"}},
      {"three_public", {"三公经费财政拨款支出决算", "三公经费支出决算", "三公经费预算数", "三公经费预算"}},
  };
  return rules;
}


// The prose as runs of consecutive paragraph lines joined (a PDF wraps a
// sentence over lines: "机关运行经费安排2,614.19万元" may break anywhere), each
// run keeping where every source line starts so a match finds its line.
struct TextRun {
  std::string compact;
  FundScope heading_scope = FundScope::kAllFunds;  // of the heading above the run
  std::vector<std::pair<std::size_t, int>> starts;  // offset in compact -> line

  int LineAt(std::size_t offset) const {
    int line = starts.empty() ? 0 : starts.front().second;
    for (const auto& [at, number] : starts)
      if (at <= offset) line = number;
    return line;
  }
};

std::vector<TextRun> NarrativeRuns(const std::vector<Block>& blocks) {
  std::vector<TextRun> runs;
  bool open = false;
  FundScope heading_scope = FundScope::kAllFunds;
  for (const Block& block : blocks) {
    if (block.kind == BlockKind::kHeading) heading_scope = ScopeOfText(CompactLabel(block.text));
    if (block.kind != BlockKind::kParagraph) {
      open = false;
      continue;
    }
    if (!open) {
      runs.emplace_back();
      runs.back().heading_scope = heading_scope;
    }
    open = true;
    int number = block.line;
    std::size_t start = 0;
    while (start <= block.text.size()) {
      std::size_t end = block.text.find('\n', start);
      if (end == std::string::npos) end = block.text.size();
      runs.back().starts.push_back({runs.back().compact.size(), number++});
      runs.back().compact += CompactLabel(block.text.substr(start, end - start));
      start = end + 1;
    }
  }
  return runs;
}

// Words that may stand between a keyword and its amount: "机关运行经费预算安排
// 214.33万元", "财政拨款预算2,719.55万元", "预算数为137.53万元", "人员经费：437.65万元".
const std::vector<std::string_view> kFillers = {"财政拨款预算", "预算安排", "安排", "预算数",
                                                "预算", "支出", "总额", "共计", "合计", "共",
                                                "为", ":", "是"};

std::size_t SkipFillers(std::string_view text, std::size_t at) {
  for (int round = 0; round < 3; ++round) {
    bool moved = false;
    for (std::string_view filler : kFillers)
      if (text.compare(at, filler.size(), filler) == 0) {
        at += filler.size();
        moved = true;
        break;
      }
    if (!moved) break;
  }
  return at;
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
  MoneyUnit currency = MoneyUnit::kUnknown;
  if (rest.substr(0, 6) == "万元") currency = MoneyUnit::kWanYuan;
  else if (rest.substr(0, 3) == "元") currency = MoneyUnit::kYuan;
  else return std::nullopt;
  ParsedValue value = ParseValue(number, currency);
  if (value.kind != CellKind::kAmount) return std::nullopt;
  return value.cents;
}

// The clause before text[at]: back to the last sentence or clause mark.
std::string_view ClauseBefore(std::string_view text, std::size_t at) {
  std::size_t start = 0;
  for (std::string_view mark : {"。", "；", "，", "：", ";", ",", ":"}) {
    std::size_t found = text.rfind(mark, at == 0 ? 0 : at - 1);
    if (found != std::string_view::npos && found < at) start = std::max(start, found + mark.size());
  }
  return text.substr(start, at - start);
}

// Whether the sentence before text[at] is about one coded 科目: "住房改革支出
// （22102）684.97万元，…。具体为：人员经费684.97万元" states that 科目's
// part, not the department's figure.
bool InCodedItemSentence(std::string_view text, std::size_t at) {
  constexpr std::string_view kStop = "。";
  auto sentence_start = [&](std::size_t before) -> std::size_t {
    if (before == 0) return 0;
    std::size_t stop = text.rfind(kStop, before - 1);
    return stop == std::string_view::npos || stop >= before ? 0 : stop + kStop.size();
  };
  std::size_t start = sentence_start(at);
  // "…（301）13,650.59万元，…。具体为：人员经费…": a sentence that details the
  // one before belongs to it.
  std::string_view own = text.substr(start, at - start);
  if (start > 0 && (own.starts_with("具体为") || own.starts_with("其中")))
    start = sentence_start(start - kStop.size());
  std::string_view sentence = text.substr(start, at - start);
  for (std::string_view open : {"（", "("}) {
    for (std::size_t p = sentence.find(open); p != std::string_view::npos; p = sentence.find(open, p + 1)) {
      std::size_t i = p + open.size(), digits = 0;
      while (i < sentence.size() && sentence[i] >= '0' && sentence[i] <= '9') ++i, ++digits;
      std::string_view rest = sentence.substr(i);
      if (digits >= 3 && digits <= 7 && (rest.starts_with("）") || rest.starts_with(")"))) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<NarrativeFigure> FindNarrativeFigures(const std::vector<Block>& blocks,
                                                  const std::string& file) {
  std::vector<NarrativeFigure> found;
  std::vector<TextRun> runs = NarrativeRuns(blocks);
  for (const NarrativeRule& rule : NarrativeRules()) {
    auto known = [&](FundScope scope) {
      for (const NarrativeFigure& f : found)
        if (f.name == rule.figure && f.scope == scope) return true;
      return false;
    };
    for (std::string_view keyword : rule.keywords)
      for (const TextRun& run : runs)
        for (std::size_t at = run.compact.find(keyword); at != std::string::npos;
             at = run.compact.find(keyword, at + 1)) {
          std::size_t after = SkipFillers(run.compact, at + keyword.size());
          std::optional<Cents> cents = AmountAt(run.compact, after);
          if (!cents || InCodedItemSentence(run.compact, at)) continue;
          FundScope scope = ScopeOfText(ClauseBefore(run.compact, at));
          if (scope == FundScope::kAllFunds) scope = run.heading_scope;
          if (known(scope)) continue;
          found.push_back({std::string(rule.figure),
                           {*cents, {file, run.LineAt(at)}, "", FigureSource::kNarrative}, scope});
        }
  }
  return found;
}

}  // namespace gongkai
