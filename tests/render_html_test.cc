// TemplateSet: mustache over a page's JSON view, with the view conventions
// the templates rely on (has_<list>, empty string as false, exact numbers).
#include "render_html.h"

#include <gtest/gtest.h>

#include <thread>

namespace gongkai {
namespace {

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

}  // namespace
}  // namespace gongkai
