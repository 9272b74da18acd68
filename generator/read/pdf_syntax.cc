#include "pdf_syntax.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <set>

#include "input_limits.h"

namespace gongkai::pdf {

std::uint64_t NameKey(std::string_view name) {
  std::string decoded;
  for (std::size_t k = 0; k < name.size(); ++k) {
    if (name[k] == '#' && k + 2 < name.size() && std::isxdigit(static_cast<unsigned char>(name[k + 1])) &&
        std::isxdigit(static_cast<unsigned char>(name[k + 2]))) {
      decoded += static_cast<char>(std::stoi(std::string(name.substr(k + 1, 2)), nullptr, 16));
      k += 2;
    } else {
      decoded += name[k];
    }
  }
  return std::hash<std::string>{}(decoded);
}

void Lexer::Push(std::string_view bytes) {
  for (std::size_t k = 0; k < bytes.size(); ++k) {
    const char c = bytes[k];
    if (angle_ != 0) {
      const char pending = angle_;
      angle_ = 0;
      if (c == pending) {
        Token(c == '<' ? "<<" : ">>");
        continue;
      }
      Delimiter(pending);
    }
    if (kRegular[static_cast<unsigned char>(c)]) {
      std::size_t end = k + 1;
      while (end < bytes.size() && kRegular[static_cast<unsigned char>(bytes[end])]) ++end;
      if (token_.size() < 128) token_.append(bytes.substr(k, std::min(end - k, 128 - token_.size())));
      k = end - 1;
      continue;
    }
    EndToken();
    if (c == '/') token_ = "/";
    else if (c == '<' || c == '>') angle_ = c;
    else Delimiter(c);
  }
}

void Lexer::Finish() {
  EndToken();
  if (angle_ != 0) Delimiter(angle_);
  angle_ = 0;
}

void Lexer::EndToken() {
  if (token_.empty()) return;
  Token(token_);
  token_.clear();
}

void InlineImage::Token(std::string_view t) {
  const bool name = t.front() == '/';
  if (!key_.empty()) {
    const std::string key = std::move(key_);
    key_.clear();
    const bool number = t.size() <= 12 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
    const std::uint64_t value = number ? std::stoull(std::string(t)) : 0;
    if (key == "CS" || key == "ColorSpace") components_ = name ? Components(t.substr(1)) : components_;
    else if (key == "IM" || key == "ImageMask") mask_ = t == "true";
    else if (key == "W" || key == "Width") width_ = value;
    else if (key == "H" || key == "Height") height_ = value;
    else if (key == "BPC" || key == "BitsPerComponent") bits_ = value;
    return;
  }
  for (std::string_view key : {"W", "Width", "H", "Height", "BPC", "BitsPerComponent", "CS", "ColorSpace", "IM", "ImageMask"})
    if (name && t.substr(1) == key) key_ = key;
}

std::uint64_t InlineImage::Bytes() const {
  const unsigned __int128 row = (static_cast<unsigned __int128>(width_) * (mask_ ? 1 : components_) * (mask_ ? 1 : bits_) + 7) / 8;
  const unsigned __int128 all = row * height_;
  return all > (std::uint64_t{1} << 62) ? std::uint64_t{1} << 62 : static_cast<std::uint64_t>(all);
}

// Components of a colour space name; a resource's name (/CS0: ICCBased,
// DeviceN…) may have up to 32.
std::uint64_t InlineImage::Components(std::string_view name) {
  if (name == "G" || name == "DeviceGray" || name == "I" || name == "Indexed" || name == "CalGray") return 1;
  if (name == "RGB" || name == "DeviceRGB" || name == "CalRGB" || name == "Lab") return 3;
  if (name == "CMYK" || name == "DeviceCMYK") return 4;
  return 32;
}

void ContentScan::Token(std::string_view t) {
  if (image_) {
    if (t == "ID") {
      facts.inline_image_bytes += image_->Bytes();
      image_.reset();
    } else {
      image_->Token(t);
    }
  } else if (t == "BI") {
    image_.emplace();
  }
  if (t.front() == '/') {
    name_ = NameKey(t.substr(1));
    name_before_ = !percent_on_line_;
    return;
  }
  if (t == "Tj" || t == "TJ" || t == "'" || t == "\"") {
    ++facts.text_operators;
  } else if (t == "Do") {
    if (name_before_ && (facts.draws.size() < kMaxPdfNamesPerStream || facts.draws.contains(name_)))
      ++facts.draws[name_];
    else
      ++facts.vague_draws;
  }
  name_before_ = false;
}

void ContentScan::Delimiter(char c) {
  if (c == '\n' || c == '\r') {
    percent_on_line_ = false;
  } else if (!IsSpace(c)) {
    percent_on_line_ = percent_on_line_ || c == '%';
    name_before_ = false;
  }
}

void ReferenceScan::Token(std::string_view t) {
  const bool name = t.front() == '/';
  // Both readings usually finish the same reference on the same "R".
  std::pair<std::uint64_t, long> found[2];
  int founds = 0;
  for (Match& m : matches_) {
    if (m.comment) continue;
    if (name) {
      m = {1, NameKey(t.substr(1)), 0, false};
    } else if (m.stage == 1 && IsNumber(t)) {
      m.stage = 2, m.object = Number(t);
    } else if (m.stage == 2 && IsNumber(t)) {
      m.stage = 3;
    } else {
      if (m.stage == 3 && t == "R" && (founds == 0 || found[0] != std::pair{m.key, m.object}))
        found[founds++] = {m.key, m.object};
      m.stage = 0;
    }
  }
  for (int k = 0; k < founds; ++k) Found(found[k].first, found[k].second);
  // "12 0 obj" starts an owner, "endobj" ends it.
  if (owners_ && t == "obj" && numbers_ >= 2) owner_ = previous_number_;
  else if (t == "endobj") owner_ = -1;
  if (IsNumber(t)) previous_number_ = last_number_, last_number_ = Number(t), ++numbers_;
  else numbers_ = 0;
  // The appearance dictionaries, and a "/Contents [" array's references.
  if (t == "<<") {
    appearance_.push_back(InAppearance() || last_name_ == kAp || last_name_ == kN);
  } else if (t == ">>") {
    if (!appearance_.empty()) appearance_.pop_back();
  } else if (array_ && IsNumber(t)) {
    array_previous_ = array_last_, array_last_ = Number(t), ++array_numbers_;
  } else if (array_) {
    if (t == "R" && array_numbers_ >= 2) array_group_.push_back(array_previous_);
    array_numbers_ = 0;
  }
  if (name && last_name_ == kSubtype && IsAnnotation(t.substr(1))) ++refs_->annotations;
  last_name_ = name ? NameKey(t.substr(1)) : 0;
}

void ReferenceScan::Delimiter(char c) {
  const bool line_end = c == '\n' || c == '\r';
  for (std::size_t k = 0; k < 2; ++k) {
    Match& m = matches_[k];
    if (m.comment) {
      m.comment = !line_end;
    } else if (!IsSpace(c)) {
      // The second reading takes a "%" inside a reference for a comment.
      m.comment = k == 1 && c == '%' && m.stage > 0;
      if (!m.comment) m.stage = 0;
    }
  }
  if (IsSpace(c)) return;
  if (c == '[' && last_name_ == kContents) {
    array_ = true, array_numbers_ = 0, array_group_.clear();
  } else if (c == ']' && array_) {
    AddPage(std::move(array_group_));
    array_ = false, array_group_.clear();
  }
  last_name_ = 0;
}

void ReferenceScan::Found(std::uint64_t key, long object) {
  if (!Keep()) return;
  std::vector<long>& objects = refs_->named[{owner_, key}];
  if (std::find(objects.begin(), objects.end(), object) == objects.end()) objects.push_back(object);
  if (key == kContents) AddPage({object});
  if (key == kN || InAppearance()) ++refs_->appearances[object];
}

void ReferenceScan::AddPage(std::vector<long> group) {
  if (Keep()) refs_->pages.push_back({owner_, std::move(group)});
}

bool ReferenceScan::Keep() {
  if (refs_->count >= kMaxPdfReferences) return !(refs_->overflow = true);
  ++refs_->count;
  return true;
}

bool ReferenceScan::IsAnnotation(std::string_view subtype) {
  static const std::set<std::string_view> kSubtypes = {
      "Text", "Link", "FreeText", "Line", "Square", "Circle", "Polygon", "PolyLine", "Highlight", "Underline",
      "Squiggly", "StrikeOut", "Stamp", "Caret", "Ink", "Popup", "FileAttachment", "Sound", "Movie", "Widget",
      "Screen", "PrinterMark", "TrapNet", "Watermark", "3D", "Redact", "RichMedia", "Projection"};
  return kSubtypes.contains(subtype);
}

}  // namespace gongkai::pdf
