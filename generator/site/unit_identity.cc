#include "unit_identity.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <tuple>

#include "slug.h"
#include "unit_names.h"
#include "codes.h"

namespace gongkai {
namespace {

// Rule 2a: prefixes dropped, longest first.
constexpr std::string_view kDroppedPrefixes[] = {"中国共产党", "中共"};
// Rule 2b.
constexpr std::string_view kOwnLevel[] = {"(本级)"};
// Rule 2c: trailing spellings of 办公室 written 办, longest first.
constexpr std::string_view kOfficeEndings[] = {"工作领导小组办公室", "领导小组办公室", "工作办公室", "办公室"};
constexpr std::string_view kOffice = "办";

// The UTF-8 sequence at s[i] and its length.
std::size_t CharLength(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return std::min(n, s.size() - i);
}

// Decodes a 3-byte sequence (U+0800..U+FFFF); 0 otherwise.
char32_t ThreeByteCodePoint(std::string_view ch) {
  if (ch.size() != 3) return 0;
  return (static_cast<char32_t>(static_cast<unsigned char>(ch[0]) & 0x0F) << 12) |
         (static_cast<char32_t>(static_cast<unsigned char>(ch[1]) & 0x3F) << 6) |
         static_cast<char32_t>(static_cast<unsigned char>(ch[2]) & 0x3F);
}

bool ReplaceSuffix(std::string* s, std::string_view suffix, std::string_view with) {
  if (s->size() <= suffix.size() || !std::string_view(*s).ends_with(suffix)) return false;
  s->replace(s->size() - suffix.size(), suffix.size(), with);
  return true;
}

// Union-find over document indexes; the root is the smallest index.
struct Components {
  explicit Components(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t Find(std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }
  void Join(std::size_t a, std::size_t b) {
    a = Find(a), b = Find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
  std::vector<std::size_t> parent;
};

// Rule 4's choice among the names of one unit's latest year.
struct NameVote {
  bool set_by_user = false;
  int count = 0;
};

// Full-width ASCII (U+FF01..U+FF5E) as ASCII, into `out`; false for any
// other character. `all` folds punctuation too, else only letters and digits.
bool FoldFullWidth(char32_t cp, bool all, std::string* out) {
  if (cp < 0xFF01 || cp > 0xFF5E) return false;
  const char c = static_cast<char>(cp - 0xFF01 + 0x21);
  const bool alnum = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  if (!all && !alnum) return false;
  out->push_back(c);
  return true;
}

// Rule 1, and with `all` the full-width punctuation of rule 2.
std::string Clean(std::string_view name, bool all) {
  std::string out;
  out.reserve(name.size());
  for (std::size_t i = 0; i < name.size();) {
    const std::size_t n = CharLength(name, i);
    const std::string_view ch = name.substr(i, n);
    i += n;
    if (ch == " " || ch == "\t" || ch == "\n" || ch == "\r" || ch == "\f" || ch == "\v" || ch == "\u00A0") continue;
    const char32_t cp = ThreeByteCodePoint(ch);
    if (cp == 0x3000 || cp == 0xFEFF) continue;  // ideographic space, a stray BOM
    if (!FoldFullWidth(cp, all, &out)) out += ch;
  }
  return out;
}

}  // namespace

std::string CleanUnitName(std::string_view name) { return Clean(name, false); }

std::string UnitNameKey(std::string_view name) {
  std::string key = Clean(name, true);
  for (std::string_view prefix : kDroppedPrefixes)
    if (key.size() > prefix.size() && key.starts_with(prefix)) {
      key.erase(0, prefix.size());
      break;
    }
  for (std::string_view own : kOwnLevel)
    for (std::size_t at; (at = key.find(own)) != std::string::npos;) key.replace(at, own.size(), "本级");
  for (std::string_view ending : kOfficeEndings)
    if (ReplaceSuffix(&key, ending, kOffice)) break;
  return key;
}

Identities IdentifyUnits(const std::vector<DocumentFacts>& documents, const std::vector<DeclaredUnit>* declared_units) {
  const std::size_t n = documents.size();
  Components components(n);
  // Rule 3: equal keys; declared names (a declared unit's key stands for
  // all of its names); equal trusted codes within the same places.
  std::map<std::string, std::size_t> declared_of_key;  // key -> index in declared_units
  if (declared_units)
    for (std::size_t u = 0; u < declared_units->size(); ++u) {
      const DeclaredUnit& d = (*declared_units)[u];
      declared_of_key.emplace(UnitNameKey(d.name), u);
      for (const std::string& a : d.aliases) declared_of_key.emplace(UnitNameKey(a), u);
    }
  std::map<std::string, std::size_t> first_of_key;
  std::map<std::pair<std::vector<std::string>, std::string>, std::size_t> first_of_code;
  std::vector<std::optional<std::size_t>> declared(n);
  for (std::size_t i = 0; i < n; ++i) {
    const DocumentFacts& d = documents[i];
    std::string key = UnitNameKey(d.name);
    if (auto it = declared_of_key.find(key); it != declared_of_key.end()) {
      declared[i] = it->second;
      key = std::string("\x01") + "declared:" + std::to_string(it->second);
    }
    if (auto [it, fresh] = first_of_key.emplace(key, i); !fresh) components.Join(it->second, i);
    if (!IsTrustedUnitCode(d.code)) continue;
    std::vector<std::string> places = RegionChain(UnitNameKey(d.name));
    if (places.empty()) continue;
    if (auto [it, fresh] = first_of_code.emplace(std::pair{std::move(places), d.code}, i); !fresh)
      components.Join(it->second, i);
  }

  // Rule 4, per component.
  std::map<std::size_t, std::vector<std::size_t>> members;
  for (std::size_t i = 0; i < n; ++i) members[components.Find(i)].push_back(i);
  Identities out;
  out.unit_of.resize(n);
  std::vector<std::pair<UnitIdentity, std::vector<std::size_t>>> units;
  for (auto& [root, list] : members) {
    UnitIdentity u;
    std::optional<std::size_t> decl;
    for (std::size_t i : list)
      if (declared[i] && (!decl || *declared[i] < *decl)) decl = declared[i];
    int latest = 0;
    for (std::size_t i : list) latest = std::max(latest, documents[i].year);
    std::map<std::string, NameVote> votes;
    std::set<std::string> seen;
    for (std::size_t i : list) {
      const DocumentFacts& d = documents[i];
      seen.insert(d.name);
      if (d.year != latest) continue;
      NameVote& v = votes[d.name];
      v.set_by_user = v.set_by_user || d.name_set_by_user;
      ++v.count;
    }
    if (decl) {
      u.name = CleanUnitName((*declared_units)[*decl].name);
      u.name_set_by_user = true;
    } else {
      auto best = votes.begin();
      for (auto it = votes.begin(); it != votes.end(); ++it)
        if (std::tie(it->second.set_by_user, it->second.count) > std::tie(best->second.set_by_user, best->second.count))
          best = it;
      u.name = best->first;
      u.name_set_by_user = best->second.set_by_user;
    }
    u.slug = StableSlug(u.name);
    std::map<std::string, bool> aliases;  // name -> declared
    for (const std::string& s : seen) aliases.emplace(s, false);
    if (decl)
      for (const std::string& a : (*declared_units)[*decl].aliases) aliases[CleanUnitName(a)] = true;
    aliases.erase(u.name);
    for (const auto& [name, by_user] : aliases)
      if (!name.empty()) u.aliases.push_back({name, by_user});
    units.emplace_back(std::move(u), std::move(list));
  }
  std::sort(units.begin(), units.end(),
            [](const auto& a, const auto& b) { return a.first.slug < b.first.slug; });
  for (std::size_t k = 0; k < units.size(); ++k) {
    for (std::size_t i : units[k].second) out.unit_of[i] = k;
    out.units.push_back(std::move(units[k].first));
  }
  return out;
}

}  // namespace gongkai
