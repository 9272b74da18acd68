// A table printed over several pages comes out of the segmenter as one
// piece per page: the first with its title, the others untitled (or with a
// header word taken for a title) or with the title repeated. JoinTablePieces
// puts such pieces back together, so that a 支出总表 over many pages is read
// whole (its 类 rows, its 合计 row wherever it stands).
#pragma once

#include <vector>

#include "model.h"

namespace gongkai {

// Joins each table into the one before it when it continues it: the next
// table of the document, on a later page (`page_starts`; text input: after
// it), with as many columns and the same header (or none), and either the
// same catalog kind and title or no catalog kind of its own. Returns how
// many pieces were joined.
int JoinTablePieces(std::vector<Table>& tables, const std::vector<int>& page_starts);

}  // namespace gongkai
