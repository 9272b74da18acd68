#include "parse.h"

#include "checks.h"
#include "decode.h"
#include "diagnostics.h"
#include "extract.h"
#include "glossary.h"
#include "indicators.h"
#include "normalize.h"
#include "recognize.h"
#include "sections.h"
#include "segment.h"
#include "table_kinds.h"
#include "table_sniffer.h"

namespace gongkai {
namespace {

// The money unit most tables of the document use.
Currency DominantCurrency(const std::vector<Table>& tables) {
  int yuan = 0, wan = 0;
  for (const Table& t : tables) {
    if (t.currency == Currency::kYuan) ++yuan;
    if (t.currency == Currency::kWanYuan) ++wan;
  }
  if (yuan == 0 && wan == 0) return Currency::kUnknown;
  return wan >= yuan ? Currency::kWanYuan : Currency::kYuan;
}

// A table the reader cannot use is worth a warning: an illegible one, and
// one published empty without the note the rules require (空表说明).
void ReportTableState(const Table& table, Document& doc) {
  std::string name = table.title.empty() ? "untitled table" : "table " + table.title;
  if (table.state == TableState::kIllegible)
    Report(doc.diagnostics, doc.file, table.line, Severity::kWarning, "table.illegible",
           name + " is illegible");
  if (table.state == TableState::kEmptyWithoutNote)
    Report(doc.diagnostics, doc.file, table.line, Severity::kWarning, "table.empty-without-note",
           name + " is empty and has no note saying why");
}

}  // namespace

Document ParseDocument(std::string_view path, std::string_view bytes) {
  Document doc;
  doc.file = std::string(path);

  // 1. Decode bytes to UTF-8 lines and clean converter residue.
  SourceText text = Decode(path, bytes);
  Normalize(text);
  doc.encoding = text.encoding;
  doc.diagnostics = std::move(text.diagnostics);

  // 2. Segment into headings, paragraphs and raw tables.
  std::vector<Block> blocks = Segment(text, doc.diagnostics);

  // 3. What the document is.
  DocumentHeader header = RecognizeDocument(blocks, doc.file, doc.diagnostics);
  doc.unit = header.unit;
  doc.year = header.year;
  doc.kinds = header.kinds;

  // 4. Each table: context (title, money unit, note), then the typed grid.
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind != BlockKind::kTable) continue;
    TableContext context = RecognizeTableContext(blocks, i);
    Table table = SniffTable(blocks[i].table, context.currency, doc.file, doc.diagnostics);
    table.title = context.title;
    table.line = context.title_line ? context.title_line : blocks[i].line;
    table.note = context.note;
    table.illegible = table.illegible || context.illegible || blocks[i].illegible;
    if (const TableKind* kind = ClassifyTableTitle(table.title)) table.kind = kind->id;
    table.state = RecognizeTableState(table);
    ReportTableState(table, doc);
    doc.tables.push_back(std::move(table));
  }
  doc.currency = DominantCurrency(doc.tables);

  // 5. Figures, narrative, glossary, indicators; then the 勾稽 checks.
  doc.figures = ExtractFigures(doc, blocks, doc.diagnostics);
  doc.sections = ExtractSections(blocks);
  doc.glossary = ExtractGlossary(blocks, doc.file, doc.diagnostics);
  doc.indicators = ExtractIndicators(doc.tables);
  for (Diagnostic& d : CheckDocument(doc)) doc.diagnostics.push_back(std::move(d));
  SortDiagnostics(doc.diagnostics);
  return doc;
}

}  // namespace gongkai
