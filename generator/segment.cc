#include "segment.h"

namespace gongkai {

// STUB (to be replaced): every non-empty line is a paragraph.
std::vector<Block> Segment(const SourceText& text, std::vector<Diagnostic>&) {
  std::vector<Block> blocks;
  for (const Line& line : text.lines) {
    if (line.text.empty()) continue;
    Block b;
    b.kind = BlockKind::kParagraph;
    b.line = b.last_line = line.number;
    b.text = line.text;
    blocks.push_back(std::move(b));
  }
  return blocks;
}

}  // namespace gongkai
