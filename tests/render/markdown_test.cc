#include "markdown.h"

#include <gtest/gtest.h>

namespace gongkai {
namespace {

TEST(MarkdownTest, RendersGfmTablesAndStrikethrough) {
  std::string html = RenderMarkdown("| 项目 | 金额 |\n|---|---|\n| 基本支出 | 203.18 |\n\n~~旧~~\n");
  EXPECT_NE(html.find("<table>"), std::string::npos);
  EXPECT_NE(html.find("<td>基本支出</td>"), std::string::npos);
  EXPECT_NE(html.find("<del>旧</del>"), std::string::npos);
}

TEST(MarkdownTest, DropsJavascriptAndDataLinksButKeepsTheirText) {
  std::string html = RenderMarkdown(
      "[点我](javascript:alert(1)) [二](JavaScript:alert(2)) [三](data:text/html,x) [四](vbscript:x) "
      "![图](data:image/png;base64,AAAA) [关于](../about/index.html)");
  EXPECT_EQ(html.find("javascript:"), std::string::npos) << html;
  EXPECT_EQ(html.find("JavaScript:"), std::string::npos) << html;
  EXPECT_EQ(html.find("data:"), std::string::npos) << html;
  EXPECT_EQ(html.find("vbscript:"), std::string::npos) << html;
  EXPECT_NE(html.find("点我"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"../about/index.html\">关于</a>"), std::string::npos) << html;
}

TEST(MarkdownTest, OmitsRawHtml) {
  std::string html = RenderMarkdown("<script>alert(1)</script>\n\n段落 <b onclick=\"x()\">粗</b>\n");
  EXPECT_EQ(html.find("<script"), std::string::npos) << html;
  EXPECT_EQ(html.find("onclick"), std::string::npos) << html;
}

TEST(MarkdownTest, ProseIsAlwaysText) {
  std::string html = RenderProse("1. 不是列表 <b>x</b>\n# 不是标题\n\n第二段");
  EXPECT_EQ(html, "<p>1. 不是列表 &lt;b&gt;x&lt;/b&gt;<br />\n# 不是标题</p>\n<p>第二段</p>\n");
}

TEST(MarkdownTest, TitleIsTheFirstLevelOneHeading) {
  EXPECT_EQ(MarkdownTitle("前言\n# 关于本站\n## 页面\n"), "关于本站");
  EXPECT_EQ(MarkdownTitle("## 只有二级\n"), "");
}

}  // namespace
}  // namespace gongkai
