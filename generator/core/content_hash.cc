#include "content_hash.h"

#include <cstdint>
#include <new>

namespace gongkai {
namespace {

std::string ToHex(XXH128_hash_t hash) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out(32, '0');
  // Canonical order: high 64 bits first, big-endian, as xxhsum prints it.
  for (int i = 0; i < 16; ++i) {
    std::uint64_t word = i < 8 ? hash.high64 : hash.low64;
    int shift = 8 * (7 - i % 8);
    unsigned byte = static_cast<unsigned>((word >> shift) & 0xff);
    out[2 * i] = kDigits[byte >> 4];
    out[2 * i + 1] = kDigits[byte & 0xf];
  }
  return out;
}

}  // namespace

std::string ContentHash(std::string_view bytes) {
  return ToHex(XXH3_128bits(bytes.data(), bytes.size()));
}

Hasher::Hasher() : state_(XXH3_createState()) {
  if (!state_) throw std::bad_alloc();
  XXH3_128bits_reset(state_);
}

Hasher::~Hasher() { XXH3_freeState(state_); }

Hasher& Hasher::Add(std::string_view part) {
  std::uint64_t size = part.size();
  unsigned char prefix[8];
  for (int i = 0; i < 8; ++i) prefix[i] = static_cast<unsigned char>(size >> (8 * i));
  XXH3_128bits_update(state_, prefix, sizeof prefix);
  XXH3_128bits_update(state_, part.data(), part.size());
  return *this;
}

std::string Hasher::Hex() const { return ToHex(XXH3_128bits_digest(state_)); }

}  // namespace gongkai
