// Completeness of one disclosure against the catalog of its document kind
// and region family (../shared/REFERENCE.md; 财预〔2016〕143号《地方预决算
// 公开操作规程》): which expected tables are there and in what state, which
// required parts of the narrative, and how fine the tables go (功能分类 to
// 项, 经济分类 to 款, "三公" in its four parts). Every finding keeps the
// position of what was found, so a page can link it and a score can name it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model.h"

namespace gongkai {

// How an expected table stands in the document. Mirrors TableState, plus
// kMissing; the order is best first (several tables of one kind: the best counts).
enum class Presence {
  kData,              // present with data
  kEmptyWithNote,     // published empty with a note (空表说明): what the rules ask
  kEmptyWithoutNote,  // published empty, no note
  kIllegible,         // present, but [illegible]
  kMissing,           // not in the document
};

// "data", "empty-with-note", "empty-without-note", "illegible", "missing".
const char* PresenceName(Presence presence);
// "有数据", "空表（附说明）", "空表（未说明）", "无法辨认", "缺失".
const char* PresenceLabel(Presence presence);

// One row of a catalog: a table the rules expect, and the table kinds
// (table_kinds.cc) that stand for it ("一般公共预算基本支出表" is printed whole
// or split into 人员经费 / 公用经费 tables).
struct ExpectedTable {
  std::string_view id;    // "three_public"
  std::string_view name;  // "一般公共预算“三公”经费支出表"
  std::vector<std::string_view> kinds;
};

// A group of regions that publish the same template: the tables it adds to
// the national catalog. Matched on the place chain of the unit's name.
struct RegionFamily {
  std::string_view id;     // "jiangsu"
  std::string_view name;   // "江苏模板"
  std::vector<std::string_view> places;  // "江苏省", "苏州市" ...
  std::vector<ExpectedTable> budget_extra;
  std::vector<ExpectedTable> final_extra;
};

// The national catalogs (REFERENCE.md, "The usual tables").
const std::vector<ExpectedTable>& BudgetCatalog();
const std::vector<ExpectedTable>& FinalCatalog();
// The region families; a unit that matches none is "national".
const std::vector<RegionFamily>& RegionFamilies();
// The family of a unit name (nullptr: national only).
const RegionFamily* FamilyOf(std::string_view unit_name);

// An expected table as found.
struct TableFinding {
  std::string id;    // ExpectedTable::id
  std::string name;  // ExpectedTable::name
  Presence presence = Presence::kMissing;
  std::string title;  // the title as printed ("" when missing)
  Span span;          // the title's line (and page); line 0 when missing
  std::string note;   // the 空表说明 of an empty table
};

// A required part of the narrative (机关运行经费, 政府采购, 国有资产占用, 绩效, 名词解释).
struct PartFinding {
  std::string id;    // "admin_operating", "procurement", "state_assets", "performance", "glossary"
  std::string name;  // "机关运行经费"
  bool found = false;
  std::string heading;  // the heading it was found under
  Span span;
};

// One granularity requirement.
struct GranularityFinding {
  std::string id;    // "function_to_item", "economic_to_section", "three_public_split"
  std::string name;  // "功能分类细化到项"
  bool met = false;
  std::string detail;  // what was seen: "2011101 行政运行", "缺少 公务用车购置费"
  Span span;           // the row (or table) that shows it
};

struct Completeness {
  std::string file;     // the document's file (a finding in a companion names its own)
  std::string catalog;  // "budget", "final", or "" (a performance document: no table catalog)
  std::string family;   // RegionFamily::id, "national" when none
  std::string family_name;
  std::vector<TableFinding> tables;           // one per expected table, catalog order
  std::vector<PartFinding> narrative;         // budget and final only
  std::vector<GranularityFinding> granularity;  // budget and final only
  // Performance information: 绩效目标表 (budget, performance-targets) or
  // 绩效自评表 (final, performance-evaluation), whole-unit then project.
  std::vector<TableFinding> performance;
};

// Assesses `doc` (a read disclosure: Document::unread empty). Performance
// tables not in `doc` are looked for in `companions` (other documents of
// the same unit and year, published as separate files); a finding there
// carries the companion's file in its span.
Completeness AssessCompleteness(const Document& doc, const std::vector<const Document*>& companions = {});

}  // namespace gongkai
