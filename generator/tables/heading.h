// Headings: which prose lines open a section, and at what level.
#pragma once

#include <string>
#include <string_view>

namespace gongkai {

// A line read as a heading (level >= 1) or a paragraph (level 0). `text` is
// the line without its "#" or "- " marker, trimmed.
struct HeadingGuess {
  int level = 0;
  std::string text;
};

// "## 2025年部门预算公开表" -> 2; "第一部分 概况" -> 1; "一、基本情况" -> 2;
// "（一）基本支出情况" -> 3; "1.主要职能" / "1、…" -> 4. Numbered lines are
// headings only when short and not a sentence, so that narrative sentences
// and glossary items ("一、财政拨款收入：指…") stay paragraphs.
HeadingGuess ClassifyLine(std::string_view line);

}  // namespace gongkai
