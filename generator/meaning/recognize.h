// Recognizing what a document is: its unit, fiscal year and kinds. Whether
// it is a disclosure at all is disclosure.h; what each table is, table_context.h.
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
// Whether a name ends as an organisation's does (局, 委员会, 中心, 学校 …), a
// scope qualifier such as （本级） aside.
bool HasOrgSuffix(std::string_view name);

DocumentHeader RecognizeDocument(const std::vector<Block>& blocks, const std::string& file,
                                 std::vector<Diagnostic>& diagnostics);

}  // namespace gongkai
