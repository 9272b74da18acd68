#include "pdf_reader.h"

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

#include "labels.h"
#include "amount.h"
#include "diagnostics.h"
#include "input_limits.h"
#include "normalize.h"
#include "pdf_guard.h"
#include "text.h"

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
// A CJK box narrower than this fraction of the word's others was trimmed.
constexpr double kTrimmed = 0.9;

Word Whole(const std::string& text, const poppler::rectf& r) {
  return {TrimCell(text), r.x(), r.x() + r.width(), r.y(), r.y() + r.height()};
}

// A word poppler gives whole although its characters stand apart: a label
// and the amount of the next column printed as one text run without a space
// ("19、自然资源海洋气象等支出" … "18803323.32", 西安 2022 from Acrobat). The
// word splits where the gap between two characters' boxes exceeds
// `word_join` × the word's height (the gap JoinCells never bridges).
// `text`: the whole word, normalized.
void SplitAtGaps(const poppler::text_box& box, const std::string& text, const PdfReadSettings& s,
                 std::vector<Word>& out) {
  const poppler::ustring u = box.text();
  const poppler::rectf r = box.bbox();
  const double height = r.height();
  std::size_t begin = 0;
  auto emit = [&](std::size_t from, std::size_t to, bool apart) {
    if (from >= to) return;
    poppler::ustring part;
    part.assign(u.begin() + static_cast<std::ptrdiff_t>(from), u.begin() + static_cast<std::ptrdiff_t>(to));
    std::string piece = NormalizeLine(Utf8(part));
    if (IsBlankText(piece)) return;
    poppler::rectf a = box.char_bbox(from), b = box.char_bbox(to - 1);
    out.push_back({TrimCell(piece), a.x(), b.x() + b.width(), r.y(), r.y() + r.height(), apart});
  };
  auto cjk = [](unsigned short c) { return c >= 0x3000; };
  auto digit = [](unsigned short c) { return c >= '0' && c <= '9'; };
  double cjk_width = 0;  // the word's full CJK advance
  for (std::size_t i = 0; i < u.size(); ++i)
    if (cjk(u[i])) cjk_width = std::max(cjk_width, box.char_bbox(i).width());
  std::vector<std::pair<std::size_t, bool>> cuts;  // index, overdrawn
  for (std::size_t i = 1; i < u.size() && height > 0; ++i) {
    poppler::rectf prev = box.char_bbox(i - 1), next = box.char_bbox(i);
    if (prev.width() <= 0 || next.width() <= 0) return out.push_back(Whole(text, r)), void();
    double gap = next.x() - (prev.x() + prev.width());
    // Apart; or the next cell's amount printed over the end of a label that
    // overflows its cell (西安 2022: "…气象等支出" + "18803323.32"): poppler
    // trims the last CJK box where the digits begin.
    bool overdrawn = cjk(u[i - 1]) && digit(u[i]) && prev.width() < kTrimmed * cjk_width;
    if (gap > s.word_join * height || overdrawn) cuts.push_back({i, overdrawn});
  }
  if (cuts.empty()) return out.push_back(Whole(text, r)), void();
  bool apart = false;
  for (auto [cut, overdrawn] : cuts) {
    emit(begin, cut, apart);
    begin = cut;
    apart = overdrawn;
  }
  emit(begin, u.size(), apart);
}

std::vector<Word> PageWords(const poppler::page& page, const PdfReadSettings& s) {
  std::vector<Word> words;
  for (const poppler::text_box& box : page.text_list()) {
    std::string text = NormalizeLine(Utf8(box.text()));
    if (IsBlankText(text)) continue;
    SplitAtGaps(box, text, s, words);
  }
  return words;
}

// Joins words that touch, left to right, on one text line before lines are
// grouped: "3" and "、国防支出" (or "6" and "、其他收入") printed as two
// words whose boxes differ in height stay one cell even where the page's
// side-by-side column pairs wrap at other heights and a line's clustering by
// centre would put them on two lines. Touching: the gap under `touch_gap` ×
// height (JoinCells joins such a pair anyway when they share a line) and
// the boxes overlapping vertically over `touch_overlap` of the lower one.
std::vector<Word> JoinTouchingWords(std::vector<Word> words, const PdfReadSettings& s) {
  std::vector<std::size_t> by_x(words.size());
  for (std::size_t i = 0; i < by_x.size(); ++i) by_x[i] = i;
  std::stable_sort(by_x.begin(), by_x.end(), [&](std::size_t a, std::size_t b) { return words[a].x0 < words[b].x0; });
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<std::size_t> right(words.size(), kNone), left(words.size(), kNone);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Word& a = words[i];
    double h = Height(a);
    if (h <= 0) continue;
    auto first = std::lower_bound(by_x.begin(), by_x.end(), a.x1 - s.touch_gap * h,
                                  [&](std::size_t k, double x) { return words[k].x0 < x; });
    std::size_t best = kNone;
    double best_overlap = 0;
    for (auto it = first; it != by_x.end() && words[*it].x0 <= a.x1 + s.touch_gap * h; ++it) {
      const Word& b = words[*it];
      if (*it == i || left[*it] != kNone || b.x0 <= a.x0 || b.apart_before) continue;
      double overlap = std::min(a.bottom, b.bottom) - std::max(a.top, b.top);
      double lower = std::min(h, Height(b));
      if (lower <= 0 || overlap < s.touch_overlap * lower || overlap <= best_overlap) continue;
      if (std::abs(b.x0 - a.x1) > s.touch_gap * std::max(h, Height(b))) continue;
      best = *it;
      best_overlap = overlap;
    }
    if (best == kNone) continue;
    right[i] = best;
    left[best] = i;
  }
  std::vector<Word> out;
  out.reserve(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (left[i] != kNone) continue;
    Word w = std::move(words[i]);
    for (std::size_t k = right[i], steps = 0; k != kNone && steps < words.size(); k = right[k], ++steps) {
      w.text += words[k].text;
      w.x1 = std::max(w.x1, words[k].x1);
      w.top = std::min(w.top, words[k].top);
      w.bottom = std::max(w.bottom, words[k].bottom);
    }
    out.push_back(std::move(w));
  }
  return out;
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
      if (gap <= s.word_join * h && !apart && !w.apart_before) {
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

// The page's size as displayed: a rotated page swaps its sides.
std::pair<double, double> DisplayedSize(const poppler::page& page) {
  poppler::rectf r = page.page_rect();
  bool turned = page.orientation() == poppler::page::landscape ||
                page.orientation() == poppler::page::seascape;
  return turned ? std::pair<double, double>{r.height(), r.width()} : std::pair<double, double>{r.width(), r.height()};
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
  if (PdfCost cost = MeasurePdf(bytes); !cost.refusal.empty())
    return refuse("pdf.bomb", "PDF refused: " + cost.refusal);
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
    out.page_sizes.push_back(page ? DisplayedSize(*page) : std::pair<double, double>{0, 0});
    if (page) words = PageWords(*page, settings);
    if (words.empty()) ++pages_without_text;
    bool first = true;
    for (const auto& raw_line : GroupLines(JoinTouchingWords(std::move(words), settings), settings)) {
      Line line;
      line.number = ++number;
      line.page = p + 1;
      line.page_break = first && p > 0;
      line.positioned = true;
      line.words = JoinCells(raw_line, settings);
      JoinLetterSpacedLabels(line.words);
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
