#include "markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cctype>
#include <memory>
#include <mutex>
#include <vector>

namespace gongkai {
namespace {

void RegisterExtensionsOnce() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

bool IsUnsafeUrl(const char* url) {
  if (!url) return false;
  std::string scheme;
  for (const char* p = url; *p; ++p) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (c <= ' ') continue;  // browsers ignore control chars and spaces inside schemes
    if (c == ':') break;
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return false;  // no scheme
    scheme += static_cast<char>(std::tolower(c));
  }
  return scheme == "javascript" || scheme == "vbscript" || scheme == "data" || scheme == "file";
}

// Replaces a node by its children (a link keeps its text, loses its target).
void Unwrap(cmark_node* node) {
  while (cmark_node* child = cmark_node_first_child(node)) cmark_node_insert_before(node, child);
  cmark_node_free(node);
}

void DropUnsafeLinks(cmark_node* root) {
  std::vector<cmark_node*> unsafe;
  cmark_iter* iter = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node_type type = cmark_node_get_type(node);
    if ((type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) && IsUnsafeUrl(cmark_node_get_url(node)))
      unsafe.push_back(node);
  }
  cmark_iter_free(iter);
  // Innermost first, so unwrapping a parent never frees a node still listed.
  for (auto it = unsafe.rbegin(); it != unsafe.rend(); ++it) Unwrap(*it);
}

std::string Render(std::string_view markdown, bool extensions) {
  RegisterExtensionsOnce();
  const int options = CMARK_OPT_DEFAULT;  // no CMARK_OPT_UNSAFE: raw HTML is omitted
  cmark_parser* parser = cmark_parser_new(options);
  if (extensions) {
    for (const char* name : {"table", "autolink", "strikethrough"})
      if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
        cmark_parser_attach_syntax_extension(parser, ext);
  }
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  cmark_node* doc = cmark_parser_finish(parser);
  DropUnsafeLinks(doc);
  char* html = cmark_render_html(doc, options, cmark_parser_get_syntax_extensions(parser));
  std::string out(html ? html : "");
  free(html);
  cmark_node_free(doc);
  cmark_parser_free(parser);
  return out;
}

}  // namespace

std::string RenderMarkdown(std::string_view markdown) { return Render(markdown, true); }

std::string RenderProse(std::string_view text) {
  // Build the tree by hand: paragraphs of text nodes, so nothing in the
  // disclosure (a "1." list marker, a "#" or a "<b>") is read as markup.
  cmark_node* doc = cmark_node_new(CMARK_NODE_DOCUMENT);
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view para = text.substr(start, end - start);
    while (!para.empty() && (para.front() == '\n' || para.front() == ' ')) para.remove_prefix(1);
    while (!para.empty() && (para.back() == '\n' || para.back() == ' ')) para.remove_suffix(1);
    if (!para.empty()) {
      cmark_node* p = cmark_node_new(CMARK_NODE_PARAGRAPH);
      std::size_t line_start = 0;
      while (line_start <= para.size()) {
        std::size_t nl = para.find('\n', line_start);
        if (nl == std::string_view::npos) nl = para.size();
        if (line_start > 0) cmark_node_append_child(p, cmark_node_new(CMARK_NODE_LINEBREAK));
        cmark_node* t = cmark_node_new(CMARK_NODE_TEXT);
        std::string line(para.substr(line_start, nl - line_start));
        cmark_node_set_literal(t, line.c_str());
        cmark_node_append_child(p, t);
        line_start = nl + 1;
      }
      cmark_node_append_child(doc, p);
    }
    start = end + 2;
  }
  char* html = cmark_render_html(doc, CMARK_OPT_DEFAULT, nullptr);
  std::string out(html ? html : "");
  free(html);
  cmark_node_free(doc);
  return out;
}

std::string MarkdownTitle(std::string_view markdown) {
  std::size_t pos = 0;
  while (pos < markdown.size()) {
    std::size_t nl = markdown.find('\n', pos);
    if (nl == std::string_view::npos) nl = markdown.size();
    std::string_view line = markdown.substr(pos, nl - pos);
    if (line.size() > 2 && line[0] == '#' && line[1] == ' ') {
      line.remove_prefix(2);
      while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '#'))
        line.remove_suffix(1);
      return std::string(line);
    }
    pos = nl + 1;
  }
  return "";
}

}  // namespace gongkai
