#include "overrides.h"

#include <algorithm>
#include <set>

#include <toml++/toml.h>

#include "content_hash.h"
#include "diagnostics.h"

namespace gongkai {
namespace {

constexpr std::string_view kKinds[] = {"budget", "final", "performance-targets", "performance-evaluation"};
// The fiscal years a disclosure can have (the first budgets of the PRC to well ahead).
constexpr std::int64_t kMinYear = 1950, kMaxYear = 2100;

class Reader {
 public:
  Reader(const std::string& file, UnitOverrides* out) : file_(file), out_(out) {}

  void Warn(int line, const std::string& message) {
    Diagnostic d;
    d.span = {file_, line, 0};
    d.severity = Severity::kWarning;
    d.code = "overrides.ignored";
    d.message = message;
    out_->diagnostics.push_back(std::move(d));
  }

  static int LineOf(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

  // A non-empty string, else a warning naming `key`.
  std::optional<std::string> String(const toml::node& node, std::string_view key) {
    const auto* s = node.as_string();
    if (!s || CleanUnitName(s->get()).empty()) {
      Warn(LineOf(node), std::string(key) + " must be a non-empty string; ignored");
      return std::nullopt;
    }
    return s->get();
  }

  // `kind = "final"` or `kind = ["final", ...]`: the known ones, in order.
  std::vector<std::string> Kinds(const toml::node& node) {
    std::vector<std::string> kinds;
    auto one = [&](const toml::node& k) {
      const auto* s = k.as_string();
      const bool known = s && std::find(std::begin(kKinds), std::end(kKinds), s->get()) != std::end(kKinds);
      if (!known) {
        Warn(LineOf(k), "kind must be one of budget, final, performance-targets, performance-evaluation; ignored");
        return;
      }
      if (std::find(kinds.begin(), kinds.end(), s->get()) == kinds.end()) kinds.push_back(s->get());
    };
    if (const auto* list = node.as_array()) {
      for (const toml::node& k : *list) one(k);
    } else {
      one(node);
    }
    return kinds;
  }

  void File(const toml::table& t) {
    FileOverride o;
    o.line = LineOf(t);
    std::string path;
    for (const auto& [key, value] : t) {
      const int line = static_cast<int>(key.source().begin.line);
      if (key == "path") {
        if (auto s = String(value, "path")) path = *s;
      } else if (key == "unit") {
        if (auto s = String(value, "unit")) o.unit = CleanUnitName(*s);
      } else if (key == "code") {
        if (auto s = String(value, "code")) o.code = CleanUnitName(*s);
      } else if (key == "year") {
        const auto* y = value.as_integer();
        if (!y || y->get() < kMinYear || y->get() > kMaxYear)
          Warn(line, "year must be a whole number from " + std::to_string(kMinYear) + " to " +
                         std::to_string(kMaxYear) + "; ignored");
        else
          o.year = static_cast<int>(y->get());
      } else if (key == "kind" || key == "kinds") {
        o.kinds = Kinds(value);
      } else {
        Warn(line, "unknown key '" + std::string(key.str()) + "' in [[file]] (path, unit, code, year, kind); ignored");
      }
    }
    if (path.empty()) return Warn(o.line, "[[file]] without a path; ignored");
    if (o.unit.empty() && o.code.empty() && o.year == 0 && o.kinds.empty())
      return Warn(o.line, "[[file]] for " + path + " sets nothing; ignored");
    auto [it, fresh] = out_->files.emplace(path, o);
    if (!fresh)
      Warn(o.line, "a second [[file]] for " + path + " (the first is at line " + std::to_string(it->second.line) +
                       "); ignored");
  }

  void Unit(const toml::table& t) {
    DeclaredUnit u;
    u.line = LineOf(t);
    for (const auto& [key, value] : t) {
      const int line = static_cast<int>(key.source().begin.line);
      if (key == "name") {
        if (auto s = String(value, "name")) u.name = *s;
      } else if (key == "aliases") {
        const auto* list = value.as_array();
        if (!list) {
          Warn(line, "aliases must be a list of names; ignored");
          continue;
        }
        for (const toml::node& a : *list)
          if (auto s = String(a, "an alias")) u.aliases.push_back(*s);
      } else {
        Warn(line, "unknown key '" + std::string(key.str()) + "' in [[unit]] (name, aliases); ignored");
      }
    }
    if (u.name.empty()) return Warn(u.line, "[[unit]] without a name; ignored");
    // A name may belong to one declared unit only: merging two declared
    // units through a shared alias would be a loose rule again.
    std::vector<std::string> names{u.name}, aliases;
    names.insert(names.end(), u.aliases.begin(), u.aliases.end());
    for (const std::string& name : names) {
      const std::string key = UnitNameKey(name);
      auto [it, fresh] = owner_.emplace(key, u.line);
      if (!fresh && it->second != u.line) {
        Warn(u.line, "the name " + name + " is already declared by the [[unit]] at line " +
                         std::to_string(it->second) + (name == u.name ? "; this [[unit]] ignored" : "; alias ignored"));
        if (name == u.name) return;
        continue;
      }
      if (name != u.name) aliases.push_back(name);
    }
    u.aliases = std::move(aliases);
    out_->units.push_back(std::move(u));
  }

  void Document(const toml::table& root) {
    for (const auto& [key, value] : root) {
      const int line = static_cast<int>(key.source().begin.line);
      const bool file = key == "file", unit = key == "unit";
      if (!file && !unit) {
        Warn(line, "unknown table '" + std::string(key.str()) + "' (expected [[file]] or [[unit]]); ignored");
        continue;
      }
      const auto* list = value.as_array();
      if (!list || !list->is_array_of_tables()) {
        Warn(line, std::string("write [[") + (file ? "file" : "unit") + "]] (a list of tables); ignored");
        continue;
      }
      for (const toml::node& entry : *list) file ? File(*entry.as_table()) : Unit(*entry.as_table());
    }
  }

 private:
  const std::string& file_;
  UnitOverrides* out_;
  std::map<std::string, int> owner_;  // declared name key -> line of its [[unit]]
};

}  // namespace

UnitOverrides ParseUnitOverrides(const std::string& text, const std::string& file) {
  UnitOverrides out;
  out.hash = ContentHash(text);
  Reader reader(file, &out);
  try {
    const toml::table root = toml::parse(text, file);
    reader.Document(root);
  } catch (const toml::parse_error& e) {
    reader.Warn(static_cast<int>(e.source().begin.line),
                "not valid TOML (" + std::string(e.description()) + "); no override of this file applied");
  }
  std::stable_sort(out.diagnostics.begin(), out.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.span.line < b.span.line; });
  return out;
}

UnitOverrides LoadUnitOverrides(FileSystem& fs, const std::string& content_dir,
                                const std::vector<std::string>& known_files) {
  const std::string path = content_dir + "/" + kOverridesFile;
  if (!fs.Exists(path)) return {};
  std::string error;
  std::optional<std::string> text = fs.ReadFile(path, &error);
  if (!text) {
    UnitOverrides out;
    out.hash = "unreadable";
    Reader(path, &out).Warn(0, "cannot read it (" + error + "); no override applied");
    return out;
  }
  UnitOverrides out = ParseUnitOverrides(*text, path);
  const std::set<std::string> known(known_files.begin(), known_files.end());
  Reader reader(path, &out);
  for (auto it = out.files.begin(); it != out.files.end();) {
    if (known.count(it->first)) {
      ++it;
      continue;
    }
    reader.Warn(it->second.line, "no disclosure " + it->first + " in " + content_dir + "; [[file]] ignored");
    it = out.files.erase(it);
  }
  std::stable_sort(out.diagnostics.begin(), out.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.span.line < b.span.line; });
  return out;
}

DocumentFacts FactsOf(const Document& doc) {
  return {doc.file, CleanUnitName(doc.unit.name), doc.unit.code, doc.year, doc.kinds, false};
}

void ApplyOverrides(const UnitOverrides& overrides, DocumentFacts* facts) {
  auto it = overrides.files.find(facts->file);
  if (it == overrides.files.end()) return;
  const FileOverride& o = it->second;
  if (!o.unit.empty()) facts->name = o.unit, facts->name_set_by_user = true;
  if (!o.code.empty()) facts->code = o.code;
  if (o.year != 0) facts->year = o.year;
  if (!o.kinds.empty()) facts->kinds = o.kinds;
}

void ApplyOverrides(const UnitOverrides& overrides, Document* doc) {
  auto it = overrides.files.find(doc->file);
  if (it == overrides.files.end()) return;
  const FileOverride& o = it->second;
  doc->set_by_user.clear();
  if (!o.unit.empty()) doc->unit.name = o.unit, doc->set_by_user.push_back("unit");
  if (!o.code.empty()) doc->unit.code = o.code, doc->set_by_user.push_back("code");
  if (o.year != 0) doc->year = o.year, doc->set_by_user.push_back("year");
  if (!o.kinds.empty()) doc->kinds = o.kinds, doc->set_by_user.push_back("kind");
}

}  // namespace gongkai
