#include "render_html.h"

#include <kainjow/mustache.hpp>

namespace gongkai {
namespace {

namespace mustache = kainjow::mustache;

mustache::data ToData(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::object: {
      mustache::data d{mustache::data::type::object};
      for (const auto& [key, value] : j.items()) {
        d.set(key, ToData(value));
        // Every list `xs` also gives `has_xs`, for a heading above a list.
        if (value.is_array() && !j.contains("has_" + key)) d.set("has_" + key, mustache::data{!value.empty()});
      }
      return d;
    }
    case nlohmann::json::value_t::array: {
      mustache::data d{mustache::data::type::list};
      for (const auto& value : j) d.push_back(ToData(value));
      return d;
    }
    // An empty string is false, so that {{#note}}…{{/note}} skips it.
    case nlohmann::json::value_t::string:
      if (j.get_ref<const std::string&>().empty()) return mustache::data{false};
      return mustache::data{j.get<std::string>()};
    case nlohmann::json::value_t::boolean: return mustache::data{j.get<bool>()};
    case nlohmann::json::value_t::null: return mustache::data{false};
    default: return mustache::data{j.dump()};  // numbers, printed exactly as stored
  }
}

std::string Stem(const std::string& path) {
  std::string name = path.substr(path.rfind('/') + 1);
  return name.substr(0, name.size() - std::string(".mustache").size());
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

struct TemplateSet::Compiled {
  explicit Compiled(const std::string& text) : tmpl(text) {}
  mustache::mustache tmpl;
};

TemplateSet::TemplateSet() = default;
TemplateSet::~TemplateSet() = default;
TemplateSet::TemplateSet(TemplateSet&&) noexcept = default;
TemplateSet& TemplateSet::operator=(TemplateSet&&) noexcept = default;

bool TemplateSet::Load(FileSystem& fs, const std::string& dir, std::string* error) {
  int count = 0;
  for (const std::string& path : fs.ListFiles(dir)) {
    if (!EndsWith(path, ".mustache")) continue;
    std::string relative = path.substr(dir.size() + (EndsWith(dir, "/") ? 0 : 1));
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

bool TemplateSet::Render(const PageOutput& page, std::string* html, std::string* error) const {
  auto it = compiled_.find(page.template_name);
  if (it == compiled_.end()) {
    auto t = templates_.find(page.template_name);
    if (t == templates_.end()) {
      if (error) *error = "no template " + page.template_name + ".mustache";
      return false;
    }
    it = compiled_.emplace(page.template_name, std::make_shared<Compiled>(Expand(t->second, 0))).first;
  }
  mustache::mustache& tmpl = it->second->tmpl;
  if (!tmpl.is_valid()) {
    if (error) *error = page.template_name + ".mustache: " + tmpl.error_message();
    return false;
  }
  *html = tmpl.render(ToData(page.view));
  if (!tmpl.is_valid()) {
    if (error) *error = page.template_name + ".mustache: " + tmpl.error_message();
    return false;
  }
  return true;
}

}  // namespace gongkai
