#include "figure_settle.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <set>
#include <string_view>

#include "amount.h"
#include "figure_identities.h"
#include "money_format.h"

namespace gongkai {
namespace {

// Each other source (another table, the narrative) printing the same value.
constexpr int kSupportScore = 6;
constexpr int kMaxSupport = 3;
// An identity that holds among the chosen values.
constexpr int kIdentityScore = 70;
// Values per figure weighed together (the best by their own score).
constexpr std::size_t kMaxOptions = 4;

// One value of a figure with every candidate printing it.
struct Option {
  Figure figure;  // the best candidate's (a table's when one prints it)
  FundScope scope = FundScope::kAllFunds;
  int own = 0;    // the best candidate's score
  int score = 0;  // own + support
  bool rounded = false;  // only the narrative states it (to 0.01 万元)
  std::vector<std::string> notes;
  std::vector<std::string> supporters;  // the other sources printing it
  std::map<std::string, Figure> by_code;  // by_function options only
};

// A narrative value to 0.01 万元 agrees with a table value it rounds.
bool Agrees(const Figure& narrative, Cents table) {
  Cents d = std::llabs(narrative.cents - table);
  if (d == 0) return true;
  return narrative.cents % 10000 == 0 && d <= RoundingTolerance(1, MoneyUnit::kWanYuan);
}

std::string SourceLabel(const Figure& f) {
  std::string s = FigureSourceText(f);
  return s.empty() ? "?" : s;
}

std::vector<Option> OptionsOf(const std::vector<const FigureCandidate*>& list) {
  std::vector<Option> options;
  std::vector<std::set<const void*>> sources;
  auto add = [&](const FigureCandidate& c, std::size_t i) {
    Option& o = options[i];
    const void* source = c.table ? static_cast<const void*>(c.table) : static_cast<const void*>(&options);
    if (!sources[i].insert(source).second) return;
    o.supporters.push_back(SourceLabel(c.figure));
  };
  for (bool narrative : {false, true})
    for (const FigureCandidate* c : list) {
      if ((c->figure.from == FigureSource::kNarrative) != narrative) continue;
      std::size_t i = 0;
      for (; i < options.size(); ++i)
        if (narrative ? Agrees(c->figure, options[i].figure.cents)
                      : options[i].figure.cents == c->figure.cents)
          break;
      if (i == options.size()) {
        options.push_back({c->figure, c->scope, c->score, c->score, narrative, c->notes, {}, {}});
        sources.emplace_back();
      } else if (c->score > options[i].own && !options[i].rounded) {
        // A better-scored table candidate of the same value represents it.
        Option& o = options[i];
        o.figure = c->figure, o.scope = c->scope, o.own = c->score, o.notes = c->notes;
      }
      add(*c, i);
    }
  for (Option& o : options) {
    int others = static_cast<int>(o.supporters.size()) - 1;
    o.score = o.own + kSupportScore * std::min(others, kMaxSupport);
    o.supporters.erase(o.supporters.begin());
  }
  std::stable_sort(options.begin(), options.end(),
                   [](const Option& a, const Option& b) { return a.score > b.score; });
  return options;
}

std::vector<Option> FunctionOptions(const std::vector<FunctionCandidate>& functions) {
  std::vector<Option> options;
  for (const FunctionCandidate& f : functions) {
    if (f.by_code.empty()) continue;
    auto same = std::find_if(options.begin(), options.end(), [&](const Option& o) {
      if (o.by_code.size() != f.by_code.size()) return false;
      for (const auto& [code, fig] : f.by_code) {
        auto it = o.by_code.find(code);
        if (it == o.by_code.end() || it->second.cents != fig.cents) return false;
      }
      return true;
    });
    if (same != options.end()) {
      same->supporters.push_back(f.source);
      continue;
    }
    Option o;
    Cents sum = 0;
    for (const auto& [code, fig] : f.by_code) sum += fig.cents;
    o.figure = f.by_code.begin()->second;
    o.figure.cents = sum;
    o.figure.source = f.source;
    o.scope = f.scope, o.own = f.score, o.notes = f.notes, o.by_code = f.by_code;
    options.push_back(std::move(o));
  }
  for (Option& o : options)
    o.score = o.own + kSupportScore * std::min(static_cast<int>(o.supporters.size()), kMaxSupport);
  std::stable_sort(options.begin(), options.end(),
                   [](const Option& a, const Option& b) { return a.score > b.score; });
  return options;
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : std::string(sep)) + p;
  return out;
}

}  // namespace

bool IsDepartmentWideFigure(std::string_view name) {
  static const std::set<std::string_view> kNames = {
      "total_income", "total_expenditure", "grand_total", "basic_expenditure",
      "project_expenditure", "reserve_expenditure", "remit_expenditure", "business_expenditure",
      "subsidiary_expenditure", "personnel", "public_funds", kByFunctionSum};
  return kNames.count(name) > 0;
}

Settlement SettleFigures(const std::vector<FigureCandidate>& candidates,
                         const std::vector<FunctionCandidate>& functions, MoneyUnit currency) {
  // 1. Options per figure, figures in the order first found.
  std::vector<std::string> names;
  std::map<std::string, std::vector<const FigureCandidate*>> by_name;
  for (const FigureCandidate& c : candidates) {
    if (!by_name.count(c.name)) names.push_back(c.name);
    by_name[c.name].push_back(&c);
  }
  std::map<std::string, std::vector<Option>> options;
  for (const std::string& name : names) options[name] = OptionsOf(by_name[name]);
  std::vector<Option> function_options = FunctionOptions(functions);
  if (!function_options.empty()) options[std::string(kByFunctionSum)] = function_options;

  // 2. The figures the identities tie together, searched jointly.
  std::vector<std::string> tied;
  for (const FigureIdentity& identity : FigureIdentities()) {
    std::vector<std::string_view> involved = identity.Members();
    for (std::string_view n : involved)
      if (options.count(std::string(n)) &&
          std::find(tied.begin(), tied.end(), n) == tied.end())
        tied.emplace_back(n);
  }
  std::map<std::string, std::size_t> chosen;  // figure -> option index
  for (const auto& [name, list] : options) chosen[name] = 0;

  auto value_of = [&](const std::map<std::string, std::size_t>& pick) {
    return [&options, &pick](std::string_view name) -> std::optional<Cents> {
      auto it = options.find(std::string(name));
      if (it == options.end() || it->second.empty()) return std::nullopt;
      return it->second[pick.at(std::string(name))].figure.cents;
    };
  };
  auto rounded_in = [&](const std::map<std::string, std::size_t>& pick, const FigureIdentity& id) {
    std::vector<std::string_view> involved = id.Members();
    for (std::string_view n : involved) {
      auto it = options.find(std::string(n));
      if (it != options.end() && it->second[pick.at(std::string(n))].rounded) return true;
    }
    return false;
  };
  auto items_of = [&](const std::map<std::string, std::size_t>& pick) {
    return [&options, &pick](std::string_view name) -> int {
      auto it = options.find(std::string(name));
      if (it == options.end() || it->second.empty()) return 1;
      return static_cast<int>(it->second[pick.at(std::string(name))].by_code.size());
    };
  };
  auto checks_of = [&](const std::map<std::string, std::size_t>& pick) {
    std::vector<IdentityCheck> out;
    FigureLookup value = value_of(pick);
    FigureItems items = items_of(pick);
    for (const FigureIdentity& id : FigureIdentities())
      out.push_back(CheckIdentity(id, value, rounded_in(pick, id) ? MoneyUnit::kWanYuan : currency, items));
    return out;
  };
  // An identity speaks for department-wide figures only when one of its
  // members is all funds' (a narrative's counts): a 一般公共预算 table's total
  // and its own 类 rows agree with each other whatever the department spends.
  auto speaks_for_department = [&](const std::map<std::string, std::size_t>& pick,
                                   const FigureIdentity& id) {
    std::vector<std::string_view> involved = id.Members();
    for (std::string_view n : involved) {
      auto it = options.find(std::string(n));
      if (it != options.end() && it->second[pick.at(std::string(n))].scope == FundScope::kAllFunds)
        return true;
    }
    return false;
  };
  auto total_score = [&](const std::map<std::string, std::size_t>& pick) {
    int s = 0;
    for (const std::string& n : tied) s += options[n][pick.at(n)].score;
    for (const IdentityCheck& c : checks_of(pick))
      if (c.result == IdentityResult::kHolds && speaks_for_department(pick, *c.identity)) s += kIdentityScore;
    return s;
  };

  // Exhaustive over the best kMaxOptions values of each tied figure, in
  // order, so that of equal scores the first assignment wins.
  std::map<std::string, std::size_t> pick = chosen;
  int best = total_score(pick);
  std::vector<std::size_t> limit;
  for (const std::string& n : tied) limit.push_back(std::min(options[n].size(), kMaxOptions));
  std::vector<std::size_t> at(tied.size(), 0);
  while (true) {
    std::size_t k = 0;
    while (k < at.size() && ++at[k] == limit[k]) at[k++] = 0;
    if (k == at.size()) break;
    for (std::size_t i = 0; i < tied.size(); ++i) pick[tied[i]] = at[i];
    int s = total_score(pick);
    if (s > best) best = s, chosen = pick;
  }

  // 3. The result, and why each value was taken or lost.
  Settlement out;
  std::vector<IdentityCheck> held = checks_of(chosen);
  auto identities_with = [&](const std::string& name, const std::vector<IdentityCheck>& checks,
                             IdentityResult result) {
    std::vector<std::string> out;
    for (const IdentityCheck& c : checks) {
      if (c.result != result) continue;
      bool involved = c.identity->total == name ||
                      std::find(c.identity->parts.begin(), c.identity->parts.end(), name) !=
                          c.identity->parts.end();
      if (involved) out.emplace_back(c.identity->chinese);
    }
    return out;
  };
  // Whether some identity holds with `name` as chosen and the others
  // involved taken from any of their printed values.
  auto confirmed = [&](const std::string& name) {
    for (const FigureIdentity& id : FigureIdentities()) {
      std::vector<std::string> others;
      bool involved = false;
      for (std::string_view n : id.Members())
        if (n == name) involved = true;
        else if (options.count(std::string(n)) ||
                 std::find(id.optional_parts.begin(), id.optional_parts.end(), n) == id.optional_parts.end())
          others.emplace_back(n);
      if (!involved) continue;
      std::map<std::string, std::size_t> alt = chosen;
      std::vector<std::size_t> at(others.size(), 0);
      bool missing = false;
      for (const std::string& o : others) missing = missing || !options.count(o);
      if (missing) continue;
      while (true) {
        for (std::size_t i = 0; i < others.size(); ++i) alt[others[i]] = at[i];
        FigureLookup value = value_of(alt);
        MoneyUnit unit = rounded_in(alt, id) ? MoneyUnit::kWanYuan : currency;
        if (CheckIdentity(id, value, unit, items_of(alt)).result == IdentityResult::kHolds) return true;
        std::size_t k = 0;
        while (k < at.size() && ++at[k] == options[others[k]].size()) at[k++] = 0;
        if (k == at.size()) break;
      }
    }
    return false;
  };
  for (const auto& [name, list] : options) {
    std::size_t c = chosen[name];
    std::vector<FigureChoice>& choices = out.choices[name];
    for (std::size_t i = 0; i < list.size(); ++i) {
      const Option& o = list[i];
      FigureChoice choice{o.figure, std::string(FundScopeName(o.scope)), o.score, i == c, {}};
      std::vector<std::string> why;
      if (!o.notes.empty()) why.push_back(Join(o.notes, "; "));
      if (!o.supporters.empty()) why.push_back("also printed in " + Join(o.supporters, ", "));
      if (i == c) {
        std::vector<std::string> holds = identities_with(name, held, IdentityResult::kHolds);
        if (!holds.empty()) why.push_back("holds " + Join(holds, ", "));
      } else if (i >= kMaxOptions && std::find(tied.begin(), tied.end(), name) != tied.end()) {
        why.push_back("lost: not among the " + std::to_string(kMaxOptions) + " best-scored values");
      } else {
        std::map<std::string, std::size_t> alt = chosen;
        alt[name] = i;
        std::vector<std::string> breaks;
        std::vector<std::string> still = identities_with(name, checks_of(alt), IdentityResult::kHolds);
        for (const std::string& h : identities_with(name, held, IdentityResult::kHolds))
          if (std::find(still.begin(), still.end(), h) == still.end()) breaks.push_back(h);
        std::string lost = "lost: score " + std::to_string(o.score) + " < " +
                           std::to_string(list[c].score);
        if (o.score >= list[c].score) lost = "lost: the chosen value keeps more identities";
        if (!breaks.empty()) lost += "; would break " + Join(breaks, ", ");
        why.push_back(lost);
      }
      choice.why = Join(why, "; ");
      if (i == c)
        choices.insert(choices.begin(), std::move(choice));
      else
        choices.push_back(std::move(choice));
    }
    // A value of one fund only stands for the department's figure when an
    // identity confirms it, among the chosen values or the other printed
    // ones (基本支出 33,325.21 of 一般公共预算 = its 人员经费 + 公用经费); one
    // that breaks them all is no figure.
    if (IsDepartmentWideFigure(name) && name != kByFunctionSum && list[c].scope != FundScope::kAllFunds &&
        (!identities_with(name, held, IdentityResult::kFails).empty() ||
         !identities_with(name, held, IdentityResult::kOtherScope).empty()) &&
        identities_with(name, held, IdentityResult::kHolds).empty() && !confirmed(name)) {
      choices.front().chosen = false;
      std::vector<std::string> broken = identities_with(name, held, IdentityResult::kFails);
      for (const std::string& other : identities_with(name, held, IdentityResult::kOtherScope)) broken.push_back(other);
      choices.front().why += "; dropped: " + choices.front().scope + " only, and breaks " + Join(broken, ", ");
      // The best-scored all-funds value takes its place (湖州 2026: 项目支出
      // 171,262.41 of the narrative once the 一般公共预算 table's is dropped).
      std::size_t next = choices.size();
      for (std::size_t k = 1; k < choices.size(); ++k)
        if (choices[k].scope == FundScopeName(FundScope::kAllFunds) &&
            (next == choices.size() || choices[k].score > choices[next].score))
          next = k;
      if (next == choices.size()) continue;
      choices[next].chosen = true;
      std::string& why = choices[next].why;
      if (std::size_t lost = why.find("lost: "); lost != std::string::npos)
        why.erase(lost >= 2 ? lost - 2 : lost);
      why += std::string(why.empty() ? "" : "; ") + "taken: the better-scored value was dropped";
      out.amounts[name] = choices[next].figure;
      std::rotate(choices.begin(), choices.begin() + static_cast<long>(next),
                  choices.begin() + static_cast<long>(next) + 1);
      continue;
    }
    if (name == kByFunctionSum)
      out.by_function = list[c].by_code;
    else
      out.amounts[name] = list[c].figure;
  }
  return out;
}

}  // namespace gongkai
