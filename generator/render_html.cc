#include "render_html.h"

#include <deque>
#include <memory>
#include <unordered_map>
#include <vector>

#include <kainjow/mustache.hpp>

namespace gongkai {
namespace {

namespace mustache = kainjow::mustache;

using Json = nlohmann::json;
using Data = mustache::data;

// A scalar as mustache data. An empty string and null are false, so that
// {{#note}}…{{/note}} skips them; numbers print exactly as stored.
Data Scalar(const Json& j) {
  switch (j.type()) {
    case Json::value_t::string:
      if (j.get_ref<const std::string&>().empty()) return Data{false};
      return Data{j.get_ref<const std::string&>()};
    case Json::value_t::boolean: return Data{j.get<bool>()};
    case Json::value_t::null: return Data{false};
    default: return Data{j.dump()};
  }
}

// The template looks names up in the page's JSON view itself. Converting
// the whole view to mustache::data first took most of a build: that data
// deep-copies on every set and push_back, so each node was copied once per
// ancestor, and most of a unit-year view is never read by name. Here a node
// becomes mustache data only when the template asks for it, and an object
// becomes a placeholder that `nodes_` maps back to its JSON. The placeholder
// is `true`: kainjow treats an object and `true` alike (a section runs once,
// {{name}} prints nothing), and `true` allocates nothing.
class JsonContext : public mustache::basic_context<std::string> {
 public:
  explicit JsonContext(const Json& root) {
    shadows_.reserve(1024);
    nodes_.reserve(1024);
    push(Shadow(root));
  }

  void push(const Data* data) override { stack_.push_back(data); }
  void pop() override { stack_.pop_back(); }

  // As kainjow's own context: "." is the innermost item; a plain or dotted
  // name is looked up from the innermost item outwards.
  const Data* get(const std::string& name) const override {
    if (name == ".") return stack_.back();
    if (name.find('.') == std::string::npos) {
      for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
        if (const Data* d = Member(*it, name)) return d;
      }
      return nullptr;
    }
    const std::vector<std::string> names = mustache::split(name, '.');
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      const Data* d = *it;
      for (const std::string& n : names) {
        if (!(d = Member(d, n))) break;
      }
      if (d) return d;
    }
    return nullptr;
  }

  // Partials are inlined by TemplateSet::Expand; view data is text, never
  // template source, so a leftover {{> name}} renders nothing.
  const Data* get_partial(const std::string&) const override { return nullptr; }

 private:
  // `key` of the object behind `data`; every list `xs` also gives `has_xs`
  // (unless the view sets it), for a heading above a list.
  const Data* Member(const Data* data, const std::string& key) const {
    auto node = nodes_.find(data);
    if (node == nodes_.end()) return nullptr;
    const Json& object = *node->second;
    auto it = object.find(key);
    if (it != object.end()) return Shadow(*it);
    if (key.rfind("has_", 0) == 0) {
      auto list = object.find(key.substr(4));
      if (list != object.end() && list->is_array()) return list->empty() ? &kFalse : &kTrue;
    }
    return nullptr;
  }

  // The mustache data for one JSON node, made once per render.
  const Data* Shadow(const Json& j) const {
    auto [it, added] = shadows_.emplace(&j, nullptr);
    if (!added) return it->second;
    it->second = &storage_.emplace_back(Shallow(j));
    Register(*it->second, j);
    return it->second;
  }

  // Lists hold their items by value, so a list is converted one level at a
  // time: its objects stay placeholders until they are read.
  static Data Shallow(const Json& j) {
    if (j.is_object()) return Data{true};
    if (!j.is_array()) return Scalar(j);
    mustache::basic_list<std::string> items;
    items.reserve(j.size());
    for (const Json& item : j) items.push_back(Shallow(item));
    return Data{items};
  }

  // Maps each placeholder in `data` (now at its final address) to its JSON.
  void Register(const Data& data, const Json& j) const {
    if (j.is_object()) {
      nodes_.emplace(&data, &j);
    } else if (j.is_array()) {
      const auto& items = data.list_value();
      for (std::size_t i = 0; i < items.size(); ++i) Register(items[i], j[i]);
    }
  }

  static const Data kTrue;
  static const Data kFalse;
  std::vector<const Data*> stack_;
  mutable std::deque<Data> storage_;  // stable addresses
  mutable std::unordered_map<const Json*, const Data*> shadows_;
  mutable std::unordered_map<const Data*, const Json*> nodes_;
};

const Data JsonContext::kTrue{true};
const Data JsonContext::kFalse{false};

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

std::shared_ptr<TemplateSet::Compiled> TemplateSet::Compile(const std::string& name) const {
  std::lock_guard<std::mutex> lock(*compiled_mutex_);
  auto it = compiled_.find(name);
  if (it != compiled_.end()) return it->second;
  auto t = templates_.find(name);
  if (t == templates_.end()) return nullptr;
  return compiled_.emplace(name, std::make_shared<Compiled>(Expand(t->second, 0))).first->second;
}

// A compiled template is only read while rendering (it records an error only
// for lambdas and partials, which JsonContext never yields), so threads
// share it.
bool TemplateSet::Render(const PageOutput& page, std::string* html, std::string* error) const {
  std::shared_ptr<Compiled> compiled = Compile(page.template_name);
  if (!compiled) {
    if (error) *error = "no template " + page.template_name + ".mustache";
    return false;
  }
  mustache::mustache& tmpl = compiled->tmpl;
  if (!tmpl.is_valid()) {
    if (error) *error = page.template_name + ".mustache: " + tmpl.error_message();
    return false;
  }
  JsonContext context(page.view);
  *html = tmpl.render(context);
  if (!tmpl.is_valid()) {
    if (error) *error = page.template_name + ".mustache: " + tmpl.error_message();
    return false;
  }
  return true;
}

}  // namespace gongkai
