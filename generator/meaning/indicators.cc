#include "indicators.h"

#include <array>
#include <map>
#include <optional>

#include "text.h"
#include "vocabulary.h"

namespace gongkai {
namespace {

enum class Field { kNone, kLevel1, kLevel2, kName, kOp, kTarget, kUnit, kActual, kWeight, kScore, kNote };

// Header text -> field, first match wins (so 指标值类型 is not read as 指标值).
struct HeaderRule {
  std::string_view contains;
  Field field;
};
constexpr std::array<HeaderRule, 22> kHeaderRules = {{
    {"指标值类型", Field::kOp},     {"指标值内容", Field::kNote},  {"调整后指标值", Field::kNone},
    {"指标解释", Field::kNone},     {"实际完成值", Field::kActual}, {"实际完成", Field::kActual},
    {"实际值", Field::kActual},     {"度量单位", Field::kUnit},     {"计量单位", Field::kUnit},
    {"分值", Field::kWeight},       {"权重", Field::kWeight},       {"得分", Field::kScore},
    {"偏差原因", Field::kNote},     {"一级指标", Field::kLevel1},   {"二级指标", Field::kLevel2},
    {"三级指标", Field::kName},     {"指标名称", Field::kName},     {"年初指标值", Field::kTarget},
    {"年度指标值", Field::kTarget}, {"指标值", Field::kTarget},     {"目标值", Field::kTarget},
    {"评分标准", Field::kNone},
}};

// Title words of the performance tables (used to accept a headerless part).
constexpr std::array<std::string_view, 4> kPerformanceTitles = {"绩效目标", "绩效自评", "绩效评价",
                                                                "绩效指标"};

// Spelled operators, longest first so 大于或者等于 wins over 大于.
struct OperatorWord {
  std::string_view text;
  std::string_view op;
};
constexpr std::array<OperatorWord, 37> kOperatorWords = {{
    {"$\\geq$", "≥"},  {"\\geq", "≥"},      {"$\\ge$", "≥"},      {"≥", "≥"},        {">=", "≥"},
    {"＞＝", "≥"},     {"大于或者等于", "≥"}, {"大于或等于", "≥"}, {"大于等于", "≥"},  {"不低于", "≥"},
    {"不少于", "≥"},   {"不小于", "≥"},     {"$\\leq$", "≤"},     {"\\leq", "≤"},     {"$\\le$", "≤"},
    {"≤", "≤"},        {"<=", "≤"},         {"小于或者等于", "≤"}, {"小于或等于", "≤"}, {"小于等于", "≤"},
    {"不高于", "≤"},   {"不超过", "≤"},     {"不多于", "≤"},      {"不大于", "≤"},    {"→", "="},
    {"=", "="},        {"＝", "="},         {"$>$", ">"},         {">", ">"},        {"＞", ">"},
    {"大于", ">"},     {"高于", ">"},       {"超过", ">"},        {"$<$", "<"},       {"<", "<"},
    {"＜", "<"},       {"小于", "<"},
}};

constexpr std::size_t kMaxUnitChars = 6;

std::string Trim(std::string_view s) { return std::string(TrimBlanks(s)); }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A dash or a lone hyphen prints "not applicable": no content.
bool IsBlank(std::string_view text) {
  std::string t = RemoveSpaces(text);
  return t.empty() || t == "-" || t == "—" || t == "——" || t == "/" || t == "无数据";
}

Field HeaderField(std::string_view header) {
  std::string text = RemoveSpaces(header);
  for (const HeaderRule& rule : kHeaderRules)
    if (text.find(rule.contains) != std::string::npos) return rule.field;
  return Field::kNone;
}

// Field -> first column holding it.
using ColumnMap = std::map<Field, int>;

ColumnMap MapHeader(const std::vector<std::string>& headers) {
  ColumnMap map;
  for (std::size_t i = 0; i < headers.size(); ++i) {
    Field field = HeaderField(headers[i]);
    if (field != Field::kNone && !map.count(field)) map[field] = static_cast<int>(i);
  }
  if (!map.count(Field::kLevel1) && !map.count(Field::kName)) return {};
  return map;
}

bool IsIndicatorHeaderRow(const TableRow& row) {
  for (const TableCell& cell : row.cells) {
    std::string text = RemoveSpaces(cell.text);
    if (text == "一级指标" || text == "三级指标") return true;
  }
  return false;
}

bool IsTotalRow(const TableRow& row) {
  for (const TableCell& cell : row.cells) {
    if (IsIndicatorTotalLabel(RemoveSpaces(cell.text))) return true;
  }
  return false;
}

bool LooksLikeValue(std::string_view text) {
  IndicatorValue v = ParseIndicatorValue(text);
  return !v.number.empty() || !v.op.empty();
}

// A name printed as “预算执行率” loses the quotes; “三公”经费控制率 keeps them.
std::string CleanName(std::string_view text) {
  std::string name = Trim(text);
  if (name.starts_with("“") && name.ends_with("”") && name.size() > 6) {
    std::string inner = name.substr(3, name.size() - 6);
    if (inner.find("“") == std::string::npos && inner.find("”") == std::string::npos) return inner;
  }
  return name;
}

// The cells of one row assigned to fields.
using Assignment = std::map<Field, std::string>;

Assignment AssignByHeader(const std::vector<std::string>& cells, const ColumnMap& map) {
  Assignment a;
  for (const auto& [field, col] : map)
    if (col < static_cast<int>(cells.size()) && !IsBlank(cells[col])) a[field] = Trim(cells[col]);
  return a;
}

bool Fits(const Assignment& a, const ColumnMap& map) {
  auto get = [&](Field f) { return a.count(f) ? a.at(f) : std::string(); };
  std::string name = get(Field::kName);
  if (name.empty() || !OperatorToken(name).empty() || LooksLikeValue(name)) return false;
  for (Field level : {Field::kLevel1, Field::kLevel2}) {
    std::string text = get(level);
    if (!text.empty() && (!OperatorToken(text).empty() || LooksLikeValue(text))) return false;
  }
  if (map.count(Field::kOp) && !get(Field::kOp).empty() && OperatorToken(get(Field::kOp)).empty())
    return false;
  if (!OperatorToken(get(Field::kTarget)).empty()) return false;
  return true;
}

// Reading by content: see indicators.h. `first_col` is where the indicator
// columns begin; cells left of it (unit code, 资金总额, 总体目标) are ignored.
std::optional<Assignment> AssignByContent(const std::vector<std::string>& cells,
                                          const ColumnMap& map, int first_col) {
  std::vector<int> filled;
  for (int i = std::max(first_col, 0); i < static_cast<int>(cells.size()); ++i) {
    if (IsBlank(cells[i]) || RemoveSpaces(cells[i]) == "绩效指标") continue;
    filled.push_back(i);
  }
  std::size_t anchor = 1;
  while (anchor < filled.size() && OperatorToken(cells[filled[anchor]]).empty() &&
         !LooksLikeValue(cells[filled[anchor]]))
    ++anchor;
  if (anchor >= filled.size()) return std::nullopt;
  int k = filled[anchor];
  bool is_op = !OperatorToken(cells[k]).empty();

  Assignment a;
  a[Field::kName] = Trim(cells[filled[anchor - 1]]);
  std::vector<int> levels(filled.begin(), filled.begin() + (anchor - 1));
  int level1_col = map.count(Field::kLevel1) ? map.at(Field::kLevel1) : first_col;
  if (levels.size() >= 2) {
    a[Field::kLevel1] = Trim(cells[levels[levels.size() - 2]]);
    a[Field::kLevel2] = Trim(cells[levels.back()]);
  } else if (levels.size() == 1) {
    a[levels[0] <= level1_col ? Field::kLevel1 : Field::kLevel2] = Trim(cells[levels[0]]);
  }

  Field anchor_field = is_op ? Field::kOp : Field::kTarget;
  if (map.count(anchor_field)) {
    // The cells from the anchor on keep the header's order, shifted.
    int shift = map.at(anchor_field) - k;
    for (int j = k; j < static_cast<int>(cells.size()); ++j) {
      if (IsBlank(cells[j])) continue;
      for (const auto& [field, col] : map)
        if (col == j + shift && field != Field::kName && field != Field::kLevel1 &&
            field != Field::kLevel2)
          a[field] = Trim(cells[j]);
    }
  } else {
    // No header to follow: operator, value, unit in the order printed.
    std::size_t next = anchor;
    if (is_op) a[Field::kOp] = Trim(cells[filled[next++]]);
    if (next < filled.size()) a[Field::kTarget] = Trim(cells[filled[next++]]);
    if (next < filled.size() && CharCount(cells[filled[next]]) <= kMaxUnitChars &&
        !LooksLikeValue(cells[filled[next]]))
      a[Field::kUnit] = Trim(cells[filled[next]]);
  }
  return a;
}

Indicator ToIndicator(Assignment& a) {
  Indicator ind;
  ind.level1 = a[Field::kLevel1];
  ind.level2 = a[Field::kLevel2];
  ind.name = CleanName(a[Field::kName]);
  ind.op = OperatorToken(a[Field::kOp]);
  // 无 prints "no unit"; a long text in the unit column is a shifted
  // explanation (sample 000 line 480), not a unit.
  std::string unit_column = a[Field::kUnit];
  if (unit_column == "无" || CharCount(unit_column) > kMaxUnitChars) unit_column.clear();
  const std::string& target = a[Field::kTarget];
  IndicatorValue value = ParseIndicatorValue(target);
  if (ind.op != "定性" && !value.number.empty()) {
    ind.target = value.number;
    ind.unit = value.unit.empty() ? unit_column : value.unit;
    // A printed operator in the value wins over a type column (定量).
    if (ind.op.empty() || (ind.op == "定量" && !value.op.empty())) ind.op = value.op;
  } else {
    ind.target = target;
    ind.unit = unit_column;
  }
  ind.actual = a[Field::kActual];
  ind.weight = a[Field::kWeight];
  ind.score = a[Field::kScore];
  ind.note = a[Field::kNote];
  return ind;
}

bool HasPerformanceTitle(const Table& table) {
  std::string title = RemoveSpaces(table.title);
  for (std::string_view word : kPerformanceTitles)
    if (title.find(word) != std::string::npos) return true;
  return false;
}

}  // namespace

std::string OperatorToken(std::string_view cell) {
  std::string text = RemoveSpaces(cell);
  if (text == "定性" || text == "定量") return text;
  for (const OperatorWord& word : kOperatorWords)
    if (text == word.text) return std::string(word.op);
  return "";
}

IndicatorValue ParseIndicatorValue(std::string_view text) {
  IndicatorValue v;
  std::string rest = RemoveSpaces(text);
  for (const OperatorWord& word : kOperatorWords) {
    if (rest.starts_with(word.text)) {
      v.op = word.op;
      rest.erase(0, word.text.size());
      break;
    }
  }
  std::size_t n = 0;
  while (n < rest.size() && IsDigit(rest[n])) ++n;
  if (n == 0) return v.op.empty() ? IndicatorValue{} : v;
  if (n + 1 < rest.size() && rest[n] == '.' && IsDigit(rest[n + 1])) {
    ++n;
    while (n < rest.size() && IsDigit(rest[n])) ++n;
  }
  std::string unit = rest.substr(n);
  if (unit.ends_with("以上")) {
    unit.erase(unit.size() - 6);
    if (v.op.empty()) v.op = "≥";
  } else if (unit.ends_with("以下") || unit.ends_with("以内")) {
    unit.erase(unit.size() - 6);
    if (v.op.empty()) v.op = "≤";
  }
  bool unit_ok = CharCount(unit) <= kMaxUnitChars;
  for (char c : unit) unit_ok = unit_ok && !IsDigit(c);
  if (!unit_ok) return {};
  v.number = rest.substr(0, n);
  v.unit = unit;
  return v;
}

std::vector<Indicator> ExtractIndicators(const std::vector<Table>& tables) {
  std::vector<Indicator> out;
  ColumnMap previous_map;
  std::string previous_title;
  for (const Table& table : tables) {
    // 1. The indicator header: the column header, else a body row, else the
    //    previous table's when this one continues it.
    std::vector<std::string> headers;
    for (const Column& c : table.columns) headers.push_back(c.path.empty() ? c.name : c.path.back());
    ColumnMap map = MapHeader(headers);
    bool has_body_header = false;
    for (const TableRow& row : table.rows) has_body_header = has_body_header || IsIndicatorHeaderRow(row);
    bool reading = !map.empty();
    if (map.empty() && !has_body_header && !previous_map.empty() &&
        (table.title.empty() || table.title == previous_title || HasPerformanceTitle(table))) {
      map = previous_map;
      reading = true;
    }

    // 2. Each row: by header when it fits, by content otherwise.
    std::string level1, level2;
    for (const TableRow& row : table.rows) {
      std::vector<std::string> cells;
      for (const TableCell& cell : row.cells) cells.push_back(cell.text);
      if (IsIndicatorHeaderRow(row)) {
        map = MapHeader(cells);
        reading = !map.empty();
        level1.clear();
        level2.clear();
        continue;
      }
      if (!reading || IsTotalRow(row)) continue;
      int first_col = 1 << 20;
      for (Field f : {Field::kLevel1, Field::kLevel2, Field::kName})
        if (map.count(f)) first_col = std::min(first_col, map.at(f));
      if (first_col == (1 << 20)) first_col = 0;

      Assignment a = AssignByHeader(cells, map);
      if (!Fits(a, map)) {
        std::optional<Assignment> by_content = AssignByContent(cells, map, first_col);
        if (!by_content) continue;
        a = std::move(*by_content);
      }
      Indicator ind = ToIndicator(a);
      // "无" under 三级指标 with nothing to measure: a placeholder row.
      bool placeholder = ind.name == "无" && (ind.target.empty() || ind.target == "无") &&
                         ind.actual.empty() && ind.weight.empty() && ind.score.empty();
      if (placeholder) continue;
      if (!ind.level1.empty()) {
        level1 = ind.level1;
        level2.clear();
      }
      if (!ind.level2.empty()) level2 = ind.level2;
      ind.level1 = level1;
      ind.level2 = level2;
      ind.table = table.title;
      ind.line = row.line;
      out.push_back(std::move(ind));
    }
    if (!map.empty()) {
      previous_map = map;
      previous_title = table.title;
    }
  }
  return out;
}

}  // namespace gongkai
