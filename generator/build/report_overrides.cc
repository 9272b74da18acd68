#include "report_overrides.h"

#include "diagnostics.h"

namespace gongkai {

void ReportOverrides(const UnitOverrides& overrides, BuildStats* stats) {
  for (const Diagnostic& d : overrides.diagnostics) {
    if (d.severity == Severity::kError) stats->errors.push_back(d);
    stats->messages.push_back(FormatDiagnostic(d));
  }
  stats->warnings += CountWarnings(overrides.diagnostics);
}

}  // namespace gongkai
