#include "pdf_decrypt.h"

#include <nettle/aes.h>
#include <nettle/arcfour.h>
#include <nettle/cbc.h>
#include <nettle/md5.h>
#include <nettle/sha2.h>

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "pdf_syntax.h"

namespace gongkai {
namespace {

using Bytes = std::vector<unsigned char>;

using pdf::IsSpace;

// The 32 bytes a password is padded with (PDF 32000-1, 7.6.3.3).
const unsigned char kPadding[32] = {0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E,
                                    0x56, 0xFF, 0xFA, 0x01, 0x08, 0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68,
                                    0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A};

// Where `key` ("/O", not "/OE") stands in `dict`, past it; npos if absent.
std::size_t After(std::string_view dict, std::string_view key) {
  for (std::size_t at = dict.find(key); at != std::string_view::npos; at = dict.find(key, at + 1)) {
    const std::size_t end = at + key.size();
    if (end >= dict.size() || !std::isalnum(static_cast<unsigned char>(dict[end]))) return end;
  }
  return std::string_view::npos;
}

std::size_t SkipSpace(std::string_view s, std::size_t k) {
  while (k < s.size() && IsSpace(s[k])) ++k;
  return k;
}

// A PDF string at `k`: "<hex>" or "(literal)" with its escapes.
std::optional<Bytes> StringAt(std::string_view s, std::size_t k) {
  k = SkipSpace(s, k);
  if (k >= s.size()) return std::nullopt;
  Bytes out;
  if (s[k] == '<') {
    int half = -1;
    for (++k; k < s.size() && s[k] != '>'; ++k) {
      if (!std::isxdigit(static_cast<unsigned char>(s[k]))) continue;
      const int digit = std::isdigit(static_cast<unsigned char>(s[k])) ? s[k] - '0' : (s[k] | 0x20) - 'a' + 10;
      if (half < 0) half = digit;
      else out.push_back(static_cast<unsigned char>(half << 4 | digit)), half = -1;
    }
    if (half >= 0) out.push_back(static_cast<unsigned char>(half << 4));
    return out;
  }
  if (s[k] != '(') return std::nullopt;
  int depth = 1;
  for (++k; k < s.size(); ++k) {
    char c = s[k];
    if (c == '\\' && k + 1 < s.size()) {
      c = s[++k];
      if (c >= '0' && c <= '7') {
        int v = 0;
        for (int n = 0; n < 3 && k < s.size() && s[k] >= '0' && s[k] <= '7'; ++n, ++k) v = v * 8 + (s[k] - '0');
        --k;
        out.push_back(static_cast<unsigned char>(v));
        continue;
      }
      if (c == '\r' || c == '\n') {  // a line continued
        if (c == '\r' && k + 1 < s.size() && s[k + 1] == '\n') ++k;
        continue;
      }
      const char* from = "nrtbf";
      const char* to = "\n\r\t\b\f";
      const char* hit = std::char_traits<char>::find(from, 5, c);
      out.push_back(static_cast<unsigned char>(hit ? to[hit - from] : c));
      continue;
    }
    if (c == '(') ++depth;
    if (c == ')' && --depth == 0) break;
    out.push_back(static_cast<unsigned char>(c));
  }
  return out;
}

std::optional<long> IntegerAt(std::string_view s, std::size_t k) {
  k = SkipSpace(s, k);
  const std::size_t begin = k;
  if (k < s.size() && (s[k] == '-' || s[k] == '+')) ++k;
  while (k < s.size() && k - begin < 12 && std::isdigit(static_cast<unsigned char>(s[k]))) ++k;
  if (k == begin || !std::isdigit(static_cast<unsigned char>(s[k - 1]))) return std::nullopt;
  return std::stol(std::string(s.substr(begin, k - begin)));
}

std::string_view NameAt(std::string_view s, std::size_t k) {
  k = SkipSpace(s, k);
  if (k >= s.size() || s[k] != '/') return {};
  const std::size_t begin = ++k;
  while (k < s.size() && std::isalnum(static_cast<unsigned char>(s[k]))) ++k;
  return s.substr(begin, k - begin);
}

// The encryption dictionary's text: "/Encrypt 12 0 R" (the last one: an
// update's trailer wins) and object 12, or an inline "<< … >>".
std::string_view EncryptDictionary(std::string_view file) {
  std::size_t at = std::string_view::npos;
  for (std::size_t k = file.find("/Encrypt"); k != std::string_view::npos; k = file.find("/Encrypt", k + 8))
    if (k + 8 < file.size() && !std::isalnum(static_cast<unsigned char>(file[k + 8]))) at = k + 8;
  if (at == std::string_view::npos) return {};
  const std::size_t k = SkipSpace(file, at);
  if (k < file.size() && file[k] == '<') return file.substr(k, std::min<std::size_t>(file.size() - k, 4096));
  const std::optional<long> number = IntegerAt(file, k);
  if (!number) return {};
  // "12 0 obj": the last such object in the file.
  const std::string head = std::to_string(*number) + " 0 obj";
  std::size_t found = std::string_view::npos;
  for (std::size_t p = file.find(head); p != std::string_view::npos; p = file.find(head, p + 1))
    if (p == 0 || !std::isdigit(static_cast<unsigned char>(file[p - 1]))) found = p + head.size();
  if (found == std::string_view::npos) return {};
  const std::string_view text = file.substr(found, 4096);
  return text.substr(0, text.find("endobj"));
}

Bytes Md5(const std::vector<std::pair<const unsigned char*, std::size_t>>& parts) {
  md5_ctx ctx;
  md5_init(&ctx);
  for (const auto& [data, size] : parts) md5_update(&ctx, size, data);
  Bytes out(MD5_DIGEST_SIZE);
  md5_digest(&ctx, out.size(), out.data());
  return out;
}

Bytes Rc4(const Bytes& key, std::string_view data) {
  arcfour_ctx ctx;
  arcfour_set_key(&ctx, key.size(), key.data());
  Bytes out(data.size());
  arcfour_crypt(&ctx, data.size(), out.data(), reinterpret_cast<const unsigned char*>(data.data()));
  return out;
}

// AES-CBC without padding removed; `key` 16 or 32 bytes.
Bytes AesCbcDecrypt(const Bytes& key, const unsigned char* iv_in, std::string_view data) {
  const std::size_t size = data.size() / 16 * 16;
  Bytes out(size), iv(iv_in, iv_in + 16);
  const auto* in = reinterpret_cast<const unsigned char*>(data.data());
  if (key.size() == 32) {
    aes256_ctx ctx;
    aes256_set_decrypt_key(&ctx, key.data());
    cbc_decrypt(&ctx, reinterpret_cast<nettle_cipher_func*>(aes256_decrypt), 16, iv.data(), size, out.data(), in);
  } else {
    aes128_ctx ctx;
    aes128_set_decrypt_key(&ctx, key.data());
    cbc_decrypt(&ctx, reinterpret_cast<nettle_cipher_func*>(aes128_decrypt), 16, iv.data(), size, out.data(), in);
  }
  return out;
}

// Revision 6's hash of an empty password (Algorithm 2.B): SHA-256 of the
// salt, then rounds of AES-128-CBC and SHA-256/384/512 chosen by the data.
Bytes Hash2B(const Bytes& salt) {
  Bytes k(SHA256_DIGEST_SIZE);
  sha256_ctx first;
  sha256_init(&first);
  sha256_update(&first, salt.size(), salt.data());
  sha256_digest(&first, k.size(), k.data());
  for (int round = 0;; ++round) {
    Bytes k1;
    for (int n = 0; n < 64; ++n) k1.insert(k1.end(), k.begin(), k.end());  // password (empty) + K
    aes128_ctx ctx;
    aes128_set_encrypt_key(&ctx, k.data());
    Bytes iv(k.begin() + 16, k.begin() + 32), e(k1.size());
    cbc_encrypt(&ctx, reinterpret_cast<nettle_cipher_func*>(aes128_encrypt), 16, iv.data(), k1.size(), e.data(),
                k1.data());
    int sum = 0;
    for (int n = 0; n < 16; ++n) sum += e[static_cast<std::size_t>(n)];
    switch (sum % 3) {
      case 0: {
        sha256_ctx c;
        sha256_init(&c), sha256_update(&c, e.size(), e.data());
        k.assign(SHA256_DIGEST_SIZE, 0), sha256_digest(&c, k.size(), k.data());
        break;
      }
      case 1: {
        sha384_ctx c;
        sha384_init(&c), sha384_update(&c, e.size(), e.data());
        k.assign(SHA384_DIGEST_SIZE, 0), sha384_digest(&c, k.size(), k.data());
        break;
      }
      default: {
        sha512_ctx c;
        sha512_init(&c), sha512_update(&c, e.size(), e.data());
        k.assign(SHA512_DIGEST_SIZE, 0), sha512_digest(&c, k.size(), k.data());
      }
    }
    if (round >= 63 && e.back() <= round - 31) break;
  }
  k.resize(32);
  return k;
}

Bytes Sha256(const Bytes& data) {
  sha256_ctx c;
  sha256_init(&c);
  sha256_update(&c, data.size(), data.data());
  Bytes out(SHA256_DIGEST_SIZE);
  sha256_digest(&c, out.size(), out.data());
  return out;
}

}  // namespace

std::optional<PdfDecryption> PdfDecryption::Of(std::string_view file) {
  const std::string_view dict = EncryptDictionary(file);
  if (dict.empty() || NameAt(dict, After(dict, "/Filter")) != "Standard") return std::nullopt;
  const long v = IntegerAt(dict, After(dict, "/V")).value_or(0);
  const long r = IntegerAt(dict, After(dict, "/R")).value_or(0);
  const std::optional<Bytes> o = StringAt(dict, After(dict, "/O")), u = StringAt(dict, After(dict, "/U"));
  if (!o || !u || o->size() < 32 || u->size() < 32) return std::nullopt;
  PdfDecryption d;
  // The cipher of streams: /V 4 and 5 name it in a crypt filter.
  d.cipher_ = Cipher::kRc4;
  if (v >= 4) {
    if (NameAt(dict, After(dict, "/StmF")) == "Identity") return std::nullopt;  // streams in the clear
    const std::string_view method = NameAt(dict, After(dict, "/CFM"));
    d.cipher_ = method == "AESV3" ? Cipher::kAes256 : method == "AESV2" ? Cipher::kAes128
                : method == "None"  ? Cipher::kNone
                                    : Cipher::kRc4;
    if (d.cipher_ == Cipher::kNone) return std::nullopt;
  }
  if (r >= 5) {
    // AES-256: the file key is /UE decrypted with the empty password's hash.
    const std::optional<Bytes> ue = StringAt(dict, After(dict, "/UE"));
    if (!ue || ue->size() < 32 || u->size() < 48) return std::nullopt;
    const Bytes validation(u->begin() + 32, u->begin() + 40), key_salt(u->begin() + 40, u->begin() + 48);
    const Bytes check = r == 5 ? Sha256(validation) : Hash2B(validation);
    if (!std::equal(check.begin(), check.end(), u->begin())) return std::nullopt;  // a user password
    const Bytes zeros(16, 0);
    d.key_ = AesCbcDecrypt(r == 5 ? Sha256(key_salt) : Hash2B(key_salt), zeros.data(),
                           std::string_view(reinterpret_cast<const char*>(ue->data()), 32));
    d.cipher_ = Cipher::kAes256;
    return d;
  }
  // RC4 and AES-128 (Algorithm 2): MD5 of the padded empty password, /O,
  // /P, the first /ID, and (revision 4, metadata in the clear) 0xFFFFFFFF.
  // The key's length: /Length in bits (a crypt filter's may be in bytes);
  // 40 bits when none, 5 bytes always in revision 2.
  long bytes = 5;
  for (std::size_t from = 0;;) {
    const std::size_t k = After(dict.substr(from), "/Length");
    if (k == std::string_view::npos) break;
    from += k;
    const long length = IntegerAt(dict, from).value_or(40);
    bytes = std::max(bytes, length >= 40 ? length / 8 : length);
  }
  const std::size_t n = r == 2 ? 5 : static_cast<std::size_t>(std::clamp<long>(bytes, 5, 16));
  const std::uint32_t p = static_cast<std::uint32_t>(IntegerAt(dict, After(dict, "/P")).value_or(0));
  const unsigned char p_bytes[4] = {static_cast<unsigned char>(p), static_cast<unsigned char>(p >> 8),
                                    static_cast<unsigned char>(p >> 16), static_cast<unsigned char>(p >> 24)};
  Bytes id;
  std::size_t id_at = std::string_view::npos;
  // The first string of the last "/ID [": the trailer's (or the
  // cross-reference stream's).
  for (std::size_t k = file.find("/ID"); k != std::string_view::npos; k = file.find("/ID", k + 3)) {
    const std::size_t bracket = SkipSpace(file, k + 3);
    if (bracket < file.size() && file[bracket] == '[') id_at = bracket + 1;
  }
  if (id_at != std::string_view::npos) id = StringAt(file, id_at).value_or(Bytes{});
  const unsigned char all_ones[4] = {0xff, 0xff, 0xff, 0xff};
  const bool metadata_clear = dict.find("/EncryptMetadata false") != std::string_view::npos;
  std::vector<std::pair<const unsigned char*, std::size_t>> parts = {
      {kPadding, 32}, {o->data(), 32}, {p_bytes, 4}, {id.data(), id.size()}};
  if (r >= 4 && metadata_clear) parts.push_back({all_ones, 4});
  Bytes hash = Md5(parts);
  if (r >= 3)
    for (int k = 0; k < 50; ++k) hash = Md5({{hash.data(), n}});
  d.key_.assign(hash.begin(), hash.begin() + static_cast<long>(n));
  // The empty password is the user's when /U is what it makes (Algorithms
  // 4 and 5); else poppler asks for a password and reads nothing.
  if (r == 2) {
    const Bytes check = Rc4(d.key_, std::string_view(reinterpret_cast<const char*>(kPadding), 32));
    if (!std::equal(check.begin(), check.end(), u->begin())) return std::nullopt;
  } else {
    Bytes check = Md5({{kPadding, 32}, {id.data(), id.size()}});
    for (int k = 0; k < 20; ++k) {
      Bytes key = d.key_;
      for (unsigned char& b : key) b = static_cast<unsigned char>(b ^ k);
      check = Rc4(key, std::string_view(reinterpret_cast<const char*>(check.data()), check.size()));
    }
    if (!std::equal(check.begin(), check.begin() + 16, u->begin())) return std::nullopt;
  }
  return d;
}

std::string PdfDecryption::Stream(long number, int generation, std::string_view data) const {
  Bytes out;
  if (cipher_ == Cipher::kAes256) {
    if (data.size() < 16) return "";
    out = AesCbcDecrypt(key_, reinterpret_cast<const unsigned char*>(data.data()), data.substr(16));
  } else {
    // Algorithm 1: the object's key, MD5 of the file key, its number and
    // generation (and "sAlT" for AES), at most 16 bytes.
    const unsigned char id[5] = {static_cast<unsigned char>(number), static_cast<unsigned char>(number >> 8),
                                 static_cast<unsigned char>(number >> 16), static_cast<unsigned char>(generation),
                                 static_cast<unsigned char>(generation >> 8)};
    const unsigned char salt[4] = {'s', 'A', 'l', 'T'};
    std::vector<std::pair<const unsigned char*, std::size_t>> parts = {{key_.data(), key_.size()}, {id, 5}};
    if (cipher_ == Cipher::kAes128) parts.push_back({salt, 4});
    Bytes key = Md5(parts);
    key.resize(std::min<std::size_t>(key_.size() + 5, 16));
    if (cipher_ == Cipher::kRc4) {
      out = Rc4(key, data);
    } else {
      if (data.size() < 16) return "";
      out = AesCbcDecrypt(key, reinterpret_cast<const unsigned char*>(data.data()), data.substr(16));
    }
  }
  // AES pads its last block (PKCS#5): 1-16 bytes of their own count.
  if (cipher_ != Cipher::kRc4 && !out.empty() && out.back() >= 1 && out.back() <= 16 && out.back() <= out.size())
    out.resize(out.size() - out.back());
  return std::string(out.begin(), out.end());
}

}  // namespace gongkai
