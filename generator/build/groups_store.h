// The summaries store, .gongkai/<out>/groups: each unit-year group's
// outputs and summary as the last build left them, so a rebuild keeps a
// group's pages and makes the site pages without loading its documents.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "file_system.h"

namespace gongkai {

// The summaries store: .gongkai/groups (one frame per group, below).
std::string GroupsFileFor(const std::string& cache_dir);

// .gongkai/groups: one frame per group, its key (32 hex digits), the size
// of its record (8 bytes, little-endian) and the record (cache_codec.h:
// outputs and summary). Read whole and indexed by key; a record is decoded
// only by the worker that needs it. A damaged frame ends the index (the
// groups after it are cache misses: rendered again).
inline constexpr std::size_t kGroupKeySize = 32;

void AppendGroupFrame(const std::string& key, const std::string& record, std::string* out);

struct GroupsStore {
  std::string bytes;
  std::map<std::string, std::string_view> records;  // key -> record
};

void LoadGroups(FileSystem& fs, const std::string& file, GroupsStore* store);

}  // namespace gongkai
