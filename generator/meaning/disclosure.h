// Whether a text is a budget disclosure at all, before it is recognized.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model.h"

namespace gongkai {

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

}  // namespace gongkai
