#include "slug.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <xxhash.h>

#include <cstdio>
#include <memory>
#include <string>
#include <unordered_map>

namespace gongkai {
namespace {

// ICU transliterators are expensive to make and not safe to share between
// threads while transliterating: one per thread.
icu::Transliterator* PinyinTransliterator() {
  thread_local std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
        "Han-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) made.reset();
    return made;
  }();
  return t.get();
}

std::string TransliterateToAscii(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (icu::Transliterator* t = PinyinTransliterator()) t->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

// Transliteration is the slow part of a slug (ICU's Han-Latin rules) and
// the same names come back again and again (a unit's name on each of its
// pages, glossary terms in every document): remembered per thread, up to
// kMaxRemembered distinct texts.
constexpr std::size_t kMaxRemembered = 1 << 16;

const std::string& ToAscii(std::string_view text) {
  thread_local std::unordered_map<std::string, std::string> remembered;
  if (auto it = remembered.find(std::string(text)); it != remembered.end()) return it->second;
  if (remembered.size() >= kMaxRemembered) remembered.clear();
  return remembered.emplace(std::string(text), TransliterateToAscii(text)).first->second;
}

bool IsSlugChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

std::string ShortHash(std::string_view text) {
  unsigned long long h = XXH64(text.data(), text.size(), 0);
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", h);
  return std::string(buffer, 6);
}

std::string Slugify(std::string_view text, std::size_t max_len) {
  const std::string& ascii = ToAscii(text);
  std::string slug;
  for (char c : ascii) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (IsSlugChar(c)) {
      slug += c;
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (!slug.empty() && slug.size() <= max_len) return slug;
  if (slug.size() > max_len) {
    slug.resize(max_len);
    std::size_t cut = slug.rfind('-');
    if (cut != std::string::npos && cut > max_len / 2) slug.resize(cut);
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
  }
  return slug.empty() ? ShortHash(text) : slug + "-" + ShortHash(text);
}

std::string StableSlug(std::string_view text, std::size_t max_len) {
  std::string slug = Slugify(text, max_len);
  std::string hash = ShortHash(text);
  if (slug == hash || (slug.size() > hash.size() &&
                       slug.compare(slug.size() - hash.size(), hash.size(), hash) == 0))
    return slug;
  return slug + "-" + hash;
}

}  // namespace gongkai
