#include "source_view.h"

#include <utility>

#include "decode.h"
#include "page_view.h"

namespace gongkai {

using Json = nlohmann::json;

namespace {
std::string Stem(std::size_t number) { return "source-" + std::to_string(number); }
}  // namespace

SourceFile SourceFileOf(const Document& doc, std::size_t index) {
  const bool pdf = doc.format == SourceFormat::kPdf;
  const std::string stem = Stem(index + 1);
  return {stem + (pdf ? ".pdf" : ".txt"), stem + ".html", pdf ? &doc.page_starts : nullptr};
}

std::string LineUrl(const SourceFile& source, int line) {
  return line > 0 ? source.view_url + "#L" + std::to_string(line) : source.view_url;
}

std::string LineUrlFrom(const std::string& unit_year_dir, int number, int line) {
  if (number < 1 || line < 1) return "";
  return unit_year_dir + Stem(static_cast<std::size_t>(number)) + ".html#L" + std::to_string(line);
}

int PageOf(const SourceFile& source, int line) {
  return source.page_starts && line > 0 ? PageOfLine(*source.page_starts, line) : 0;
}

std::string PageUrl(const SourceFile& source, int page) { return source.copy_url + "#page=" + std::to_string(page); }

void AddSourceLocation(const SourceFile* source, int line, Json* row) {
  const int page = source ? PageOf(*source, line) : 0;
  (*row)["line_text"] = page > 0   ? "第 " + std::to_string(page) + " 页"
                        : line > 0 ? "第 " + std::to_string(line) + " 行"
                                   : "";
  (*row)["source_url"] = source && line > 0 ? Json(LineUrl(*source, line)) : Json(false);
  (*row)["page_url"] = page > 0 ? Json(PageUrl(*source, page)) : Json(false);
}

PageOutput MakeSourceView(const std::string& dir, std::size_t index, const Document& doc, std::string_view bytes,
                          const std::string& title, const std::vector<MarkdownPage>& pages) {
  const SourceFile source = SourceFileOf(doc, index);
  const std::string path = dir + source.view_url;
  const std::string number = std::to_string(index + 1);
  Json view = PageView(path, title + " 原文 " + number, pages);
  view["heading"] = title;
  view["number"] = number;
  view["copy_url"] = source.copy_url;
  view["pdf"] = doc.format == SourceFormat::kPdf;
  view["encoding"] = doc.encoding;
  // Lines as compact objects ({"n", "t"}; "page" on a PDF page's first line):
  // a view holds every line of the document.
  std::vector<std::string> lines =
      doc.format == SourceFormat::kPdf ? doc.read_lines : LineTextsByNumber(Decode(doc.file, bytes).lines);
  Json rows = Json::array();
  std::size_t next_page = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const int n = static_cast<int>(i) + 1;
    Json& row = rows.emplace_back(Json::value_t::object);
    row["n"] = n;
    row["t"] = std::move(lines[i]);
    row["page"] = false;
    if (next_page < doc.page_starts.size() && doc.page_starts[next_page] <= n) {
      // A page without lines starts at the same line as the next one: the
      // mark names the last page starting here.
      while (next_page + 1 < doc.page_starts.size() && doc.page_starts[next_page + 1] <= n) ++next_page;
      const int page = static_cast<int>(next_page) + 1;
      row["page"] = {{"number", page}, {"url", PageUrl(source, page)}};
      ++next_page;
    }
  }
  view["line_count"] = rows.size();
  view["lines"] = std::move(rows);
  return {path, "source", std::move(view)};
}

}  // namespace gongkai
