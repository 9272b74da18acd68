// A source for every number: each document of a unit-year is copied beside
// its page (source-N.txt, or source-N.pdf with the same bytes) and shown on
// a source view page (source-N.html) with the text as gongkai read it, one
// anchor per line (#L12) and the line a link points at highlighted (CSS
// :target); a PDF's view marks where each page starts and links the PDF at
// that page. Every amount a page renders (headline figures, table cells,
// chart bars, findings, audit items) links its line here: one place for
// the URLs, one for the "第 N 行" / "第 N 页" texts.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model.h"
#include "outputs.h"

namespace gongkai {

// The copy and the source view of document `index` (0-based) of a unit-year.
struct SourceFile {
  std::string copy_url;  // "source-1.txt" or "source-1.pdf", beside the page
  std::string view_url;  // "source-1.html"
  const std::vector<int>* page_starts = nullptr;  // PDFs only
};

SourceFile SourceFileOf(const Document& doc, std::size_t index);

// "source-1.html#L12": the source view at `line` (the view's top for line 0).
std::string LineUrl(const SourceFile& source, int line);
// The same for document `number` (1-based) of a unit-year, from another
// page: `unit_year_dir` leads to the unit-year's folder ("../../units/x/2024/").
// Empty when the line is unknown.
std::string LineUrlFrom(const std::string& unit_year_dir, int number, int line);

// The PDF page of a source line, 0 for text inputs or an unknown line.
int PageOf(const SourceFile& source, int line);

// "source-1.pdf#page=3": a PDF copy opened at a page.
std::string PageUrl(const SourceFile& source, int page);

// Sets `row`'s "line_text" ("第 12 行"; "第 3 页" for PDFs, whose line
// numbers are gongkai's reading), "source_url" (the source view at the line)
// and "page_url" (the PDF at the page, false otherwise; always set, so a
// template section never finds an outer view's). Nothing links for line 0.
void AddSourceLocation(const SourceFile* source, int line, nlohmann::json* row);

// The source view page of `doc` (document `index` of the unit-year at
// `dir`, "units/<slug>/<year>/"): a text input's lines decoded again from
// `bytes` (the copy, so the view shows the original's lines), a PDF's lines
// as its reader made them (Document::read_lines). `title` names the unit-year.
PageOutput MakeSourceView(const std::string& dir, std::size_t index, const Document& doc, std::string_view bytes,
                          const std::string& title, const std::vector<MarkdownPage>& pages);

}  // namespace gongkai
