#include "render_html.h"

#include <memory>

#include "mustache.h"

namespace gongkai {
namespace {

std::string Stem(const std::string& path) {
  std::string name = path.substr(path.rfind('/') + 1);
  return name.substr(0, name.size() - std::string(".mustache").size());
}

}  // namespace

struct TemplateSet::Compiled {
  explicit Compiled(const std::string& text) : tmpl(text) {}
  Mustache tmpl;
};

TemplateSet::TemplateSet() = default;
TemplateSet::~TemplateSet() = default;
TemplateSet::TemplateSet(TemplateSet&&) noexcept = default;
TemplateSet& TemplateSet::operator=(TemplateSet&&) noexcept = default;

bool TemplateSet::Load(FileSystem& fs, const std::string& dir, std::string* error) {
  int count = 0;
  for (const std::string& path : fs.ListFiles(dir)) {
    if (!path.ends_with(".mustache")) continue;
    std::string relative = path.substr(dir.size() + (dir.ends_with("/") ? 0 : 1));
    std::optional<std::string> text = fs.ReadFile(path, error);
    if (!text) return false;
    if (relative.rfind("partials/", 0) == 0) {
      AddPartial(Stem(relative), *text);
    } else if (relative.find('/') == std::string::npos) {
      AddTemplate(Stem(relative), *text);
      ++count;
    }
  }
  if (count == 0) {
    if (error) *error = "no templates (*.mustache) in " + dir;
    return false;
  }
  return true;
}

void TemplateSet::AddTemplate(const std::string& name, const std::string& text) {
  templates_[name] = text;
  sources_["page:" + name] = text;
  compiled_.clear();
}

void TemplateSet::AddPartial(const std::string& name, const std::string& text) {
  partials_[name] = text;
  sources_["partial:" + name] = text;
  compiled_.clear();
}

// Partials are inlined once, before parsing, so a page template is parsed
// once per build rather than each partial at every use.
std::string TemplateSet::Expand(const std::string& text, int depth) const {
  if (depth > 8) return text;
  std::string out;
  std::size_t pos = 0;
  while (true) {
    std::size_t open = text.find("{{>", pos);
    if (open == std::string::npos) break;
    std::size_t close = text.find("}}", open);
    if (close == std::string::npos) break;
    std::string name = text.substr(open + 3, close - open - 3);
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    out += text.substr(pos, open - pos);
    auto it = partials_.find(name);
    if (it != partials_.end()) out += Expand(it->second, depth + 1);
    pos = close + 2;
  }
  return out + text.substr(pos);
}

std::string TemplateSet::Expanded(const std::string& name) const {
  auto t = templates_.find(name);
  return t == templates_.end() ? "" : Expand(t->second, 0);
}

std::shared_ptr<TemplateSet::Compiled> TemplateSet::Compile(const std::string& name) const {
  std::lock_guard<std::mutex> lock(*compiled_mutex_);
  auto it = compiled_.find(name);
  if (it != compiled_.end()) return it->second;
  auto t = templates_.find(name);
  if (t == templates_.end()) return nullptr;
  return compiled_.emplace(name, std::make_shared<Compiled>(Expanded(name))).first->second;
}

// A compiled template is only read while rendering, so threads share it.
bool TemplateSet::Render(const PageOutput& page, std::string* html, std::string* error) const {
  std::shared_ptr<Compiled> compiled = Compile(page.template_name);
  if (!compiled) {
    if (error) *error = "no template " + page.template_name + ".mustache";
    return false;
  }
  if (!compiled->tmpl.valid()) {
    if (error) *error = page.template_name + ".mustache: " + compiled->tmpl.error();
    return false;
  }
  html->clear();
  compiled->tmpl.Render(page.view, html);
  return true;
}

}  // namespace gongkai
