#include "slug.h"

#include <unicode/translit.h>
#include <unicode/uvernum.h>
#include <unicode/unistr.h>
#include <xxhash.h>

#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

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

// Transliteration is the slow part of a slug (ICU's Han-Latin rules, ~150 µs
// a name) and the same names come back again and again (a unit's name on
// each of its pages, glossary terms in every document, and every name again
// in the next build): remembered for the process, up to kMaxRemembered
// texts, and seeded from the build cache (LearnTransliterations).
constexpr std::size_t kMaxRemembered = 1 << 18;

struct Remembered {
  std::shared_mutex mu;
  std::unordered_map<std::string, std::string> ascii;  // text -> TransliterateToAscii(text)
};

Remembered& TheRemembered() {
  static Remembered r;
  return r;
}

std::string ToAscii(std::string_view text) {
  Remembered& r = TheRemembered();
  const std::string key(text);
  {
    std::shared_lock lock(r.mu);
    if (auto it = r.ascii.find(key); it != r.ascii.end()) return it->second;
  }
  std::string ascii = TransliterateToAscii(text);
  std::unique_lock lock(r.mu);
  if (r.ascii.size() < kMaxRemembered) r.ascii.emplace(key, ascii);
  return ascii;
}

// The saved form: magic, ICU's version (another ICU may transliterate
// differently: its bytes are not used), then (text, ascii) pairs sorted by
// text, each string as a 4-byte little-endian length and its bytes, then the
// xxh64 of everything before it.
constexpr std::string_view kMagic = "GKSLUG1\n";

void PutString(std::string* out, std::string_view s) {
  for (int k = 0; k < 4; ++k) out->push_back(static_cast<char>((s.size() >> (8 * k)) & 0xff));
  out->append(s);
}

bool GetString(std::string_view* in, std::string_view* s) {
  if (in->size() < 4) return false;
  std::size_t n = 0;
  for (int k = 0; k < 4; ++k) n |= static_cast<std::size_t>(static_cast<unsigned char>((*in)[k])) << (8 * k);
  if (in->size() - 4 < n) return false;
  *s = in->substr(4, n);
  in->remove_prefix(4 + n);
  return true;
}

std::string Checksum(std::string_view bytes) {
  const unsigned long long h = XXH64(bytes.data(), bytes.size(), 0);
  std::string out;
  for (int k = 0; k < 8; ++k) out.push_back(static_cast<char>((h >> (8 * k)) & 0xff));
  return out;
}

bool IsSlugChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

std::string ShortHash(std::string_view text) {
  unsigned long long h = XXH64(text.data(), text.size(), 0);
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", h);
  return std::string(buffer, 6);
}

std::string EncodeTransliterations() {
  Remembered& r = TheRemembered();
  std::map<std::string_view, std::string_view> sorted;
  std::shared_lock lock(r.mu);
  for (const auto& [text, ascii] : r.ascii) sorted.emplace(text, ascii);
  std::string out(kMagic);
  PutString(&out, U_ICU_VERSION);
  for (const auto& [text, ascii] : sorted) PutString(&out, text), PutString(&out, ascii);
  return out + Checksum(out);
}

bool LearnTransliterations(std::string_view bytes) {
  if (bytes.size() < kMagic.size() + 8 || bytes.substr(0, kMagic.size()) != kMagic ||
      Checksum(bytes.substr(0, bytes.size() - 8)) != bytes.substr(bytes.size() - 8))
    return false;
  std::string_view in = bytes.substr(kMagic.size(), bytes.size() - 8 - kMagic.size());
  std::string_view version, text, ascii;
  if (!GetString(&in, &version) || version != U_ICU_VERSION) return false;
  std::vector<std::pair<std::string_view, std::string_view>> pairs;
  while (!in.empty()) {
    if (!GetString(&in, &text) || !GetString(&in, &ascii)) return false;
    pairs.emplace_back(text, ascii);
  }
  Remembered& r = TheRemembered();
  std::unique_lock lock(r.mu);
  for (const auto& [t, a] : pairs)
    if (r.ascii.size() < kMaxRemembered) r.ascii.emplace(std::string(t), std::string(a));
  return true;
}

std::string Slugify(std::string_view text, std::size_t max_len) {
  const std::string ascii = ToAscii(text);
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
