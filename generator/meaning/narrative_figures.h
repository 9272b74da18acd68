// Figures stated in prose ("实际基本支出536.42万元", "人员经费437.65万元"):
// the fallback of ExtractFigures where no table states a figure, and the
// second opinion it checks table figures against.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model.h"

namespace gongkai {

// Every figure the narrative rules find in the heading and paragraph
// blocks, by figure name; FigureSource::kNarrative, span at the sentence's line.
std::map<std::string, Figure> FindNarrativeFigures(const std::vector<Block>& blocks,
                                                   const std::string& file);

}  // namespace gongkai
