// The build cache's copy of a parsed Document: a compact, lossless binary
// form of every field of model.h (money as integer 分, every span and line
// kept), so a cached parse result is indistinguishable from a fresh parse
// and loads without any text parsing.
//
// This is NOT the public JSON contract (render_json.h): that one is shaped
// for readers; this one is private to the cache, changes with gongkai's
// version (parse keys include it) and must stay lossless.
//
// Layout (little-endian):
//
//   "GKDOC\0" | u16 format version | u64 payload size | u64 XXH3-64 of payload | payload
//
// The payload is the fields of model.h in declaration order (the one field
// list is FieldsOf in document_codec.cc): integers as LEB128 varints (signed
// ones zigzag-encoded), strings and vectors as a varint count then their
// items, doubles as their 8 IEEE bytes, enums as their integer checked
// against the enum's range. A wrong magic, version, size or checksum, or a
// payload that ends early or has bytes left over, is a cache miss.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model.h"

namespace gongkai {

// Bumped whenever model.h's fields change (the parse key already changes
// with gongkai's version; this also guards builds from a working tree).
inline constexpr int kDocumentCodecVersion = 1;

std::string EncodeDocument(const Document& doc);

// The Document back, or nullopt with `error` set when the bytes are not a
// whole, current-format encoding (truncated, foreign, damaged).
std::optional<Document> DecodeDocument(std::string_view bytes, std::string* error);

}  // namespace gongkai
