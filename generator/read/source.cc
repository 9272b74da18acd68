#include "source.h"

#include <algorithm>
#include <cctype>

#include "decode.h"
#include "diagnostics.h"
#include "normalize.h"
#include "pdf_reader.h"
#include "text.h"

namespace gongkai {
namespace {

// Why bytes that are not a PDF cannot be a disclosure's text ("" when they
// may be): nothing in them, a binary file, a web page saved under a .pdf name.
std::string UnreadableText(std::string_view path, std::string_view bytes) {
  if (TrimCellView(bytes).empty()) return "empty file";
  std::size_t probe = std::min<std::size_t>(bytes.size(), 4096);
  std::size_t controls = 0;
  for (std::size_t k = 0; k < probe; ++k) {
    unsigned char c = static_cast<unsigned char>(bytes[k]);
    if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) ++controls;
  }
  if (controls * 10 > probe * 3) return "binary file, not text";
  bool pdf_name = path.ends_with(".pdf") || path.ends_with(".PDF");
  if (pdf_name) {
    std::string head(bytes.substr(0, 2048));
    for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (head.find("<!doctype html") != std::string::npos || head.find("<html") != std::string::npos)
      return "an HTML page saved under a .pdf name, not the PDF (download the attachment it links)";
    return "not a PDF (no %PDF- header) though named .pdf";
  }
  return "";
}

}  // namespace

SourceRead ReadPositionedLines(std::string_view path, std::string_view bytes) {
  SourceRead s;
  if (LooksLikePdf(bytes)) {
    PdfText pdf = ReadPdf(path, bytes);
    s.pdf = true;
    s.pages = pdf.pages;
    s.page_starts = std::move(pdf.page_starts);
    s.page_sizes = std::move(pdf.page_sizes);
    s.unread = std::move(pdf.unread);
    s.text = std::move(pdf.text);
  } else {
    s.text = Decode(path, bytes);
  }
  return s;
}

SourceRead ReadSource(std::string_view path, std::string_view bytes) {
  SourceRead s = ReadPositionedLines(path, bytes);
  if (s.pdf) s.read_lines = LineTextsByNumber(s.text.lines);
  Normalize(s.text);
  if (!s.pdf) {
    RejoinSplitDecimals(s.text.lines);
    if (std::string why = UnreadableText(path, bytes); !why.empty()) {
      s.unread = why;
      Report(s.text.diagnostics, path, 0, Severity::kWarning, "input.unreadable", why);
    }
  }
  return s;
}

}  // namespace gongkai
