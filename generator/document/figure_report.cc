#include "figure_report.h"

#include "money_format.h"

namespace gongkai {
namespace {

std::string Position(const Document& doc, int line) {
  std::string text;
  if (int page = PageOfLine(doc.page_starts, line); page > 0) text = "p." + std::to_string(page) + " ";
  return text + "l." + std::to_string(line);
}

std::string LabelOf(std::string_view key) {
  for (const FigureDef& d : HeadlineFigures())
    if (key == d.key) return d.label;
  for (const FigureDef& d : SecondaryFigures())
    if (key == d.key) return d.label;
  if (key == kByFunctionSum) return "Σ 功能分类类级";
  return std::string(key);
}

std::string Amount(Cents cents, const Document& doc) { return FormatAmount(cents, doc.currency); }

}  // namespace

std::string ExplainFigures(const Document& doc) {
  std::string out = doc.file + ":\n";
  if (!doc.unread.empty()) return out + "  not read: " + doc.unread + "\n";
  if (doc.figures.choices.empty()) return out + "  no figure candidates\n";
  for (const auto& [name, list] : doc.figures.choices) {
    out += "  " + name + " (" + LabelOf(name) + ")";
    bool any = false;
    for (const FigureChoice& c : list) any = any || c.chosen;
    out += any ? ":\n" : ": none chosen\n";
    for (const FigureChoice& c : list) {
      out += std::string("    ") + (c.chosen ? "* " : "  ") + Amount(c.figure.cents, doc) + "  " +
             Position(doc, c.figure.span.line) + "  " + FigureSourceText(c.figure) + "  [" + c.scope +
             ", score " + std::to_string(c.score) + "]";
      if (!c.why.empty()) out += "  " + c.why;
      out += "\n";
    }
  }
  return out;
}

std::string SummarizeFigures(const Document& doc, FigureSummary& summary) {
  std::string out = doc.file + ": ";
  if (summary.found_per_figure.empty()) summary.found_per_figure.assign(9, 0);
  if (!doc.unread.empty()) {
    ++summary.unread;
    return out + "not read (" + doc.unread + ")\n";
  }
  ++summary.documents;
  out += (doc.unit.name.empty() ? "?" : doc.unit.name) + " " +
         (doc.year ? std::to_string(doc.year) : "?") + "\n";
  std::string found, missing;
  const std::vector<FigureDef>& defs = HeadlineFigures();
  for (std::size_t i = 0; i < 9 && i < defs.size(); ++i) {
    ++summary.possible;
    auto it = doc.figures.amounts.find(defs[i].key);
    if (it == doc.figures.amounts.end()) {
      missing += std::string(missing.empty() ? "" : ", ") + defs[i].label;
      continue;
    }
    ++summary.found, ++summary.found_per_figure[i];
    if (it->second.from == FigureSource::kNarrative) ++summary.from_narrative;
    found += std::string(found.empty() ? "" : ", ") + defs[i].label + " " + Amount(it->second.cents, doc);
  }
  out += "  found: " + (found.empty() ? "-" : found) + "\n";
  if (!missing.empty()) out += "  missing: " + missing + "\n";
  if (!doc.figures.by_function.empty())
    out += "  by_function: " + std::to_string(doc.figures.by_function.size()) + " 类\n";
  for (const IdentityCheck& c : CheckIdentities(doc.figures, doc.currency)) {
    if (c.result == IdentityResult::kMissing) continue;
    if (c.result == IdentityResult::kOtherScope) {
      ++summary.other_scope;
      std::string scopes;
      for (const std::string& s : c.scopes) scopes += (scopes.empty() ? "" : " vs ") + s;
      out += "  other scope " + std::string(c.identity->chinese) + ": " + Amount(c.total, doc) + " vs " +
             Amount(c.parts, doc) + " (" + scopes + ")\n";
      continue;
    }
    bool holds = c.result == IdentityResult::kHolds;
    ++(holds ? summary.holds : summary.fails);
    out += std::string("  ") + (holds ? "holds " : "FAILS ") + std::string(c.identity->chinese) + ": " +
           Amount(c.total, doc) + (holds ? " ~ " : " vs ") + Amount(c.parts, doc) + "\n";
  }
  return out;
}

std::string FigureSummaryTotal(const FigureSummary& s) {
  std::string out = "corpus: " + std::to_string(s.documents) + " documents read, " +
                    std::to_string(s.unread) + " not read; headline figures found " +
                    std::to_string(s.found) + "/" + std::to_string(s.possible) + " (" +
                    Percent(s.found, s.possible) + "); identities hold " + std::to_string(s.holds) +
                    "/" + std::to_string(s.holds + s.fails) + " (" +
                    Percent(s.holds, s.holds + s.fails) + "), " + std::to_string(s.other_scope) +
                    " between figures of different funds not compared; " +
                    std::to_string(s.from_narrative) + " figures only from the narrative (rounded)\n";
  const std::vector<FigureDef>& defs = HeadlineFigures();
  for (std::size_t i = 0; i < s.found_per_figure.size() && i < defs.size(); ++i)
    out += std::string("  ") + defs[i].label + ": " + std::to_string(s.found_per_figure[i]) + "/" +
           std::to_string(s.documents) + "\n";
  return out;
}

}  // namespace gongkai
