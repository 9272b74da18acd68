// Reading PDF syntax as it streams by, for the checks before poppler
// (pdf_guard.h): a lexer fed in pieces, and two readers on it: what a
// content stream makes poppler do (text shown, forms drawn, inline images),
// and what the file's dictionaries refer to (resources, page contents,
// annotations). Both over-count rather than miss: a bomb may not hide in
// what they skip.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gongkai::pdf {

// PDF's white-space and delimiter characters.
inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\0'; }
inline bool IsDelimiter(char c) { return std::string_view("()<>[]{}/%").find(c) != std::string_view::npos; }

// A name's key: its text with "#xx" escapes decoded (as poppler's lexer
// reads names), hashed. Two names the same for poppler have one key.
std::uint64_t NameKey(std::string_view name);

// Splits PDF syntax into tokens as it is pushed in pieces: regular tokens
// ("Tj", "12", "R"), names ("/Fm0", kept with their slash), "<<" and ">>";
// every other delimiter and white-space character is reported alone.
// Strings and comments are not told apart (their words come as tokens):
// the readers below over-count rather than miss. Tokens are cut at 128
// characters (poppler's names stop at 127).
class Lexer {
 public:
  virtual ~Lexer() = default;
  void Push(std::string_view bytes);
  void Finish();

 protected:
  virtual void Token(std::string_view token) = 0;
  virtual void Delimiter(char c) = 0;

 private:
  void EndToken();
  // Characters that are neither white space nor delimiters.
  inline static const std::array<bool, 256> kRegular = [] {
    std::array<bool, 256> regular{};
    for (int c = 0; c < 256; ++c)
      regular[static_cast<std::size_t>(c)] = !IsSpace(static_cast<char>(c)) && !IsDelimiter(static_cast<char>(c));
    return regular;
  }();
  std::string token_;
  char angle_ = 0;  // a '<' or '>' waiting to see whether a second follows
};

// What a content stream makes poppler do: its text-showing operators, and
// the forms it draws ("/Fm0 Do": the name is the operand only when nothing
// but white space stands between them and no "%" earlier on the name's line
// could make it a comment; any other "Do" is vague, and counts as drawing
// the costliest form of the file).
struct ContentFacts {
  std::uint64_t text_operators = 0;
  std::uint64_t vague_draws = 0;
  std::map<std::uint64_t, std::uint64_t> draws;  // name key -> times
  std::uint64_t inline_image_bytes = 0;          // what its inline images declare
};

// An inline image ("BI /W 100 /H 20 /BPC 8 /CS /G ID … EI"): poppler reads
// the bytes its dictionary declares, one call each, even past the end of
// the data (a 200-byte file declaring 100,000 × 100,000 took 22 s). Its
// bytes: rows × the bytes of a row, saturating.
class InlineImage {
 public:
  // The dictionary's tokens, key then value; keys not about size skipped.
  void Token(std::string_view t);
  std::uint64_t Bytes() const;

 private:
  static std::uint64_t Components(std::string_view name);
  std::string key_;
  std::uint64_t width_ = 0, height_ = 0, bits_ = 8, components_ = 1;
  bool mask_ = false;
};

class ContentScan : public Lexer {
 public:
  ContentFacts facts;

 protected:
  void Token(std::string_view t) override;
  void Delimiter(char c) override;

 private:
  std::uint64_t name_ = 0;
  bool name_before_ = false;
  bool percent_on_line_ = false;
  std::optional<InlineImage> image_;  // between "BI" and "ID"
};

// The references of the file's dictionaries, "/Key 12 0 R", each under the
// object whose dictionary holds it ("5 0 obj", its owner; -1 inside object
// streams): which objects a name stands for in a form's or a page's
// resources ("/Fm0 12 0 R", reached through "/Resources" and "/XObject"),
// which streams each page draws ("/Contents 12 0 R", "/Contents [12 0 R
// 13 0 R]"), and which an annotation's appearance draws (under "/AP", or
// "/N 12 0 R"). Read twice over, with "%" as a plain delimiter and as a
// comment inside a reference, so that neither a "%" in a string nor a
// comment inside a reference hides one.
struct References {
  std::map<std::pair<long, std::uint64_t>, std::vector<long>> named;  // (owner, name key) -> objects
  std::vector<std::pair<long, std::vector<long>>> pages;  // each "/Contents": (its owner, streams)
  std::map<long, std::uint64_t> appearances;              // object -> times named
  std::uint64_t annotations = 0;                          // "/Subtype /Widget" and the like
  std::size_t count = 0;                                  // references kept
  bool overflow = false;                                  // more than kMaxPdfReferences
};

class ReferenceScan : public Lexer {
 public:
  // `owners`: whether "12 0 obj" starts an owner (in the file, not inside
  // an object stream).
  ReferenceScan(References* refs, bool owners) : refs_(refs), owners_(owners) {}

 protected:
  void Token(std::string_view t) override;
  void Delimiter(char c) override;

 private:
  struct Match {
    int stage = 0;  // 1: a name read, 2: and an object number, 3: and a generation
    std::uint64_t key = 0;
    long object = 0;
    bool comment = false;
  };
  static bool IsNumber(std::string_view t) {
    return !t.empty() && t.size() <= 10 && t.find_first_not_of("0123456789") == std::string_view::npos;
  }
  static long Number(std::string_view t) { return std::stol(std::string(t)); }
  bool InAppearance() const { return !appearance_.empty() && appearance_.back(); }
  void Found(std::uint64_t key, long object);
  void AddPage(std::vector<long> group);
  // Counts a reference kept; false (and `overflow`) past kMaxPdfReferences.
  bool Keep();
  // An annotation's subtype (PDF 32000-1, table 169): poppler draws each
  // annotation, making its appearance when the file gives none (a form
  // field's text: 5,000 fields without one took 8 s).
  static bool IsAnnotation(std::string_view subtype);

  inline static const std::uint64_t kAp = NameKey("AP"), kN = NameKey("N"), kContents = NameKey("Contents"),
                                    kSubtype = NameKey("Subtype");
  References* refs_;
  const bool owners_;
  long owner_ = -1;
  long previous_number_ = 0, last_number_ = 0;
  int numbers_ = 0;  // numbers in a row just before
  Match matches_[2];
  std::vector<bool> appearance_;  // per open "<<": inside an appearance dictionary
  std::uint64_t last_name_ = 0;   // the name just before, or 0
  bool array_ = false;
  long array_previous_ = 0, array_last_ = 0;
  int array_numbers_ = 0;
  std::vector<long> array_group_;
};

}  // namespace gongkai::pdf
