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
};

// Every kind, in match order.
const std::vector<TableKind>& TableKinds();

// The kind whose alias best matches the (compacted) title; nullptr if none.
const TableKind* ClassifyTableTitle(std::string_view title);

// The kind with this id; nullptr if none.
const TableKind* FindTableKind(std::string_view id);

}  // namespace gongkai
