// The build cache's copy of a parsed Document: an exact JSON round trip of
// every field of model.h (money as integer 分, every span and line kept), so
// a cached parse result is indistinguishable from a fresh parse.
//
// This is NOT the public JSON contract (render_json.h): that one is shaped
// for readers and may drop or derive fields; this one is private to the
// cache, changes with gongkai's version, and must stay lossless.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model.h"

namespace gongkai {

nlohmann::json DocumentToCacheJson(const Document& doc);

// The Document back, or nullopt with `error` set when the JSON does not have
// the expected shape (a truncated or foreign file): the caller re-parses.
std::optional<Document> DocumentFromCacheJson(const nlohmann::json& json, std::string* error);

// The same, to and from text (compact JSON, one line).
std::string SerializeDocument(const Document& doc);
std::optional<Document> DeserializeDocument(std::string_view text, std::string* error);

}  // namespace gongkai
