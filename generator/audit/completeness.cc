#include "completeness.h"

#include <algorithm>
#include <string>

#include "labels.h"
#include "table_kinds.h"

namespace gongkai {

const char* PresenceName(Presence presence) {
  switch (presence) {
    case Presence::kData: return "data";
    case Presence::kEmptyWithNote: return "empty-with-note";
    case Presence::kEmptyWithoutNote: return "empty-without-note";
    case Presence::kIllegible: return "illegible";
    case Presence::kMissing: return "missing";
  }
  return "missing";
}

const char* PresenceLabel(Presence presence) {
  switch (presence) {
    case Presence::kData: return "有数据";
    case Presence::kEmptyWithNote: return "空表（附说明）";
    case Presence::kEmptyWithoutNote: return "空表（未说明）";
    case Presence::kIllegible: return "无法辨认";
    case Presence::kMissing: return "缺失";
  }
  return "缺失";
}

// The nine budget tables every 部门预算 publishes (REFERENCE.md, "Budget").
const std::vector<ExpectedTable>& BudgetCatalog() {
  static const std::vector<ExpectedTable> catalog = {
      {"budget_summary", "收支总表", {"budget_summary"}},
      {"income_summary", "收入总表", {"income_summary"}},
      {"expenditure_summary", "支出总表", {"expenditure_summary"}},
      {"fiscal_summary", "财政拨款收支总表", {"fiscal_summary"}},
      {"general_expenditure", "一般公共预算支出表", {"general_expenditure"}},
      {"general_basic", "一般公共预算基本支出表",
       {"general_basic", "general_basic_personnel_wages", "general_basic_personnel_subsidies",
        "general_basic_public_funds"}},
      {"three_public", "一般公共预算“三公”经费支出表", {"three_public"}},
      {"gov_fund_expenditure", "政府性基金预算支出表", {"gov_fund_expenditure", "gov_fund_by_economic"}},
      {"state_capital_expenditure", "国有资本经营预算支出表", {"state_capital_expenditure"}},
  };
  return catalog;
}

// 公开01表…公开09表 of a 部门决算 (REFERENCE.md, "Final accounts").
const std::vector<ExpectedTable>& FinalCatalog() {
  static const std::vector<ExpectedTable> catalog = {
      {"final_summary", "收入支出决算总表", {"final_summary"}},
      {"final_income", "收入决算表", {"final_income"}},
      {"final_expenditure", "支出决算表", {"final_expenditure"}},
      {"final_fiscal_summary", "财政拨款收入支出决算总表", {"final_fiscal_summary"}},
      {"final_general_expenditure", "一般公共预算财政拨款支出决算表", {"final_general_expenditure"}},
      {"final_general_basic", "一般公共预算财政拨款基本支出决算表", {"final_general_basic"}},
      {"final_three_public", "财政拨款“三公”经费支出决算表", {"final_three_public"}},
      {"final_gov_fund", "政府性基金预算财政拨款收入支出决算表", {"final_gov_fund"}},
      {"final_state_capital", "国有资本经营预算财政拨款支出决算表", {"final_state_capital"}},
  };
  return catalog;
}

// Jiangsu's province and cities add 机关运行经费 and 政府采购 tables to the
// budget (every Jiangsu budget of ../shared/corpus prints both: 江苏省高级人民
// 法院, 省委办公厅, 省政协办公厅 2019; 苏州 and 无锡 2025–2026, 表十二 / 表十三).
const std::vector<RegionFamily>& RegionFamilies() {
  static const std::vector<RegionFamily> families = {
      {"jiangsu",
       "江苏省级及设区市模板",
       {"江苏省", "南京市", "无锡市", "徐州市", "常州市", "苏州市", "南通市", "连云港市", "淮安市", "盐城市",
        "扬州市", "镇江市", "泰州市", "宿迁市"},
       {{"admin_operating", "一般公共预算机关运行经费支出表", {"admin_operating"}},
        {"procurement", "政府采购支出表", {"procurement"}}},
       {}},
  };
  return families;
}

const RegionFamily* FamilyOf(std::string_view unit_name) {
  const std::string name = CompactLabel(unit_name);
  for (const RegionFamily& family : RegionFamilies())
    for (std::string_view place : family.places)
      if (name.find(place) != std::string::npos) return &family;
  return nullptr;
}

namespace {

bool Has(const std::vector<std::string>& kinds, std::string_view kind) {
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

Span SpanOf(const Document& doc, int line) {
  return {doc.file, line, line > 0 ? PageOfLine(doc.page_starts, line) : 0};
}

Presence PresenceOf(const Table& t) {
  switch (t.state) {
    case TableState::kData: return Presence::kData;
    case TableState::kEmptyWithNote: return Presence::kEmptyWithNote;
    case TableState::kEmptyWithoutNote: return Presence::kEmptyWithoutNote;
    case TableState::kIllegible: return Presence::kIllegible;
  }
  return Presence::kData;
}

// The best-standing table of `expected` in `doc` (of the best state, the
// first of its first-listed kind); `finding` unchanged when none is better.
void FindTable(const Document& doc, const ExpectedTable& expected, TableFinding* finding) {
  for (std::string_view kind : expected.kinds) {
    for (const Table& t : doc.tables) {
      if (t.kind != kind) continue;
      const Presence p = PresenceOf(t);
      if (p >= finding->presence) continue;
      finding->presence = p;
      finding->title = t.title;
      finding->span = SpanOf(doc, t.line);
      finding->note = p == Presence::kEmptyWithNote ? t.note : "";
    }
  }
}

TableFinding Assess(const Document& doc, const ExpectedTable& expected,
                    const std::vector<const Document*>& companions = {}) {
  TableFinding f;
  f.id = expected.id;
  f.name = expected.name;
  FindTable(doc, expected, &f);
  for (const Document* other : companions)
    if (f.presence != Presence::kData) FindTable(*other, expected, &f);
  return f;
}

// ------------------------------------------------------------ narrative ---

struct RequiredPart {
  std::string_view id;
  std::string_view name;
  std::vector<std::string_view> words;  // any of them, compacted
};

const std::vector<RequiredPart>& RequiredParts() {
  static const std::vector<RequiredPart> parts = {
      {"admin_operating", "机关运行经费", {"机关运行经费"}},
      {"procurement", "政府采购", {"政府采购"}},
      {"state_assets", "国有资产占用", {"国有资产"}},
      {"performance", "绩效", {"绩效"}},
      {"glossary", "名词解释", {"名词解释"}},
  };
  return parts;
}

bool Mentions(std::string_view compact, const RequiredPart& part) {
  for (std::string_view w : part.words)
    if (compact.find(w) != std::string_view::npos) return true;
  return false;
}

// A part is found under a heading that names it (not a table's title),
// else in the prose of a section; 名词解释 also by its glossary items.
PartFinding AssessPart(const Document& doc, const RequiredPart& part) {
  PartFinding f;
  f.id = part.id;
  f.name = part.name;
  auto found = [&](const Section& s) {
    f.found = true;
    f.heading = s.title;
    f.span = SpanOf(doc, s.line);
  };
  for (const Section& s : doc.sections) {
    const std::string title = CompactLabel(s.title);
    if (Mentions(title, part) && !NamesATable(title)) {
      found(s);
      return f;
    }
  }
  if (part.id == "glossary" && !doc.glossary.empty()) {
    f.found = true;
    f.heading = doc.glossary.front().term;
    f.span = SpanOf(doc, doc.glossary.front().line);
    return f;
  }
  for (const Section& s : doc.sections)
    if (Mentions(CompactLabel(s.text), part)) {
      found(s);
      return f;
    }
  return f;
}

// ---------------------------------------------------------- granularity ---

// Tables whose rows are functional codes (支出功能分类), and tables whose
// rows are economic codes (经济分类) of basic expenditure.
constexpr std::string_view kFunctionTables[] = {"general_expenditure", "expenditure_summary", "fiscal_expenditure",
                                                "final_general_expenditure", "final_expenditure"};
constexpr std::string_view kEconomicTables[] = {"general_basic",
                                                "general_basic_personnel_wages",
                                                "general_basic_personnel_subsidies",
                                                "general_basic_public_funds",
                                                "general_expenditure_by_economic",
                                                "expenditure_by_economic",
                                                "final_general_basic"};

template <std::size_t N>
bool OneOf(const std::string& kind, const std::string_view (&kinds)[N]) {
  return std::find(std::begin(kinds), std::end(kinds), kind) != std::end(kinds);
}

// The first row of the listed tables whose code has `digits` digits and
// starts with one of `leads`; else the deepest level seen.
template <std::size_t N>
GranularityFinding CodeGranularity(const Document& doc, const std::string_view (&kinds)[N], std::size_t digits,
                             std::string_view leads, std::string_view id, std::string_view name,
                             std::string_view unit_name) {
  GranularityFinding f;
  f.id = id;
  f.name = name;
  std::size_t deepest = 0;
  const Table* deepest_table = nullptr;
  for (const Table& t : doc.tables) {
    if (!OneOf(t.kind, kinds) || t.state != TableState::kData) continue;
    for (const TableRow& r : t.rows) {
      if (r.code.empty() || leads.find(r.code[0]) == std::string_view::npos) continue;
      if (r.code.size() == digits) {
        f.met = true;
        f.detail = t.title + "：" + r.code + " " + r.label;
        f.span = SpanOf(doc, r.line);
        return f;
      }
      if (r.code.size() > deepest) deepest = r.code.size(), deepest_table = &t;
    }
  }
  // Codes printed as 类 / 款 / 项 columns, each part only where it changes
  // (烟台): a row with its `part` column filled is a row of that level.
  const std::string part = digits == 7 ? "项" : "款";
  for (const Table& t : doc.tables) {
    if (!OneOf(t.kind, kinds) || t.state != TableState::kData) continue;
    for (std::size_t col = 0; col < t.columns.size(); ++col) {
      const Column& c = t.columns[col];
      if (c.role != ColumnRole::kCodePart || c.path.empty() || CompactLabel(c.path.back()) != part) continue;
      for (const TableRow& r : t.rows)
        if (col < r.cells.size() && r.cells[col].kind != CellKind::kEmpty && !r.cells[col].text.empty()) {
          f.met = true;
          f.detail = t.title + "：" + part + " " + r.cells[col].text + " " + r.label;
          f.span = SpanOf(doc, r.line);
          return f;
        }
    }
  }
  if (deepest_table) {
    f.detail = deepest_table->title + "：科目只列到 " + std::to_string(deepest) + " 位，未细化到" +
               std::string(unit_name);
    f.span = SpanOf(doc, deepest_table->line);
  } else {
    f.detail = "没有列示科目编码的表";
  }
  return f;
}

// The four parts of "三公" (财预〔2016〕143号): each must have its own
// column or row. A cell names a part by one of its words (compacted; a
// header wrapped over lines keeps only a piece: "国(境)费", "待费", and
// 江苏's "公务用车购置 / 费"); the combined
// "公务用车购置及运行费" names neither 购置费 nor 运行费 alone.
struct ThreePublicPart {
  std::string_view name;
  std::vector<std::string_view> words;
};
const std::vector<ThreePublicPart>& ThreePublicParts() {
  static const std::vector<ThreePublicPart> parts = {
      {"因公出国（境）费", {"因公出国", "出国(境)", "国(境)费"}},
      {"公务用车购置费", {"购置费", "公务用车购置"}},
      {"公务用车运行费", {"运行费", "运行维护费"}},
      {"公务接待费", {"公务接待", "接待费", "待费"}},
  };
  return parts;
}
constexpr std::string_view kCombinedCarHeads[] = {"购置及运行维护费", "购置和运行维护费", "购置及运行费",
                                                  "购置和运行费", "购置及运行", "购置和运行"};

// A header or label as the parts are looked for in it: compacted, the
// column path's "/" joins undone, the combined car heading taken out.
std::string PartText(std::string_view text) {
  std::string c = CompactLabel(text);
  c.erase(std::remove(c.begin(), c.end(), '/'), c.end());
  for (std::string_view head : kCombinedCarHeads)
    for (std::size_t at = c.find(head); at != std::string::npos; at = c.find(head, at)) c.erase(at, head.size());
  return c;
}

GranularityFinding ThreePublicSplit(const Document& doc) {
  GranularityFinding f;
  f.id = "three_public_split";
  f.name = "“三公”经费分四项列示";
  const Table* best = nullptr;
  std::size_t best_found = 0;
  std::vector<bool> best_parts;
  for (const Table& t : doc.tables) {
    if (t.kind != "three_public" && t.kind != "final_three_public") continue;
    std::vector<std::string> cells;
    for (const Column& c : t.columns) cells.push_back(PartText(c.name));
    for (const auto& hr : t.header)
      for (const HeaderCell& h : hr) cells.push_back(PartText(h.text));
    for (const TableRow& r : t.rows) cells.push_back(PartText(r.label));
    std::vector<bool> parts;
    std::size_t found = 0;
    for (const ThreePublicPart& part : ThreePublicParts()) {
      bool has = false;
      for (const std::string& cell : cells)
        for (std::string_view w : part.words) has = has || cell.find(w) != std::string::npos;
      parts.push_back(has);
      found += has;
    }
    if (!best || found > best_found) best = &t, best_found = found, best_parts = parts;
  }
  if (!best) {
    f.detail = "没有“三公”经费表";
    return f;
  }
  f.span = SpanOf(doc, best->line);
  f.met = best_found == ThreePublicParts().size();
  if (f.met) {
    f.detail = best->title + "：四项分列";
  } else {
    std::string missing;
    for (std::size_t k = 0; k < best_parts.size(); ++k)
      if (!best_parts[k]) missing += (missing.empty() ? "" : "、") + std::string(ThreePublicParts()[k].name);
    f.detail = best->title + "：未分列 " + missing;
  }
  return f;
}

}  // namespace

Completeness AssessCompleteness(const Document& doc, const std::vector<const Document*>& companions) {
  Completeness c;
  c.file = doc.file;
  const bool final_doc = Has(doc.kinds, "final");
  const bool budget_doc = !final_doc && Has(doc.kinds, "budget");
  const RegionFamily* family = FamilyOf(doc.unit.name);
  c.family = family ? family->id : "national";
  c.family_name = family ? family->name : "全国通用";
  // 1. The expected tables of the kind, with the family's extras.
  if (final_doc || budget_doc) {
    c.catalog = final_doc ? "final" : "budget";
    std::vector<ExpectedTable> expected = final_doc ? FinalCatalog() : BudgetCatalog();
    if (family) {
      const auto& extra = final_doc ? family->final_extra : family->budget_extra;
      expected.insert(expected.end(), extra.begin(), extra.end());
    }
    for (const ExpectedTable& e : expected) c.tables.push_back(Assess(doc, e));
    // 2. The required parts of the narrative.
    for (const RequiredPart& part : RequiredParts()) c.narrative.push_back(AssessPart(doc, part));
    // 3. Granularity.
    c.granularity.push_back(CodeGranularity(doc, kFunctionTables, 7, "2", "function_to_item", "功能分类细化到项", "项"));
    c.granularity.push_back(CodeGranularity(doc, kEconomicTables, 5, "35", "economic_to_section",
                                      "基本支出经济分类细化到款", "款"));
    c.granularity.push_back(ThreePublicSplit(doc));
  }
  // 4. Performance information: targets with a budget, self-evaluation with final accounts.
  static const std::vector<ExpectedTable> kTargets = {
      {"overall_performance_targets", "部门整体支出绩效目标表", {"overall_performance_targets"}},
      {"project_performance_targets", "项目支出绩效目标表", {"project_performance_targets"}},
  };
  static const std::vector<ExpectedTable> kEvaluation = {
      {"overall_self_evaluation", "部门整体支出绩效自评表", {"overall_self_evaluation", "evaluation_base_data"}},
      {"project_self_evaluation", "项目支出绩效自评表", {"project_self_evaluation"}},
  };
  const bool evaluation = final_doc || (!budget_doc && Has(doc.kinds, "performance-evaluation"));
  const bool targets = budget_doc || (!final_doc && Has(doc.kinds, "performance-targets"));
  if (evaluation || targets)
    for (const ExpectedTable& e : evaluation ? kEvaluation : kTargets)
      c.performance.push_back(Assess(doc, e, companions));
  return c;
}

}  // namespace gongkai
