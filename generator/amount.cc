#include "amount.h"

namespace gongkai {

// STUB (to be replaced).
ParsedValue ParseValue(std::string_view text, Currency) {
  ParsedValue v;
  v.kind = text.empty() ? CellKind::kEmpty : CellKind::kText;
  return v;
}
std::optional<std::int64_t> ParseHundredths(std::string_view) { return std::nullopt; }
const char* CurrencyName(Currency currency) {
  switch (currency) {
    case Currency::kYuan: return "元";
    case Currency::kWanYuan: return "万元";
    case Currency::kUnknown: break;
  }
  return "";
}

}  // namespace gongkai
