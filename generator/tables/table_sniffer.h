// Table sniffing: a raw grid into a typed table, in explicit phases
// (grid -> header rows and spans -> wrapped rows -> column roles -> cells),
// as DuckDB's CSV sniffer does for dialect, header and types.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model.h"

namespace gongkai {

// Builds header rows (with spans), columns (path and role), and body rows:
// wrapped cells merged, codes joined from 类/款/项, amounts converted in
// `currency`, labels compacted, totals and groups marked. Does not set title,
// kind, state or note (recognize.h does).
Table SniffTable(const RawTable& raw, MoneyUnit currency, const std::string& file,
                 std::vector<Diagnostic>& diagnostics);

}  // namespace gongkai
