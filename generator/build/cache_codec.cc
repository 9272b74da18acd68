#include "cache_codec.h"

#include <xxhash.h>

#include <concepts>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <type_traits>

#include "content_hash.h"
#include "record_codec.h"

namespace gongkai {

constexpr std::string_view kDocumentMagic{"GKDOC\0", 6};
constexpr std::string_view kGroupMagic{"GKGRP\0", 6};
constexpr std::size_t kMagicSize = 6;
constexpr std::size_t kHeaderSize = kMagicSize + 2 + 8 + 8;

namespace record {

// The groups store's record: a unit-year's outputs and its summary.
template <typename V, Is<StoredGroup> T> void FieldsOf(V& v, T& g) { v(g.outputs, g.summary); }

namespace {

void PutFixed(std::string* out, std::uint64_t v, int bytes) {
  for (int k = 0; k < bytes; ++k) out->push_back(static_cast<char>((v >> (8 * k)) & 0xff));
}
std::uint64_t GetFixed(std::string_view in, std::size_t at, int bytes) {
  std::uint64_t v = 0;
  for (int k = 0; k < bytes; ++k) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(in[at + k])) << (8 * k);
  return v;
}

template <typename T>
std::string Encode(const T& record, std::string_view magic) {
  Writer w;
  w(record);
  const std::string& payload = w.bytes();
  std::string out(magic);
  out.reserve(kHeaderSize + payload.size());
  PutFixed(&out, kCacheCodecVersion, 2);
  PutFixed(&out, payload.size(), 8);
  PutFixed(&out, XXH3_64bits(payload.data(), payload.size()), 8);
  out += payload;
  return out;
}

template <typename T>
std::optional<T> Decode(std::string_view bytes, std::string_view magic, const char* what, std::string* error) {
  auto fail = [&](const std::string& why) -> std::optional<T> {
    if (error) *error = why;
    return std::nullopt;
  };
  if (bytes.size() < kHeaderSize || bytes.substr(0, kMagicSize) != magic)
    return fail(std::string("not a cached ") + what);
  if (GetFixed(bytes, kMagicSize, 2) != kCacheCodecVersion)
    return fail(std::string("cached ") + what + " of another format version");
  const std::string_view payload = bytes.substr(kHeaderSize);
  if (GetFixed(bytes, kMagicSize + 2, 8) != payload.size()) return fail(std::string("cached ") + what + " truncated");
  if (GetFixed(bytes, kMagicSize + 10, 8) != XXH3_64bits(payload.data(), payload.size()))
    return fail(std::string("cached ") + what + " checksum mismatch");
  T record;
  Reader r(payload);
  r(record);
  if (!r.Finished()) return fail(std::string("cached ") + what + " damaged: " + r.problem());
  return record;
}

}  // namespace
}  // namespace record

using record::Decode;
using record::Encode;

std::string EncodeDocument(const Document& doc) { return Encode(doc, kDocumentMagic); }
std::optional<Document> DecodeDocument(std::string_view bytes, std::string* error) {
  return Decode<Document>(bytes, kDocumentMagic, "document", error);
}

std::string EncodeStoredGroup(const StoredGroup& group) { return Encode(group, kGroupMagic); }
std::optional<StoredGroup> DecodeStoredGroup(std::string_view bytes, std::string* error) {
  return Decode<StoredGroup>(bytes, kGroupMagic, "unit-year", error);
}

}  // namespace gongkai
