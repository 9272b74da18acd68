#include "normalize.h"

namespace gongkai {

// STUB (to be replaced).
void Normalize(SourceText& text) {
  for (Line& line : text.lines) line.text = NormalizeLine(line.text);
}
std::string NormalizeLine(std::string_view line) { return std::string(line); }
std::string CompactCjkSpaces(std::string_view text) { return std::string(text); }
std::string RemoveSpaces(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c != ' ' && c != '\t') out += c;
  return out;
}

}  // namespace gongkai
