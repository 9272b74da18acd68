// Content hashes for the build cache: XXH3-128 of bytes, as 32 lowercase hex
// digits. Fast (memory speed), not cryptographic: it detects change, it does
// not defend against an attacker who crafts collisions in their own inputs.
#pragma once

#include <string>
#include <string_view>

#include <xxhash.h>

namespace gongkai {

// The hash of `bytes` as 32 lowercase hex digits.
std::string ContentHash(std::string_view bytes);

// Hashes several parts as one, without joining them first. Each part is
// length-prefixed, so ("ab","c") and ("a","bc") hash differently: use it for
// keys built from fields (a path and a content hash, a page's view data).
class Hasher {
 public:
  Hasher();
  ~Hasher();
  Hasher(const Hasher&) = delete;
  Hasher& operator=(const Hasher&) = delete;

  Hasher& Add(std::string_view part);
  // The hash of every part added so far, as 32 lowercase hex digits.
  std::string Hex() const;

 private:
  XXH3_state_t* state_;
};

}  // namespace gongkai
