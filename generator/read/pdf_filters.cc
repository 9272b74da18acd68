#include "pdf_filters.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

#include "pdf_syntax.h"

namespace gongkai {
namespace {

using pdf::IsSpace;

// Collects a filter's output and hands it on in pieces of up to 64 KB
// (one call per piece, not per decoded byte).
class Output {
 public:
  explicit Output(ByteSink sink) : sink_(std::move(sink)) { buffer_.reserve(kPiece); }
  bool Put(char c) {
    buffer_.push_back(c);
    return buffer_.size() < kPiece || Flush();
  }
  bool Flush() {
    if (buffer_.empty()) return true;
    const bool go_on = sink_(buffer_);
    buffer_.clear();
    return go_on;
  }

 private:
  static constexpr std::size_t kPiece = 1 << 16;
  ByteSink sink_;
  std::string buffer_;
};

class Flate : public Filter {
 public:
  explicit Flate(ByteSink sink) : sink_(std::move(sink)), out_(1 << 16) {
    ok_ = inflateInit(&z_) == Z_OK;
  }
  ~Flate() override { inflateEnd(&z_); }
  bool Push(std::string_view in) override {
    // zlib counts in 32 bits: at most 1 GiB at a time.
    while (ok_ && !in.empty()) {
      const std::size_t size = std::min<std::size_t>(in.size(), 1u << 30);
      z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
      z_.avail_in = static_cast<uInt>(size);
      in.remove_prefix(size);
      do {
        z_.next_out = out_.data();
        z_.avail_out = static_cast<uInt>(out_.size());
        const int rc = inflate(&z_, Z_NO_FLUSH);
        const std::size_t got = out_.size() - z_.avail_out;
        if (got > 0 && !sink_({reinterpret_cast<const char*>(out_.data()), got})) return ok_ = false;
        if (rc != Z_OK) return ok_ = false;  // the stream's end, or damage: poppler stops there too
      } while (z_.avail_out == 0 || z_.avail_in > 0);
    }
    return ok_;
  }

 private:
  z_stream z_{};
  ByteSink sink_;
  std::vector<unsigned char> out_;
  bool ok_ = false;
};

// As poppler's LZWStream: 9- to 12-bit codes, most significant bit first;
// 256 clears the table, 257 ends; each code but the first after a clear adds
// an entry; the width grows one entry early unless /EarlyChange is 0; a
// full table starts over.
class Lzw : public Filter {
 public:
  Lzw(bool early_change, ByteSink sink) : early_(early_change ? 1 : 0), out_(std::move(sink)) { Clear(); }
  bool Push(std::string_view in) override {
    for (const char ch : in) {
      if (done_) break;
      bits_ = (bits_ << 8) | static_cast<unsigned char>(ch);
      have_ += 8;
      while (!done_ && have_ >= width_) {
        const int code = static_cast<int>((bits_ >> (have_ - width_)) & ((1u << width_) - 1));
        have_ -= width_;
        if (!Code(code)) done_ = true;
      }
    }
    return out_.Flush() && !done_;
  }

 private:
  struct Entry {
    int head = 0;
    unsigned char tail = 0;
    int length = 0;
  };
  void Clear() { width_ = 9, next_ = 258, length_ = 0, first_ = true; }
  bool Code(int code) {
    if (code == 257) return false;
    if (code == 256) {
      Clear();
      return true;
    }
    if (next_ >= 4097) Clear();
    const int next_length = length_ + 1;
    if (code < 256) {
      sequence_[0] = static_cast<unsigned char>(code);
      length_ = 1;
    } else if (code < next_) {
      length_ = table_[static_cast<std::size_t>(code)].length;
      int j = code;
      for (int i = length_ - 1; i > 0; --i) {
        sequence_[static_cast<std::size_t>(i)] = table_[static_cast<std::size_t>(j)].tail;
        j = table_[static_cast<std::size_t>(j)].head;
      }
      sequence_[0] = static_cast<unsigned char>(j);
    } else if (code == next_) {
      sequence_[static_cast<std::size_t>(length_)] = new_char_;
      ++length_;
    } else {
      return false;  // poppler stops at a bad code
    }
    new_char_ = sequence_[0];
    if (first_) {
      first_ = false;
    } else {
      table_[static_cast<std::size_t>(next_)] = {previous_, new_char_, next_length};
      ++next_;
      if (next_ + early_ == 512) width_ = 10;
      else if (next_ + early_ == 1024) width_ = 11;
      else if (next_ + early_ == 2048) width_ = 12;
    }
    previous_ = code;
    for (int i = 0; i < length_; ++i)
      if (!out_.Put(static_cast<char>(sequence_[static_cast<std::size_t>(i)]))) return false;
    return true;
  }

  const int early_;
  Output out_;
  std::array<Entry, 4097> table_{};
  std::array<unsigned char, 4098> sequence_{};
  std::uint64_t bits_ = 0;
  int have_ = 0, width_ = 9, next_ = 258, length_ = 0, previous_ = 0;
  unsigned char new_char_ = 0;
  bool first_ = true, done_ = false;
};

// A length byte L: L+1 literal bytes follow when L < 128, one byte repeated
// 257-L times when L > 128; 128 ends.
class RunLength : public Filter {
 public:
  explicit RunLength(ByteSink sink) : out_(std::move(sink)) {}
  bool Push(std::string_view in) override {
    for (const char ch : in) {
      if (done_) break;
      const unsigned c = static_cast<unsigned char>(ch);
      bool go_on = true;
      if (literal_ > 0) {
        --literal_;
        go_on = out_.Put(ch);
      } else if (repeat_ > 0) {
        for (; repeat_ > 0 && go_on; --repeat_) go_on = out_.Put(ch);
        repeat_ = 0;
      } else if (c == 128) {
        done_ = true;
      } else if (c < 128) {
        literal_ = c + 1;
      } else {
        repeat_ = 257 - c;
      }
      if (!go_on) done_ = true;
    }
    return out_.Flush() && !done_;
  }

 private:
  Output out_;
  unsigned literal_ = 0, repeat_ = 0;
  bool done_ = false;
};

// Pairs of hex digits, white space skipped, ">" ends.
class AsciiHex : public Filter {
 public:
  explicit AsciiHex(ByteSink sink) : out_(std::move(sink)) {}
  bool Push(std::string_view in) override {
    for (const char ch : in) {
      if (done_) break;
      if (ch == '>') {
        done_ = true;
        if (half_ >= 0 && !out_.Put(static_cast<char>(half_ << 4))) break;
        break;
      }
      const int digit = ch >= '0' && ch <= '9' ? ch - '0' : (ch | 0x20) >= 'a' && (ch | 0x20) <= 'f' ? (ch | 0x20) - 'a' + 10 : -1;
      if (digit < 0) continue;  // white space (poppler also skips what is not a digit)
      if (half_ < 0) {
        half_ = digit;
      } else {
        const bool go_on = out_.Put(static_cast<char>(half_ << 4 | digit));
        half_ = -1;
        if (!go_on) done_ = true;
      }
    }
    return out_.Flush() && !done_;
  }

 private:
  Output out_;
  int half_ = -1;
  bool done_ = false;
};

// Groups of five characters '!'..'u' for four bytes, 'z' for four zeros,
// "~>" ends; a short last group of k characters gives k-1 bytes.
class Ascii85 : public Filter {
 public:
  explicit Ascii85(ByteSink sink) : out_(std::move(sink)) {}
  bool Push(std::string_view in) override {
    for (const char ch : in) {
      if (done_) break;
      if (IsSpace(ch)) continue;
      if (ch == '~') {
        done_ = true;
        if (count_ > 1) {
          for (int k = count_; k < 5; ++k) value_ = value_ * 85 + 84;
          Emit(count_ - 1);
        }
        break;
      }
      if (ch == 'z' && count_ == 0) {
        value_ = 0;
        if (!Emit(4)) done_ = true;
        continue;
      }
      if (ch < '!' || ch > 'u') continue;
      value_ = value_ * 85 + static_cast<std::uint64_t>(ch - '!');
      if (++count_ == 5 && !Emit(4)) done_ = true;
    }
    return out_.Flush() && !done_;
  }

 private:
  bool Emit(int bytes) {
    const std::uint32_t v = static_cast<std::uint32_t>(value_);
    value_ = 0, count_ = 0;
    for (int k = 0; k < bytes; ++k)
      if (!out_.Put(static_cast<char>((v >> (24 - 8 * k)) & 0xff))) return false;
    return true;
  }
  Output out_;
  std::uint64_t value_ = 0;
  int count_ = 0;
  bool done_ = false;
};

// The filter names poppler decodes for text, with their abbreviations.
std::string_view Canonical(std::string_view name) {
  if (name == "FlateDecode" || name == "Fl") return "FlateDecode";
  if (name == "LZWDecode" || name == "LZW") return "LZWDecode";
  if (name == "RunLengthDecode" || name == "RL") return "RunLengthDecode";
  if (name == "ASCIIHexDecode" || name == "AHx") return "ASCIIHexDecode";
  if (name == "ASCII85Decode" || name == "A85") return "ASCII85Decode";
  return "";
}

}  // namespace

FilterList StreamFilters(std::string_view dict) {
  FilterList list;
  std::size_t at = dict.find("/Filter");
  // "/Filter" and not "/FilterX" (no such key, but a name may start so).
  while (at != std::string_view::npos && at + 7 < dict.size() && std::isalnum(static_cast<unsigned char>(dict[at + 7])))
    at = dict.find("/Filter", at + 7);
  if (at == std::string_view::npos) return list;
  std::size_t k = at + 7;
  auto skip = [&] {
    while (k < dict.size() && IsSpace(dict[k])) ++k;
  };
  auto name = [&]() -> std::string_view {
    skip();
    if (k >= dict.size() || dict[k] != '/') return {};
    const std::size_t begin = ++k;
    while (k < dict.size() && !IsSpace(dict[k]) && !pdf::IsDelimiter(dict[k])) ++k;
    return dict.substr(begin, k - begin);
  };
  skip();
  if (k < dict.size() && std::isdigit(static_cast<unsigned char>(dict[k]))) {
    // "/Filter 12 0 R"
    std::size_t end = k;
    while (end < dict.size() && end - k < 10 && std::isdigit(static_cast<unsigned char>(dict[end]))) ++end;
    const std::string_view rest = dict.substr(end);
    const std::size_t r = rest.find_first_not_of(" \t\r\n0123456789");
    if (r != std::string_view::npos && rest[r] == 'R') list.reference = std::stol(std::string(dict.substr(k, end - k)));
    list.known = false;
    return list;
  }
  const bool array = k < dict.size() && dict[k] == '[';
  if (array) ++k;
  do {
    const std::string_view n = name();
    if (n.empty()) break;
    const std::string_view canonical = Canonical(n);
    if (canonical.empty()) list.known = false;
    list.names.emplace_back(canonical.empty() ? n : canonical);
  } while (array);
  skip();
  if (array ? k >= dict.size() || dict[k] != ']' : list.names.empty()) list.known = false;
  return list;
}

std::unique_ptr<Filter> MakeFilterChain(const std::vector<std::string>& filters, bool early_change, ByteSink sink) {
  std::unique_ptr<Filter> chain;
  // Built from the last filter back: each one's output is the next one's input.
  for (auto it = filters.rbegin(); it != filters.rend(); ++it) {
    std::shared_ptr<Filter> next(std::move(chain));
    ByteSink to_next = next ? ByteSink([next](std::string_view bytes) { return next->Push(bytes); }) : sink;
    const std::string_view name = Canonical(*it);
    if (name == "FlateDecode") chain = std::make_unique<Flate>(std::move(to_next));
    else if (name == "LZWDecode") chain = std::make_unique<Lzw>(early_change, std::move(to_next));
    else if (name == "RunLengthDecode") chain = std::make_unique<RunLength>(std::move(to_next));
    else if (name == "ASCIIHexDecode") chain = std::make_unique<AsciiHex>(std::move(to_next));
    else if (name == "ASCII85Decode") chain = std::make_unique<Ascii85>(std::move(to_next));
    else return nullptr;
  }
  return chain;
}

}  // namespace gongkai
