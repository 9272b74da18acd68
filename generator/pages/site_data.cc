#include "site_data.h"

#include <algorithm>
#include <iterator>

#include "amount.h"
#include "decode.h"
#include "money_format.h"

namespace gongkai {
namespace {

// Copies runs between the bytes it escapes in bulk: this runs over every
// data.json, and most bytes need nothing.
std::string EscapeForScript(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c != '<' && c != '>' && c != '&' && c != '\xE2') continue;
    out.append(s, run, i - run);
    if (c == '<') out += "\\u003c";
    else if (c == '>') out += "\\u003e";
    else if (c == '&') out += "\\u0026";
    else if (i + 2 < s.size() && s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
      out += s[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
    run = i + 1;
  }
  out.append(s, run, std::string::npos);
  return out;
}

constexpr char kCsvBom[] = "\xEF\xBB\xBF";

// OWASP's CSV injection rule: a field starting with one of these is read as
// a formula by Excel, WPS and LibreOffice.
bool StartsLikeFormula(std::string_view text) {
  return !text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                           text[0] == '\t' || text[0] == '\r');
}

// Appends one field (see CsvField) without building a string for it: this
// runs once per cell of every table of the site.
void AppendCsvField(std::string_view text, bool is_text, std::string* out) {
  const bool neutralize = is_text && StartsLikeFormula(text);
  const bool quote = text.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote && !neutralize) {
    out->append(text);
    return;
  }
  if (quote) *out += '"';
  if (neutralize) *out += '\'';
  for (char c : text) {
    if (c == '"') *out += '"';
    *out += c;
  }
  if (quote) *out += '"';
}

// A cell's value in tables.csv and its value_type.
struct TidyValue {
  std::string text;
  std::string_view type;
};

TidyValue TidyValueOf(const TableCell& cell, MoneyUnit currency) {
  switch (cell.kind) {
    case CellKind::kAmount: return {PlainAmount(cell.cents, currency), "number"};
    case CellKind::kDash: return {cell.text, "dash"};
    case CellKind::kIllegible: return {"[illegible]", "illegible"};
    case CellKind::kEmpty:
    case CellKind::kText: break;
  }
  return {cell.text, "text"};
}

// The 1-based page of a line (as PageOfLine), by binary search: tables.csv
// asks once per cell, and a PDF may have thousands of pages.
int PageOf(const std::vector<int>& page_starts, int line) {
  return static_cast<int>(std::upper_bound(page_starts.begin(), page_starts.end(), line) - page_starts.begin());
}

}  // namespace

std::string CsvField(std::string_view text, bool is_text) {
  std::string out;
  AppendCsvField(text, is_text, &out);
  return out;
}

std::string CsvDocument(const std::vector<std::vector<std::pair<std::string, bool>>>& rows) {
  std::string out = kCsvBom;
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out += ',';
      AppendCsvField(row[i].first, row[i].second, &out);
    }
    out += "\r\n";
  }
  return out;
}

const std::vector<TidyColumn>& TidyTableColumns() {
  static const std::vector<TidyColumn> columns = {
      {"document", "integer", "文件序号", "本单位本年度的第几个文件（1 起），与 source_file 的 N 相同"},
      {"source_file", "string", "原文文件", "与 tables.csv 同目录的原文副本：source-N.txt，或逐字节相同的 source-N.pdf"},
      {"table", "string", "表格标识", "表格在本页的锚点（table-03），本页网址加 #table-03 即为该表"},
      {"table_title", "string", "表格标题", "原文所印的表格标题"},
      {"table_kind", "string", "表格类型", "gongkai 识别的表格类型（如 final_expenditure），未识别为空"},
      {"row", "integer", "行号", "表体中的第几行（1 起，不含表头）"},
      {"row_label", "string", "行名称", "该行的项目或科目名称"},
      {"code", "string", "科目编码", "该行的功能分类或经济分类科目编码（如 2013101），没有为空"},
      {"column", "string", "列名", "该列表头各层名称以“/”连接（如 本年支出/基本支出）"},
      {"value", "string", "值",
       "value_type 为 number 时是表格所用单位（unit）下的精确十进制数，不含千分位；否则为原文所印文字，无法辨认为 [illegible]"},
      {"value_type", "string", "值类型", "number（金额）、text（文字）、dash（不适用，如“—”）或 illegible（无法辨认）",
       {"number", "text", "dash", "illegible"}},
      {"unit", "string", "金额单位", "value_type 为 number 时的金额单位：元 或 万元；单位未识别或不是金额时为空",
       {"元", "万元"}},
      {"line", "integer", "原文行号", "该单元格在原文中的行号（PDF 为 gongkai 读出的行序）"},
      {"page", "integer", "原文页码", "PDF 原文中该单元格所在页（1 起）；文本原文为空"}};
  return columns;
}

std::string TablesCsv(const std::vector<TidyTable>& tables) {
  std::string out = kCsvBom;
  const std::vector<TidyColumn>& header = TidyTableColumns();
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (i) out += ',';
    AppendCsvField(header[i].name, true, &out);
  }
  out += "\r\n";
  for (const TidyTable& tidy : tables) {
    const Table& t = *tidy.table;
    const std::string document = std::to_string(tidy.document);
    const std::string_view currency = MoneyUnitName(t.currency);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      const TableRow& row = t.rows[r];
      const std::string row_number = std::to_string(r + 1);
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
        const TableCell& cell = row.cells[c];
        if (cell.kind == CellKind::kEmpty || (cell.kind == CellKind::kText && cell.text.empty())) continue;
        const TidyValue value = TidyValueOf(cell, t.currency);
        const int line = cell.line > 0 ? cell.line : row.line;
        const int page = tidy.page_starts && line > 0 ? PageOf(*tidy.page_starts, line) : 0;
        const std::string line_text = line > 0 ? std::to_string(line) : "";
        const std::string page_text = page > 0 ? std::to_string(page) : "";
        const bool number = cell.kind == CellKind::kAmount;
        const std::pair<std::string_view, bool> fields[] = {
            {document, false},
            {tidy.source_file, true},
            {tidy.anchor, true},
            {t.title, true},
            {t.kind, true},
            {row_number, false},
            {row.label, true},
            {row.code, true},
            {c < t.columns.size() ? std::string_view(t.columns[c].name) : std::string_view(), true},
            {value.text, !number},
            {value.type, true},
            {number ? currency : std::string_view(), true},
            {line_text, false},
            {page_text, false}};
        for (std::size_t i = 0; i < std::size(fields); ++i) {
          if (i) out += ',';
          AppendCsvField(fields[i].first, fields[i].second, &out);
        }
        out += "\r\n";
      }
    }
  }
  return out;
}

void AppendJsonString(std::string* out, std::string_view s) {
  if (!IsWellFormedUtf8(s)) {
    out->append(nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.substr(run, i - run));
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        out->append("\\u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 0xF]);
    }
    run = i + 1;
  }
  out->append(s.substr(run));
  out->push_back('"');
}

std::string SafeJson(const nlohmann::json& value, int indent) {
  return EscapeForScript(value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace));
}

std::string SafeJson(const nlohmann::ordered_json& value, int indent) {
  return EscapeForScript(value.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

std::string JsonTextScript(const std::string& name, const std::string& json) {
  return "window." + name + " = " + EscapeForScript(json) + ";\n";
}

}  // namespace gongkai
