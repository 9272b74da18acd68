// In build/, not render/: it also renders the samples' pages, listed with build's ListContent.
// TemplateSet: mustache over a page's JSON view, with the view conventions
// the templates rely on (has_<list>, empty string as false, exact numbers);
// and the same bytes as kainjow mustache, the reference, for every page of a
// real build.
#include "render_html.h"

#include <gtest/gtest.h>

#include <deque>
#include <map>
#include <set>
#include <thread>
#include <unordered_map>

#include <kainjow/mustache.hpp>

#include "build_options.h"
#include "file_system.h"
#include "pages.h"
#include "parse.h"
#include "site_model.h"
#include "test_util.h"

namespace gongkai {
namespace {

// The reference: kainjow mustache reading the JSON view through its context
// interface (gongkai's renderer until issue 8, generator/mustache.h says
// why it was replaced). A JSON node becomes kainjow data when the template
// asks for it; an object becomes a `true` placeholder mapped back to its JSON.
namespace mustache = kainjow::mustache;

using Json = nlohmann::json;
using Data = mustache::data;

// A scalar as mustache data. An empty string and null are false, so that
// {{#note}}…{{/note}} skips them; numbers print exactly as stored.
Data Scalar(const Json& j) {
  switch (j.type()) {
    case Json::value_t::string:
      if (j.get_ref<const std::string&>().empty()) return Data{false};
      return Data{j.get_ref<const std::string&>()};
    case Json::value_t::boolean: return Data{j.get<bool>()};
    case Json::value_t::null: return Data{false};
    default: return Data{j.dump()};
  }
}

class JsonContext : public mustache::basic_context<std::string> {
 public:
  explicit JsonContext(const Json& root) {
    shadows_.reserve(1024);
    nodes_.reserve(1024);
    push(Shadow(root));
  }

  void push(const Data* data) override { stack_.push_back(data); }
  void pop() override { stack_.pop_back(); }

  // As kainjow's own context: "." is the innermost item; a plain or dotted
  // name is looked up from the innermost item outwards.
  const Data* get(const std::string& name) const override {
    if (name == ".") return stack_.back();
    if (name.find('.') == std::string::npos) {
      for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
        if (const Data* d = Member(*it, name)) return d;
      }
      return nullptr;
    }
    const std::vector<std::string> names = mustache::split(name, '.');
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      const Data* d = *it;
      for (const std::string& n : names) {
        if (!(d = Member(d, n))) break;
      }
      if (d) return d;
    }
    return nullptr;
  }

  // Partials are inlined by TemplateSet::Expand; view data is text, never
  // template source, so a leftover {{> name}} renders nothing.
  const Data* get_partial(const std::string&) const override { return nullptr; }

 private:
  // `key` of the object behind `data`; every list `xs` also gives `has_xs`
  // (unless the view sets it), for a heading above a list.
  const Data* Member(const Data* data, const std::string& key) const {
    auto node = nodes_.find(data);
    if (node == nodes_.end()) return nullptr;
    const Json& object = *node->second;
    auto it = object.find(key);
    if (it != object.end()) return Shadow(*it);
    if (key.rfind("has_", 0) == 0) {
      auto list = object.find(key.substr(4));
      if (list != object.end() && list->is_array()) return list->empty() ? &kFalse : &kTrue;
    }
    return nullptr;
  }

  // The mustache data for one JSON node, made once per render.
  const Data* Shadow(const Json& j) const {
    auto [it, added] = shadows_.emplace(&j, nullptr);
    if (!added) return it->second;
    it->second = &storage_.emplace_back(Shallow(j));
    Register(*it->second, j);
    return it->second;
  }

  // Lists hold their items by value, so a list is converted one level at a
  // time: its objects stay placeholders until they are read.
  static Data Shallow(const Json& j) {
    if (j.is_object()) return Data{true};
    if (!j.is_array()) return Scalar(j);
    mustache::basic_list<std::string> items;
    items.reserve(j.size());
    for (const Json& item : j) items.push_back(Shallow(item));
    return Data{items};
  }

  // Maps each placeholder in `data` (now at its final address) to its JSON.
  void Register(const Data& data, const Json& j) const {
    if (j.is_object()) {
      nodes_.emplace(&data, &j);
    } else if (j.is_array()) {
      const auto& items = data.list_value();
      for (std::size_t i = 0; i < items.size(); ++i) Register(items[i], j[i]);
    }
  }

  static const Data kTrue;
  static const Data kFalse;
  std::vector<const Data*> stack_;
  mutable std::deque<Data> storage_;  // stable addresses
  mutable std::unordered_map<const Json*, const Data*> shadows_;
  mutable std::unordered_map<const Data*, const Json*> nodes_;
};

const Data JsonContext::kTrue{true};
const Data JsonContext::kFalse{false};


// Renders `text` for `view` with kainjow, partials already inlined.
std::string KainjowRender(const std::string& text, const Json& view) {
  mustache::mustache tmpl(text);
  EXPECT_TRUE(tmpl.is_valid()) << tmpl.error_message();
  JsonContext context(view);
  return tmpl.render(context);
}

std::string Render(const std::string& text, const nlohmann::json& view) {
  TemplateSet templates;
  templates.AddTemplate("t", text);
  PageOutput page{"x.html", "t", view};
  std::string html, error;
  EXPECT_TRUE(templates.Render(page, &html, &error)) << error;
  return html;
}

TEST(RenderHtmlTest, EscapesTextAndKeepsTripleBraceHtml) {
  EXPECT_EQ(Render("{{a}}|{{{b}}}", {{"a", "<预算>&"}, {"b", "<em>x</em>"}}),
            "&lt;预算&gt;&amp;|<em>x</em>");
}

TEST(RenderHtmlTest, PrintsNumbersExactlyAsStored) {
  EXPECT_EQ(Render("{{n}} {{f}} {{neg}}", {{"n", 22761}, {"f", 1.5}, {"neg", -3}}), "22761 1.5 -3");
}

TEST(RenderHtmlTest, EmptyStringAndNullAreFalse) {
  nlohmann::json view = {{"note", ""}, {"gone", nullptr}, {"set", "有"}};
  EXPECT_EQ(Render("{{#note}}N{{/note}}{{^note}}n{{/note}}{{#gone}}G{{/gone}}{{#set}}{{set}}{{/set}}", view),
            "n有");
}

TEST(RenderHtmlTest, EveryListGivesHasList) {
  nlohmann::json view = {{"rows", {1, 2}}, {"none", nlohmann::json::array()}};
  EXPECT_EQ(Render("{{#has_rows}}R{{/has_rows}}{{#has_none}}N{{/has_none}}{{^has_none}}-{{/has_none}}", view),
            "R-");
}

TEST(RenderHtmlTest, ExplicitHasFieldWinsOverTheDerivedOne) {
  nlohmann::json view = {{"rows", {1}}, {"has_rows", false}};
  EXPECT_EQ(Render("{{#has_rows}}R{{/has_rows}}{{^has_rows}}none{{/has_rows}}", view), "none");
}

TEST(RenderHtmlTest, SectionsWalkNestedListsAndSeeOuterNames) {
  nlohmann::json view = {{"unit", "教育局"},
                         {"tables", {{{"title", "收支"}, {"rows", {{{"cells", {"1", "2"}}}, {{"cells", {"3"}}}}}}}}};
  EXPECT_EQ(Render("{{#tables}}{{title}}:{{#rows}}[{{#cells}}{{.}}{{unit}};{{/cells}}]{{/rows}}{{/tables}}", view),
            "收支:[1教育局;2教育局;][3教育局;]");
}

TEST(RenderHtmlTest, DottedNamesAndObjectSections) {
  nlohmann::json view = {{"unit", {{"name", "财政局"}, {"url", "../"}}}, {"series", {{"rows", {1}}}}};
  EXPECT_EQ(Render("{{unit.name}} {{#unit}}{{url}}{{/unit}} {{#series.has_rows}}y{{/series.has_rows}}", view),
            "财政局 ../ y");
}

TEST(RenderHtmlTest, ListsOfListsAndMissingNames) {
  nlohmann::json view = {{"grid", {{"a", "b"}, nlohmann::json::array()}}};
  EXPECT_EQ(Render("{{#grid}}<{{#.}}{{.}}{{/.}}>{{/grid}}{{missing}}{{#missing}}M{{/missing}}", view), "<ab><>");
}

TEST(RenderHtmlTest, InlinesPartialsAndDropsStandaloneSectionLines) {
  TemplateSet templates;
  templates.AddPartial("item", "<li>{{name}}</li>\n");
  templates.AddTemplate("list", "<ul>\n{{#items}}\n{{> item}}\n{{/items}}\n</ul>\n");
  PageOutput page{"x.html", "list", {{"items", {{{"name", "一"}}, {{"name", "二"}}}}}};
  std::string html, error;
  ASSERT_TRUE(templates.Render(page, &html, &error)) << error;
  EXPECT_EQ(html, "<ul>\n<li>一</li>\n\n<li>二</li>\n\n</ul>\n");
}

TEST(RenderHtmlTest, ViewTextIsNeverTemplateSource) {
  // A partial that includes itself is inlined 8 levels deep; the tag left
  // over must not pick up the view's "p" as template text.
  TemplateSet templates;
  templates.AddPartial("p", "a{{> p}}");
  templates.AddTemplate("t", "{{> p}}|{{x}}");
  PageOutput page{"x.html", "t", {{"p", "{{secret}}"}, {"secret", "S"}, {"x", "{{secret}}"}}};
  std::string html, error;
  ASSERT_TRUE(templates.Render(page, &html, &error)) << error;
  EXPECT_EQ(html, "aaaaaaaaa|{{secret}}");
}

TEST(RenderHtmlTest, MissingTemplateIsAnError) {
  TemplateSet templates;
  PageOutput page{"x.html", "nope", nlohmann::json::object()};
  std::string html, error;
  EXPECT_FALSE(templates.Render(page, &html, &error));
  EXPECT_EQ(error, "no template nope.mustache");
}

TEST(RenderHtmlTest, RendersTheSamePagesFromTwoThreads) {
  TemplateSet templates;
  templates.AddTemplate("t", "{{#xs}}{{.}},{{/xs}}");
  PageOutput page{"x.html", "t", {{"xs", {"甲", "乙", "丙"}}}};
  std::string results[2];
  auto work = [&](int i) {
    for (int n = 0; n < 200; ++n) {
      std::string html, error;
      if (!templates.Render(page, &html, &error) || html != "甲,乙,丙,") return;
    }
    results[i] = "ok";
  };
  std::thread a(work, 0), b(work, 1);
  a.join();
  b.join();
  EXPECT_EQ(results[0], "ok");
  EXPECT_EQ(results[1], "ok");
}

// kainjow's line rule, case by case: a blank line that rendered a section
// is dropped (a skipped section does not count), other lines are kept with
// their line ends (\n, \r\n, \r); comments, set delimiters, & and {{{ }}}.
TEST(RenderHtmlTest, SameBytesAsKainjowOnItsWhitespaceRules) {
  const nlohmann::json view = {{"yes", true},  {"no", false},        {"xs", {"a", "b"}},
                               {"none", nlohmann::json::array()},    {"h", "<b>&'\""},
                               {"o", {{"k", "v"}, {"n", 7}}},        {"e", ""}};
  const char* templates[] = {
      "a\n{{#yes}}\nY\n{{/yes}}\nb\n",
      "a\n  {{#no}}\nN\n  {{/no}}  \nb\n",
      "  {{#xs}}  \n[{{.}}]\n\t{{/xs}}\t\r\nend",
      "{{^none}}\r\nempty\r\n{{/none}}\r\n{{#none}}x{{/none}} \n",
      "x{{! a comment }}y\n  {{! alone }}  \nz",
      "{{=<% %>=}}<%h%>|<%{h}%>|<%&h%>\n<%={{ }}=%>{{{h}}}|{{&h}}|{{h}}",
      "{{#o}}{{k}}{{n}}{{#n}}({{.}}){{/n}}{{/o}}{{o.k}}{{o.missing.k}}{{#e}}E{{/e}}{{^e}}-{{/e}}\r",
      "{{#xs}}{{#xs}}{{.}}{{/xs}}\n{{/xs}}  \n{{#yes}}{{/yes}}\n  {{^no}}{{/no}}\n",
      "{{ spaced }}{{# xs }}{{ . }}{{/ xs }}{{}}{{> gone}}\n",
  };
  for (const char* t : templates) EXPECT_EQ(Render(t, view), KainjowRender(t, view)) << t;
}

TEST(RenderHtmlTest, SyntaxErrorsSayWhere) {
  const struct {
    const char* name;
    const char* text;
    const char* error;
  } cases[] = {
      {"open", "ab{{x", "open.mustache: Unclosed tag at 2"},
      {"section", "{{#a}}{{#b}}{{/a}}", "section.mustache: Unclosed section \"b\" at 6"},
      {"stray", "x{{/a}}", "stray.mustache: Unopened section \"a\" at 1"},
      {"tail", "{{#a}}x", "tail.mustache: Unclosed section \"a\" at 0"},
  };
  TemplateSet templates;
  for (const auto& c : cases) {
    templates.AddTemplate(c.name, c.text);
    std::string html, error;
    EXPECT_FALSE(templates.Render({"x.html", c.name, {}}, &html, &error)) << c.name;
    EXPECT_EQ(error, c.error);
  }
}

// Every page of a real build (the five samples and the real pdftotext
// fixtures of tests/data/real) rendered from templates/ both ways: the same
// bytes, page for page.
TEST(RenderHtmlTest, EveryPageOfARealBuildHasKainjowsBytes) {
  RealFileSystem fs;
  TemplateSet templates;
  std::string error;
  ASSERT_TRUE(templates.Load(fs, std::string(GONGKAI_CONTENT_DIR) + "/../templates", &error)) << error;
  std::vector<Document> documents;
  std::vector<MarkdownPage> markdown;
  std::map<std::string, std::string> bytes;
  std::vector<std::string> files;
  for (const ContentFile& f : ListContent(fs, GONGKAI_CONTENT_DIR)) files.push_back(f.path);
  for (const std::string& f : fs.ListFiles(std::string(GONGKAI_TEST_DATA) + "/real"))
    if (f.size() > 4 && f.compare(f.size() - 4, 4, ".txt") == 0) files.push_back(f);
  for (const std::string& path : files) {
    const std::string name = path.substr(path.rfind('/') + 1);
    std::string text = test::ReadFileOrDie(path);
    if (name.size() > 3 && name.compare(name.size() - 3, 3, ".md") == 0) {
      markdown.push_back(MakeMarkdownPage(name, text));
      continue;
    }
    documents.push_back(ParseDocument(name, text));
    bytes[name] = std::move(text);
  }
  ASSERT_EQ(documents.size(), 23u);  // 5 samples + 18 real fixtures
  // And a file with no text, for the page of files not read.
  documents.push_back(ParseDocument("blank.txt", "\n\n"));
  std::vector<UnreadFile> unread;
  for (const Document& d : documents)
    if (std::string reason = UnreadReason(d); !reason.empty()) unread.push_back({d.file, reason});
  ASSERT_EQ(unread.size(), 1u);
  Outputs outputs;
  std::vector<UnitYearSummary> summaries;
  for (const UnitYearGroup& group : GroupDocuments(documents, nullptr)) {
    UnitYearSummary summary = Summarize(group);
    std::vector<const std::string*> sources;
    for (const Document* d : group.documents) sources.push_back(&bytes[d->file]);
    MakeUnitYearOutputs(group, summary, sources, markdown, &outputs);
    summaries.push_back(std::move(summary));
  }
  MakeSitePages(BuildSiteModel(std::move(summaries), std::move(unread)), markdown, &outputs);
  std::set<std::string> template_names;
  std::size_t compared_bytes = 0;
  for (const PageOutput& page : outputs.pages) {
    std::string ours;
    ASSERT_TRUE(templates.Render(page, &ours, &error)) << error;
    const std::string theirs = KainjowRender(templates.Expanded(page.template_name), page.view);
    ASSERT_EQ(ours, theirs) << page.path;
    template_names.insert(page.template_name);
    compared_bytes += ours.size();
  }
  // Every page template was used by some page, and the pages are not empty.
  for (const auto& [key, text] : templates.Sources()) {
    if (key.rfind("page:", 0) == 0) {
      EXPECT_TRUE(template_names.count(key.substr(5))) << key;
    }
  }
  EXPECT_GT(compared_bytes, 1000000u);
}

}  // namespace
}  // namespace gongkai
