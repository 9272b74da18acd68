// What a unit's name tells: its places (region) and its kind. Both are rules
// tables over the name: a new pattern is a new row.
#include "unit_names.h"

#include <string_view>

namespace gongkai {
namespace {

// Characters that end a place name: 省 / 自治区 / 市 / 自治州 / 县 / 区 / 旗 / 盟.
constexpr std::string_view kPlaceEnds[] = {"省", "市", "州", "县", "区", "旗", "盟"};
// Prefixes before the first place that are not part of it.
constexpr std::string_view kNamePrefixes[] = {"中国共产党", "中共"};
// The longest place name we accept, in characters (内蒙古自治区 is 6, 克孜勒苏柯尔克孜自治州 11).
constexpr int kMaxPlaceChars = 11;

// First match wins. Patterns are substrings of the normalized name.
struct KindRule {
  std::string_view pattern;
  std::string_view kind;
};
constexpr KindRule kKindRules[] = {
    {"巡察", "巡察机构"},       {"巡视", "巡察机构"},       {"纪律检查", "纪检监察机关"},
    {"纪委", "纪检监察机关"},   {"监察委", "纪检监察机关"}, {"人民法院", "政法机关"},
    {"人民检察院", "政法机关"}, {"公安", "政法机关"},       {"幼儿园", "学校"},
    {"小学", "学校"},           {"中学", "学校"},           {"学校", "学校"},
    {"大学", "学校"},           {"学院", "学校"},           {"医院", "医疗卫生机构"},
    {"卫生院", "医疗卫生机构"}, {"疾病预防", "医疗卫生机构"}, {"局", "政府工作部门"},
    {"中心", "事业单位"},       {"委员会", "党政机关"},     {"办公室", "党政机关"},
    {"部", "党政机关"},
};

std::vector<std::string_view> Characters(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (i + n > s.size()) n = s.size() - i;
    out.push_back(s.substr(i, n));
    i += n;
  }
  return out;
}

bool IsPlaceEnd(std::string_view ch) {
  for (std::string_view e : kPlaceEnds)
    if (ch == e) return true;
  return false;
}

}  // namespace

std::vector<std::string> RegionChain(const std::string& unit_name) {
  std::string_view name = unit_name;
  for (std::string_view prefix : kNamePrefixes)
    if (name.substr(0, prefix.size()) == prefix) {
      name.remove_prefix(prefix.size());
      break;
    }
  std::vector<std::string_view> chars = Characters(name);
  std::vector<std::string> chain;
  std::string place;
  std::size_t i = 0;
  while (i < chars.size()) {
    // A place is 2..kMaxPlaceChars characters ending in a place character.
    std::size_t end = 0;
    for (std::size_t j = i + 1; j < chars.size() && j < i + kMaxPlaceChars; ++j)
      if (IsPlaceEnd(chars[j])) {
        end = j;
        break;
      }
    if (end == 0) break;
    // "委" right after a place belongs to the party committee, not the place;
    // a place never starts with it either.
    if (chars[i] == "委") break;
    for (std::size_t k = i; k <= end; ++k) place += chars[k];
    chain.push_back(place);
    i = end + 1;
  }
  return chain;
}

std::string UnitKindOf(const std::string& unit_name) {
  for (const KindRule& rule : kKindRules)
    if (unit_name.find(rule.pattern) != std::string::npos) return std::string(rule.kind);
  return "其他单位";
}

}  // namespace gongkai
