#include "unit_year.h"

namespace gongkai {

std::string YearSlug(int year) { return year > 0 ? std::to_string(year) : "unknown"; }

std::string UnitPath(const std::string& unit_slug) { return "units/" + unit_slug + "/index.html"; }

std::string UnitYearDir(const UnitYearSummary& s) { return "units/" + s.unit_slug + "/" + YearSlug(s.year) + "/"; }

std::string UnitYearPath(const UnitYearSummary& s) { return UnitYearDir(s) + "index.html"; }

}  // namespace gongkai
