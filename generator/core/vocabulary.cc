#include "vocabulary.h"

#include <algorithm>

#include "text.h"

namespace gongkai {

bool IsOneOf(std::string_view text, std::span<const std::string_view> words) {
  return std::find(words.begin(), words.end(), text) != words.end();
}

bool StartsWithOneOf(std::string_view text, std::span<const std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text.starts_with(w); });
}

bool EndsWithOneOf(std::string_view text, std::span<const std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text.ends_with(w); });
}

bool ContainsOneOf(std::string_view text, std::span<const std::string_view> words) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
}

bool IsColumnNumber(std::string_view text) {
  std::string_view t = TrimCellView(text);
  return !t.empty() && t.size() <= 2 && t.find_first_not_of("0123456789") == std::string_view::npos;
}

bool IsTotalLabel(std::string_view label) { return IsOneOf(label, kTotalWords); }

bool EndsWithTotalWord(std::string_view label) { return EndsWithOneOf(label, kTotalWords); }

bool IsShortTotalLabel(std::string_view label) {
  return CharCount(label) <= kMaxTotalLabelChars && EndsWithTotalWord(label);
}

bool IsIndicatorTotalLabel(std::string_view label) {
  return IsOneOf(label, kIndicatorTotalWords) || label.starts_with(kTotalScoreWord);
}

}  // namespace gongkai
