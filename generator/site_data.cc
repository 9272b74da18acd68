#include "site_data.h"

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

}  // namespace

std::string CsvField(const std::string& text, bool is_text) {
  std::string value = text;
  if (is_text && !value.empty() &&
      (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' || value[0] == '\t' ||
       value[0] == '\r'))
    value = "'" + value;
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string CsvDocument(const std::vector<std::vector<std::pair<std::string, bool>>>& rows) {
  std::string out = "\xEF\xBB\xBF";
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out += ',';
      out += CsvField(row[i].first, row[i].second);
    }
    out += "\r\n";
  }
  return out;
}

std::string TableCsv(const Table& table) {
  std::vector<std::vector<std::pair<std::string, bool>>> rows;
  std::vector<std::pair<std::string, bool>> header;
  for (const Column& c : table.columns) header.push_back({c.name, true});
  rows.push_back(header);
  for (const TableRow& r : table.rows) {
    std::vector<std::pair<std::string, bool>> row;
    for (const TableCell& c : r.cells) {
      if (c.kind == CellKind::kAmount) {
        row.push_back({PlainAmount(c.cents, table.currency), false});
      } else if (c.kind == CellKind::kIllegible) {
        row.push_back({"[illegible]", true});
      } else {
        row.push_back({c.text, true});
      }
    }
    rows.push_back(row);
  }
  return CsvDocument(rows);
}

std::string SafeJson(const nlohmann::json& value, int indent) {
  return EscapeForScript(value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace));
}

std::string SafeJson(const nlohmann::ordered_json& value, int indent) {
  return EscapeForScript(value.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

std::string JsonScript(const std::string& name, const nlohmann::json& value) {
  return "window." + name + " = " + SafeJson(value, -1) + ";\n";
}

}  // namespace gongkai
