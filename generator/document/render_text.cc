#include "render_text.h"

#include <sstream>

#include "amount.h"
#include "diagnostics.h"

namespace gongkai {
namespace {

// 230440000 分 -> "2304400.00".
std::string Yuan(Cents cents) {
  std::string sign = cents < 0 ? "-" : "";
  Cents a = cents < 0 ? -cents : cents;
  std::string frac = std::to_string(a % 100);
  if (frac.size() < 2) frac = "0" + frac;
  return sign + std::to_string(a / 100) + "." + frac;
}

}  // namespace

std::string DocumentToText(const Document& doc) {
  std::ostringstream out;
  out << doc.file << " (" << doc.encoding << ")\n";
  out << "  unit: " << doc.unit.name;
  if (!doc.unit.code.empty()) out << " [" << doc.unit.code << "]";
  out << "\n  year: " << doc.year << "\n  kinds:";
  for (const std::string& k : doc.kinds) out << " " << k;
  out << "\n  currency: " << MoneyUnitName(doc.currency) << "\n  figures (元):\n";
  for (const auto& [name, f] : doc.figures.amounts)
    out << "    " << name << " = " << Yuan(f.cents) << "  (line " << f.span.line << ", " << FigureSourceText(f)
        << ")\n";
  for (const auto& [code, f] : doc.figures.by_function)
    out << "    by_function " << code << " = " << Yuan(f.cents) << "  (line " << f.span.line << ")\n";
  if (doc.figures.score)
    out << "    score = " << doc.figures.score->hundredths / 100 << "."
        << (doc.figures.score->hundredths % 100 < 10 ? "0" : "")
        << doc.figures.score->hundredths % 100 << "\n";
  out << "  tables: " << doc.tables.size() << "\n";
  for (const Table& t : doc.tables)
    out << "    " << t.line << ": " << t.title << " [" << t.kind << ", " << MoneyUnitName(t.currency)
        << ", " << t.rows.size() << " rows]\n";
  out << "  sections: " << doc.sections.size() << ", glossary: " << doc.glossary.size()
      << ", indicators: " << doc.indicators.size() << "\n";
  for (const Diagnostic& d : doc.diagnostics) out << "  " << FormatDiagnostic(d) << "\n";
  return out.str();
}

}  // namespace gongkai
