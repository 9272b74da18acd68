// The data-driven catalog of table kinds (REFERENCE.md's table catalogs).
// A new kind or alias is a new row in table_kinds.cc, never a new branch.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model.h"

namespace gongkai {

struct TableKind {
  std::string_view id;        // canonical kind, e.g. "expenditure_summary"
  std::string_view name;      // canonical Chinese name, e.g. "支出总表"
  std::string_view doc_kind;  // the document kind it implies ("" if any)
  std::vector<std::string_view> aliases;  // title substrings, most specific first
  // The aliases are topic words that prose and column headers use too
  // ("三公经费", "机关运行经费", "政府采购"): they classify a title only when
  // it names a table (NamesATable).
  bool topic = false;
};

// Every kind, in match order.
const std::vector<TableKind>& TableKinds();

// The kind whose alias best (longest) matches the compacted title; nullptr
// if none, or when the line is prose rather than a title: a sentence ("。",
// "，", "；"), a "label：text" line, a heading that only mentions a kind
// ("（一）机关运行经费支出情况", "四、“三公”经费情况说明").
const TableKind* ClassifyTableTitle(std::string_view title);

// True for prose rather than a title: a sentence ("。", "，", "；"), text
// after "label：", a line opening like a sentence ("反映…"), a narrative
// heading ("…情况说明", "（一）机关运行经费支出"). Compacted input.
bool IsProse(std::string_view compact);

// True when a (classified) title names a table: it ends in "表" once a
// trailing "（续）", "（按功能分类科目）" or "续表" is set aside. Column
// headers ("财政拨款安排的“三公”经费") and headings mention a kind without
// naming a table.
bool NamesATable(std::string_view title);

// The kind with this id; nullptr if none.
const TableKind* FindTableKind(std::string_view id);

}  // namespace gongkai
