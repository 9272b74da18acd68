#include "groups_store.h"

#include <cstdint>
#include <optional>

namespace gongkai {

std::string GroupsFileFor(const std::string& cache_dir) { return cache_dir + "/groups"; }

void AppendGroupFrame(const std::string& key, const std::string& record, std::string* out) {
  out->append(key);
  for (int k = 0; k < 8; ++k) out->push_back(static_cast<char>((record.size() >> (8 * k)) & 0xff));
  out->append(record);
}

void LoadGroups(FileSystem& fs, const std::string& file, GroupsStore* store) {
  std::string error;
  std::optional<std::string> bytes = fs.Exists(file) ? fs.ReadFile(file, &error) : std::nullopt;
  if (!bytes) return;
  store->bytes = std::move(*bytes);
  const std::string_view all = store->bytes;
  for (std::size_t at = 0; at + kGroupKeySize + 8 <= all.size();) {
    std::uint64_t size = 0;
    for (int k = 0; k < 8; ++k)
      size |= static_cast<std::uint64_t>(static_cast<unsigned char>(all[at + kGroupKeySize + k])) << (8 * k);
    const std::size_t start = at + kGroupKeySize + 8;
    if (size > all.size() - start) break;
    store->records[std::string(all.substr(at, kGroupKeySize))] = all.substr(start, size);
    at = start + size;
  }
}

}  // namespace gongkai
