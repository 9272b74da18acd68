#include "disclosure_audit.h"

namespace gongkai {

DisclosureAssessment AssessDisclosure(const UnitYearGroup& group, std::size_t index) {
  const Document& doc = *group.documents[index];
  DisclosureAssessment a;
  a.completeness = AssessCompleteness(doc, CompanionsOf(group, index));
  a.score = ScoreDisclosure(doc, a.completeness);
  return a;
}

std::vector<const Document*> CompanionsOf(const UnitYearGroup& group, std::size_t index) {
  std::vector<const Document*> out;
  for (std::size_t i = 0; i < group.documents.size(); ++i)
    if (i != index) out.push_back(group.documents[i]);
  return out;
}

std::vector<DisclosureAudit> AuditDisclosures(const UnitYearGroup& group) {
  std::vector<DisclosureAudit> audits;
  for (std::size_t i = 0; i < group.documents.size(); ++i) {
    const Document& doc = *group.documents[i];
    const DisclosureAssessment a = AssessDisclosure(group, i);
    DisclosureAudit d;
    d.document = static_cast<int>(i) + 1;
    d.kind = doc.kinds.empty() ? "" : doc.kinds.front();
    d.scored = a.score.scored;
    d.score = a.score.points;
    for (const Diagnostic& diag : doc.diagnostics) {
      d.warnings += diag.severity == Severity::kWarning;
      d.info += diag.severity == Severity::kInfo;
    }
    for (const TableFinding& t : a.completeness.tables)
      d.missing_tables += t.presence == Presence::kMissing || t.presence == Presence::kIllegible;
    audits.push_back(std::move(d));
  }
  return audits;
}

}  // namespace gongkai
