#include "decode.h"

namespace gongkai {

// STUB (to be replaced): UTF-8 only, LF only.
SourceText Decode(std::string_view path, std::string_view bytes) {
  SourceText out;
  out.path = std::string(path);
  out.encoding = "UTF-8";
  int number = 1;
  std::size_t start = 0;
  while (start <= bytes.size()) {
    std::size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    out.lines.push_back(Line{number++, std::string(bytes.substr(start, end - start)), false});
    start = end + 1;
  }
  return out;
}

}  // namespace gongkai
