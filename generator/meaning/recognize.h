// Recognizing: what a document is (kinds, year, unit) and what each table is
// (title, money unit, catalog kind, state).
#pragma once

#include <string>
#include <vector>

#include "model.h"

namespace gongkai {

// Unit name and code, fiscal year and document kinds (primary first).
struct DocumentHeader {
  Unit unit;
  int year = 0;
  std::vector<std::string> kinds;
};
DocumentHeader RecognizeDocument(const std::vector<Block>& blocks, const std::string& file,
                                 std::vector<Diagnostic>& diagnostics);

// Whether the text reads as a budget disclosure at all: "" when it does,
// else why not, worded for Document::unread. Not a disclosure: no text; an
// HTML web page (doctype, <html>/<meta>/<script> lines, scripts) with fewer
// than kMinTablesInWebPage catalog tables, such as a news page that only links
// the attachment; text with no budget words (预算/决算/绩效/三公/财政拨款);
// text that mentions them in passing only (fewer than three such lines, no
// catalog table title and no amount).
std::string WhyNotADisclosure(const std::vector<Block>& blocks);
inline bool LooksLikeDisclosure(const std::vector<Block>& blocks) {
  return WhyNotADisclosure(blocks).empty();
}

// What stands around the table at blocks[index]: its title (the nearest
// heading or short paragraph above, skipping 单位/金额单位/date lines), the
// money unit declared above it (or in its header), and the note below it.
struct TableContext {
  std::string title;
  int title_line = 0;
  Currency currency = Currency::kUnknown;
  std::string note;
  bool illegible = false;  // an [illegible] marker stands in the table's place
};
TableContext RecognizeTableContext(const std::vector<Block>& blocks, std::size_t index);

// The money unit the document declares most often ("单位：万元" lines): the
// unit of a table that declares none near it (text that lost its layout
// moves the declaration away from its table). kUnknown on a tie.
Currency DocumentCurrency(const std::vector<Block>& blocks);

// Empty with note / empty without note / illegible / data.
TableState RecognizeTableState(const Table& table);

}  // namespace gongkai
