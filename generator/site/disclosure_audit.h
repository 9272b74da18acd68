// The per-document audit of a unit-year: each document's completeness
// (audit/completeness.h, its companions counting) and transparency score, as
// kept in the unit-year summary and shown by the audit pages.
#pragma once

#include <cstddef>
#include <vector>

#include "completeness.h"
#include "model.h"
#include "transparency_score.h"
#include "unit_year.h"

namespace gongkai {

// The other documents of the unit-year: performance tables published as a
// separate file count for the disclosure they accompany.
std::vector<const Document*> CompanionsOf(const UnitYearGroup& group, std::size_t index);

// One DisclosureAudit per document of the group, in document order.
std::vector<DisclosureAudit> AuditDisclosures(const UnitYearGroup& group);

// Document `index`'s completeness (its companions counting) and score.
struct DisclosureAssessment {
  Completeness completeness;
  TransparencyScore score;
};
DisclosureAssessment AssessDisclosure(const UnitYearGroup& group, std::size_t index);

}  // namespace gongkai
