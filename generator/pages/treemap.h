// Treemaps ("where the money goes") as view data: a squarified layout
// (Bruls, Huizing and van Wijk 2000) computed here from exact amounts, the
// SVG markup in templates/partials/treemap.mustache. Drawn at build time, so
// they read without JavaScript; every rectangle carries a <title> and the
// same figures stand in a table beside the picture.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "function_tree.h"
#include "model.h"

namespace gongkai {

// One box of the tree: a function code (function_tree.h) or, on the
// comparison page, a unit under a 类.
using TreemapNode = FunctionNode;

// A rectangle by its corners, in SVG user units (x right, y down).
struct TreemapRect {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// Squarified layout of `cents` (all > 0) in `bounds`: one rectangle per
// amount, in input order, each with an area proportional to its amount and
// together tiling `bounds` exactly (shared edges are the same doubles).
std::vector<TreemapRect> Squarify(const std::vector<Cents>& cents, const TreemapRect& bounds);

// One drawn rectangle and its texts, coordinates as fixed-point strings.
struct TreemapBox {
  int depth = 0;  // 0 = top level (类)
  std::string x, y, width, height;
  std::string fill;
  Cents cents = 0;
  std::string title;  // "一般公共服务支出（201）：145.53 万元"
  std::string label;  // visible when there is room, else ""
  std::string value;  // visible amount when there is room, else ""
  std::string label_x, label_y, value_y;
};

// A row of the text alternative: every node, depth first.
struct TreemapRow {
  int depth = 0;
  std::string code, name, amount, share;  // share of the total, "85.56%"
  std::string fill;  // the colour of its box
};

struct Treemap {
  std::string id;       // unique within the page
  std::string title;    // caption
  std::string description;  // the top-level figures in one sentence
  int width = 0, height = 0;
  Cents total = 0;      // Σ top-level amounts drawn
  std::vector<TreemapBox> boxes;     // parents before their children
  std::vector<TreemapBox> outlines;  // top-level borders, drawn last
  std::vector<TreemapRow> rows;
};

// Lays out `roots` (top level first) in a width × height box. Nodes with
// zero or negative amounts are not drawn but keep their row in the table.
// Children that add up to less than their parent leave the rest of the
// parent's box visible; children that add up to more are scaled into it.
Treemap MakeTreemap(const std::string& id, const std::string& title,
                    const std::vector<TreemapNode>& roots, int width, int height);

// The 类 colour of a code's first three digits: stable across pages.
std::string FunctionColour(const std::string& code, int depth);

nlohmann::json TreemapView(const Treemap& map);

}  // namespace gongkai
