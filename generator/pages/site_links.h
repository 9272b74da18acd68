// What the summary pages (pages.h MakeSitePages) share: where the browse
// and unread pages live, how a unit-year's kinds are labelled, and the
// table cells of a figure and a score on the unit and comparison pages.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "site_model.h"

namespace gongkai {

inline constexpr char kUnreadPath[] = "unread/index.html";

std::string KindsLabel(const UnitYearSummary& s);

std::string RegionPath(const std::string& region);
std::string KindPath(const std::string& kind);
std::string YearPath(int year);

// A table cell for a self-evaluation score: "99.99 分", sortable by 99.99.
nlohmann::json ScoreCell(const ScoreValue* score);

// A figure's cell on the unit and comparison pages: the amount, sortable,
// linking its line in the source view of the unit-year at `unit_year_dir`
// (relative to the page).
nlohmann::json FigureCell(const FigureValue& v, const std::string& unit_year_dir);

}  // namespace gongkai
