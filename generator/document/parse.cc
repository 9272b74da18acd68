#include "parse.h"
#include "table_pieces.h"

#include <algorithm>

#include "checks.h"
#include "diagnostics.h"
#include "disclosure.h"
#include "extract.h"
#include "glossary.h"
#include "indicators.h"
#include "lost_columns.h"
#include "recognize.h"
#include "sections.h"
#include "segment.h"
#include "source.h"
#include "table_context.h"
#include "table_kinds.h"
#include "table_sniffer.h"

namespace gongkai {
namespace {

// The money unit most tables of the document use.
MoneyUnit TablesMoneyUnit(const std::vector<Table>& tables) {
  int yuan = 0, wan = 0;
  for (const Table& t : tables) {
    if (t.currency == MoneyUnit::kYuan) ++yuan;
    if (t.currency == MoneyUnit::kWanYuan) ++wan;
  }
  if (yuan == 0 && wan == 0) return MoneyUnit::kUnknown;
  return wan >= yuan ? MoneyUnit::kWanYuan : MoneyUnit::kYuan;
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

// PDFs: every span learns its page from its line.
void AssignPages(Document& doc) {
  if (doc.page_starts.empty()) return;
  auto page = [&](int line) { return PageOfLine(doc.page_starts, line); };
  for (Diagnostic& d : doc.diagnostics) {
    if (d.span.line > 0) d.span.page = page(d.span.line);
    if (d.related.line > 0) d.related.page = page(d.related.line);
  }
  for (auto& [name, f] : doc.figures.amounts) f.span.page = page(f.span.line);
  for (auto& [code, f] : doc.figures.by_function) f.span.page = page(f.span.line);
  if (doc.figures.score) doc.figures.score->span.page = page(doc.figures.score->span.line);
}

}  // namespace

Document ParseDocument(std::string_view path, std::string_view bytes) {
  Document doc;
  doc.file = std::string(path);

  // 1. Read the file as every command does (source.h): a PDF's words or the
  // text's lines, converter residue cleaned. A file that holds no document
  // ends here with its reason.
  SourceRead source = ReadSource(path, bytes);
  SourceText& text = source.text;
  if (source.pdf) {
    doc.format = SourceFormat::kPdf;
    doc.page_starts = std::move(source.page_starts);
    doc.read_lines = std::move(source.read_lines);
  }
  doc.unread = std::move(source.unread);
  doc.encoding = text.encoding;
  doc.diagnostics = std::move(text.diagnostics);
  if (!doc.unread.empty()) return doc;

  // A text that lost its columns is read for what it still holds exactly
  // (lost_columns.h); the reader learns once where to get exact tables.
  MarkLostColumns(text, doc.diagnostics);

  // 2. Segment into headings, paragraphs and raw tables; a text that is no
  // disclosure (a web page, prose without budget words) ends here.
  std::vector<Block> blocks = Segment(text, doc.diagnostics);
  if (std::string why = WhyNotADisclosure(blocks); !why.empty()) {
    doc.unread = why;
    Report(doc.diagnostics, doc.file, 0, Severity::kWarning, "input.not-a-disclosure",
           "not a budget disclosure: " + why);
    return doc;
  }

  // 3. What the document is.
  DocumentHeader header = RecognizeDocument(blocks, doc.file, doc.diagnostics);
  doc.unit = header.unit;
  doc.year = header.year;
  doc.kinds = header.kinds;

  // 4. Each table: context (title, money unit, note), then the typed grid.
  MoneyUnit declared = DeclaredMoneyUnit(blocks);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind != BlockKind::kTable) continue;
    TableContext context = RecognizeTableContext(blocks, i);
    if (context.currency == MoneyUnit::kUnknown) context.currency = declared;
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
  // A table over several pages is one table (table_pieces.h).
  JoinTablePieces(doc.tables, doc.page_starts);
  doc.currency = TablesMoneyUnit(doc.tables);

  // 5. Figures, narrative, glossary, indicators; then the 勾稽 checks.
  std::vector<FigureDisagreement> disagreements;
  doc.figures = ExtractFigures(doc, blocks, disagreements);
  for (Diagnostic& d : CheckNarrativeFigures(disagreements, doc)) doc.diagnostics.push_back(std::move(d));
  doc.sections = ExtractSections(blocks);
  doc.glossary = ExtractGlossary(blocks, doc.file, doc.diagnostics);
  doc.indicators = ExtractIndicators(doc.tables);
  for (Diagnostic& d : CheckDocument(doc)) doc.diagnostics.push_back(std::move(d));
  AssignPages(doc);
  SortDiagnostics(doc.diagnostics);
  return doc;
}

}  // namespace gongkai
