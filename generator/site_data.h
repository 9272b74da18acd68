// Data renderers over the model: CSV (Excel-safe), JSON-in-JS.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model.h"

namespace gongkai {

// One CSV field per RFC 4180: quoted when it holds , " CR or LF. Text that
// starts with = + - @ (a spreadsheet formula) gets a leading '.
std::string CsvField(const std::string& text, bool is_text);
// UTF-8 with BOM (so Excel reads Chinese), CRLF line ends.
std::string CsvDocument(const std::vector<std::vector<std::pair<std::string, bool>>>& rows);

// A table as CSV: one header row of column names, then the body rows;
// amounts as exact decimals in the table's unit, other cells as printed.
std::string TableCsv(const Table& table);

// `window.<name> = <json>;\n`, with <, >, &, U+2028 and U+2029 escaped so the
// data can never close a script element or break a JS string.
std::string JsonScript(const std::string& name, const nlohmann::json& value);

// JSON text with the same escapes (for data.json and the datapackage).
std::string SafeJson(const nlohmann::json& value, int indent);
std::string SafeJson(const nlohmann::ordered_json& value, int indent);

}  // namespace gongkai
