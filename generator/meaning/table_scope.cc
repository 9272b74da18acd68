#include "table_scope.h"

#include <array>
#include <string>

#include "labels.h"
#include "table_kinds.h"
#include "text.h"

namespace gongkai {
namespace {

struct ScopeWord {
  std::string_view word;
  FundScope scope;
};
// Narrower words first: 一般公共预算财政拨款 is 一般公共预算.
constexpr std::array<ScopeWord, 5> kScopeWords = {{
    {"一般公共预算", FundScope::kGeneralPublic},
    {"政府性基金", FundScope::kGovernmentFund},
    {"国有资本经营", FundScope::kStateCapital},
    {"财政专户", FundScope::kSpecialAccount},
    {"财政拨款", FundScope::kFiscal},
}};


std::string ScopeText(const Table& table) {
  std::string title = CompactLabel(table.title);
  if (!title.empty()) return title;
  const TableKind* kind = FindTableKind(table.kind);
  return kind ? std::string(kind->name) : std::string();
}

}  // namespace

FundScope ScopeOfText(std::string_view text) {
  for (const ScopeWord& w : kScopeWords)
    if (Contains(text, w.word)) return w.scope;
  return FundScope::kAllFunds;
}

FundScope TableFundScope(const Table& table) { return ScopeOfText(ScopeText(table)); }

FundScope ColumnFundScope(const Table& table, int column) {
  FundScope scope = TableFundScope(table);
  if (scope != FundScope::kAllFunds || column < 0 || static_cast<std::size_t>(column) >= table.columns.size())
    return scope;
  const Column& c = table.columns[static_cast<std::size_t>(column)];
  std::string header;
  for (const std::string& part : c.path.empty() ? std::vector<std::string>{c.name} : c.path)
    header += CompactLabel(part);
  return ScopeOfText(header);
}

std::string_view FundScopeName(FundScope scope) {
  switch (scope) {
    case FundScope::kAllFunds: return "全部资金";
    case FundScope::kFiscal: return "财政拨款";
    case FundScope::kGeneralPublic: return "一般公共预算";
    case FundScope::kGovernmentFund: return "政府性基金";
    case FundScope::kStateCapital: return "国有资本经营";
    case FundScope::kSpecialAccount: return "财政专户";
  }
  return "";
}

int TableTitleYear(const Table& table) {
  std::string title = CompactLabel(table.title);
  for (std::size_t i = 0; i + 4 <= title.size(); ++i) {
    bool digits = true;
    for (std::size_t k = 0; k < 4; ++k) digits = digits && title[i + k] >= '0' && title[i + k] <= '9';
    if (!digits || (i > 0 && title[i - 1] >= '0' && title[i - 1] <= '9')) continue;
    if (i + 4 < title.size() && title[i + 4] >= '0' && title[i + 4] <= '9') continue;
    if (title.compare(i + 4, 3, "年") != 0) continue;
    int year = std::stoi(title.substr(i, 4));
    if (year >= 1990 && year <= 2100) return year;
  }
  return 0;
}

}  // namespace gongkai
