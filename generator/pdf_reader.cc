#include "pdf_reader.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <mutex>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include "aligned_columns.h"
#include "cell_text.h"
#include "diagnostics.h"
#include "input_limits.h"
#include "normalize.h"

namespace gongkai {
namespace {

// Poppler reports syntax errors of damaged files on stderr; the reader turns
// the outcome into diagnostics instead.
void QuietPoppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
  });
}

std::string Utf8(const poppler::ustring& u) {
  poppler::byte_array bytes = u.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

double Centre(const Word& w) { return (w.top + w.bottom) / 2; }
double Height(const Word& w) { return w.bottom - w.top; }

// The page's words with boxes as the page is displayed (poppler applies the
// page's /Rotate), normalized like text lines; empty words dropped.
std::vector<Word> PageWords(const poppler::page& page) {
  std::vector<Word> words;
  for (const poppler::text_box& box : page.text_list()) {
    std::string text = NormalizeLine(Utf8(box.text()));
    if (IsBlankText(text)) continue;
    poppler::rectf r = box.bbox();
    words.push_back({TrimCell(text), r.x(), r.x() + r.width(), r.y(), r.y() + r.height()});
  }
  return words;
}

// Groups words into lines: by vertical centre, a word joining the line whose
// centre is within `line_overlap` of the taller height (y tolerance).
std::vector<std::vector<Word>> GroupLines(std::vector<Word> words, const PdfReadSettings& s) {
  std::stable_sort(words.begin(), words.end(),
                   [](const Word& a, const Word& b) { return Centre(a) < Centre(b); });
  std::vector<std::vector<Word>> lines;
  double centre = 0, height = 0;
  for (Word& w : words) {
    if (!lines.empty() &&
        std::abs(Centre(w) - centre) <= s.line_overlap * std::max(height, Height(w))) {
      lines.back().push_back(std::move(w));
      continue;
    }
    centre = Centre(w);
    height = Height(w);
    lines.push_back({std::move(w)});
  }
  for (auto& line : lines)
    std::stable_sort(line.begin(), line.end(),
                     [](const Word& a, const Word& b) { return a.x0 < b.x0; });
  return lines;
}

std::string_view LastToken(std::string_view s) {
  std::size_t space = s.rfind(' ');
  return space == std::string_view::npos ? s : s.substr(space + 1);
}

// Text that continues an amount in a sentence: its unit or punctuation.
bool ContinuesAmount(std::string_view text) {
  for (std::string_view lead : {"万元", "元", "%", "％", "，", "。", "、", "；", "）", ")", ","})
    if (text.starts_with(lead)) return true;
  return false;
}

// Joins words closer than `word_join` × height into cells (x tolerance).
std::vector<Word> JoinCells(const std::vector<Word>& line, const PdfReadSettings& s) {
  std::vector<Word> cells;
  for (const Word& w : line) {
    if (!cells.empty()) {
      Word& c = cells.back();
      double h = std::max(Height(c), Height(w));
      double gap = w.x0 - c.x1;
      // An amount does not join the label after it across a gap: "36,989.05"
      // and "一、一般公共服务支出" printed close in a tight column pair stay
      // apart; "2,719.55 万元，" in a sentence stays one.
      bool apart = IsAmountToken(LastToken(c.text)) && gap > 0.1 * h && !ContinuesAmount(w.text);
      if (gap <= s.word_join * h && !apart) {
        bool space = gap > 0.15 * h && !EndsWithCjk(c.text) && !StartsWithCjk(w.text);
        c.text += space ? " " + w.text : w.text;
        c.x1 = std::max(c.x1, w.x1);
        c.top = std::min(c.top, w.top);
        c.bottom = std::max(c.bottom, w.bottom);
        continue;
      }
    }
    cells.push_back(w);
  }
  return cells;
}

// A line's text as `pdftotext -layout` would separate it: cells two spaces
// apart, so prose and titles read as before and cells stay apart.
std::string LineText(const std::vector<Word>& cells) {
  std::string text;
  for (const Word& c : cells) {
    if (!text.empty()) text += "  ";
    text += c.text;
  }
  return text;
}

// Inflates one stream (its filters: `layers` FlateDecode in a row) from
// `data` and returns how many bytes it gives, stopping as soon as that
// exceeds `limit` (so the check costs at most `limit` bytes of inflating).
// The first kMaxCMapScanBytes it gives are kept in `head`.
std::uint64_t InflatedSize(std::string_view data, int layers, std::uint64_t limit, std::string* head) {
  std::vector<z_stream> zs(static_cast<std::size_t>(layers));
  for (z_stream& z : zs) {
    z = {};
    if (inflateInit(&z) != Z_OK) return 0;
  }
  std::uint64_t total = 0;
  std::vector<std::vector<unsigned char>> buffers(zs.size(), std::vector<unsigned char>(1 << 16));
  // Feeds `in` to layer k; what it gives goes to layer k + 1, or is counted.
  std::function<bool(int, const unsigned char*, std::size_t)> feed =
      [&](int k, const unsigned char* in, std::size_t size) {
        z_stream& z = zs[static_cast<std::size_t>(k)];
        std::vector<unsigned char>& out = buffers[static_cast<std::size_t>(k)];
        z.next_in = const_cast<unsigned char*>(in);
        z.avail_in = static_cast<uInt>(size);
        for (;;) {
          z.next_out = out.data();
          z.avail_out = static_cast<uInt>(out.size());
          const int rc = inflate(&z, Z_NO_FLUSH);
          const std::size_t got = out.size() - z.avail_out;
          if (k + 1 < layers) {
            if (got > 0 && !feed(k + 1, out.data(), got)) return false;
          } else {
            if (head->size() < kMaxCMapScanBytes)
              head->append(reinterpret_cast<const char*>(out.data()), std::min(got, kMaxCMapScanBytes - head->size()));
            if ((total += got) > limit) return false;
          }
          if (rc != Z_OK) return false;    // the stream's end (or damage): done
          if (z.avail_out != 0) return true;  // `in` used up: more from the layer above
        }
      };
  // At most 2 GiB of input at a time (zlib counts in 32 bits).
  const std::size_t size = std::min<std::size_t>(data.size(), 1u << 31);
  feed(0, reinterpret_cast<const unsigned char*>(data.data()), size);
  for (z_stream& z : zs) inflateEnd(&z);
  return total;
}

// How many bytes an LZWDecode stream decodes to, as poppler's LZWStream
// decodes it (9- to 12-bit codes, most significant bit first; 256 clears the
// table, 257 ends; each code but the first after a clear adds an entry, up to
// 4096; the code width grows one entry early unless `early_change` is 0),
// stopping as soon as the size exceeds `limit`. Only each entry's length is
// kept: linear in `data`, nothing decoded.
std::uint64_t LzwSize(std::string_view data, bool early_change, std::uint64_t limit) {
  std::vector<std::uint32_t> length(4097, 1);
  std::uint64_t total = 0, bits = 0;
  std::uint32_t sequence = 0;  // the length of the last code's bytes
  int have = 0, width = 9, next = 258;
  bool first = true;
  const int early = early_change ? 1 : 0;
  for (const char ch : data) {
    bits = (bits << 8) | static_cast<unsigned char>(ch);
    have += 8;
    while (have >= width) {
      const int code = static_cast<int>((bits >> (have - width)) & ((1u << width) - 1));
      have -= width;
      if (code == 257) return total;
      if (code == 256) {
        width = 9, next = 258, sequence = 0, first = true;
        continue;
      }
      const std::uint32_t entry = sequence + 1;  // the last code's bytes and one more
      if (code < 256) {
        sequence = 1;
      } else if (code < next) {
        sequence = length[static_cast<std::size_t>(code)];
      } else if (code == next) {
        sequence += 1;
      } else {
        return total;  // poppler stops at a bad code
      }
      if ((total += sequence) > limit) return total;
      if (first) {
        first = false;
        continue;
      }
      if (next < 4097) length[static_cast<std::size_t>(next++)] = entry;
      if (next + early == 512) width = 10;
      else if (next + early == 1024) width = 11;
      else if (next + early == 2048) width = 12;
    }
  }
  return total;
}

// How many bytes a RunLengthDecode stream decodes to (a length byte L: L+1
// literal bytes follow when L < 128, one byte repeated 257-L times when
// L > 128; 128 ends), stopping as soon as that exceeds `limit`.
std::uint64_t RunLengthSize(std::string_view data, std::uint64_t limit) {
  std::uint64_t total = 0;
  for (std::size_t k = 0; k < data.size() && total <= limit;) {
    const unsigned length = static_cast<unsigned char>(data[k]);
    if (length == 128) break;
    if (length < 128) {
      total += length + 1;
      k += length + 2;
    } else {
      total += 257 - length;
      k += 2;
    }
  }
  return total;
}

// PDF's white-space characters.
bool IsPdfSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\0'; }

// PostScript tokens as poppler's PSTokenizer reads a CMap: a hex string
// "<...>" is one token up to its ">", "[" and "]" stand alone, "%" starts
// a comment, whitespace and the other delimiters separate.
class CMapTokens {
 public:
  explicit CMapTokens(std::string_view s) : s_(s) {}
  bool Next(std::string_view* token) {
    for (;;) {
      while (at_ < s_.size() && IsPdfSpace(s_[at_])) ++at_;
      if (at_ >= s_.size()) return false;
      if (s_[at_] != '%') break;
      while (at_ < s_.size() && s_[at_] != '\n' && s_[at_] != '\r') ++at_;
    }
    const std::size_t start = at_;
    const char c = s_[at_++];
    if (c == '<') {
      while (at_ < s_.size() && s_[at_] != '>') ++at_;
      if (at_ < s_.size()) ++at_;
    } else if (c != '[' && c != ']' && c != '>') {
      while (at_ < s_.size() && !IsPdfSpace(s_[at_]) && !IsDelimiter(s_[at_])) ++at_;
    }
    *token = s_.substr(start, at_ - start);
    return true;
  }

 private:
  static bool IsDelimiter(char c) { return std::string_view("()<>[]{}/%").find(c) != std::string_view::npos; }
  std::string_view s_;
  std::size_t at_ = 0;
};

// A source code token's value as poppler reads it (sscanf "%x" after the
// "<": leading hex digits), saturated; -1 when it is no hex string.
std::int64_t CMapCode(std::string_view token) {
  if (token.size() < 2 || token.front() != '<') return -1;
  std::size_t i = 1;
  while (i < token.size() && (token[i] == ' ' || token[i] == '\t' || token[i] == '\n' || token[i] == '\r')) ++i;
  if (i + 1 < token.size() && token[i] == '0' && (token[i + 1] == 'x' || token[i + 1] == 'X')) i += 2;
  std::int64_t v = 0;
  bool any = false;
  for (; i < token.size() && std::isxdigit(static_cast<unsigned char>(token[i])); ++i, any = true)
    v = std::min<std::int64_t>(v * 16 + (std::isdigit(static_cast<unsigned char>(token[i])) ? token[i] - '0'
                                                                                            : (token[i] | 0x20) - 'a' + 10),
                               std::int64_t{1} << 40);
  return any ? v : -1;
}

// What the font maps read so far make poppler do: codes its ranges walk,
// and mappings to more than one UTF-16 unit (poppler grows that list 16
// entries at a time, so its cost is quadratic in their number).
struct CMapCost {
  std::uint64_t codes = 0;
  std::uint64_t strings = 0;
};

// True when a destination token is a hex string poppler keeps as text of
// more than one UTF-16 unit (more than 4 digits inside the "<>").
bool MultiUnitDestination(std::string_view token) {
  return token.size() > 6 && token.front() == '<' && token.back() == '>';
}

// Why a CMap stream's mapping would cost poppler too much ("" when it is
// fine), adding its cost to `cost` (the PDF's maps read before): a source
// code beyond kMaxCMapCode, ranges passing kMaxCMapCodes codes, or more than
// kMaxCMapStrings multi-unit mappings. Entries of bfchar/cidchar are pairs,
// bfrange/cidrange triples whose third is a token or an array.
std::string CMapTooLarge(std::string_view cmap, CMapCost* cost) {
  if (cmap.find("begin") == std::string_view::npos) return "";
  CMapTokens tokens(cmap);
  std::string_view t;
  auto too_large = [](std::string_view token) {
    const std::string shown = token.size() > 20 ? std::string(token.substr(0, 20)) + "…" : std::string(token);
    return "a font's ToUnicode map names character code " + shown + ", beyond U+10FFFF (a damaged or hostile font map)";
  };
  auto add_strings = [&](std::uint64_t n) {
    return (cost->strings += n) > kMaxCMapStrings;
  };
  const std::string too_many_strings = "the fonts' ToUnicode maps map more than " + std::to_string(kMaxCMapStrings) +
                                       " character codes to several characters each (a damaged or hostile font map)";
  while (tokens.Next(&t)) {
    const bool range = t == "beginbfrange" || t == "begincidrange";
    if (!range && t != "beginbfchar" && t != "begincidchar") continue;
    const std::string end = "end" + std::string(t.substr(5));
    for (;;) {
      std::string_view first, second;
      if (!tokens.Next(&first) || first == end) break;
      if (!tokens.Next(&second) || second == end) break;
      const std::int64_t lo = CMapCode(first);
      if (lo > static_cast<std::int64_t>(kMaxCMapCode)) return too_large(first);
      if (!range) {
        if (MultiUnitDestination(second) && add_strings(1)) return too_many_strings;
        continue;
      }
      const std::int64_t hi = CMapCode(second);
      if (hi > static_cast<std::int64_t>(kMaxCMapCode)) return too_large(second);
      const std::uint64_t span = lo >= 0 && hi >= lo ? static_cast<std::uint64_t>(hi - lo + 1) : 0;
      if ((cost->codes += span) > kMaxCMapCodes)
        return "the fonts' ToUnicode maps span more than " + std::to_string(kMaxCMapCodes) +
               " character codes (a damaged or hostile font map)";
      std::string_view third;
      if (!tokens.Next(&third) || third == end) break;
      if (MultiUnitDestination(third) && add_strings(span)) return too_many_strings;
      if (third == "[")
        while (tokens.Next(&third) && third != "]" && third != end)
          if (MultiUnitDestination(third) && add_strings(1)) return too_many_strings;
      if (third == end) break;
    }
  }
  return "";
}

// The object number of the indirect object whose "obj" keyword is at `at`
// ("12 0 obj"), or -1.
long ObjectNumber(std::string_view bytes, std::size_t at) {
  std::size_t k = at;
  auto digits = [&] {
    while (k > 0 && IsPdfSpace(bytes[k - 1])) --k;
    const std::size_t end = k;
    while (k > 0 && end - k < 10 && bytes[k - 1] >= '0' && bytes[k - 1] <= '9') --k;
    return bytes.substr(k, end - k);
  };
  if (digits().empty()) return -1;  // the generation
  const std::string_view number = digits();
  return number.empty() ? -1 : std::stol(std::string(number));
}

// Adds to `refs` the objects each "/Contents" of `text` names: a page's
// content streams, "/Contents 12 0 R" or "/Contents [12 0 R 13 0 R]" (an
// annotation's "/Contents (text)" names none).
void ContentRefs(std::string_view text, std::vector<long>* refs) {
  for (std::size_t at = text.find("/Contents"); at != std::string_view::npos; at = text.find("/Contents", at + 9)) {
    std::size_t k = at + 9;
    auto skip = [&] {
      while (k < text.size() && IsPdfSpace(text[k])) ++k;
    };
    auto number = [&]() -> long {
      skip();
      const std::size_t begin = k;
      while (k < text.size() && k - begin < 10 && text[k] >= '0' && text[k] <= '9') ++k;
      return k == begin ? -1 : std::stol(std::string(text.substr(begin, k - begin)));
    };
    skip();
    const bool array = k < text.size() && text[k] == '[';
    if (array) ++k;
    do {
      const long object = number();
      if (object < 0 || number() < 0) break;
      skip();
      if (k >= text.size() || text[k] != 'R') break;
      ++k;
      refs->push_back(object);
    } while (array);
  }
}

// Why the PDF is refused as a bomb ("" when it is not): its FlateDecode,
// LZWDecode or RunLengthDecode streams, images excepted (reading text decodes no image), inflate
// beyond kMaxPdfStreamBytes each or kMaxPdfInflatedBytes together; its pages'
// content streams, each counted once per page that names it (poppler decodes
// a shared stream again for every page), beyond kMaxPdfInflatedBytes; or its
// font maps (CMapTooLarge, plain or FlateDecode) would cost poppler too much.
// Each stream's dictionary is the text between its "obj" and "stream"
// (found in one forward scan: linear in the file); pages are found in the
// file and in the inflated object streams.
std::string DecompressionBomb(std::string_view bytes) {
  std::uint64_t total = 0;
  CMapCost cmap_cost;
  std::map<long, std::uint64_t> decoded;  // stream object number -> bytes it decodes to
  std::vector<long> contents;             // the pages' content streams, once per page
  ContentRefs(bytes, &contents);
  // The first "endstream" at or after the latest plain stream's data: found
  // once, since streams come in order (one search per stream would scan the
  // rest of a file without "endstream" again for each).
  std::size_t end_at = 0, begin_at = 0;
  std::size_t obj = std::string_view::npos, next_obj = bytes.find("obj");
  for (std::size_t at = bytes.find("stream"); at != std::string_view::npos;
       at = bytes.find("stream", at + 6)) {
    for (; next_obj < at; next_obj = bytes.find("obj", next_obj + 3)) obj = next_obj;
    if (at >= 3 && bytes.substr(at - 3, 3) == "end") continue;  // "endstream"
    if (obj == std::string_view::npos || at - obj > (1u << 16)) continue;
    const std::string_view dict = bytes.substr(obj, at - obj);
    if (dict.find("/Image") != std::string_view::npos) continue;
    int layers = 0;
    for (std::size_t f = dict.find("/FlateDecode"); f != std::string_view::npos;
         f = dict.find("/FlateDecode", f + 1))
      ++layers;
    if (layers > 4) return "a stream compressed " + std::to_string(layers) + " times over (a decompression bomb?)";
    std::size_t data = at + 6;
    if (data < bytes.size() && bytes[data] == '\r') ++data;
    if (data < bytes.size() && bytes[data] == '\n') ++data;
    const std::uint64_t room = std::min(kMaxPdfStreamBytes, kMaxPdfInflatedBytes - total);
    auto too_big = [&] {
      return "a compressed stream at byte " + std::to_string(data) + " inflates beyond " +
             (room == kMaxPdfStreamBytes ? std::to_string(kMaxPdfStreamBytes >> 20) + " MB, gongkai's limit for one stream"
                                         : std::to_string(kMaxPdfInflatedBytes >> 20) + " MB, gongkai's limit for all streams") +
             " (a decompression bomb?)";
    };
    const long number = ObjectNumber(bytes, obj);
    const bool lzw = dict.find("/LZWDecode") != std::string_view::npos;
    if (layers == 0 && (lzw || dict.find("/RunLengthDecode") != std::string_view::npos)) {
      // LZW (old PDFs) expands up to ~1,300 times, run lengths 64 times: their
      // sizes, not their text.
      const bool early = dict.find("/EarlyChange 0") == std::string_view::npos;
      const std::uint64_t size =
          lzw ? LzwSize(bytes.substr(data), early, room) : RunLengthSize(bytes.substr(data), room);
      if (size > room) return too_big();
      total += size;
      decoded[number] = size;
      continue;
    }
    if (layers == 0) {
      // Uncompressed (or another filter): only a plain CMap is looked at.
      if (end_at != std::string_view::npos && end_at < data) end_at = bytes.find("endstream", data);
      const std::size_t end = end_at == std::string_view::npos ? bytes.size() : end_at;
      decoded[number] = end - data;
      if (dict.find("/Filter") != std::string_view::npos) continue;
      const std::string_view plain = bytes.substr(data, std::min(end - data, kMaxCMapScanBytes));
      // A map has "begin…" blocks; the next "begin" is found once, like end_at.
      if (begin_at != std::string_view::npos && begin_at < data) begin_at = bytes.find("begin", data);
      if (begin_at == std::string_view::npos || begin_at >= data + plain.size()) continue;
      if (std::string why = CMapTooLarge(plain, &cmap_cost); !why.empty()) return why;
      continue;
    }
    std::string head;
    const std::uint64_t size = InflatedSize(bytes.substr(data), layers, room, &head);
    if (size > room) return too_big();
    if (std::string why = CMapTooLarge(head, &cmap_cost); !why.empty()) return why;
    if (dict.find("/ObjStm") != std::string_view::npos) ContentRefs(head, &contents);
    total += size;
    decoded[number] = size;
  }
  std::uint64_t drawn = 0;
  for (long object : contents)
    if (auto it = decoded.find(object); it != decoded.end() && (drawn += it->second) > kMaxPdfInflatedBytes)
      return "its pages' content streams inflate beyond " + std::to_string(kMaxPdfInflatedBytes >> 20) +
             " MB, counted once per page that draws them (stream " + std::to_string(object) +
             " is shared by many pages?)";
  return "";
}

}  // namespace

bool LooksLikePdf(std::string_view bytes) {
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

PdfText ReadPdf(std::string_view path, std::string_view bytes, const PdfReadSettings& settings) {
  QuietPoppler();
  PdfText out;
  out.text.path = std::string(path);
  out.text.encoding = "PDF";
  auto refuse = [&](std::string code, std::string why) {
    out.unread = why;
    Report(out.text.diagnostics, path, 0, Severity::kWarning, code, std::move(why));
    return std::move(out);
  };
  if (!LooksLikePdf(bytes)) return refuse("pdf.not-pdf", "not a PDF (no %PDF- header)");
  if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
    return refuse("pdf.too-large", "PDF larger than 2 GiB");
  if (std::string bomb = DecompressionBomb(bytes); !bomb.empty())
    return refuse("pdf.bomb", "PDF refused: " + bomb);
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return refuse("pdf.broken", "PDF cannot be opened (damaged or encrypted)");
  if (doc->is_locked()) return refuse("pdf.encrypted", "PDF is encrypted with a password");
  out.pages = doc->pages();
  if (out.pages > settings.max_pages)
    return refuse("pdf.too-many-pages", "PDF has " + std::to_string(out.pages) +
                                            " pages; gongkai reads at most " +
                                            std::to_string(settings.max_pages));

  int number = 0;
  int pages_without_text = 0;
  for (int p = 0; p < out.pages; ++p) {
    out.page_starts.push_back(number + 1);
    std::unique_ptr<poppler::page> page(doc->create_page(p));
    std::vector<Word> words;
    if (page) words = PageWords(*page);
    if (words.empty()) ++pages_without_text;
    bool first = true;
    for (const auto& raw_line : GroupLines(std::move(words), settings)) {
      Line line;
      line.number = ++number;
      line.page = p + 1;
      line.page_break = first && p > 0;
      line.positioned = true;
      line.words = JoinCells(raw_line, settings);
      line.text = LineText(line.words);
      first = false;
      out.text.lines.push_back(std::move(line));
    }
  }
  if (number == 0)
    return refuse("pdf.no-text", "PDF has no text layer on any of its " +
                                     std::to_string(out.pages) +
                                     " pages (a scan?): OCR it, or give its text");
  if (pages_without_text > 0)
    Report(out.text.diagnostics, path, 0, Severity::kNote, "pdf.pages-without-text",
           std::to_string(pages_without_text) + " of " + std::to_string(out.pages) +
               " pages have no text layer (images or blank pages)");
  return out;
}

}  // namespace gongkai
