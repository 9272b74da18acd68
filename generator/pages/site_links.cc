#include "site_links.h"

#include "money_format.h"
#include "slug.h"
#include "source_view.h"

namespace gongkai {

using Json = nlohmann::json;

std::string KindsLabel(const UnitYearSummary& s) {
  std::string out;
  for (const std::string& k : s.kinds) out += (out.empty() ? "" : "、") + DocumentKindLabel(k);
  return out;
}

std::string RegionPath(const std::string& region) { return "regions/" + StableSlug(region) + "/index.html"; }
std::string KindPath(const std::string& kind) { return "kinds/" + StableSlug(kind) + "/index.html"; }
std::string YearPath(int year) { return "years/" + YearSlug(year) + "/index.html"; }

Json ScoreCell(const ScoreValue* score) {
  if (!score) return {{"text", ""}, {"cls", "empty"}, {"empty", true}};
  return {{"text", FormatScore(score->hundredths)}, {"cls", "amount score"},
          {"sort_value", ScoreDecimal(score->hundredths)}, {"source_url", false}};
}

Json FigureCell(const FigureValue& v, const std::string& unit_year_dir) {
  const std::string url = LineUrlFrom(unit_year_dir, v.document, v.line);
  return {{"text", WithThousands(DecimalString(v.cents, 6))}, {"cls", "amount"},
          {"sort_value", DecimalString(v.cents, 6)}, {"source_url", url.empty() ? Json(false) : Json(url)}};
}

}  // namespace gongkai
