// RecognizeDocument: the unit (name, code), the fiscal year and the kinds of
// a document. Names are found as scored candidates (DuckDB-sniffer style):
// every label line, label cell and title line proposes one, and the name
// with the highest total wins. Label lines are read cell by cell as
// pdftotext -layout prints them (LayoutCells), so a name stops at the next
// label on its line.
#include "recognize.h"
#include "table_context.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "labels.h"
#include "table_kinds.h"
#include "codes.h"

namespace gongkai {
namespace {

// Lines before the first table (at most this many) form the title area.
constexpr int kTitleAreaLines = 12;

struct TextLine {
  int line = 0;
  std::string text;     // as printed
  std::string compact;  // CompactLabel(text)
};

// Labels that introduce the unit's name, in a line ("单位名称：…") or a cell
// ("部门（单位）" | name). Longest first, so "预算部门名称" wins over "部门名称".
struct NameLabel {
  std::string_view label;  // compacted
  int score;
};
const std::vector<NameLabel> kNameLabels = {
    {"预算部门名称", 4}, {"预算单位名称", 4}, {"部门(单位)名称", 4}, {"单位名称", 4},
    {"部门名称", 4},     {"部门(单位)", 3},   {"预算单位", 3},       {"编制单位", 3},
    {"编制部门", 3},     {"预算部门", 3},     {"评价项目单位", 2},   {"主管部门", 1},
    {"实施单位", 1},     {"单位", 2},         {"部门", 2},
};
// Labels that may follow the name on the same line or cell ("单位名称：X
// 单位：万元"); the name stops where one starts.
// Longer labels first: "金额单位:" must cut before its "金额", not at "单位:".
const std::vector<std::string_view> kValueStops = {"金额单位:", "计量单位:", "单位:", "日期:"};
// Scope qualifiers printed after a name: "（本级）" keeps the unit apart from
// its department and stays; "（汇总）" only says the tables add up the
// department's units and is dropped.
struct Qualifier {
  std::string_view text;  // compacted
  bool kept;
};
const std::vector<Qualifier> kQualifiers = {
    {"(本级)", true}, {"(机关)", true}, {"(汇总)", false}, {"汇总", false}, {"(部门汇总)", false}};
// Labels of the unit's code.
const std::vector<std::string_view> kCodeLabels = {"单位编码", "单位代码", "部门编码", "部门代码",
                                                   "预算单位编码", "单位编号"};
// Where an organisation's name ends.
const std::vector<std::string_view> kOrgSuffixes = {
    "办公室", "委员会", "检察院", "法院", "政府", "学校", "中学", "小学", "大学",
    "医院",   "中心",   "局",     "院",   "所",
    "站",     "队",     "部",     "厅",   "处",   "馆",   "委",   "会",   "社", "办", "校",
    "园",     "团",     "署",     "室",   "司",   "台",   "科",   "组",   "庭"};
// Where a title line stops naming the unit and starts naming the document.
const std::vector<std::string_view> kTitleCuts = {
    "部门(单位)", "部门预算", "单位预算", "部门决算", "单位决算", "整体支出", "项目支出",
    "预算公开",   "决算公开", "预算情况", "决算情况", "绩效",     "预算",     "决算"};
// Title-area keywords to document kinds, most specific first.
struct KindKeyword {
  std::string_view keyword;
  std::string_view kind;
};
const std::vector<KindKeyword> kKindKeywords = {
    {"绩效自评", "performance-evaluation"}, {"自评报告", "performance-evaluation"},
    {"绩效评价", "performance-evaluation"}, {"绩效目标", "performance-targets"},
    {"决算", "final"},                      {"预算", "budget"}};

// A document is a budget or a final account, never both: a 决算's tables
// print 预算 words ("一般公共预算…", "“三公”经费") that classify as budget
// kinds. Once the first kind is set, its pair's other member is not added.
constexpr std::pair<std::string_view, std::string_view> kExclusiveKinds[] = {
    {"budget", "final"}, {"final", "budget"}};


// The name without a trailing scope qualifier, for suffix checks.
std::string_view WithoutQualifier(std::string_view name) {
  for (const Qualifier& q : kQualifiers)
    if (name.ends_with(q.text) && name.size() > q.text.size())
      return name.substr(0, name.size() - q.text.size());
  return name;
}

}  // namespace

bool HasOrgSuffix(std::string_view name) {
  name = WithoutQualifier(name);
  for (std::string_view s : kOrgSuffixes)
    if (name.ends_with(s) && name.size() > s.size()) return true;
  return false;
}

namespace {

// The name as it is reported: dropped qualifiers removed, brackets
// full-width as the documents print them ("深圳市财政局（本级）").
std::string PrintedName(std::string name) {
  for (const Qualifier& q : kQualifiers)
    if (!q.kept && name.ends_with(q.text) && name.size() > q.text.size()) {
      name.resize(name.size() - q.text.size());
      break;
    }
  std::string out;
  for (char c : name) {
    if (c == '(') out += "\uFF08";
    else if (c == ')') out += "\uFF09";
    else out += c;
  }
  return out;
}

// The value that follows a label, cut where the next label starts.
std::string CutAtNextLabel(std::string value) {
  for (std::string_view stop : kValueStops)
    if (std::size_t at = value.find(stop); at != std::string::npos) value.resize(at);
  return value;
}

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Drops a trailing or leading year ("… 2023年度", "2024年度…") from a name.
std::string WithoutYear(std::string name) {
  if (int year = FindYear(name); year != 0) {
    std::string y = std::to_string(year);
    std::size_t at = name.find(y);
    std::size_t end = at + y.size();
    if (name.compare(end, 6, "年度") == 0) end += 6;
    else if (name.compare(end, 3, "年") == 0) end += 3;
    if (at == 0) name = name.substr(end);
    else if (end == name.size()) name = name.substr(0, at);
  }
  while (name.starts_with("(")) name = name.substr(1);
  while (name.ends_with(")") && name.find('(') == std::string::npos) name.pop_back();
  return name;
}

bool IsMoneyUnit(std::string_view v) {
  return v == "元" || v == "万元" || v.starts_with("万元") || v.starts_with("元") || v == "万";
}

struct Candidates {
  struct Entry {
    int score = 0;
    int line = 0;
  };
  std::map<std::string, Entry> names;
  std::map<std::string, std::string> codes_by_name;  // code printed with the name
  std::string labelled_code;                         // "单位编码：012001"

  void Add(const std::string& name, int score, int line) {
    if (name.size() < 6) return;  // two CJK characters at least
    Entry& e = names[name];
    if (e.score == 0 || line < e.line) e.line = line;
    e.score += HasOrgSuffix(name) ? score + 2 : 1;
  }
};

// "单位名称：中共…巡察工作" followed by a line "领导小组办公室": the name was
// wrapped; join when the joined text ends like an organisation's name.
std::string JoinWrapped(std::string value, const std::vector<TextLine>& lines, std::size_t i) {
  if (HasOrgSuffix(value) || i + 1 >= lines.size()) return value;
  const TextLine& next = lines[i + 1];
  if (next.line - lines[i].line > 2) return value;
  std::string joined = WithoutYear(value + next.compact);
  return HasOrgSuffix(joined) && next.compact.size() <= 30 ? joined : value;
}

// "单位名称：X" in a line. A -layout line is read cell by cell, so that
// "单位名称：X      单位：万元" gives X, "单位：    长沙市…委员会" takes the
// next cell, and a blank "单位名称：" beside "单位：万元" gives nothing.
void FromLabelLines(const std::vector<TextLine>& lines, Candidates& out) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    // Only a label ("单位名称：") or a coded name ("341-湖州市财政局")
    // proposes anything: a line with neither a colon nor a digit has none.
    if (lines[i].compact.find_first_of(":0123456789") == std::string::npos) continue;
    std::vector<std::string> cells;
    for (const std::string& cell : LayoutCells(lines[i].text)) cells.push_back(CompactLabel(cell));
    bool named = false;
    for (std::size_t k = 0; k < cells.size() && !named; ++k) {
      const std::string& c = cells[k];
      // "341-湖州市财政局      单位：万元": a coded name standing as a cell.
      if (auto [code, name] = SplitUnitCode(c); !code.empty() && HasOrgSuffix(name))
        out.codes_by_name.emplace(name, code);
      if (c.find(':') == std::string::npos) continue;  // no label in this cell
      for (std::string_view code_label : kCodeLabels) {
        std::size_t at = c.find(std::string(code_label) + ":");
        if (at == std::string::npos) continue;
        std::string value = c.substr(at + code_label.size() + 1);
        if (value.empty() && k + 1 < cells.size()) value = cells[k + 1];
        if (IsDigits(value) && out.labelled_code.empty()) out.labelled_code = value;
      }
      for (const NameLabel& label : kNameLabels) {
        std::size_t at = c.find(std::string(label.label) + ":");
        if (at == std::string::npos) continue;
        if (at >= 6 && (c.compare(at - 6, 6, "金额") == 0 || c.compare(at - 6, 6, "计量") == 0)) break;
        std::string value = CutAtNextLabel(c.substr(at + label.label.size() + 1));
        // "单位：    名称": the name is the next cell, unless that cell is
        // itself a label ("单位名称：" left blank beside "单位：万元").
        if (value.empty() && k + 1 < cells.size() && cells[k + 1].find(':') == std::string::npos)
          value = cells[k + 1];
        if (value.empty() || IsMoneyUnit(value)) break;
        auto [code, name] = SplitUnitCode(value);
        name = WithoutYear(name);
        if (cells.size() == 1) name = JoinWrapped(name, lines, i);
        out.Add(name, label.score, lines[i].line);
        if (!code.empty()) out.codes_by_name[name] = code;
        named = true;
        break;
      }
    }
  }
}

// The name label a compacted cell holds ("部门（单位）", "一、单位名称："),
// or null.
const NameLabel* CellNameLabel(const std::string& compact) {
  // StripEnumeration only cuts a leading marker and trailing colons, so a
  // label the cell holds ends the cell, colons aside.
  std::string_view bare = compact;
  while (bare.ends_with(':')) bare.remove_suffix(1);
  if (std::none_of(kNameLabels.begin(), kNameLabels.end(),
                   [&](const NameLabel& l) { return bare.ends_with(l.label); }))
    return nullptr;
  std::string c = StripEnumeration(compact);
  auto label = std::find_if(kNameLabels.begin(), kNameLabels.end(),
                            [&](const NameLabel& l) { return l.label == c; });
  return label == kNameLabels.end() ? nullptr : &*label;
}

void FromLabelCells(const std::vector<Block>& blocks, Candidates& out) {
  for (const Block& block : blocks) {
    if (block.kind != BlockKind::kTable) continue;
    for (const RawRow& row : block.table.rows) {
      std::vector<std::string> cells;
      for (const RawCell& cell : row.cells) cells.push_back(CompactLabel(cell.text));
      for (std::size_t i = 0; i < cells.size(); ++i) {
        const NameLabel* label = CellNameLabel(cells[i]);
        if (!label) continue;
        for (std::size_t j = i + 1; j < cells.size(); ++j) {
          const std::string& value = cells[j];
          if (value.empty()) continue;
          auto [code, name] = SplitUnitCode(value);
          if (!HasOrgSuffix(name)) break;  // a header row: 单位名称 | 合计 …
          out.Add(name, label->score, row.cells[j].line ? row.cells[j].line : row.line);
          if (!code.empty()) out.codes_by_name[name] = code;
          break;
        }
      }
      // "预算单位 | 001003-中共…": a coded name anywhere in a row.
      for (const std::string& cell : cells) {
        auto [code, name] = SplitUnitCode(cell);
        if (!code.empty() && HasOrgSuffix(name) && !out.codes_by_name.count(name))
          out.codes_by_name[name] = code;
      }
    }
  }
}

// Title lines: "2024年度中共株洲市委巡察工作领导小组办公室" + "整体支出绩效自评报告",
// "中共长治市上党区委巡察工作办公室", "和政县委…办公室部门（单位）整体支出绩效目标表".
void FromTitleLines(const std::vector<TextLine>& title_area, Candidates& out) {
  for (std::size_t i = 0; i < title_area.size(); ++i) {
    const TextLine& line = title_area[i];
    if (line.compact.find(':') != std::string::npos || line.compact.starts_with("<")) continue;
    // Prose, not a title; or the wrapped tail of a "单位名称：…" line.
    if (line.compact.find("，") != std::string::npos || line.compact.find("。") != std::string::npos ||
        line.compact.find("；") != std::string::npos)
      continue;
    if (i > 0 && title_area[i - 1].compact.find(':') != std::string::npos &&
        line.line - title_area[i - 1].line <= 2)
      continue;
    std::string name = WithoutYear(line.compact);
    std::size_t cut = std::string::npos;
    for (std::string_view word : kTitleCuts) cut = std::min(cut, name.find(word));
    if (cut != std::string::npos) name = WithoutYear(name.substr(0, cut));
    if (HasOrgSuffix(name)) out.Add(name, 3, line.line);
  }
}

std::vector<TextLine> TextLines(const std::vector<Block>& blocks, bool title_area_only) {
  std::vector<TextLine> lines;
  for (const Block& block : blocks) {
    if (block.kind == BlockKind::kTable) {
      if (title_area_only) break;
      continue;
    }
    int number = block.line;
    std::size_t start = 0;
    while (start <= block.text.size()) {
      std::size_t end = block.text.find('\n', start);
      if (end == std::string::npos) end = block.text.size();
      std::string text = block.text.substr(start, end - start);
      std::string compact = CompactLabel(text);
      if (!compact.empty()) lines.push_back({number, text, compact});
      ++number;
      start = end + 1;
    }
    if (title_area_only && lines.size() >= kTitleAreaLines) break;
  }
  if (title_area_only && lines.size() > kTitleAreaLines) lines.resize(kTitleAreaLines);
  return lines;
}

void AddKind(std::vector<std::string>& kinds, std::string_view kind) {
  if (!kind.empty() && std::find(kinds.begin(), kinds.end(), kind) == kinds.end())
    kinds.emplace_back(kind);
}

}  // namespace

DocumentHeader RecognizeDocument(const std::vector<Block>& blocks, const std::string& file,
                                 std::vector<Diagnostic>& diagnostics) {
  DocumentHeader header;
  std::vector<TextLine> title_area = TextLines(blocks, true);
  std::vector<TextLine> all_lines = TextLines(blocks, false);
  int first_line = blocks.empty() ? 1 : std::max(1, blocks.front().line);

  // 1. Unit name: candidates from label lines, label cells and title lines.
  Candidates candidates;
  FromLabelLines(all_lines, candidates);
  FromLabelCells(blocks, candidates);
  FromTitleLines(title_area, candidates);
  const std::pair<const std::string, Candidates::Entry>* best = nullptr;
  for (const auto& entry : candidates.names) {
    if (!best || entry.second.score > best->second.score ||
        (entry.second.score == best->second.score && entry.second.line < best->second.line))
      best = &entry;
  }
  if (best && best->second.score >= 3) {
    header.unit.name = PrintedName(best->first);
    header.unit.line = best->second.line;
    // 2. Code: a labelled code, else one printed with this very name.
    if (auto it = candidates.codes_by_name.find(best->first); it != candidates.codes_by_name.end())
      header.unit.code = it->second;
    if (!candidates.labelled_code.empty()) header.unit.code = candidates.labelled_code;
  } else {
    diagnostics.push_back({{file, first_line}, Severity::kWarning, "recognize.no-unit",
                           "unit name not found (no 单位名称/部门名称 label or title line)"});
  }

  // 3. Year: the first 20xx年 in the title area, else in any short line.
  for (const TextLine& line : title_area)
    if ((header.year = FindYear(line.compact)) != 0) break;
  if (header.year == 0)
    for (const TextLine& line : all_lines)
      if (line.compact.size() <= 90 && (header.year = FindYear(line.compact)) != 0) break;
  if (header.year == 0)
    diagnostics.push_back({{file, first_line}, Severity::kWarning, "recognize.no-year",
                           "fiscal year not found (no 20xx年 in the title)"});

  // 4. Kinds: the title's keyword first, then each table kind present.
  for (const TextLine& line : title_area) {
    for (const KindKeyword& k : kKindKeywords)
      if (line.compact.find(k.keyword) != std::string::npos) {
        AddKind(header.kinds, k.kind);
        break;
      }
    if (!header.kinds.empty()) break;
  }
  std::map<std::string_view, int> counts;
  std::vector<std::string> from_tables;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind != BlockKind::kTable) continue;
    if (const TableKind* kind = ClassifyTableTitle(RecognizeTableContext(blocks, i).title)) {
      ++counts[kind->doc_kind];
      AddKind(from_tables, kind->doc_kind);
    }
  }
  if (header.kinds.empty() && !from_tables.empty()) {
    auto top = std::max_element(from_tables.begin(), from_tables.end(),
                                [&](const std::string& a, const std::string& b) {
                                  return counts[a] < counts[b];
                                });
    AddKind(header.kinds, *top);
  }
  for (const std::string& kind : from_tables) {
    bool excluded = false;
    for (const auto& [a, b] : kExclusiveKinds)
      if (kind == b && std::find(header.kinds.begin(), header.kinds.end(), a) != header.kinds.end())
        excluded = true;
    if (!excluded) AddKind(header.kinds, kind);
  }
  return header;
}

}  // namespace gongkai
