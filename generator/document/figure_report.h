// How a document's figures were chosen and whether they agree, as text for
// `gongkai check --explain-figures` and `gongkai check --summary`.
#pragma once

#include <string>
#include <vector>

#include "figure_identities.h"
#include "model.h"

namespace gongkai {

// Every figure with each candidate weighed: value, page and line, source,
// scope, score, and why it was taken or lost.
std::string ExplainFigures(const Document& doc);

// The self-check of figures over many documents.
struct FigureSummary {
  int documents = 0;  // read documents
  int unread = 0;
  int found = 0;      // headline figures found, over documents × figures
  int possible = 0;
  int holds = 0, fails = 0;  // identity checks among found figures
  int other_scope = 0;       // identities between figures of different funds
  int from_narrative = 0;    // found figures whose only source is the narrative
  std::vector<int> found_per_figure;  // HeadlineFigures() order
};

// One document's block: figures found and missing, each identity that
// holds or fails (with both values); adds the document to `summary`.
std::string SummarizeFigures(const Document& doc, FigureSummary& summary);

// The corpus total: figures found, identities held, per figure.
std::string FigureSummaryTotal(const FigureSummary& summary);

}  // namespace gongkai
