#include "cache_codec.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <boost/filesystem.hpp>

#include "parse.h"
#include "site_model.h"
#include "render_json.h"
#include "test_util.h"

namespace gongkai {
namespace {

// A Document with every field of model.h set to a value that differs from
// its default, so a field the cache forgets shows up as a mismatch.
Document EveryFieldSet() {
  Document d;
  d.file = "content/002_c1cbd9e901d50c06.txt";
  d.encoding = "GB18030";
  d.format = SourceFormat::kPdf;
  d.page_starts = {1, 40, 81};
  d.read_lines = {"部门支出总体情况表", "", "合计  227.61"};
  d.unread = "扫描件";
  d.unit = {"中共长治市上党区委巡察工作办公室", "012001", 3};
  d.year = 2023;
  d.kinds = {"final", "performance-evaluation"};
  d.currency = MoneyUnit::kWanYuan;
  d.figures.amounts["total_expenditure"] = {22761, {d.file, 410}, "收入支出决算总表"};
  // Beyond 2^53: a double would round it; the cache must not.
  d.figures.amounts["grand_total"] = {9007199254740993LL, {d.file, 411}, "narrative"};
  d.figures.amounts["three_public"] = {-150, {"", 0}, "财政拨款“三公”经费支出决算表"};
  d.figures.by_function["201"] = {20318, {d.file, 500}, "一般公共预算财政拨款支出决算表"};
  d.figures.score = Score{9207, {d.file, 600}};

  Table t;
  t.title = "表一、部门收支总体情况表";
  t.kind = "income-expenditure-summary";
  t.currency = MoneyUnit::kYuan;
  t.state = TableState::kEmptyWithNote;
  t.layout = TableLayout::kSpaceAligned;
  t.line = 100;
  t.first_row_line = 104;
  t.last_line = 130;
  t.note = "注：如本表格为空，则表示本年度未发生。";
  t.header = {{{"项目", 0, 1, 2}, {"基本支出", 1, 2, 1}}, {{"人员经费", 1, 1, 1}}};
  t.columns = {{"项目", {"项目"}, ColumnRole::kLabel},
               {"科目编码", {"科目编码"}, ColumnRole::kCode},
               {"类", {"科目编码", "类"}, ColumnRole::kCodePart},
               {"行次", {"行次"}, ColumnRole::kRowNumber},
               {"基本支出/人员经费", {"基本支出", "人员经费"}, ColumnRole::kAmount},
               {"备注", {"备注"}, ColumnRole::kText}};
  TableRow r;
  r.cells = {{"行政运行", CellKind::kText, 0, 105},   {"", CellKind::kEmpty, 0, 105},
             {"91,016,775.35", CellKind::kAmount, 9101677535, 105},
             {"——", CellKind::kDash, 0, 105},         {"[illegible]", CellKind::kIllegible, 0, 105}};
  r.line = 105;
  r.label = "行政运行";
  r.code = "2011101";
  r.depth = 2;
  r.is_total = true;
  r.is_group = true;
  t.rows = {r};
  t.illegible = true;
  d.tables = {t, Table{}};

  d.sections = {{"一、收入支出决算总体情况说明", 2, 300, "本年收入合计227.61万元。\n\n其中……"}};
  d.glossary = {{"财政拨款收入", "指本级财政当年拨付的资金。", 520,
                 {{"财政拨款收入", "指本级财政当年拨付的资金。"}, {"基本支出", "指…"}}}};
  d.indicators = {{"产出指标", "数量指标", "巡察覆盖率", "≥", "95", "%", "100", "10", "9.5",
                   "无偏差", "项目支出绩效自评表", 560}};
  d.diagnostics = {{{d.file, 7, 2}, Severity::kError, "checks.sum", "合计 ≠ Σ 行: 227.61 vs 227.60"},
                   {{"", 0}, Severity::kNote, "decode.bom", "UTF-8 (BOM)"}};
  return d;
}

void ExpectSame(const Span& a, const Span& b) {
  EXPECT_EQ(a.file, b.file);
  EXPECT_EQ(a.line, b.line);
  EXPECT_EQ(a.page, b.page);
}

void ExpectSame(const Figure& a, const Figure& b) {
  EXPECT_EQ(a.cents, b.cents);
  ExpectSame(a.span, b.span);
  EXPECT_EQ(a.source, b.source);
}

void ExpectSame(const std::map<std::string, Figure>& a, const std::map<std::string, Figure>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (auto ia = a.begin(), ib = b.begin(); ia != a.end(); ++ia, ++ib) {
    EXPECT_EQ(ia->first, ib->first);
    ExpectSame(ia->second, ib->second);
  }
}

void ExpectSame(const Table& a, const Table& b) {
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.kind, b.kind);
  EXPECT_EQ(a.currency, b.currency);
  EXPECT_EQ(a.state, b.state);
  EXPECT_EQ(a.layout, b.layout);
  EXPECT_EQ(a.line, b.line);
  EXPECT_EQ(a.first_row_line, b.first_row_line);
  EXPECT_EQ(a.last_line, b.last_line);
  EXPECT_EQ(a.note, b.note);
  ASSERT_EQ(a.header.size(), b.header.size());
  for (std::size_t i = 0; i < a.header.size(); ++i) {
    ASSERT_EQ(a.header[i].size(), b.header[i].size());
    for (std::size_t j = 0; j < a.header[i].size(); ++j) {
      EXPECT_EQ(a.header[i][j].text, b.header[i][j].text);
      EXPECT_EQ(a.header[i][j].col, b.header[i][j].col);
      EXPECT_EQ(a.header[i][j].col_span, b.header[i][j].col_span);
      EXPECT_EQ(a.header[i][j].row_span, b.header[i][j].row_span);
    }
  }
  ASSERT_EQ(a.columns.size(), b.columns.size());
  for (std::size_t i = 0; i < a.columns.size(); ++i) {
    EXPECT_EQ(a.columns[i].name, b.columns[i].name);
    EXPECT_EQ(a.columns[i].path, b.columns[i].path);
    EXPECT_EQ(a.columns[i].role, b.columns[i].role);
  }
  ASSERT_EQ(a.rows.size(), b.rows.size());
  for (std::size_t i = 0; i < a.rows.size(); ++i) {
    const TableRow& x = a.rows[i];
    const TableRow& y = b.rows[i];
    ASSERT_EQ(x.cells.size(), y.cells.size());
    for (std::size_t j = 0; j < x.cells.size(); ++j) {
      EXPECT_EQ(x.cells[j].text, y.cells[j].text);
      EXPECT_EQ(x.cells[j].kind, y.cells[j].kind);
      EXPECT_EQ(x.cells[j].cents, y.cells[j].cents);
      EXPECT_EQ(x.cells[j].line, y.cells[j].line);
    }
    EXPECT_EQ(x.line, y.line);
    EXPECT_EQ(x.label, y.label);
    EXPECT_EQ(x.code, y.code);
    EXPECT_EQ(x.depth, y.depth);
    EXPECT_EQ(x.is_total, y.is_total);
    EXPECT_EQ(x.is_group, y.is_group);
  }
  EXPECT_EQ(a.illegible, b.illegible);
}

void ExpectSame(const Document& a, const Document& b) {
  EXPECT_EQ(a.file, b.file);
  EXPECT_EQ(a.encoding, b.encoding);
  EXPECT_EQ(a.format, b.format);
  EXPECT_EQ(a.page_starts, b.page_starts);
  EXPECT_EQ(a.read_lines, b.read_lines);
  EXPECT_EQ(a.unread, b.unread);
  EXPECT_EQ(a.unit.name, b.unit.name);
  EXPECT_EQ(a.unit.code, b.unit.code);
  EXPECT_EQ(a.unit.line, b.unit.line);
  EXPECT_EQ(a.year, b.year);
  EXPECT_EQ(a.kinds, b.kinds);
  EXPECT_EQ(a.currency, b.currency);
  ExpectSame(a.figures.amounts, b.figures.amounts);
  ExpectSame(a.figures.by_function, b.figures.by_function);
  ASSERT_EQ(a.figures.score.has_value(), b.figures.score.has_value());
  if (a.figures.score) {
    EXPECT_EQ(a.figures.score->hundredths, b.figures.score->hundredths);
    ExpectSame(a.figures.score->span, b.figures.score->span);
  }
  ASSERT_EQ(a.tables.size(), b.tables.size());
  for (std::size_t i = 0; i < a.tables.size(); ++i) ExpectSame(a.tables[i], b.tables[i]);
  ASSERT_EQ(a.sections.size(), b.sections.size());
  for (std::size_t i = 0; i < a.sections.size(); ++i) {
    EXPECT_EQ(a.sections[i].title, b.sections[i].title);
    EXPECT_EQ(a.sections[i].level, b.sections[i].level);
    EXPECT_EQ(a.sections[i].line, b.sections[i].line);
    EXPECT_EQ(a.sections[i].text, b.sections[i].text);
  }
  ASSERT_EQ(a.glossary.size(), b.glossary.size());
  for (std::size_t i = 0; i < a.glossary.size(); ++i) {
    EXPECT_EQ(a.glossary[i].term, b.glossary[i].term);
    EXPECT_EQ(a.glossary[i].definition, b.glossary[i].definition);
    EXPECT_EQ(a.glossary[i].line, b.glossary[i].line);
    ASSERT_EQ(a.glossary[i].terms.size(), b.glossary[i].terms.size());
    for (std::size_t j = 0; j < a.glossary[i].terms.size(); ++j) {
      EXPECT_EQ(a.glossary[i].terms[j].term, b.glossary[i].terms[j].term);
      EXPECT_EQ(a.glossary[i].terms[j].definition, b.glossary[i].terms[j].definition);
    }
  }
  ASSERT_EQ(a.indicators.size(), b.indicators.size());
  for (std::size_t i = 0; i < a.indicators.size(); ++i) {
    const Indicator& x = a.indicators[i];
    const Indicator& y = b.indicators[i];
    EXPECT_EQ(x.level1, y.level1);
    EXPECT_EQ(x.level2, y.level2);
    EXPECT_EQ(x.name, y.name);
    EXPECT_EQ(x.op, y.op);
    EXPECT_EQ(x.target, y.target);
    EXPECT_EQ(x.unit, y.unit);
    EXPECT_EQ(x.actual, y.actual);
    EXPECT_EQ(x.weight, y.weight);
    EXPECT_EQ(x.score, y.score);
    EXPECT_EQ(x.note, y.note);
    EXPECT_EQ(x.table, y.table);
    EXPECT_EQ(x.line, y.line);
  }
  ASSERT_EQ(a.diagnostics.size(), b.diagnostics.size());
  for (std::size_t i = 0; i < a.diagnostics.size(); ++i) {
    ExpectSame(a.diagnostics[i].span, b.diagnostics[i].span);
    EXPECT_EQ(a.diagnostics[i].severity, b.diagnostics[i].severity);
    EXPECT_EQ(a.diagnostics[i].code, b.diagnostics[i].code);
    EXPECT_EQ(a.diagnostics[i].message, b.diagnostics[i].message);
  }
}

TEST(CacheCodec, RoundTripKeepsEveryFieldExactly) {
  Document original = EveryFieldSet();
  std::string error;
  std::optional<Document> back = DecodeDocument(EncodeDocument(original), &error);
  ASSERT_TRUE(back) << error;
  ExpectSame(original, *back);
}

TEST(CacheCodec, DefaultDocumentRoundTripsWithoutScore) {
  Document original;
  std::string error;
  std::optional<Document> back = DecodeDocument(EncodeDocument(original), &error);
  ASSERT_TRUE(back) << error;
  EXPECT_FALSE(back->figures.score.has_value());
  ExpectSame(original, *back);
}

TEST(CacheCodec, KeepsCentsBeyondDoublePrecisionAndNegativeAmounts) {
  std::optional<Document> back = DecodeDocument(EncodeDocument(EveryFieldSet()), nullptr);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->figures.amounts.at("grand_total").cents, 9007199254740993LL);
  EXPECT_EQ(back->figures.amounts.at("three_public").cents, -150);
  EXPECT_EQ(back->tables[0].rows[0].cells[2].cents, 9101677535);
}

TEST(CacheCodec, EncodingTwiceGivesTheSameBytes) {
  EXPECT_EQ(EncodeDocument(EveryFieldSet()), EncodeDocument(EveryFieldSet()));
}

TEST(CacheCodec, EveryTruncationIsRejected) {
  const std::string bytes = EncodeDocument(EveryFieldSet());
  for (std::size_t n = 0; n < bytes.size(); ++n) {
    std::string error;
    EXPECT_FALSE(DecodeDocument(std::string_view(bytes).substr(0, n), &error)) << n;
    EXPECT_FALSE(error.empty()) << n;
  }
}

TEST(CacheCodec, AnyFlippedPayloadByteFailsTheChecksum) {
  const std::string bytes = EncodeDocument(EveryFieldSet());
  for (std::size_t at = 24; at < bytes.size(); at += 7) {
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x20);
    std::string error;
    EXPECT_FALSE(DecodeDocument(damaged, &error)) << at;
    EXPECT_EQ(error, "cached document checksum mismatch") << at;
  }
}

TEST(CacheCodec, AnotherFormatVersionOrForeignBytesAreRejected) {
  std::string bytes = EncodeDocument(EveryFieldSet());
  std::string error;
  bytes[6] = static_cast<char>(kCacheCodecVersion + 1);
  EXPECT_FALSE(DecodeDocument(bytes, &error));
  EXPECT_EQ(error, "cached document of another format version");
  EXPECT_FALSE(DecodeDocument("{\"file\":\"x\"}", &error));
  EXPECT_EQ(error, "not a cached document");
}

// Real documents: what the site shows of a decoded document (its public
// JSON, every table cell and span) is what it shows of the parse itself.
TEST(CacheCodec, RealDocumentsRoundTripToTheSamePublicJson) {
  std::vector<std::string> files;
  for (const auto& entry : boost::filesystem::directory_iterator(GONGKAI_CONTENT_DIR))
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  files.push_back(std::string(GONGKAI_TEST_DATA) + "/real/guangzhou-2026-zhengwu-shuju-ju-dept-budget.pdf");
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 6u);
  for (const std::string& path : files) {
    Document doc = ParseDocument(path, test::ReadFileOrDie(path));
    ASSERT_FALSE(doc.tables.empty()) << path;
    const std::string bytes = EncodeDocument(doc);
    std::string error;
    std::optional<Document> back = DecodeDocument(bytes, &error);
    ASSERT_TRUE(back) << path << ": " << error;
    ExpectSame(doc, *back);
    EXPECT_EQ(DocumentToJson(*back).dump(), DocumentToJson(doc).dump()) << path;
    EXPECT_EQ(EncodeDocument(*back), bytes) << path;
  }
}

// The groups store's record: a real unit-year's summary (two documents,
// figures of both kinds, a score) and its outputs come back exactly.
TEST(CacheCodec, StoredGroupOfARealUnitYearRoundTrips) {
  std::vector<Document> docs;
  for (const auto& entry : boost::filesystem::directory_iterator(GONGKAI_CONTENT_DIR))
    if (entry.path().extension() == ".txt")
      docs.push_back(ParseDocument(entry.path().filename().string(), test::ReadFileOrDie(entry.path().string())));
  std::size_t checked = 0;
  for (const UnitYearGroup& group : GroupDocuments(docs)) {
    StoredGroup stored{{"units/" + group.unit_slug + "/index.html", "units/x/tables.csv"}, Summarize(group)};
    const std::string bytes = EncodeStoredGroup(stored);
    std::string error;
    std::optional<StoredGroup> back = DecodeStoredGroup(bytes, &error);
    ASSERT_TRUE(back) << error;
    EXPECT_EQ(back->outputs, stored.outputs);
    const UnitYearSummary& a = stored.summary;
    const UnitYearSummary& b = back->summary;
    EXPECT_EQ(b.unit_name, a.unit_name);
    EXPECT_EQ(b.unit_slug, a.unit_slug);
    EXPECT_EQ(b.regions, a.regions);
    EXPECT_EQ(b.year, a.year);
    EXPECT_EQ(b.kinds, a.kinds);
    ASSERT_EQ(b.figure_sets.size(), a.figure_sets.size());
    for (std::size_t k = 0; k < a.figure_sets.size(); ++k) {
      ASSERT_EQ(b.figure_sets[k].amounts.size(), a.figure_sets[k].amounts.size());
      for (const auto& [key, value] : a.figure_sets[k].amounts) {
        EXPECT_EQ(b.figure_sets[k].amounts.at(key).cents, value.cents) << key;
        EXPECT_EQ(b.figure_sets[k].amounts.at(key).line, value.line) << key;
      }
      EXPECT_EQ(b.figure_sets[k].score.has_value(), a.figure_sets[k].score.has_value());
    }
    EXPECT_EQ(b.tables.size(), a.tables.size());
    EXPECT_EQ(b.glossary.size(), a.glossary.size());
    EXPECT_EQ(EncodeStoredGroup(*back), bytes);
    std::string damaged = bytes;
    damaged.back() = static_cast<char>(damaged.back() ^ 1);
    EXPECT_FALSE(DecodeStoredGroup(damaged, &error));
    EXPECT_FALSE(DecodeDocument(bytes, &error)) << "a group is not a document";
    EXPECT_EQ(error, "not a cached document");
    ++checked;
  }
  EXPECT_GE(checked, 4u);
}

}  // namespace
}  // namespace gongkai
