// Extracting the key figures from tables (rules in a table, per kind) and,
// where no table states them, from the narrative.
#pragma once

#include <string>
#include <vector>

#include "model.h"

namespace gongkai {

// A figure whose candidates disagree: the one taken (`chosen`) and, in the
// order they were found, the others whose amount differs from it. The 勾稽
// checks (checks.h CheckNarrativeFigures) decide which is a finding.
struct FigureDisagreement {
  std::string name;
  Figure chosen;
  std::vector<Figure> others;
};

// Fills figures from doc.tables and the narrative blocks. Each figure keeps
// its span. Table figures win over narrative ones; candidates that disagree
// with the one taken are added to `disagreements`, one entry per figure.
Figures ExtractFigures(const Document& doc, const std::vector<Block>& blocks,
                       std::vector<FigureDisagreement>& disagreements);

}  // namespace gongkai
