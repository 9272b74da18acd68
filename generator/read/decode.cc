#include "decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <climits>
#include <cstdint>
#include <memory>
#include <string>

#include "diagnostics.h"

namespace gongkai {
namespace {

// A hostile file may have a bad byte on every line: report the first lines
// one by one (that is what people fix), then one summary.
constexpr int kMaxReportsPerKind = 100;

// One kind of per-line warning, capped at kMaxReportsPerKind.
class LineWarnings {
 public:
  LineWarnings(std::string_view file, std::string_view code, std::string message)
      : file_(file), code_(code), message_(std::move(message)) {}

  void Add(int line, std::vector<Diagnostic>& out) {
    if (reported_ < kMaxReportsPerKind) {
      Report(out, file_, line, Severity::kWarning, code_, message_);
      ++reported_;
      return;
    }
    if (unreported_ == 0) first_unreported_line_ = line;
    ++unreported_;
  }

  void Finish(std::vector<Diagnostic>& out) {
    if (unreported_ == 0) return;
    Report(out, file_, first_unreported_line_, Severity::kWarning, code_,
           "the same problem on " + std::to_string(unreported_) +
               " more line(s) from here on, not reported one by one");
  }

 private:
  std::string file_, code_, message_;
  int reported_ = 0;
  int unreported_ = 0;
  int first_unreported_line_ = 0;
};

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

// Substitutes U+FFFD like ICU's default, and counts how often it had to.
void CountingSubstitute(const void* context, UConverterToUnicodeArgs* args,
                        const char* code_units, int32_t length, UConverterCallbackReason reason,
                        UErrorCode* error) {
  if (reason == UCNV_ILLEGAL || reason == UCNV_UNASSIGNED || reason == UCNV_IRREGULAR)
    ++*static_cast<std::size_t*>(const_cast<void*>(context));
  UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, code_units, length, reason, error);
}

// A GB18030 converter that counts its substitutions into *errors.
Converter OpenGb18030(std::size_t* errors) {
  UErrorCode status = U_ZERO_ERROR;
  Converter cnv(ucnv_open("GB18030", &status));
  if (U_FAILURE(status)) return nullptr;
  UConverterToUCallback old_action;
  const void* old_context;
  ucnv_setToUCallBack(cnv.get(), CountingSubstitute, errors, &old_action, &old_context, &status);
  if (U_FAILURE(status)) return nullptr;
  return cnv;
}

// How well the bytes read as UTF-8: ill-formed sequences (each maximal
// subpart counts once, as U+FFFD replacement would) and well-formed
// multi-byte characters.
struct Utf8Census {
  std::size_t invalid = 0;
  std::size_t multibyte = 0;
};

Utf8Census CountUtf8(std::string_view bytes) {
  Utf8Census census;
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const int64_t length = static_cast<int64_t>(bytes.size());
  for (int64_t i = 0; i < length;) {
    const int64_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) ++census.invalid;
    else if (i - start > 1) ++census.multibyte;
  }
  return census;
}

// Substitutions a GB18030 reading of the whole input needs (SIZE_MAX when
// ICU has no converter).
std::size_t CountGb18030Errors(std::string_view bytes) {
  std::size_t errors = 0;
  Converter cnv = OpenGb18030(&errors);
  if (!cnv) return SIZE_MAX;
  UChar buffer[1 << 14];
  const char* source = bytes.data();
  const char* source_end = bytes.data() + bytes.size();
  UErrorCode status = U_BUFFER_OVERFLOW_ERROR;
  while (status == U_BUFFER_OVERFLOW_ERROR) {
    status = U_ZERO_ERROR;
    UChar* target = buffer;
    ucnv_toUnicode(cnv.get(), &target, buffer + std::size(buffer), &source, source_end, nullptr,
                   /*flush=*/true, &status);
  }
  return U_FAILURE(status) ? SIZE_MAX : errors;
}

enum class Encoding { kUtf8, kGb18030 };

// Valid UTF-8 wins. Text that is mostly well-formed UTF-8 with a few bad
// bytes stays UTF-8 (a UTF-8 file reads as GB18030 mojibake with few
// errors, as GB18030 accepts most byte pairs). Otherwise GB18030 wins when
// it reads cleanly, or with far fewer errors than UTF-8.
Encoding Detect(std::string_view bytes) {
  Utf8Census utf8 = CountUtf8(bytes);
  if (utf8.invalid == 0 || utf8.multibyte > utf8.invalid) return Encoding::kUtf8;
  std::size_t gb_errors = CountGb18030Errors(bytes);
  if (gb_errors == SIZE_MAX) return Encoding::kUtf8;
  if (gb_errors == 0 || gb_errors * 10 < utf8.invalid) return Encoding::kGb18030;
  return Encoding::kUtf8;
}

// Appends the line as UTF-8, each ill-formed sequence replaced by U+FFFD.
// Returns whether anything was replaced.
bool AppendUtf8(std::string_view bytes, std::string& out) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const int64_t length = static_cast<int64_t>(bytes.size());
  bool replaced = false;
  out.reserve(out.size() + bytes.size());
  int64_t valid_from = 0;  // the well-formed run not yet appended
  for (int64_t i = 0; i < length;) {
    const int64_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      out.append(bytes.data() + valid_from, static_cast<std::size_t>(start - valid_from));
      out += "\xEF\xBF\xBD";
      replaced = true;
      valid_from = i;
    }
  }
  out.append(bytes.data() + valid_from, static_cast<std::size_t>(length - valid_from));
  return replaced;
}

// Appends the GB18030 line converted to UTF-8; returns whether bytes had
// to be replaced. `errors` is the counter the converter's callback bumps.
bool AppendGb18030(UConverter* cnv, std::size_t* errors, std::string_view bytes,
                   std::string& out) {
  if (bytes.size() > INT32_MAX / 2) return AppendUtf8(bytes, out);  // beyond ICU's int32
  const std::size_t before = *errors;
  UErrorCode status = U_ZERO_ERROR;
  ucnv_reset(cnv);
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), cnv, status);
  if (U_FAILURE(status)) return AppendUtf8(bytes, out);
  text.toUTF8String(out);
  return *errors != before;
}

// Removes C0 controls other than tab; a form feed marks a page break.
// Returns whether something other than a form feed was removed.
bool StripControls(Line& line) {
  bool removed = false;
  std::string& t = line.text;
  std::size_t kept = 0;
  for (char ch : t) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '\f') {
      line.page_break = true;
    } else if ((c < 0x20 && c != '\t') || c == 0x7F) {
      removed = true;
    } else {
      t[kept++] = ch;
    }
  }
  t.resize(kept);
  return removed;
}

}  // namespace

bool IsWellFormedUtf8(std::string_view bytes) { return CountUtf8(bytes).invalid == 0; }

SourceText Decode(std::string_view path, std::string_view bytes) {
  SourceText out;
  out.path = std::string(path);

  // 1. Encoding: a BOM decides; otherwise detect.
  Encoding encoding = Encoding::kUtf8;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
    out.encoding = "UTF-8 (BOM)";
  } else {
    encoding = Detect(bytes);
    out.encoding = encoding == Encoding::kGb18030 ? "GB18030" : "UTF-8";
  }
  std::size_t gb_errors = 0;
  Converter gb;
  if (encoding == Encoding::kGb18030) {
    gb = OpenGb18030(&gb_errors);
    Report(out.diagnostics, path, 0, Severity::kNote, "decode.converted",
           "converted from GB18030 to UTF-8");
  }

  // 2. Split on LF, CRLF or lone CR, then decode each line. Line ends are
  //    safe to split on first: 0x0A and 0x0D never occur inside a UTF-8 or
  //    GB18030 multi-byte character. A terminator ends a line, so "a\n" is
  //    one line and "a\nb" two, as an editor numbers them.
  LineWarnings invalid(path, "decode.invalid-bytes",
                       gb ? "invalid GB18030 byte(s) replaced with U+FFFD"
                          : "invalid UTF-8 byte(s) replaced with U+FFFD");
  LineWarnings controls(path, "decode.control-chars", "control character(s) removed");
  int number = 0;
  std::size_t start = 0;
  while (start < bytes.size()) {
    std::size_t end = start;
    while (end < bytes.size() && bytes[end] != '\r' && bytes[end] != '\n') ++end;
    std::string_view raw = bytes.substr(start, end - start);
    start = end + 1;
    if (end < bytes.size() && bytes[end] == '\r' && start < bytes.size() && bytes[start] == '\n')
      ++start;

    Line line;
    line.number = ++number;
    bool replaced = gb ? AppendGb18030(gb.get(), &gb_errors, raw, line.text)
                       : AppendUtf8(raw, line.text);
    if (replaced) invalid.Add(line.number, out.diagnostics);
    if (StripControls(line)) controls.Add(line.number, out.diagnostics);
    // Pages part at form feeds (one on the first line opens page 1).
    line.page = out.lines.empty() ? 1 : out.lines.back().page + (line.page_break ? 1 : 0);
    out.lines.push_back(std::move(line));
  }
  invalid.Finish(out.diagnostics);
  controls.Finish(out.diagnostics);
  SortDiagnostics(out.diagnostics);
  return out;
}

}  // namespace gongkai
