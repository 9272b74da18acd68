#include "treemap.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

#include "money_format.h"
#include "text.h"

namespace gongkai {
namespace {

constexpr double kFontSize = 12;   // the labels' px size (style.css svg.treemap)
constexpr double kCharWidth = 12;  // a CJK character at that size
constexpr double kPadding = 4;     // label inset from the box's corner


// Fixed-point text of a coordinate, two decimals, the same bytes on every
// machine (no locale, no printf): 12.345 -> "12.35", 3 -> "3.00".
long long Hundredths(double v) { return std::llround(v * 100); }
std::string Fixed(long long hundredths) {
  const bool negative = hundredths < 0;
  const long long a = negative ? -hundredths : hundredths;
  std::string frac = std::to_string(a % 100);
  if (frac.size() < 2) frac = "0" + frac;
  return (negative ? "-" : "") + std::to_string(a / 100) + "." + frac;
}

// Bruls et al.'s aspect-ratio measure of a row of areas along a side `w`.
double Worst(double sum, double min, double max, double w) {
  const double s2 = sum * sum, w2 = w * w;
  return std::max(w2 * max / s2, s2 / (w2 * min));
}

// "一般公共服务支出（201）"; a unit (no code) or a 款 the table left unnamed: just one of them.
std::string Named(const TreemapNode& n) {
  if (n.code.empty() || n.name == n.code) return n.name;
  return n.name + "（" + n.code + "）";
}


struct Builder {
  Treemap* map;

  void Add(const TreemapNode& node, const TreemapRect& r, int depth, const std::string& colour_code,
           const std::string& path) {
    TreemapBox box;
    box.depth = depth;
    const long long x0 = Hundredths(r.x0), y0 = Hundredths(r.y0), x1 = Hundredths(r.x1), y1 = Hundredths(r.y1);
    box.x = Fixed(x0);
    box.y = Fixed(y0);
    box.width = Fixed(x1 - x0);
    box.height = Fixed(y1 - y0);
    box.fill = FunctionColour(colour_code, depth);
    box.cents = node.cents;
    const std::string named = Named(node);
    box.title = path + named + "：" + FormatWan(node.cents);
    // A visible label on the boxes nothing covers, when it fits.
    const double w = r.x1 - r.x0, h = r.y1 - r.y0;
    std::vector<Cents> parts;
    Cents sum = 0;
    for (const TreemapNode& c : node.children)
      if (c.cents > 0) parts.push_back(c.cents), sum += c.cents;
    if (parts.empty() && h >= kFontSize + 2 * kPadding) {
      if (CharCount(node.name) * kCharWidth + 2 * kPadding <= w) box.label = node.name;
      else if (!node.code.empty() && CharCount(node.code) * kCharWidth * 0.6 + 2 * kPadding <= w) box.label = node.code;
      const std::string value = FormatWan(node.cents);
      if (!box.label.empty() && h >= 2 * kFontSize + 3 * kPadding && CharCount(value) * kCharWidth * 0.6 + 2 * kPadding <= w)
        box.value = value;
    }
    box.label_x = Fixed(Hundredths(r.x0 + kPadding));
    box.label_y = Fixed(Hundredths(r.y0 + kPadding + kFontSize));
    box.value_y = Fixed(Hundredths(r.y0 + 2 * kPadding + 2 * kFontSize));
    map->boxes.push_back(box);
    if (depth == 0) map->outlines.push_back(box);
    if (parts.empty()) return;
    // Children that add up to less than the parent leave its rest uncovered.
    TreemapRect inner = r;
    if (sum < node.cents) parts.push_back(node.cents - sum);
    std::vector<TreemapRect> rects = Squarify(parts, inner);
    std::size_t k = 0;
    for (const TreemapNode& c : node.children)
      if (c.cents > 0) Add(c, rects[k++], depth + 1, colour_code, path + named + " › ");
  }
};

void AddRows(const TreemapNode& node, int depth, const std::string& colour_code, Cents total,
             std::vector<TreemapRow>* rows) {
  rows->push_back({depth, node.code, node.name, FormatWan(node.cents), Percent(node.cents, total),
                   FunctionColour(colour_code, depth)});
  for (const TreemapNode& c : node.children) AddRows(c, depth + 1, colour_code, total, rows);
}

}  // namespace

std::vector<TreemapRect> Squarify(const std::vector<Cents>& cents, const TreemapRect& bounds) {
  std::vector<TreemapRect> out(cents.size());
  if (cents.empty()) return out;
  // Largest first (ties by input order, so the layout is deterministic).
  std::vector<std::size_t> order(cents.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return cents[a] > cents[b]; });
  Cents remaining_cents = 0;
  for (Cents c : cents) remaining_cents += c;
  TreemapRect rest = bounds;
  std::size_t i = 0;
  while (i < order.size()) {
    const double w = rest.x1 - rest.x0, h = rest.y1 - rest.y0;
    const double side = std::min(w, h);
    const double scale = w * h / static_cast<double>(remaining_cents);  // area per cent of what is left
    // Grow the row while the worst aspect ratio improves.
    std::size_t end = i + 1;
    double sum = static_cast<double>(cents[order[i]]) * scale;
    double max = sum, min = sum;
    while (end < order.size()) {
      const double a = static_cast<double>(cents[order[end]]) * scale;
      if (Worst(sum + a, std::min(min, a), std::max(max, a), side) > Worst(sum, min, max, side)) break;
      sum += a, min = std::min(min, a), max = std::max(max, a), ++end;
    }
    Cents row_cents = 0;
    for (std::size_t k = i; k < end; ++k) row_cents += cents[order[k]];
    const bool last_row = end == order.size();
    // The row fills a strip along the shorter side; its thickness is its share of what is left.
    const double share = static_cast<double>(row_cents) / static_cast<double>(remaining_cents);
    Cents before = 0;
    if (w >= h) {  // a column on the left
      const double x1 = last_row ? rest.x1 : rest.x0 + w * share;
      for (std::size_t k = i; k < end; ++k) {
        const double top = rest.y0 + h * static_cast<double>(before) / static_cast<double>(row_cents);
        before += cents[order[k]];
        const double bottom = k + 1 == end ? rest.y1 : rest.y0 + h * static_cast<double>(before) / static_cast<double>(row_cents);
        out[order[k]] = {rest.x0, top, x1, bottom};
      }
      rest.x0 = x1;
    } else {  // a row along the top
      const double y1 = last_row ? rest.y1 : rest.y0 + h * share;
      for (std::size_t k = i; k < end; ++k) {
        const double left = rest.x0 + w * static_cast<double>(before) / static_cast<double>(row_cents);
        before += cents[order[k]];
        const double right = k + 1 == end ? rest.x1 : rest.x0 + w * static_cast<double>(before) / static_cast<double>(row_cents);
        out[order[k]] = {left, rest.y0, right, y1};
      }
      rest.y0 = y1;
    }
    remaining_cents -= row_cents;
    i = end;
  }
  return out;
}

std::string FunctionColour(const std::string& code, int depth) {
  // Twelve hues, well apart; three tones each (类 darkest, 项 lightest).
  static const char* const kTones[12][3] = {
      {"#1f5f8b", "#3f82b0", "#7fb0d3"}, {"#a0522d", "#c57548", "#e0a784"},
      {"#2e7d4f", "#4fa06f", "#8cc8a2"}, {"#7b3f8f", "#9c63ae", "#c49fd1"},
      {"#8a6d00", "#b08f1c", "#d6bd62"}, {"#b03a48", "#cf5d6a", "#e79aa3"},
      {"#00796b", "#26998a", "#72c4b8"}, {"#5d4037", "#80625a", "#b29d96"},
      {"#3949ab", "#5c6bc0", "#9fa8da"}, {"#c2185b", "#d84a82", "#eb97b8"},
      {"#546e7a", "#78909c", "#b0bec5"}, {"#6b7d00", "#8c9e1f", "#c0cd6a"}};
  int n = 0;
  for (std::size_t i = 0; i < code.size() && i < 3; ++i)
    if (code[i] >= '0' && code[i] <= '9') n = n * 10 + (code[i] - '0');
  return kTones[n % 12][std::clamp(depth, 0, 2)];
}

Treemap MakeTreemap(const std::string& id, const std::string& title,
                    const std::vector<TreemapNode>& roots, int width, int height) {
  Treemap map;
  map.id = id;
  map.title = title;
  map.width = width;
  map.height = height;
  std::vector<Cents> parts;
  for (const TreemapNode& n : roots)
    if (n.cents > 0) parts.push_back(n.cents), map.total += n.cents;
  for (const TreemapNode& n : roots) {
    AddRows(n, 0, n.code, map.total, &map.rows);
    if (!map.description.empty()) map.description += "；";
    map.description += Named(n) + "：" + FormatWan(n.cents);
  }
  if (!map.description.empty()) map.description += "。合计 " + FormatWan(map.total) + "。";
  if (parts.empty()) return map;
  const TreemapRect bounds{0, 0, static_cast<double>(width), static_cast<double>(height)};
  std::vector<TreemapRect> rects = Squarify(parts, bounds);
  Builder b{&map};
  std::size_t k = 0;
  for (const TreemapNode& n : roots)
    if (n.cents > 0) b.Add(n, rects[k++], 0, n.code, "");
  return map;
}

nlohmann::json TreemapView(const Treemap& map) {
  auto box_json = [](const TreemapBox& b) {
    nlohmann::json v = {{"depth", b.depth}, {"x", b.x}, {"y", b.y}, {"width", b.width}, {"height", b.height},
                        {"fill", b.fill}, {"cents", b.cents}, {"title", b.title},
                        {"label_x", b.label_x}, {"label_y", b.label_y}, {"value_y", b.value_y}};
    v["label"] = b.label.empty() ? nlohmann::json(false) : nlohmann::json(b.label);
    v["value"] = b.value.empty() ? nlohmann::json(false) : nlohmann::json(b.value);
    return v;
  };
  nlohmann::json boxes = nlohmann::json::array(), outlines = nlohmann::json::array(), rows = nlohmann::json::array();
  for (const TreemapBox& b : map.boxes) boxes.push_back(box_json(b));
  for (const TreemapBox& b : map.outlines) outlines.push_back(box_json(b));
  for (const TreemapRow& r : map.rows)
    rows.push_back({{"depth", r.depth}, {"code", r.code}, {"name", r.name}, {"amount", r.amount}, {"share", r.share},
                    {"fill", r.fill}});
  return {{"id", map.id}, {"title", map.title}, {"description", map.description}, {"width", map.width},
          {"height", map.height}, {"total", map.total}, {"total_text", FormatWan(map.total)},
          {"boxes", std::move(boxes)}, {"outlines", std::move(outlines)}, {"rows", std::move(rows)}};
}

}  // namespace gongkai
