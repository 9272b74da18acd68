// A mustache template compiled once and rendered straight from a page's
// JSON view (render_html.h's TemplateSet holds one per page template).
//
// Why not kainjow's renderer, which gongkai used until issue 8: kainjow reads
// a view only through its own `data` values, so every string, list and
// object a template touched was copied into one (and looked up by a name
// string split at each use) before it was printed; that glue and kainjow's
// per-character walk were most of a unit-year page's render time. Here a
// tag's name is split once, at compile time, and looked up in the JSON
// itself; text is escaped straight into the page. kainjow stays the
// reference: tests/render_html_test.cc renders every template of
// templates/ with both, on the views of a real build, and wants the same
// bytes.
//
// The semantics are kainjow's, including its whitespace rule: a line whose
// text is only spaces and tabs is dropped when a section was rendered on it
// (a skipped section does not count). Supported: {{name}}, {{{name}}},
// {{&name}}, {{#name}}, {{^name}}, {{! comment}}, {{=<% %>=}}, dotted names
// and {{.}}. Partials are inlined by TemplateSet before compiling; a
// {{> name}} left over renders nothing. The view conventions:
// an empty string and null are false; numbers print exactly as stored; every
// list `xs` also gives `has_xs` unless the view sets it.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace gongkai {

class Mustache {
 public:
  // Compiles `text`; on a syntax error (an unclosed tag or section, a section
  // closed that was not opened) `valid()` is false and `error()` says where.
  explicit Mustache(const std::string& text);
  ~Mustache();
  Mustache(Mustache&&) noexcept;
  Mustache& operator=(Mustache&&) noexcept;

  bool valid() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  // Appends the page for `view` to `out`. Reads only the template, so
  // threads may share one.
  void Render(const nlohmann::json& view, std::string* out) const;

  struct Node;

 private:
  std::unique_ptr<Node> root_;  // the template: its nodes are root_->children
  std::string error_;
};

}  // namespace gongkai
