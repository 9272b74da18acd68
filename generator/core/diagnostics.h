// Diagnostics as data: creating, sorting and printing them like a compiler.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model.h"

namespace gongkai {

// "warning", "error", "info" or "note".
const char* SeverityName(Severity severity);

// `file:line: severity: message` (`file: severity: message` when line is 0),
// with ` (page N)` after the message for PDFs.
std::string FormatDiagnostic(const Diagnostic& diagnostic);

// Appends a diagnostic to `out`.
void Report(std::vector<Diagnostic>& out, std::string_view file, int line, Severity severity,
            std::string_view code, std::string message);

bool HasErrors(const std::vector<Diagnostic>& diagnostics);
// The warnings among `diagnostics`, as `gongkai check` counts them.
int CountWarnings(const std::vector<Diagnostic>& diagnostics);

// Orders by file, then line, keeping the order of equal positions.
void SortDiagnostics(std::vector<Diagnostic>& diagnostics);

}  // namespace gongkai
