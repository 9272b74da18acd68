#include "charts.h"

#include <algorithm>

#include "money_format.h"
#include "text.h"

namespace gongkai {
namespace {

constexpr int kMinLabelWidth = 96;
constexpr int kMaxLabelWidth = 300;
constexpr int kCharWidth = 14;  // a CJK character at the chart's 13px font, with margin
constexpr int kBarSpace = 360;
constexpr int kValueWidth = 136;

constexpr int kBarHeight = 20;
constexpr int kRowHeight = 30;
constexpr int kTop = 8;

}  // namespace

BarChart MakeBarChart(const std::string& id, const std::string& title,
                      const std::vector<ChartItem>& items, MoneyUnit currency) {
  BarChart chart;
  chart.id = id;
  chart.title = title;
  int longest = 0;
  for (const ChartItem& item : items) longest = std::max(longest, static_cast<int>(CharCount(item.label)));
  const int kLabelWidth = std::clamp(longest * kCharWidth + 12, kMinLabelWidth, kMaxLabelWidth);
  chart.label_width = kLabelWidth;
  chart.width = kLabelWidth + kBarSpace + kValueWidth;
  chart.height = kTop * 2 + kRowHeight * static_cast<int>(items.size());
  Cents max = 0;
  for (const ChartItem& item : items) max = std::max(max, item.cents);
  const int scale = kBarSpace;
  int y = kTop;
  for (const ChartItem& item : items) {
    Bar bar;
    bar.label = item.label;
    bar.value = FormatAmount(item.cents, currency);
    bar.title = item.label + "：" + bar.value;
    bar.url = item.url;
    bar.x = kLabelWidth;
    bar.y = y;
    bar.height = kBarHeight;
    // Integer scaling, rounded half up; a positive amount never vanishes.
    if (max > 0 && item.cents > 0) {
      __int128 w = (static_cast<__int128>(item.cents) * scale * 2 + max) / (2 * static_cast<__int128>(max));
      bar.width = std::max(1, static_cast<int>(w));
    }
    bar.label_y = y + 15;
    bar.value_x = kLabelWidth + bar.width + 6;
    if (!chart.description.empty()) chart.description += "；";
    chart.description += bar.title;
    chart.bars.push_back(bar);
    y += kRowHeight;
  }
  return chart;
}

nlohmann::json BarChartView(const BarChart& chart) {
  nlohmann::json bars = nlohmann::json::array();
  for (const Bar& b : chart.bars) {
    bars.push_back({{"label", b.label}, {"value", b.value}, {"title", b.title}, {"x", b.x},
                    {"y", b.y}, {"width", b.width}, {"height", b.height},
                    {"label_y", b.label_y}, {"value_x", b.value_x},
                    {"label_x", chart.label_width - 8},
                    {"url", b.url.empty() ? nlohmann::json(false) : nlohmann::json(b.url)}});
  }
  return {{"id", chart.id}, {"title", chart.title}, {"description", chart.description},
          {"width", chart.width}, {"height", chart.height}, {"bars", std::move(bars)}};
}

}  // namespace gongkai
