#include "build_identity.h"

#include <elf.h>
#include <link.h>

#include <cstring>
#include <fstream>
#include <vector>

#include "content_hash.h"

namespace gongkai {
namespace {

// The GNU build ID the linker wrote into the running executable (a hash of
// its contents), read from its loaded notes: no file to read. "" if none.
std::string LoadedBuildId() {
  std::string id;
  dl_iterate_phdr(
      [](dl_phdr_info* info, std::size_t, void* out) {
        // The first object is the executable itself.
        for (int k = 0; k < info->dlpi_phnum; ++k) {
          const ElfW(Phdr)& ph = info->dlpi_phdr[k];
          if (ph.p_type != PT_NOTE) continue;
          const auto* at = reinterpret_cast<const unsigned char*>(info->dlpi_addr + ph.p_vaddr);
          const unsigned char* end = at + ph.p_memsz;
          while (at + sizeof(ElfW(Nhdr)) <= end) {
            ElfW(Nhdr) note;
            std::memcpy(&note, at, sizeof note);
            const unsigned char* name = at + sizeof note;
            const unsigned char* desc = name + ((note.n_namesz + 3) & ~3u);
            if (desc + note.n_descsz > end) break;
            if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
              static const char kHex[] = "0123456789abcdef";
              auto* s = static_cast<std::string*>(out);
              for (unsigned j = 0; j < note.n_descsz; ++j) *s += kHex[desc[j] >> 4], *s += kHex[desc[j] & 15];
              return 1;
            }
            at = desc + ((note.n_descsz + 3) & ~3u);
          }
        }
        return 1;  // only the executable
      },
      &id);
  return id;
}

// Without a build ID: a hash of the executable's bytes.
std::string ExecutableHash() {
  std::ifstream in("/proc/self/exe", std::ios::binary);
  if (!in) return "";
  Hasher hasher;
  std::vector<char> chunk(1 << 20);
  bool any = false;
  while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount() > 0) {
    hasher.Add(std::string_view(chunk.data(), static_cast<std::size_t>(in.gcount())));
    any = true;
  }
  return any ? hasher.Hex() : "";
}

}  // namespace

const std::string& BuildIdentity() {
  static const std::string identity = [] {
    std::string build = LoadedBuildId();
    if (build.empty()) build = ExecutableHash();
    std::string id = GONGKAI_VERSION;
    return build.empty() ? id : id + "+" + build.substr(0, 16);
  }();
  return identity;
}

}  // namespace gongkai
