#include "figure_identities.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <string>

#include "amount.h"
#include "table_scope.h"

namespace gongkai {

namespace {
constexpr FigureDef kHeadlineFigures[] = {
    {"total_income", "本年收入合计"},  {"total_expenditure", "本年支出合计"},
    {"grand_total", "收支总计"},       {"basic_expenditure", "基本支出"},
    {"project_expenditure", "项目支出"}, {"personnel", "人员经费"},
    {"public_funds", "公用经费"},      {"three_public", "“三公”经费"},
    {"admin_operating", "机关运行经费"}, {"procurement", "政府采购"},
};
}  // namespace

const std::vector<FigureDef>& SecondaryFigures() {
  // The parts of 本年支出合计 beside 基本支出 and 项目支出, where printed: 江苏's
  // 单位预留机动经费; the 支出决算表's and 西安's 收支总表's 上缴上级支出,
  // 事业单位经营支出, 对附属单位补助支出.
  static const std::vector<FigureDef> defs = {{"reserve_expenditure", "单位预留机动经费"},
                                              {"remit_expenditure", "上缴上级支出"},
                                              {"business_expenditure", "事业单位经营支出"},
                                              {"subsidiary_expenditure", "对附属单位补助支出"}};
  return defs;
}

const std::vector<FigureDef>& HeadlineFigures() {
  static const std::vector<FigureDef> defs(std::begin(kHeadlineFigures), std::end(kHeadlineFigures));
  return defs;
}

std::span<const FigureIdentity> FigureIdentities() {
  using R = FigureIdentity::Relation;
  static const std::vector<FigureIdentity> identities = {
      {"audit.expenditure-split", "total_expenditure", {"basic_expenditure", "project_expenditure"},
       {"reserve_expenditure", "remit_expenditure", "business_expenditure", "subsidiary_expenditure"},
       R::kEqual, "本年支出合计 = 基本支出 + 项目支出 (+ 单位预留机动经费, 上缴上级, 经营, 对附属单位补助)"},
      {"audit.basic-split", "basic_expenditure", {"personnel", "public_funds"}, {}, R::kEqual,
       "基本支出 = 人员经费 + 公用经费"},
      {"audit.function-sum", "total_expenditure", {kByFunctionSum}, {}, R::kEqual,
       "本年支出合计 = Σ 功能分类类级"},
      {"audit.income-within-total", "grand_total", {"total_income"}, {}, R::kAtMost,
       "本年收入合计 ≤ 收入总计"},
      {"audit.expenditure-within-total", "grand_total", {"total_expenditure"}, {}, R::kAtMost,
       "本年支出合计 ≤ 支出总计"},
  };
  return identities;
}

IdentityCheck CheckIdentity(const FigureIdentity& identity, const FigureLookup& value,
                            MoneyUnit currency, const FigureItems& items) {
  auto count = [&](std::string_view name) { return items ? std::max(items(name), 1) : 1; };
  IdentityCheck check;
  check.identity = &identity;
  std::optional<Cents> total = value(identity.total);
  if (!total) return check;
  check.total = *total;
  check.items = 1;
  for (std::string_view part : identity.parts) {
    std::optional<Cents> v = value(part);
    if (!v) return check;
    check.parts += *v;
    check.items += count(part);
  }
  for (std::string_view part : identity.optional_parts) {
    std::optional<Cents> v = value(part);
    if (!v) continue;
    check.parts += *v;
    check.items += count(part);
  }
  Cents tolerance = RoundingTolerance(check.items, currency);
  bool holds = identity.relation == FigureIdentity::Relation::kEqual
                   ? std::llabs(check.total - check.parts) <= tolerance
                   : check.parts <= check.total + tolerance;
  check.result = holds ? IdentityResult::kHolds : IdentityResult::kFails;
  return check;
}

std::vector<IdentityCheck> CheckIdentities(const Figures& figures, MoneyUnit currency) {
  FigureLookup value = [&](std::string_view name) -> std::optional<Cents> {
    if (name == kByFunctionSum) {
      if (figures.by_function.empty()) return std::nullopt;
      Cents sum = 0;
      for (const auto& [code, f] : figures.by_function) sum += f.cents;
      return sum;
    }
    auto it = figures.amounts.find(std::string(name));
    if (it == figures.amounts.end()) return std::nullopt;
    return it->second.cents;
  };
  auto scope_of = [&](std::string_view name) -> std::string {
    auto it = figures.choices.find(std::string(name));
    if (it == figures.choices.end()) return {};
    for (const FigureChoice& c : it->second)
      if (c.chosen)
        return c.figure.from == FigureSource::kNarrative && c.scope == FundScopeName(FundScope::kAllFunds)
                   ? std::string()
                   : c.scope;
    return {};
  };
  FigureItems items = [&](std::string_view name) {
    return name == kByFunctionSum ? static_cast<int>(figures.by_function.size()) : 1;
  };
  std::vector<IdentityCheck> out;
  for (const FigureIdentity& identity : FigureIdentities()) {
    IdentityCheck check = CheckIdentity(identity, value, currency, items);
    if (check.result == IdentityResult::kFails) {
      std::vector<std::string> scopes;
      std::vector<std::string_view> names = identity.Members();
      for (std::string_view name : names) {
        std::string s = scope_of(name);
        if (!s.empty() && std::find(scopes.begin(), scopes.end(), s) == scopes.end()) scopes.push_back(s);
      }
      if (scopes.size() > 1) {
        check.result = IdentityResult::kOtherScope;
        check.scopes = std::move(scopes);
      }
    }
    out.push_back(std::move(check));
  }
  return out;
}

}  // namespace gongkai
