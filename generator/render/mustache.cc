#include "mustache.h"

#include <cctype>
#include <string_view>

namespace gongkai {

using Json = nlohmann::json;

// One name of a tag, split at its dots once: `has` is set for "has_xs",
// with `list` = "xs", the list whose emptiness answers it when the view has
// no "has_xs" of its own.
struct Name {
  std::string key;
  std::string list;
  bool has = false;
};

struct Mustache::Node {
  enum class Kind { kText, kNewline, kVariable, kRaw, kSection, kInverted };
  Kind kind = Kind::kText;
  std::string text;          // kText, kNewline; the tag's name otherwise
  bool dot = false;          // {{.}}: the innermost item
  std::vector<Name> path;    // the name split at its dots
  std::size_t position = 0;  // of the tag, for errors
  std::vector<Node> children;
};

namespace {

using Node = Mustache::Node;

std::string Trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

// A name as kainjow splits it (std::getline on '.': a trailing empty part
// is dropped, inner ones are kept).
std::vector<Name> SplitName(const std::string& name) {
  std::vector<Name> path;
  std::size_t start = 0;
  while (start < name.size()) {
    std::size_t dot = name.find('.', start);
    if (dot == std::string::npos) dot = name.size();
    Name n;
    n.key = name.substr(start, dot - start);
    if (n.key.rfind("has_", 0) == 0) {
      n.has = true;
      n.list = n.key.substr(4);
    }
    path.push_back(std::move(n));
    start = dot + 1;
  }
  if (path.empty()) path.emplace_back();  // {{}}: a name that is never found
  return path;
}

// Custom delimiters may not contain white space or '='.
bool ValidDelimiter(const std::string& d) {
  for (char c : d)
    if (c == '=' || std::isspace(static_cast<unsigned char>(c))) return false;
  return !d.empty();
}

// "=<% %>=" into its two delimiters.
bool ParseSetDelimiter(const std::string& contents, std::string* begin, std::string* end) {
  if (contents.size() < 5 || contents.back() != '=') return false;
  const std::string inner = Trim(std::string_view(contents).substr(1, contents.size() - 2));
  const std::size_t space = inner.find(' ');
  if (space == std::string::npos) return false;
  const std::size_t next = inner.find_first_not_of(' ', space + 1);
  if (next == std::string::npos) return false;
  std::string b = inner.substr(0, space), e = inner.substr(next);
  if (!ValidDelimiter(b) || !ValidDelimiter(e)) return false;
  *begin = std::move(b);
  *end = std::move(e);
  return true;
}

// The parse, as kainjow's: text up to a tag, each line end its own node
// (its whitespace rule works on lines), tags classified by their first
// character.
std::string Parse(const std::string& input, Node* root) {
  std::string begin = "{{", end = "}}";
  std::vector<Node*> sections{root};
  std::string text;
  auto flush_text = [&] {
    if (text.empty()) return;
    Node n;
    n.text = std::move(text);
    sections.back()->children.push_back(std::move(n));
    text.clear();
  };
  auto add_newline = [&](std::string_view nl) {
    flush_text();
    Node n;
    n.kind = Node::Kind::kNewline;
    n.text = nl;
    sections.back()->children.push_back(std::move(n));
  };
  const std::size_t size = input.size();
  std::size_t pos = 0;
  while (pos < size) {
    if (input.compare(pos, begin.size(), begin) != 0) {
      if (input[pos] == '\r' && pos + 1 < size && input[pos + 1] == '\n') {
        add_newline("\r\n");
        pos += 2;
      } else if (input[pos] == '\n' || input[pos] == '\r') {
        add_newline(std::string_view(&input[pos], 1));
        ++pos;
      } else {
        text += input[pos++];
      }
      continue;
    }
    flush_text();
    const std::size_t tag_start = pos;
    std::size_t contents_at = pos + begin.size();
    const bool triple = begin == "{{" && end == "}}" && contents_at < size && input[contents_at] == '{';
    const std::string& close = triple ? "}}}" : end;
    if (triple) ++contents_at;
    const std::size_t tag_end = input.find(close, contents_at);
    if (tag_end == std::string::npos) return "Unclosed tag at " + std::to_string(tag_start);
    const std::string contents = Trim(std::string_view(input).substr(contents_at, tag_end - contents_at));
    pos = tag_end + close.size();
    if (!triple && !contents.empty() && contents[0] == '=') {
      if (!ParseSetDelimiter(contents, &begin, &end)) return "Invalid set delimiter tag at " + std::to_string(tag_start);
      continue;
    }
    Node tag;
    tag.position = tag_start;
    const char sigil = triple || contents.empty() ? 0 : contents[0];
    tag.kind = triple ? Node::Kind::kRaw : Node::Kind::kVariable;
    tag.text = contents;
    if (sigil == '#' || sigil == '^' || sigil == '&' || sigil == '/' || sigil == '>' || sigil == '!') {
      tag.text = Trim(std::string_view(contents).substr(1));
      if (sigil == '#') tag.kind = Node::Kind::kSection;
      if (sigil == '^') tag.kind = Node::Kind::kInverted;
      if (sigil == '&') tag.kind = Node::Kind::kRaw;
    }
    if (sigil == '/') {
      if (sections.size() == 1) return "Unopened section \"" + tag.text + "\" at " + std::to_string(tag_start);
      if (sections.back()->text != tag.text)
        return "Unclosed section \"" + sections.back()->text + "\" at " + std::to_string(sections.back()->position);
      sections.pop_back();
      continue;
    }
    if (sigil == '>' || sigil == '!') continue;  // a partial left over, a comment: nothing
    tag.dot = tag.text == ".";
    if (!tag.dot) tag.path = SplitName(tag.text);
    sections.back()->children.push_back(std::move(tag));
    Node& added = sections.back()->children.back();
    if (added.kind == Node::Kind::kSection || added.kind == Node::Kind::kInverted) sections.push_back(&added);
  }
  flush_text();
  if (sections.size() > 1)
    return "Unclosed section \"" + sections.back()->text + "\" at " + std::to_string(sections.back()->position);
  return "";
}

const Json kTrue = true;
const Json kFalse = false;

// `name` of the object `node`, or its derived has_<list>.
const Json* Member(const Json* node, const Name& name) {
  if (!node->is_object()) return nullptr;
  auto it = node->find(name.key);
  if (it != node->end()) return &*it;
  if (name.has) {
    auto list = node->find(name.list);
    if (list != node->end() && list->is_array()) return list->empty() ? &kFalse : &kTrue;
  }
  return nullptr;
}

// False for a section: false, null, "" and [] (an object or a number is true).
bool IsFalse(const Json& j) {
  switch (j.type()) {
    case Json::value_t::boolean: return !j.get<bool>();
    case Json::value_t::null: return true;
    case Json::value_t::string: return j.get_ref<const std::string&>().empty();
    case Json::value_t::array: return j.empty();
    default: return false;
  }
}

void AppendEscaped(std::string_view s, std::string* out) {
  std::size_t from = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char* entity = nullptr;
    switch (s[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&apos;"; break;
      default: continue;
    }
    out->append(s.substr(from, i - from));
    out->append(entity);
    from = i + 1;
  }
  out->append(s.substr(from));
}

class Renderer {
 public:
  Renderer(const Json& view, std::string* out) : out_(out), line_start_(out->size()) { stack_.push_back(&view); }

  void Walk(const std::vector<Node>& nodes) {
    for (const Node& n : nodes) {
      switch (n.kind) {
        case Node::Kind::kText: out_->append(n.text); break;
        case Node::Kind::kNewline: EndLine(&n.text); break;
        case Node::Kind::kVariable:
        case Node::Kind::kRaw:
          if (const Json* v = Lookup(n)) Print(*v, n.kind == Node::Kind::kVariable);
          break;
        case Node::Kind::kSection: {
          const Json* v = Lookup(n);
          if (v && !IsFalse(*v)) Section(n, v);
          break;
        }
        case Node::Kind::kInverted: {
          const Json* v = Lookup(n);
          if (!v || IsFalse(*v)) Section(n, v);
          break;
        }
      }
    }
  }

  // The last line, which has no line end.
  void Finish() { EndLine(nullptr); }

 private:
  // A line that rendered a section and holds only blanks is dropped, its
  // line end with it.
  void EndLine(const std::string* newline) {
    if (section_on_line_ && out_->find_first_not_of(" \t", line_start_) == std::string::npos) {
      out_->resize(line_start_);
    } else if (newline) {
      out_->append(*newline);
    }
    line_start_ = out_->size();
    section_on_line_ = false;
  }

  // A list runs the section once per item; anything else once, as the
  // innermost item ("." and the first place names are looked up).
  void Section(const Node& n, const Json* v) {
    if (v && v->is_array() && !v->empty()) {
      for (const Json& item : *v) {
        section_on_line_ = true;
        stack_.push_back(&item);
        Walk(n.children);
        stack_.pop_back();
        section_on_line_ = true;
      }
      return;
    }
    section_on_line_ = true;
    if (v) stack_.push_back(v);
    Walk(n.children);
    if (v) stack_.pop_back();
    section_on_line_ = true;
  }

  // From the innermost item outwards, the first that has the whole name.
  const Json* Lookup(const Node& n) const {
    if (n.dot) return stack_.back();
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      const Json* d = *it;
      for (const Name& name : n.path)
        if (!(d = Member(d, name))) break;
      if (d) return d;
    }
    return nullptr;
  }

  // Strings and numbers print; true, false, null, lists and objects do not.
  void Print(const Json& v, bool escape) {
    if (v.is_string()) {
      const std::string& s = v.get_ref<const std::string&>();
      if (escape) {
        AppendEscaped(s, out_);
      } else {
        out_->append(s);
      }
    } else if (v.is_number()) {
      out_->append(v.dump());
    }
  }

  std::string* out_;
  std::size_t line_start_;
  bool section_on_line_ = false;
  std::vector<const Json*> stack_;
};

}  // namespace

Mustache::Mustache(const std::string& text) : root_(std::make_unique<Node>()) {
  error_ = Parse(text, root_.get());
}

Mustache::~Mustache() = default;
Mustache::Mustache(Mustache&&) noexcept = default;
Mustache& Mustache::operator=(Mustache&&) noexcept = default;

void Mustache::Render(const Json& view, std::string* out) const {
  if (!valid()) return;
  Renderer r(view, out);
  r.Walk(root_->children);
  r.Finish();
}

}  // namespace gongkai
