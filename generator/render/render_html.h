// HTML pages from templates: templates/<name>.mustache with partials from
// templates/partials/<name>.mustache. Mustache escapes every {{value}}, so
// view data is always text; only {{{html}}} slots take HTML, and those are
// filled by markdown.h alone.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "file_system.h"
#include "outputs.h"

namespace gongkai {

class TemplateSet {
 public:
  TemplateSet();
  ~TemplateSet();
  TemplateSet(TemplateSet&&) noexcept;
  TemplateSet& operator=(TemplateSet&&) noexcept;

  // Reads every *.mustache under `dir` and `dir`/partials. False (with
  // `error`) when the folder holds no templates or one does not parse.
  bool Load(FileSystem& fs, const std::string& dir, std::string* error);
  // Adds or replaces one template (tests); `{{> name}}` partials are
  // resolved from AddPartial/Load.
  void AddTemplate(const std::string& name, const std::string& text);
  void AddPartial(const std::string& name, const std::string& text);

  // Renders one page. False (with `error`) when its template is missing or
  // fails to render. Safe to call from several threads at once.
  bool Render(const PageOutput& page, std::string* html, std::string* error) const;

  // Template `name` with its partials inlined, as it is compiled ("" when
  // there is no such template).
  std::string Expanded(const std::string& name) const;

  // The text of every template and partial, for a build cache to hash.
  const std::map<std::string, std::string>& Sources() const { return sources_; }

 private:
  struct Compiled;
  std::string Expand(const std::string& text, int depth) const;
  std::shared_ptr<Compiled> Compile(const std::string& name) const;
  std::map<std::string, std::string> sources_;   // "page:<name>" / "partial:<name>" -> text
  std::map<std::string, std::string> partials_;
  std::map<std::string, std::string> templates_;
  // Page templates with partials inlined, parsed at first use.
  mutable std::unique_ptr<std::mutex> compiled_mutex_ = std::make_unique<std::mutex>();
  mutable std::map<std::string, std::shared_ptr<Compiled>> compiled_;
};

}  // namespace gongkai
