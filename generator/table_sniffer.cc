#include "table_sniffer.h"

namespace gongkai {

// STUB (to be replaced).
Table SniffTable(const RawTable& raw, Currency currency, const std::string&,
                 std::vector<Diagnostic>&) {
  Table t;
  t.layout = raw.layout;
  t.currency = currency;
  t.first_row_line = raw.first_line;
  t.last_line = raw.last_line;
  return t;
}

}  // namespace gongkai
