// A small PDF writer for tests that need PDFs made to measure (pdf_writer.h).
#include "pdf_writer.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>
#include <map>

namespace gongkai::test {
namespace {

// PDF's LZW (LZWDecode with early change): codes of 9 to 12 bits, most
// significant bit first; 256 clears the table, 257 ends; after each code
// but the first after a clear the decoder adds an entry, and the width grows
// when the next entry's number plus one reaches 512, 1024, 2048.
class LzwWriter {
 public:
  void Clear() {
    Put(256);
    width_ = 9, next_ = 258, first_ = true;
  }
  // Writes `code`, then does what the decoder does on reading it.
  void Code(int code) {
    Put(code);
    if (first_) {
      first_ = false;
      return;
    }
    if (++next_ + 1 >= (1 << width_) && width_ < 12) ++width_;
  }
  // The number of the entry the decoder adds on reading the next code.
  int next() const { return next_; }
  std::string Finish() {
    Put(257);
    if (have_ > 0) out_ += static_cast<char>((bits_ << (8 - have_)) & 0xff);
    return out_;
  }

 private:
  void Put(int code) {
    bits_ = (bits_ << width_) | static_cast<std::uint64_t>(code);
    for (have_ += width_; have_ >= 8; have_ -= 8) out_ += static_cast<char>((bits_ >> (have_ - 8)) & 0xff);
  }
  std::string out_;
  std::uint64_t bits_ = 0;
  int have_ = 0, width_ = 9, next_ = 258;
  bool first_ = true;
};

}  // namespace

// A PDF of `objects` (object k + 1 is objects[k]; object 1 the catalog),
// with a correct cross-reference table.
std::string WritePdf(const std::vector<std::string>& objects) {
  std::string out = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t k = 0; k < objects.size(); ++k) {
    offsets.push_back(out.size());
    out += std::to_string(k + 1) + " 0 obj\n" + objects[k] + "\nendobj\n";
  }
  const std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    out += entry;
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return out;
}

std::string Stream(const std::string& dict_entries, const std::string& data) {
  return "<< " + dict_entries + " /Length " + std::to_string(data.size()) + " >>\nstream\n" + data +
         "\nendstream";
}

std::string Deflate(const std::string& bytes) {
  uLongf size = compressBound(static_cast<uLong>(bytes.size()));
  std::string out(size, '\0');
  EXPECT_EQ(compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(bytes.data()),
                      static_cast<uLong>(bytes.size()), 9),
            Z_OK);
  out.resize(size);
  return out;
}

// A zlib stream that inflates to `megabytes` MiB of zeros, made without
// deflating them all: one MiB deflated with a full flush (blocks that refer
// to nothing before them) repeated, then a final empty block and the
// Adler-32 of the whole (for n zeros: a = 1, b = n mod 65521).
std::string ZerosBomb(std::uint64_t megabytes) {
  z_stream z{};
  EXPECT_EQ(deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY), Z_OK);
  std::string zeros(1 << 20, '\0'), chunk(1 << 16, '\0'), tail(64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(zeros.data());
  z.avail_in = static_cast<uInt>(zeros.size());
  z.next_out = reinterpret_cast<Bytef*>(chunk.data());
  z.avail_out = static_cast<uInt>(chunk.size());
  EXPECT_EQ(deflate(&z, Z_FULL_FLUSH), Z_OK);
  chunk.resize(chunk.size() - z.avail_out);
  z.next_out = reinterpret_cast<Bytef*>(tail.data());
  z.avail_out = static_cast<uInt>(tail.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  tail.resize(tail.size() - z.avail_out);
  deflateEnd(&z);
  std::string out = "\x78\xda";
  for (std::uint64_t k = 0; k < megabytes; ++k) out += chunk;
  out += tail;
  const std::uint32_t adler = static_cast<std::uint32_t>(((megabytes << 20) % 65521) << 16 | 1);
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((adler >> shift) & 0xff);
  return out;
}


// `bytes` LZW-encoded the textbook way: the longest string in the table,
// then that string and the next byte as a new entry; a full table clears.
std::string Lzw(const std::string& bytes) {
  LzwWriter w;
  w.Clear();
  std::map<std::string, int> table;
  std::string known;
  auto code_of = [&](const std::string& str) {
    return str.size() == 1 ? static_cast<int>(static_cast<unsigned char>(str[0])) : table.at(str);
  };
  for (char c : bytes) {
    const std::string longer = known + c;
    if (known.empty() || table.count(longer)) {
      known = longer;
      continue;
    }
    w.Code(code_of(known));
    if (w.next() < 4095) {
      table[longer] = w.next();
    } else {
      w.Clear();
      table.clear();
    }
    known = std::string(1, c);
  }
  if (!known.empty()) w.Code(code_of(known));
  return w.Finish();
}

// `cycles` runs of zeros: after each clear, 0 and then each new code in turn
// (the entry it defines: the previous one and a zero) up to a full table,
// 3,838 codes giving 7,370,880 bytes (1 + 2 + … + 3,839) from about 5.5 KB.
std::string LzwZerosBomb(int cycles) {
  LzwWriter w;
  for (int c = 0; c < cycles; ++c) {
    w.Clear();
    w.Code(0);
    while (w.next() < 4096) w.Code(w.next());
  }
  return w.Finish();
}

// A PDF of one page per entry of `contents` (each the page's content stream
// data, compressed with FlateDecode when `flate`), in Helvetica, plus
// `extra` objects after the pages.
std::string PagesPdf(const std::vector<std::string>& contents, bool flate, const std::vector<std::string>& extra) {
  std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>", "",
                                      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string kids;
  for (std::size_t p = 0; p < contents.size(); ++p) {
    const std::size_t page = objects.size() + 1;
    kids += std::to_string(page) + " 0 R ";
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                      "/Contents " + std::to_string(page + 1) + " 0 R >>");
    objects.push_back(flate ? Stream("/Filter /FlateDecode", Deflate(contents[p])) : Stream("", contents[p]));
  }
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(contents.size()) + " >>";
  objects.insert(objects.end(), extra.begin(), extra.end());
  return WritePdf(objects);
}

std::string PageText(std::size_t page) {
  return "BT /F1 12 Tf 72 760 Td (Page " + std::to_string(page) + " of the report) Tj 0 -20 Td (Total " +
         std::to_string(page) + ".00) Tj ET";
}

std::vector<std::string> Pages(std::size_t n) {
  std::vector<std::string> pages;
  for (std::size_t p = 1; p <= n; ++p) pages.push_back(PageText(p));
  return pages;
}


// A page per entry of `contents` (its /Contents: "4 0 R", "[4 0 R 5 0 R]"),
// after `streams` (objects 4, 5, …): pages may draw the same stream.
std::string SharedContentPdf(const std::vector<std::string>& streams, const std::vector<std::string>& contents) {
  std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>", "",
                                      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  objects.insert(objects.end(), streams.begin(), streams.end());
  std::string kids;
  for (const std::string& c : contents) {
    kids += std::to_string(objects.size() + 1) + " 0 R ";
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                      "/Contents " + c + " >>");
  }
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(contents.size()) + " >>";
  return WritePdf(objects);
}
}  // namespace gongkai::test
