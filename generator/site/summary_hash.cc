#include "summary_hash.h"

#include "content_hash.h"
#include "record_codec.h"

namespace gongkai {

std::string SummaryHash(const UnitYearSummary& summary) {
  record::Writer w;
  w(summary);
  return ContentHash(w.bytes());
}

}  // namespace gongkai
