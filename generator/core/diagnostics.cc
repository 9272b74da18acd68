#include "diagnostics.h"

#include <algorithm>

namespace gongkai {

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kNote: return "note";
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "warning";
}

std::string FormatDiagnostic(const Diagnostic& d) {
  std::string out = d.span.file;
  if (d.span.line > 0) {
    out += ':';
    out += std::to_string(d.span.line);
  }
  out += ": ";
  out += SeverityName(d.severity);
  out += ": ";
  out += d.message;
  if (d.span.page > 0) out += " (page " + std::to_string(d.span.page) + ")";
  return out;
}

void Report(std::vector<Diagnostic>& out, std::string_view file, int line, Severity severity,
            std::string_view code, std::string message) {
  out.push_back(Diagnostic{Span{std::string(file), line}, severity, std::string(code),
                           std::move(message)});
}

bool HasErrors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

int CountWarnings(const std::vector<Diagnostic>& diagnostics) {
  return static_cast<int>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                        [](const Diagnostic& d) { return d.severity == Severity::kWarning; }));
}

void SortDiagnostics(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     if (a.span.file != b.span.file) return a.span.file < b.span.file;
                     return a.span.line < b.span.line;
                   });
}

}  // namespace gongkai
