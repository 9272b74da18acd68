#include "recognize.h"

namespace gongkai {

// STUB (to be replaced).
DocumentHeader RecognizeDocument(const std::vector<Block>&, const std::string&,
                                 std::vector<Diagnostic>&) {
  return {};
}
TableContext RecognizeTableContext(const std::vector<Block>&, std::size_t) { return {}; }
TableState RecognizeTableState(const Table& table) {
  return table.rows.empty() ? TableState::kEmptyWithoutNote : TableState::kData;
}

}  // namespace gongkai
