// Figures stated in prose ("实际基本支出536.42万元", "人员经费437.65万元"):
// the fallback of ExtractFigures where no table states a figure, and the
// second opinion it checks table figures against.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model.h"
#include "table_scope.h"

namespace gongkai {

struct NarrativeFigure {
  std::string name;  // "basic_expenditure"
  Figure figure;     // FigureSource::kNarrative, span at the sentence's line
  FundScope scope;   // the fund its clause or its section's heading names
};

// Every figure the narrative rules find in the paragraph blocks: per figure
// and fund, the first match of its most specific phrasing. "湖州市交通运输局
// 2026年一般公共预算基本支出27428.84万元" is 一般公共预算's 基本支出, and so is
// "其中：人员经费24287.33万元" under the heading "关于2026年一般公共预算基本
// 支出情况说明".
std::vector<NarrativeFigure> FindNarrativeFigures(const std::vector<Block>& blocks,
                                                  const std::string& file);

}  // namespace gongkai
