// Stable ASCII names for paths and anchors. Document text never becomes a
// path as is: it is transliterated (汉字 -> pinyin), reduced to [a-z0-9-],
// and marked with a short hash of the original when that is needed to keep
// different texts apart.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gongkai {

// Lower-case ASCII words joined by '-': "中共株洲市委" -> "zhong-gong-zhu-zhou-shi-wei".
// When the result is empty or longer than `max_len`, it is cut at a word
// boundary and ends with "-" + ShortHash(text), so it stays unique.
std::string Slugify(std::string_view text, std::size_t max_len = 40);

// Slugify(text) followed by "-" + ShortHash(text), always: two texts with the
// same pinyin (homophones, punctuation-only differences) never share a name,
// and a name never depends on what else is in the site.
std::string StableSlug(std::string_view text, std::size_t max_len = 40);

// Six lower-case hex digits of the xxh64 of `text`.
std::string ShortHash(std::string_view text);

// Transliteration (the slow part of a slug: ICU's Han-Latin rules, ~150 µs
// a name) is remembered for the whole process. A build cache keeps what was
// transliterated (EncodeTransliterations: deterministic bytes) and gives it
// to the next build (LearnTransliterations), so a rebuild transliterates only
// new texts. Bytes that are damaged or from another ICU version are not used
// (false).
std::string EncodeTransliterations();
bool LearnTransliterations(std::string_view bytes);

}  // namespace gongkai
