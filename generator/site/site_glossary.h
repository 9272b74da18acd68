// The site-wide glossary: every term of every unit-year's documents,
// identical definitions merged, sorted by pinyin.
#pragma once

#include <string>
#include <vector>

#include "unit_year.h"

namespace gongkai {

// Every definition of a term with the unit-years that use it.
struct GlossaryUse {
  std::string unit_name;
  std::string unit_slug;
  int year = 0;
  std::string url;  // unit-year page, relative to the site root
};
struct GlossaryDefinition {
  std::string text;
  std::vector<GlossaryUse> uses;
};
struct GlossaryItem {
  std::string term;
  std::string anchor;  // "term-ji-ben-zhi-chu-1a2b3c"
  std::vector<GlossaryDefinition> definitions;  // identical texts merged
};
// The anchor of a term on glossary/index.html.
std::string TermAnchor(const std::string& term);
// Merges the terms of all summaries (one per unit-year, as BuildSiteModel
// holds them); sorted by pinyin (ICU zh@collation=pinyin). A unit-year
// that states a term twice is one use.
std::vector<GlossaryItem> MergeGlossary(const std::vector<UnitYearSummary>& summaries);

// Sorts strings by pinyin collation, ties by bytes (deterministic).
void SortByPinyin(std::vector<std::string>* values);

}  // namespace gongkai
