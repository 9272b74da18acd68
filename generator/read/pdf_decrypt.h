// Decrypting a PDF's streams as poppler does when the file is encrypted
// with an empty user password (the standard security handler: RC4 and
// AES-128, revisions 2-4; AES-256, revisions 5 and 6), so that the checks
// before poppler (pdf_guard.h) measure what poppler will read. Many
// government PDFs are "protected" so: they open without a password, but
// every stream is encrypted.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai {

class PdfDecryption {
 public:
  // The decryption of `file` when it is encrypted and opens with no
  // password; nullopt when it is not encrypted, or needs a password or
  // another security handler (poppler does not read it then either).
  static std::optional<PdfDecryption> Of(std::string_view file);

  // The data of stream `number` `generation` as poppler decrypts it.
  std::string Stream(long number, int generation, std::string_view data) const;

  enum class Cipher { kNone, kRc4, kAes128, kAes256 };
  Cipher cipher() const { return cipher_; }

 private:
  Cipher cipher_ = Cipher::kNone;
  std::vector<unsigned char> key_;
};

}  // namespace gongkai
