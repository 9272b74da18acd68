// 勾稽 checks: the rules of audit_rules.h run over a document, as findings
// with both values and both positions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract.h"
#include "model.h"

namespace gongkai {

// Runs every rule of the rule table (audit_rules.h) over the document's
// tables and key figures. Data that disagrees is a WARNING at the offending
// line, naming the other line (`related`) and both amounts (`compared`);
// a difference within rounding is an INFO "rounding" finding. Never an
// error: the published figures are what they are.
std::vector<Diagnostic> CheckDocument(const Document& doc);

// The finding for a narrative figure (`stated`) that differs from the
// table figure of the same name (audit.narrative-figure), nullopt when they
// agree.
std::optional<Diagnostic> CheckNarrativeFigure(const std::string& name, const Figure& stated,
                                               const Figure& table, const Document& doc);

// For each figure whose candidates disagree (ExtractFigures), the finding of
// the first disagreeing candidate that makes one, in the figures' order.
std::vector<Diagnostic> CheckNarrativeFigures(const std::vector<FigureDisagreement>& disagreements,
                                              const Document& doc);

}  // namespace gongkai
