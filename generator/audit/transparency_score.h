// The transparency score of one disclosure (0–100): documented weights over
// completeness (the expected tables), the narrative's required parts,
// granularity, consistency (the 勾稽 findings) and performance information.
// Every lost point is a line item with its reason and the position it names.
// Points are kept in hundredths (10000 = 100 分), never floating point.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "completeness.h"
#include "model.h"

namespace gongkai {

// One weighted part of the score, with where the rule comes from. The
// table (transparency_score.cc) is what the methodology page prints.
struct ScoreWeight {
  std::string_view id;      // "tables", "narrative", "granularity", "consistency", "performance"
  std::string_view name;    // "表格完整"
  std::int64_t points;      // hundredths; the weights add up to 10000
  std::string_view rule;    // how its points are lost
  std::string_view source;  // where the requirement comes from
};
std::vector<ScoreWeight> const& ScoreWeights();

// Points lost per 勾稽 warning (hundredths), up to the consistency weight.
inline constexpr std::int64_t kPointsPerWarning = 200;

// A line item: points lost, why, and where.
struct LostPoints {
  std::string category;  // ScoreWeight::id
  std::int64_t points = 0;  // hundredths lost (0: listed, but the category was already spent)
  std::string reason;       // one line: "缺少 国有资本经营预算支出表"
  std::string ref;          // the expected table / part / requirement id, or the finding's code
  Span span;                // where; line 0 when the reason is an absence
};

struct CategoryScore {
  std::string id;
  std::string name;
  std::int64_t weight = 0;  // hundredths
  std::int64_t earned = 0;  // hundredths
};

struct TransparencyScore {
  // Only 部门预算 and 部门决算 are scored (the rules of 财预〔2016〕143号 are
  // about them); a standalone performance document is not.
  bool scored = false;
  std::int64_t points = 0;  // hundredths, 0..10000
  std::vector<CategoryScore> categories;
  std::vector<LostPoints> lost;
};

// Scores `doc` from its completeness and its diagnostics.
TransparencyScore ScoreDisclosure(const Document& doc, const Completeness& completeness);

// "87", "87.25": points in hundredths as shown (no trailing zeros).
std::string PointsText(std::int64_t hundredths);

}  // namespace gongkai
