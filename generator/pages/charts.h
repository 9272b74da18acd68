// Bar charts as view data: the geometry is computed here from exact amounts,
// the SVG markup lives in templates/partials/bar_chart.mustache. Charts are
// drawn at build time so that they read without JavaScript and in print.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model.h"

namespace gongkai {

struct ChartItem {
  std::string label;  // e.g. "基本支出"
  Cents cents = 0;
  std::string url = {};  // where the amount stands in its source (source_view.h), "" when unknown
};

// One horizontal bar and its texts, in SVG user units.
struct Bar {
  std::string label;
  std::string value;  // "203.18 万元"
  std::string title;  // "基本支出：203.18 万元" (tooltip and screen readers)
  std::string url;    // the bar links its source line ("" for none)
  int x = 0, y = 0, width = 0, height = 0;
  int label_y = 0;  // baseline of the label and value texts
  int value_x = 0;
};

struct BarChart {
  std::string id;     // unique within the page, for aria-labelledby
  std::string title;  // e.g. "基本支出与项目支出"
  std::string description;  // all values in one sentence, for screen readers
  int width = 0, height = 0;
  int label_width = 0;  // the label column on the left
  std::vector<Bar> bars;
};

// Horizontal bars scaled to the largest absolute amount; negative amounts
// draw as zero-width bars but keep their printed value.
BarChart MakeBarChart(const std::string& id, const std::string& title,
                      const std::vector<ChartItem>& items, MoneyUnit currency);

nlohmann::json BarChartView(const BarChart& chart);

}  // namespace gongkai
