#include "codes.h"

#include <algorithm>

#include "text.h"

namespace gongkai {
namespace {

constexpr const char* kFunctionNames[][2] = {
    {"201", "一般公共服务支出"}, {"202", "外交支出"},         {"203", "国防支出"},
    {"204", "公共安全支出"},     {"205", "教育支出"},         {"206", "科学技术支出"},
    {"207", "文化旅游体育与传媒支出"}, {"208", "社会保障和就业支出"}, {"210", "卫生健康支出"},
    {"211", "节能环保支出"},     {"212", "城乡社区支出"},     {"213", "农林水支出"},
    {"214", "交通运输支出"},     {"215", "资源勘探工业信息等支出"}, {"216", "商业服务业等支出"},
    {"220", "自然资源海洋气象等支出"}, {"221", "住房保障支出"}, {"222", "粮油物资储备支出"},
    {"217", "金融支出"},         {"219", "援助其他地区支出"}, {"224", "灾害防治及应急管理支出"},
    {"223", "国有资本经营预算支出"}, {"227", "预备费"},         {"229", "其他支出"},
    {"230", "转移性支出"},       {"231", "债务还本支出"},     {"232", "债务付息支出"},
    {"233", "债务发行费用支出"}, {"234", "抗疫特别国债安排的支出"},
};

// Names a 类 carried in earlier editions of the 政府收支分类科目, with the
// code they still have (210 医疗卫生与计划生育 → 卫生健康 in 2019 …).
constexpr const char* kFormerFunctionNames[][2] = {
    {"207", "文化体育与传媒支出"},   {"207", "文化旅游体育与传媒"},
    {"210", "医疗卫生与计划生育支出"}, {"210", "医疗卫生支出"},
    {"215", "资源勘探信息等支出"},   {"215", "资源勘探电力信息等支出"},
    {"220", "国土海洋气象等支出"},   {"220", "国土资源气象等支出"},
};

}  // namespace

bool IsFunctionCode(const std::string& code) {
  if (code.size() != 3 && code.size() != 5 && code.size() != 7) return false;
  if (code[0] != '2') return false;
  return std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string StandardFunctionName(const std::string& code) {
  for (const auto& f : kFunctionNames)
    if (code == f[0]) return f[1];
  return "";
}

namespace {

std::string ExactFunctionCode(std::string_view name) {
  for (const auto& f : kFunctionNames)
    if (name == f[1]) return f[0];
  for (const auto& f : kFormerFunctionNames)
    if (name == f[1]) return f[0];
  return "";
}

// A short name prints at least this many characters ("自然资源", "文化旅游").
constexpr std::size_t kMinShortNameChars = 4;

}  // namespace

std::string FunctionCodeByName(std::string_view name) {
  if (name.empty()) return "";
  if (std::string code = ExactFunctionCode(name); !code.empty()) return code;
  // Printed without its 支出 ("5、教育", "8、社会保障和就业": 西安 2020).
  if (std::string code = ExactFunctionCode(std::string(name) + "支出"); !code.empty()) return code;
  // Printed cut short, one 类 only so beginning ("19、自然资源", "23、灾害防治及应急").
  std::size_t chars = 0;
  for (unsigned char c : name) chars += (c & 0xC0) != 0x80;
  if (chars < kMinShortNameChars) return "";
  std::string found;
  auto consider = [&](const char* code, std::string_view full) {
    if (!full.starts_with(name)) return true;
    if (!found.empty() && found != code) return false;
    found = code;
    return true;
  };
  for (const auto& f : kFunctionNames)
    if (!consider(f[0], f[1])) return "";
  for (const auto& f : kFormerFunctionNames)
    if (!consider(f[0], f[1])) return "";
  return found;
}

bool IsClassificationCodeLength(std::size_t digits) { return digits == 3 || digits == 5 || digits == 7; }

bool IsCodeLike(std::string_view text) {
  std::string_view t = TrimCellView(text);
  if (t.size() != 3 && t.size() != 5 && t.size() != 6 && t.size() != 7) return false;
  return t.find_first_not_of("0123456789") == std::string_view::npos;
}

int CodeDepth(std::string_view code) {
  if (code.empty() || (code[0] != '2' && code[0] != '3' && code[0] != '5')) return -1;
  switch (code.size()) {
    case 3: return 0;
    case 5: return 1;
    case 7: return 2;
  }
  return -1;
}

bool IsTrustedUnitCode(std::string_view code) {
  return code.size() >= kMinUnitCodeDigits &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::pair<std::string, std::string> SplitUnitCode(std::string_view value) {
  std::size_t n = 0;
  while (n < value.size() && value[n] >= '0' && value[n] <= '9') ++n;
  if (n >= kMinUnitCodeDigits && n < value.size() && (value[n] == '_' || value[n] == '-'))
    return {std::string(value.substr(0, n)), std::string(value.substr(n + 1))};
  return {"", std::string(value)};
}

}  // namespace gongkai
