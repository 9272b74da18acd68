// Data renderers over the model: CSV (Excel-safe), JSON-in-JS.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model.h"

namespace gongkai {

// One CSV field per RFC 4180: quoted when it holds , " CR or LF. Text that
// starts with = + - @ tab or CR (a spreadsheet formula, OWASP's "CSV
// injection" rule) gets a leading ', so Excel and WPS show it as text.
// Numbers gongkai prints itself (is_text false) are written as they are: a
// negative amount stays a number.
std::string CsvField(std::string_view text, bool is_text);
// UTF-8 with BOM (so Excel reads Chinese), CRLF line ends.
std::string CsvDocument(const std::vector<std::vector<std::pair<std::string, bool>>>& rows);

// One table of a unit-year, as tables.csv names it.
struct TidyTable {
  int document = 0;            // 1-based, as source-N
  std::string source_file;     // "source-1.pdf": the copy beside tables.csv
  const std::vector<int>* page_starts = nullptr;  // PDFs only (PageOfLine)
  std::string anchor;          // "table-03": the table's id on the unit-year page
  const Table* table = nullptr;
};

// A column of tables.csv, described once: its header, its field in the
// Table Schema data/tables-schema.json (Frictionless) and the README.
struct TidyColumn {
  const char* name;         // the header, English
  const char* type;         // Table Schema type: integer or string
  const char* title;        // Chinese, for people
  const char* description;
  std::vector<std::string> values = {};  // the only values allowed, when listed
};
// The columns of tables.csv, in order.
const std::vector<TidyColumn>& TidyTableColumns();

// tables.csv: every non-empty cell of every table of a unit-year, one row
// each, in document, table, row and column order (a tidy, "long" table):
//   document, source_file, table, table_title, table_kind, row, row_label,
//   code, column, value, value_type, unit, line, page
// `value` is the exact decimal in the table's unit for amounts
// (PlainAmount: "227.61"), the printed text otherwise ("[illegible]" for
// an illegible cell); `value_type` is number, text, dash or illegible;
// `unit` (元, 万元) is set for numbers only; `page` is empty for text inputs.
std::string TablesCsv(const std::vector<TidyTable>& tables);

// Appends `s` as a JSON string, the bytes nlohmann's compact dump prints for
// it (ensure_ascii off; invalid UTF-8 replaced by U+FFFD), without making a
// JSON value: for data files written an entry at a time.
void AppendJsonString(std::string* out, std::string_view s);

// `window.<name> = <json>;\n` for JSON already printed (`json` as nlohmann's
// compact dump), with <, >, &, U+2028 and U+2029 escaped so the data can
// never close a script element or break a JS string.
std::string JsonTextScript(const std::string& name, const std::string& json);

// JSON text with the same escapes (for data.json and the datapackage).
std::string SafeJson(const nlohmann::json& value, int indent);
std::string SafeJson(const nlohmann::ordered_json& value, int indent);

}  // namespace gongkai
