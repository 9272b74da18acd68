#include "pdf_guard.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include "input_limits.h"
#include "pdf_decrypt.h"
#include "pdf_filters.h"
#include "pdf_syntax.h"

namespace gongkai {
namespace {

using pdf::ContentFacts;
using pdf::ContentScan;
using pdf::IsSpace;
using pdf::NameKey;
using pdf::References;
using pdf::ReferenceScan;

// PostScript tokens as poppler's PSTokenizer reads a CMap: a hex string
// "<...>" is one token up to its ">", "[" and "]" stand alone, "%" starts
// a comment, whitespace and the other delimiters separate.
class CMapTokens {
 public:
  explicit CMapTokens(std::string_view s) : s_(s) {}
  bool Next(std::string_view* token) {
    for (;;) {
      while (at_ < s_.size() && IsSpace(s_[at_])) ++at_;
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
      while (at_ < s_.size() && !IsSpace(s_[at_]) && !pdf::IsDelimiter(s_[at_])) ++at_;
    }
    *token = s_.substr(start, at_ - start);
    return true;
  }

 private:
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

// The number and generation of the indirect object whose "obj" keyword is
// at `at` ("12 0 obj"), or {-1, 0}.
std::pair<long, int> ObjectId(std::string_view bytes, std::size_t at) {
  std::size_t k = at;
  auto digits = [&] {
    while (k > 0 && IsSpace(bytes[k - 1])) --k;
    const std::size_t end = k;
    while (k > 0 && end - k < 10 && bytes[k - 1] >= '0' && bytes[k - 1] <= '9') --k;
    return bytes.substr(k, end - k);
  };
  const std::string_view generation = digits();
  if (generation.empty() || generation.size() > 5) return {-1, 0};
  const std::string_view number = digits();
  if (number.empty()) return {-1, 0};
  return {std::stol(std::string(number)), std::stoi(std::string(generation))};
}

// A stream's "/Length 123" when it is a direct number, or -1.
std::int64_t DirectLength(std::string_view dict) {
  std::size_t at = dict.find("/Length");
  while (at != std::string_view::npos && at + 7 < dict.size() && std::isalnum(static_cast<unsigned char>(dict[at + 7])))
    at = dict.find("/Length", at + 7);  // not a font program's "/Length1"
  if (at == std::string_view::npos) return -1;
  std::size_t k = at + 7;
  while (k < dict.size() && IsSpace(dict[k])) ++k;
  const std::size_t begin = k;
  while (k < dict.size() && k - begin < 12 && dict[k] >= '0' && dict[k] <= '9') ++k;
  if (k == begin) return -1;
  const std::int64_t length = std::stoll(std::string(dict.substr(begin, k - begin)));
  // "/Length 12 0 R" names an object: not read here.
  std::size_t j = k;
  while (j < dict.size() && IsSpace(dict[j])) ++j;
  while (j < dict.size() && dict[j] >= '0' && dict[j] <= '9') ++j;
  while (j < dict.size() && IsSpace(dict[j])) ++j;
  return j < dict.size() && dict[j] == 'R' && j > k ? -1 : length;
}

// The text of indirect object `number` between "obj" and "endobj" (at most
// 1 KB; "" when not in the file, e.g. in an object stream). `objects`
// indexes the file's objects on the first call: one scan.
std::string_view ObjectText(std::string_view bytes, long number, std::unordered_map<long, std::size_t>* objects) {
  if (objects->empty()) {
    for (std::size_t at = bytes.find("obj"); at != std::string_view::npos; at = bytes.find("obj", at + 3))
      (*objects)[ObjectId(bytes, at).first] = at + 3;  // the last one written counts
    objects->emplace(-2, 0);  // indexed, even when empty
  }
  auto it = objects->find(number);
  if (it == objects->end()) return {};
  const std::string_view text = bytes.substr(it->second, 1024);
  return text.substr(0, text.find("endobj"));
}

// One stream: what it decodes to, whether it is a form XObject, and what it
// draws when read as content.
struct StreamFacts {
  std::uint64_t bytes = 0;
  bool form = false;
  ContentFacts content;
};

// What drawing costs poppler: bytes of content read (a form's again at each
// draw, plus kPdfDrawBytes for the draw itself), text-showing operators, and
// form draws. Saturating, so that nested forms cannot overflow.
struct Work {
  std::uint64_t bytes = 0, text = 0, draws = 0;
};
constexpr std::uint64_t kSaturated = std::uint64_t{1} << 62;
std::uint64_t Add(std::uint64_t a, std::uint64_t b) { return std::min(kSaturated, a + b); }
std::uint64_t Times(std::uint64_t a, std::uint64_t n) {
  return a != 0 && n > kSaturated / a ? kSaturated : std::min(kSaturated, a * n);
}
Work operator+(const Work& a, const Work& b) { return {Add(a.bytes, b.bytes), Add(a.text, b.text), Add(a.draws, b.draws)}; }
Work operator*(const Work& a, std::uint64_t n) { return {Times(a.bytes, n), Times(a.text, n), Times(a.draws, n)}; }
Work Max(const Work& a, const Work& b) {
  return {std::max(a.bytes, b.bytes), std::max(a.text, b.text), std::max(a.draws, b.draws)};
}

// The work of drawing a stream and every form it draws, depth first. A
// name is looked up as poppler does, in the resources of the form drawing
// it, then of the form or page drawing that one, and so on ("/Resources",
// then "/XObject", direct or one reference away); a name none of them
// holds, as every form of the file that any dictionary names so (each
// page's "/Fm0": the costliest counts), and a name nothing names, or a
// vague draw, as the costliest form of all. A form drawn inside itself is
// skipped (poppler does not draw a form it is drawing). A result that such
// a skip shortened, or that a name of an outer scope decided, is not
// remembered: drawn from elsewhere the form would cost more.
class Drawing {
 public:
  Drawing(const std::unordered_map<long, StreamFacts>& streams, const References& refs)
      : streams_(streams), refs_(refs) {
    for (const auto& [object, facts] : streams)
      if (facts.form) forms_.push_back(object);
    std::sort(forms_.begin(), forms_.end());
    for (const auto& [owner_key, objects] : refs.named)
      for (long object : objects) named_[owner_key.second].push_back(object);
  }

  // A page's content stream under the page's resources (`page`: the page
  // object), or an annotation's appearance form (`page` -1), and all it draws.
  Work Of(long object, long page) {
    int low = kNone;
    std::vector<long> scopes;
    return Visit(object, page < 0 ? object : page, &scopes, &low);
  }
  bool too_intricate() const { return too_intricate_; }

 private:
  static constexpr int kNone = 1 << 30;

  // Draws `object` whose content names things in `owner`'s resources (a
  // form's own; a page's for its content stream); `scopes`: the owners of
  // the streams drawing it, outermost first (its depth is their number).
  Work Visit(long object, long owner, std::vector<long>* scopes, int* low) {
    const int depth = static_cast<int>(scopes->size());
    auto facts = streams_.find(object);
    if (facts == streams_.end()) return {};
    const bool form = owner == object;  // a page's content stream's work depends on its page
    if (auto memo = memo_.find(object); form && memo != memo_.end()) return memo->second;
    if (auto drawing = drawing_.find(object); drawing != drawing_.end()) {
      *low = std::min(*low, drawing->second);
      return {};
    }
    if (++visits_ > kMaxPdfFormVisits || depth > kMaxPdfFormDepth) {
      too_intricate_ = true;
      return {kSaturated, kSaturated, kSaturated};
    }
    drawing_[object] = depth;
    scopes->push_back(owner);
    int mine = kNone;
    const ContentFacts& c = facts->second.content;
    const Work draw = {kPdfDrawBytes, 0, 1};
    Work work = {Add(facts->second.bytes, c.inline_image_bytes), c.text_operators, 0};
    for (const auto& [key, times] : c.draws) work = work + (Target(key, scopes, &mine) + draw) * times;
    if (c.vague_draws > 0) work = work + (AnyForm(scopes, &mine) + draw) * c.vague_draws;
    scopes->pop_back();
    drawing_.erase(object);
    if (form && mine >= depth) memo_[object] = work;
    *low = std::min(*low, mine);
    return work;
  }

  // The objects `key` stands for in `owner`'s resources (none: empty).
  std::vector<long> Local(long owner, std::uint64_t key) const {
    std::vector<long> found;
    auto add = [&](long holder) {
      if (auto it = refs_.named.find({holder, key}); it != refs_.named.end())
        found.insert(found.end(), it->second.begin(), it->second.end());
    };
    auto each = [&](long holder, std::uint64_t name, const auto& then) {
      if (auto it = refs_.named.find({holder, name}); it != refs_.named.end())
        for (long object : it->second) then(object);
    };
    if (owner < 0) return found;
    add(owner);  // "/XObject << /Fm0 7 0 R >>" in its own dictionary
    each(owner, kXObject, add);
    each(owner, kResources, [&](long resources) {
      add(resources);
      each(resources, kXObject, add);
    });
    return found;
  }

  Work Target(std::uint64_t key, std::vector<long>* scopes, int* low) {
    if (refs_.overflow) return AnyForm(scopes, low);
    const int depth = static_cast<int>(scopes->size()) - 1;
    for (int i = depth; i >= 0; --i) {
      const std::vector<long> objects = Local((*scopes)[static_cast<std::size_t>(i)], key);
      if (objects.empty()) continue;
      if (i < depth) *low = std::min(*low, i);  // an outer scope's name
      return Most(objects, scopes, low);
    }
    if (auto it = named_.find(key); it != named_.end()) return Most(it->second, scopes, low);
    return AnyForm(scopes, low);  // a name nothing names
  }

  // The costliest form of `objects` (images and other objects cost only the draw).
  Work Most(const std::vector<long>& objects, std::vector<long>* scopes, int* low) {
    Work most;
    for (long object : objects)
      if (auto it = streams_.find(object); it != streams_.end() && it->second.form)
        most = Max(most, Visit(object, object, scopes, low));
    return most;
  }

  Work AnyForm(std::vector<long>* scopes, int* low) {
    if (any_form_) return *any_form_;
    int mine = kNone;
    const Work most = Most(forms_, scopes, &mine);
    if (mine >= static_cast<int>(scopes->size())) any_form_ = most;
    *low = std::min(*low, mine);
    return most;
  }

  inline static const std::uint64_t kXObject = NameKey("XObject"), kResources = NameKey("Resources");
  const std::unordered_map<long, StreamFacts>& streams_;
  const References& refs_;
  std::vector<long> forms_;
  std::unordered_map<std::uint64_t, std::vector<long>> named_;  // every owner's
  std::unordered_map<long, Work> memo_;
  std::unordered_map<long, int> drawing_;  // forms being drawn -> their depth
  std::optional<Work> any_form_;
  std::uint64_t visits_ = 0;
  bool too_intricate_ = false;
};

// True for a stream that is no content: a font program, cross-reference
// stream or metadata.
bool NotContent(std::string_view dict) {
  for (std::string_view mark : {"/Length1", "/Length2", "/Type1C", "/CIDFontType0C", "/OpenType", "/XRef", "/Metadata"})
    if (dict.find(mark) != std::string_view::npos) return true;
  return false;
}

// An object written again later (an incremental update): poppler reads the
// one the cross-reference table names, so both count, the costlier of each.
void Merge(StreamFacts facts, StreamFacts* kept) {
  kept->bytes = std::max(kept->bytes, facts.bytes);
  kept->form = kept->form || facts.form;
  ContentFacts& c = kept->content;
  c.text_operators = std::max(c.text_operators, facts.content.text_operators);
  c.vague_draws = std::max(c.vague_draws, facts.content.vague_draws);
  c.inline_image_bytes = std::max(c.inline_image_bytes, facts.content.inline_image_bytes);
  for (const auto& [key, times] : facts.content.draws) c.draws[key] = std::max(c.draws[key], times);
}

std::string Megabytes(std::uint64_t bytes) { return std::to_string(bytes >> 20) + " MB"; }

// Reads every stream of the file in one forward pass (step 2 of
// MeasurePdf): its size decoded, its font map, what it draws as content,
// and, for object streams, the references inside. Returns a refusal or "".
std::string ReadStreams(std::string_view bytes, const std::optional<PdfDecryption>& decryption, PdfCost* cost,
                        std::unordered_map<long, StreamFacts>* streams, References* refs) {
  const std::string kOverlap = "its streams overlap over and over (each read to the end of the file: damaged or hostile)";
  CMapCost cmap_cost;
  std::unordered_map<long, std::size_t> objects;  // object number -> after its "obj", once needed
  // Bytes pushed into decoders, all streams together: more than the file
  // (plus room for one stream) only when streams overlap, which a damaged
  // or hostile file's missing "endstream"s make.
  const std::uint64_t budget = 4 * static_cast<std::uint64_t>(bytes.size()) + kMaxPdfStreamBytes;
  std::uint64_t pushed = 0;
  // The first "endstream" at or after the latest stream's data: found once,
  // since streams come in order.
  std::size_t end_at = 0;
  std::size_t obj = std::string_view::npos, next_obj = bytes.find("obj");
  for (std::size_t at = bytes.find("stream"); at != std::string_view::npos; at = bytes.find("stream", at + 6)) {
    for (; next_obj < at; next_obj = bytes.find("obj", next_obj + 3)) obj = next_obj;
    if (at >= 3 && bytes.substr(at - 3, 3) == "end") continue;  // "endstream"
    if (obj == std::string_view::npos || at - obj > (1u << 16)) continue;
    const std::string_view dict = bytes.substr(obj, at - obj);
    if (dict.find("/Image") != std::string_view::npos) continue;  // reading text decodes no image
    FilterList filters = StreamFilters(dict);
    if (filters.reference >= 0) {
      // "/Filter 12 0 R": the filters object 12 gives ("12 0 obj /FlateDecode endobj").
      const std::string_view given = ObjectText(bytes, filters.reference, &objects);
      if (given.empty())
        return "a stream's /Filter is object " + std::to_string(filters.reference) +
               ", which gongkai cannot find to measure the stream";
      filters = StreamFilters("/Filter " + std::string(given));
    }
    if (filters.names.size() > 4)
      return "a stream compressed " + std::to_string(filters.names.size()) + " times over (a decompression bomb?)";
    std::size_t data = at + 6;
    if (data < bytes.size() && bytes[data] == '\r') ++data;
    if (data < bytes.size() && bytes[data] == '\n') ++data;
    if (end_at != std::string_view::npos && end_at < data) end_at = bytes.find("endstream", data);
    // Undecoded data ends at its "endstream" or where its /Length says, the
    // later of the two (poppler may take either); decoders stop by themselves.
    std::size_t end = end_at == std::string_view::npos ? bytes.size() : end_at;
    if (end > data && bytes[end - 1] == '\n') --end;  // the end of line before "endstream"
    if (end > data && bytes[end - 1] == '\r') --end;
    if (const std::int64_t length = DirectLength(dict); length >= 0)
      end = std::max(end, static_cast<std::size_t>(std::min<std::uint64_t>(bytes.size(), data + static_cast<std::uint64_t>(length))));
    const auto [number, generation] = ObjectId(bytes, obj);
    StreamFacts facts;
    facts.form = dict.find("/Form") != std::string_view::npos;
    if (!filters.known) {  // DCTDecode and the like: counted as they stand
      facts.bytes = end - data;
      cost->decoded_bytes = Add(cost->decoded_bytes, facts.bytes);
      Merge(std::move(facts), &(*streams)[number]);
      continue;
    }
    const std::uint64_t room = std::min(kMaxPdfStreamBytes, kMaxPdfInflatedBytes - std::min(kMaxPdfInflatedBytes, cost->decoded_bytes));
    const bool object_stream = dict.find("/ObjStm") != std::string_view::npos;
    // Font programs, object streams, cross-reference streams and metadata
    // are not read as content (a third of the time of this check); should a
    // page draw one, it counts as the most text and draws its bytes could hold.
    const bool content_like = !object_stream && !NotContent(dict);
    std::string head;
    ContentScan content;
    ReferenceScan inside(refs, false);
    bool over = false;
    ByteSink sink = [&](std::string_view out) {
      if ((facts.bytes += out.size()) > room) return !(over = true);
      if (head.size() < kMaxCMapScanBytes) head.append(out.substr(0, kMaxCMapScanBytes - head.size()));
      if (content_like) content.Push(out);
      if (object_stream) inside.Push(out);
      return true;
    };
    std::unique_ptr<Filter> chain =
        filters.names.empty() ? nullptr
                              : MakeFilterChain(filters.names, dict.find("/EarlyChange 0") == std::string_view::npos, sink);
    // Decoders stop at their data's end; an encrypted stream is decrypted
    // first, so its data ends where undecoded data would (poppler: /Length).
    std::string decrypted;
    if (decryption && dict.find("/XRef") == std::string_view::npos) {
      if ((pushed += end - data) > budget) return kOverlap;
      decrypted = decryption->Stream(number, generation, bytes.substr(data, end - data));
    }
    const std::string_view input = decryption && dict.find("/XRef") == std::string_view::npos ? std::string_view(decrypted)
                                   : filters.names.empty() ? bytes.substr(data, end - data)
                                                           : bytes.substr(data);
    // Pushed in pieces growing from 4 KB, so a decoder that stops early
    // (its data's end) has been given little more than it read.
    for (std::size_t pos = 0, piece = 4096; pos < input.size(); pos += piece, piece = std::min<std::size_t>(piece * 2, 1 << 20)) {
      const std::string_view part = input.substr(pos, piece);
      if ((pushed += part.size()) > budget) return kOverlap;
      if (!(chain ? chain->Push(part) : sink(part))) break;
    }
    if (over)
      return "a compressed stream at byte " + std::to_string(data) + " inflates beyond " +
             (room == kMaxPdfStreamBytes ? Megabytes(kMaxPdfStreamBytes) + ", gongkai's limit for one stream"
                                         : Megabytes(kMaxPdfInflatedBytes) + ", gongkai's limit for all streams") +
             " (a decompression bomb?)";
    content.Finish();
    if (object_stream) inside.Finish();
    facts.content = std::move(content.facts);
    if (!content_like) facts.content.text_operators = facts.bytes / 3, facts.content.vague_draws = facts.bytes / 5;
    cost->decoded_bytes = Add(cost->decoded_bytes, facts.bytes);
    if (std::string why = CMapTooLarge(head, &cmap_cost); !why.empty()) return why;
    Merge(std::move(facts), &(*streams)[number]);
  }
  return "";
}

}  // namespace

PdfCost MeasurePdf(std::string_view bytes) {
  PdfCost cost;
  // 1. The references of the file's own dictionaries (object streams' come
  //    in step 2).
  References refs;
  ReferenceScan scan(&refs, true);
  scan.Push(bytes);
  scan.Finish();
  // 2. Every stream: decoded size, font maps, what it draws.
  std::unordered_map<long, StreamFacts> streams;
  if (std::string why = ReadStreams(bytes, PdfDecryption::Of(bytes), &cost, &streams, &refs); !why.empty()) {
    cost.refusal = why;
    return cost;
  }
  // 3. What the pages draw, each form at each draw; annotations (each
  //    kPdfAnnotationBytes and a piece of text, for the appearance poppler
  //    may make) and their appearance forms counted once, as if all stood
  //    on the busiest page.
  Drawing drawing(streams, refs);
  Work appearances = Work{kPdfAnnotationBytes, 1, 1} * refs.annotations;
  for (const auto& [object, times] : refs.appearances)
    if (auto it = streams.find(object); it != streams.end() && it->second.form)
      appearances = appearances + (drawing.Of(object, -1) + Work{kPdfDrawBytes, 0, 1}) * times;
  auto excess = [](std::uint64_t text) {
    const std::uint64_t beyond = text > kPdfTextLinearPage ? text - kPdfTextLinearPage : 0;
    return Times(beyond, beyond);
  };
  Work all = appearances;
  std::uint64_t busiest = 0;
  for (const auto& [page, contents] : refs.pages) {
    Work drawn;
    for (long object : contents) drawn = drawn + drawing.Of(object, page);
    busiest = std::max(busiest, drawn.text);
    cost.text_squares = Add(cost.text_squares, excess(drawn.text));
    all = all + drawn;
  }
  // The annotations on the busiest page: it shows them too.
  cost.page_text_operators = Add(busiest, appearances.text);
  cost.text_squares = Add(cost.text_squares - excess(busiest), excess(cost.page_text_operators));
  cost.drawn_bytes = all.bytes;
  cost.text_operators = all.text;
  cost.form_draws = all.draws;
  // 4. The limits.
  if (drawing.too_intricate())
    cost.refusal = "its forms are nested more than " + std::to_string(kMaxPdfFormDepth) +
                   " deep or draw one another too intricately to measure";
  else if (cost.drawn_bytes > kMaxPdfDrawnBytes)
    cost.refusal = "its pages draw more than " + Megabytes(kMaxPdfDrawnBytes) +
                   " of content, counting each time a stream or form is drawn (a stream shared by many pages, "
                   "a form drawn many times, or an inline image declaring more than it holds?)";
  else if (cost.page_text_operators > kMaxPdfPageTextOperators)
    cost.refusal = "a page shows more than " + std::to_string(kMaxPdfPageTextOperators) +
                   " pieces of text, counting each time a form is drawn (poppler's time grows faster than "
                   "their number)";
  else if (cost.text_squares > kMaxPdfTextSquares)
    cost.refusal = "its pages show too many pieces of text: the squares of what each page shows beyond " +
                   std::to_string(kPdfTextLinearPage) + " add up to more than " + std::to_string(kMaxPdfTextSquares) +
                   ", counting each time a form is drawn";
  else if (cost.text_operators > kMaxPdfTextOperators)
    cost.refusal = "its pages show more than " + std::to_string(kMaxPdfTextOperators) +
                   " pieces of text, counting each time a form is drawn";
  return cost;
}

}  // namespace gongkai
