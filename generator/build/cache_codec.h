// The build cache's binary records: a parsed Document (one file per input
// in .gongkai/<out>/parsed/) and a unit-year's outputs and summary (the
// groups store, incremental.h). Compact and lossless: every field of
// model.h and site_model.h (money as integer 分, every span and line kept),
// so a cached record is indistinguishable from a fresh parse or summary and
// loads without any text parsing. No build goes through JSON.
//
// This is NOT the public JSON contract (render_json.h): it is private to
// the cache, changes with gongkai's version (parse keys include it) and
// must stay lossless.
//
// Layout (little-endian):
//
//   magic (6 bytes: "GKDOC\0", "GKGRP\0") | u16 format version
//     | u64 payload size | u64 XXH3-64 of payload | payload
//
// The payload is the record's fields in declaration order (the one field
// list is FieldsOf in site/record_codec.h): integers as LEB128 varints (signed
// ones zigzag-encoded), strings, vectors and maps as a varint count then
// their items, optionals as a presence byte, enums as their integer checked
// against the enum's range. A wrong magic, version, size or checksum, or a
// payload that ends early or has bytes left over, is a cache miss.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model.h"
#include "site_model.h"

namespace gongkai {

// Bumped whenever a record's fields change (the parse key already changes
// with the build of gongkai, BuildIdentity; this also guards the format).
inline constexpr int kCacheCodecVersion = 10;

std::string EncodeDocument(const Document& doc);
// The Document back, or nullopt with `error` set when the bytes are not a
// whole, current-format encoding (truncated, foreign, damaged).
std::optional<Document> DecodeDocument(std::string_view bytes, std::string* error);

// What the groups store keeps of one rendered unit-year.
struct StoredGroup {
  std::vector<std::string> outputs;  // every file it wrote, relative to the site
  UnitYearSummary summary;
};
std::string EncodeStoredGroup(const StoredGroup& group);
std::optional<StoredGroup> DecodeStoredGroup(std::string_view bytes, std::string* error);

}  // namespace gongkai
