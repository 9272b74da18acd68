#include "site_glossary.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <memory>

#include "slug.h"

namespace gongkai {
namespace {

// Definitions that differ only in surrounding spaces or a final full stop
// are the same definition.
std::string DefinitionKey(std::string text) {
  auto strip_suffix = [&](std::string_view s) {
    if (text.size() >= s.size() && text.compare(text.size() - s.size(), s.size(), s) == 0) {
      text.resize(text.size() - s.size());
      return true;
    }
    return false;
  };
  bool changed = true;
  while (changed) {
    changed = strip_suffix(" ") || strip_suffix("。") || strip_suffix("；") || strip_suffix(".") ||
              strip_suffix(";");
  }
  std::size_t start = text.find_first_not_of(' ');
  return start == std::string::npos ? "" : text.substr(start);
}

icu::Collator* PinyinCollator() {
  thread_local std::unique_ptr<icu::Collator> collator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> c(
        icu::Collator::createInstance(icu::Locale("zh@collation=pinyin"), status));
    // Punctuation is ignored, so that “三公”经费 sorts under S, not first.
    if (c) c->setAttribute(UCOL_ALTERNATE_HANDLING, UCOL_SHIFTED, status);
    if (U_FAILURE(status)) c.reset();
    return c;
  }();
  return collator.get();
}

}  // namespace

// One sort key per value, made once rather than at every comparison (ICU:
// sort keys order exactly as compare() does); ties by bytes.
void SortByPinyin(std::vector<std::string>* values) {
  icu::Collator* collator = PinyinCollator();
  std::vector<std::pair<std::string, std::string>> keyed;  // sort key, value
  keyed.reserve(values->size());
  for (std::string& v : *values) {
    std::string key;
    if (collator) {
      const icu::UnicodeString u = icu::UnicodeString::fromUTF8(v);
      key.resize(static_cast<std::size_t>(collator->getSortKey(u, nullptr, 0)));
      collator->getSortKey(u, reinterpret_cast<std::uint8_t*>(key.data()), static_cast<std::int32_t>(key.size()));
    }
    keyed.emplace_back(std::move(key), std::move(v));
  }
  std::stable_sort(keyed.begin(), keyed.end());
  for (std::size_t i = 0; i < keyed.size(); ++i) (*values)[i] = std::move(keyed[i].second);
}

std::string TermAnchor(const std::string& term) { return "term-" + StableSlug(term, 32); }

std::vector<GlossaryItem> MergeGlossary(const std::vector<UnitYearSummary>& summaries) {
  std::map<std::string, GlossaryItem> items;
  for (const UnitYearSummary& s : summaries) {
    const GlossaryUse use{s.unit_name, s.unit_slug, s.year, UnitYearPath(s)};
    for (const GlossaryTerm& t : s.glossary) {
      if (t.term.empty()) continue;
      GlossaryItem& item = items[t.term];
      item.term = t.term;
      std::string key = DefinitionKey(t.definition);
      auto def = std::find_if(item.definitions.begin(), item.definitions.end(),
                              [&](const GlossaryDefinition& d) { return DefinitionKey(d.text) == key; });
      if (def == item.definitions.end()) {
        item.definitions.push_back({t.definition, {}});
        def = item.definitions.end() - 1;
      }
      // A unit-year that repeats a term lists once. Its uses are added one
      // after another (a unit-year is one summary; BuildSiteModel sorts
      // them), so only the last use can be the same: checking every use
      // made this quadratic (13 s at 50,000 unit-years sharing terms).
      const bool seen = !def->uses.empty() && def->uses.back().unit_slug == use.unit_slug &&
                        def->uses.back().year == use.year;
      if (!seen) def->uses.push_back(use);
    }
  }
  std::vector<std::string> terms;
  for (const auto& [term, item] : items) terms.push_back(term);
  SortByPinyin(&terms);
  std::vector<GlossaryItem> out;
  for (const std::string& term : terms) {
    GlossaryItem item = std::move(items[term]);
    item.anchor = TermAnchor(term);
    // The most used definition first, then by text: stable for a given input.
    std::stable_sort(item.definitions.begin(), item.definitions.end(),
                     [](const GlossaryDefinition& a, const GlossaryDefinition& b) {
                       if (a.uses.size() != b.uses.size()) return a.uses.size() > b.uses.size();
                       return a.text < b.text;
                     });
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace gongkai
