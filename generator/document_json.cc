#include "document_json.h"

#include <stdexcept>
#include <utility>

namespace gongkai {
namespace {

using nlohmann::json;

// Enums are stored by name, so reordering an enum in model.h cannot silently
// turn a cached kTab into a kPipe.
template <typename E, std::size_t N>
const char* EnumName(const std::pair<E, const char*> (&names)[N], E value) {
  for (const auto& [v, name] : names)
    if (v == value) return name;
  throw std::logic_error("document_json: enum value without a name");
}

template <typename E, std::size_t N>
E EnumValue(const std::pair<E, const char*> (&names)[N], const json& j) {
  const std::string& s = j.get_ref<const std::string&>();
  for (const auto& [v, name] : names)
    if (s == name) return v;
  throw std::runtime_error("unknown enum name '" + s + "'");
}

const std::pair<Severity, const char*> kSeverities[] = {
    {Severity::kNote, "note"}, {Severity::kWarning, "warning"}, {Severity::kError, "error"}};
const std::pair<TableLayout, const char*> kLayouts[] = {{TableLayout::kTab, "tab"},
                                                        {TableLayout::kCellPerLine, "cell-per-line"},
                                                        {TableLayout::kPipe, "pipe"},
                                                        {TableLayout::kSpaceAligned, "space"}};
const std::pair<Currency, const char*> kCurrencies[] = {
    {Currency::kUnknown, "unknown"}, {Currency::kYuan, "yuan"}, {Currency::kWanYuan, "wan"}};
const std::pair<ColumnRole, const char*> kRoles[] = {
    {ColumnRole::kLabel, "label"},         {ColumnRole::kCode, "code"},
    {ColumnRole::kCodePart, "code-part"},  {ColumnRole::kRowNumber, "row-number"},
    {ColumnRole::kAmount, "amount"},       {ColumnRole::kText, "text"}};
const std::pair<CellKind, const char*> kCellKinds[] = {
    {CellKind::kEmpty, "empty"}, {CellKind::kAmount, "amount"},       {CellKind::kDash, "dash"},
    {CellKind::kText, "text"},   {CellKind::kIllegible, "illegible"}};
const std::pair<TableState, const char*> kTableStates[] = {
    {TableState::kData, "data"},
    {TableState::kEmptyWithNote, "empty-with-note"},
    {TableState::kEmptyWithoutNote, "empty-without-note"},
    {TableState::kIllegible, "illegible"}};

// Vectors of structs: one converter per struct, applied element-wise.
template <typename T, typename F>
json Array(const std::vector<T>& items, F to_json) {
  json out = json::array();
  for (const T& item : items) out.push_back(to_json(item));
  return out;
}
template <typename T, typename F>
std::vector<T> Vector(const json& j, F from_json) {
  std::vector<T> out;
  out.reserve(j.size());
  for (const json& item : j.get_ref<const json::array_t&>()) out.push_back(from_json(item));
  return out;
}

json SpanJ(const Span& s) { return {{"file", s.file}, {"line", s.line}, {"page", s.page}}; }
Span SpanF(const json& j) {
  return {j.at("file").get<std::string>(), j.at("line").get<int>(), j.at("page").get<int>()};
}

json DiagJ(const Diagnostic& d) {
  return {{"span", SpanJ(d.span)}, {"severity", EnumName(kSeverities, d.severity)},
          {"code", d.code},        {"message", d.message}};
}
Diagnostic DiagF(const json& j) {
  return {SpanF(j.at("span")), EnumValue(kSeverities, j.at("severity")),
          j.at("code").get<std::string>(), j.at("message").get<std::string>()};
}

json HeaderJ(const HeaderCell& h) {
  return {{"text", h.text}, {"col", h.col}, {"col_span", h.col_span}, {"row_span", h.row_span}};
}
HeaderCell HeaderF(const json& j) {
  return {j.at("text").get<std::string>(), j.at("col").get<int>(), j.at("col_span").get<int>(),
          j.at("row_span").get<int>()};
}

json ColumnJ(const Column& c) {
  return {{"name", c.name}, {"path", c.path}, {"role", EnumName(kRoles, c.role)}};
}
Column ColumnF(const json& j) {
  return {j.at("name").get<std::string>(), j.at("path").get<std::vector<std::string>>(),
          EnumValue(kRoles, j.at("role"))};
}

json CellJ(const TableCell& c) {
  return {{"text", c.text}, {"kind", EnumName(kCellKinds, c.kind)}, {"cents", c.cents},
          {"line", c.line}};
}
TableCell CellF(const json& j) {
  return {j.at("text").get<std::string>(), EnumValue(kCellKinds, j.at("kind")),
          j.at("cents").get<Cents>(), j.at("line").get<int>()};
}

json RowJ(const TableRow& r) {
  return {{"cells", Array(r.cells, CellJ)}, {"line", r.line},       {"label", r.label},
          {"code", r.code},                 {"depth", r.depth},     {"is_total", r.is_total},
          {"is_group", r.is_group}};
}
TableRow RowF(const json& j) {
  TableRow r;
  r.cells = Vector<TableCell>(j.at("cells"), CellF);
  r.line = j.at("line").get<int>();
  r.label = j.at("label").get<std::string>();
  r.code = j.at("code").get<std::string>();
  r.depth = j.at("depth").get<int>();
  r.is_total = j.at("is_total").get<bool>();
  r.is_group = j.at("is_group").get<bool>();
  return r;
}

json TableJ(const Table& t) {
  json header = json::array();
  for (const auto& row : t.header) header.push_back(Array(row, HeaderJ));
  return {{"title", t.title},
          {"kind", t.kind},
          {"currency", EnumName(kCurrencies, t.currency)},
          {"state", EnumName(kTableStates, t.state)},
          {"layout", EnumName(kLayouts, t.layout)},
          {"line", t.line},
          {"first_row_line", t.first_row_line},
          {"last_line", t.last_line},
          {"note", t.note},
          {"header", std::move(header)},
          {"columns", Array(t.columns, ColumnJ)},
          {"rows", Array(t.rows, RowJ)},
          {"illegible", t.illegible}};
}
Table TableF(const json& j) {
  Table t;
  t.title = j.at("title").get<std::string>();
  t.kind = j.at("kind").get<std::string>();
  t.currency = EnumValue(kCurrencies, j.at("currency"));
  t.state = EnumValue(kTableStates, j.at("state"));
  t.layout = EnumValue(kLayouts, j.at("layout"));
  t.line = j.at("line").get<int>();
  t.first_row_line = j.at("first_row_line").get<int>();
  t.last_line = j.at("last_line").get<int>();
  t.note = j.at("note").get<std::string>();
  for (const json& row : j.at("header").get_ref<const json::array_t&>())
    t.header.push_back(Vector<HeaderCell>(row, HeaderF));
  t.columns = Vector<Column>(j.at("columns"), ColumnF);
  t.rows = Vector<TableRow>(j.at("rows"), RowF);
  t.illegible = j.at("illegible").get<bool>();
  return t;
}

json FigureJ(const Figure& f) {
  return {{"cents", f.cents}, {"span", SpanJ(f.span)}, {"source", f.source}};
}
Figure FigureF(const json& j) {
  return {j.at("cents").get<Cents>(), SpanF(j.at("span")), j.at("source").get<std::string>()};
}

json FigureMapJ(const std::map<std::string, Figure>& m) {
  json out = json::object();
  for (const auto& [name, figure] : m) out[name] = FigureJ(figure);
  return out;
}
std::map<std::string, Figure> FigureMapF(const json& j) {
  std::map<std::string, Figure> out;
  for (const auto& [name, figure] : j.get_ref<const json::object_t&>())
    out[name] = FigureF(figure);
  return out;
}

json FiguresJ(const Figures& f) {
  json score = nullptr;
  if (f.score) score = {{"hundredths", f.score->hundredths}, {"span", SpanJ(f.score->span)}};
  return {{"amounts", FigureMapJ(f.amounts)},
          {"by_function", FigureMapJ(f.by_function)},
          {"score", std::move(score)}};
}
Figures FiguresF(const json& j) {
  Figures f;
  f.amounts = FigureMapF(j.at("amounts"));
  f.by_function = FigureMapF(j.at("by_function"));
  const json& score = j.at("score");
  if (!score.is_null())
    f.score = Score{score.at("hundredths").get<std::int64_t>(), SpanF(score.at("span"))};
  return f;
}

json IndicatorJ(const Indicator& i) {
  return {{"level1", i.level1}, {"level2", i.level2}, {"name", i.name},   {"op", i.op},
          {"target", i.target}, {"unit", i.unit},     {"actual", i.actual}, {"weight", i.weight},
          {"score", i.score},   {"note", i.note},     {"table", i.table}, {"line", i.line}};
}
Indicator IndicatorF(const json& j) {
  Indicator i;
  i.level1 = j.at("level1").get<std::string>();
  i.level2 = j.at("level2").get<std::string>();
  i.name = j.at("name").get<std::string>();
  i.op = j.at("op").get<std::string>();
  i.target = j.at("target").get<std::string>();
  i.unit = j.at("unit").get<std::string>();
  i.actual = j.at("actual").get<std::string>();
  i.weight = j.at("weight").get<std::string>();
  i.score = j.at("score").get<std::string>();
  i.note = j.at("note").get<std::string>();
  i.table = j.at("table").get<std::string>();
  i.line = j.at("line").get<int>();
  return i;
}

json SectionJ(const Section& s) {
  return {{"title", s.title}, {"level", s.level}, {"line", s.line}, {"text", s.text}};
}
Section SectionF(const json& j) {
  return {j.at("title").get<std::string>(), j.at("level").get<int>(), j.at("line").get<int>(),
          j.at("text").get<std::string>()};
}

json TermJ(const GlossaryTerm& t) { return {{"term", t.term}, {"definition", t.definition}}; }
GlossaryTerm TermF(const json& j) {
  return {j.at("term").get<std::string>(), j.at("definition").get<std::string>()};
}

json EntryJ(const GlossaryEntry& e) {
  return {{"term", e.term}, {"definition", e.definition}, {"line", e.line},
          {"terms", Array(e.terms, TermJ)}};
}
GlossaryEntry EntryF(const json& j) {
  return {j.at("term").get<std::string>(), j.at("definition").get<std::string>(),
          j.at("line").get<int>(), Vector<GlossaryTerm>(j.at("terms"), TermF)};
}

}  // namespace

nlohmann::json DocumentToCacheJson(const Document& doc) {
  return {{"file", doc.file},
          {"encoding", doc.encoding},
          {"format", doc.format},
          {"page_starts", doc.page_starts},
          {"unread", doc.unread},
          {"unit", {{"name", doc.unit.name}, {"code", doc.unit.code}, {"line", doc.unit.line}}},
          {"year", doc.year},
          {"kinds", doc.kinds},
          {"currency", EnumName(kCurrencies, doc.currency)},
          {"figures", FiguresJ(doc.figures)},
          {"tables", Array(doc.tables, TableJ)},
          {"sections", Array(doc.sections, SectionJ)},
          {"glossary", Array(doc.glossary, EntryJ)},
          {"indicators", Array(doc.indicators, IndicatorJ)},
          {"diagnostics", Array(doc.diagnostics, DiagJ)}};
}

std::optional<Document> DocumentFromCacheJson(const nlohmann::json& j, std::string* error) {
  try {
    Document doc;
    doc.file = j.at("file").get<std::string>();
    doc.encoding = j.at("encoding").get<std::string>();
    doc.format = j.at("format").get<std::string>();
    doc.page_starts = j.at("page_starts").get<std::vector<int>>();
    doc.unread = j.at("unread").get<std::string>();
    const json& unit = j.at("unit");
    doc.unit = {unit.at("name").get<std::string>(), unit.at("code").get<std::string>(),
                unit.at("line").get<int>()};
    doc.year = j.at("year").get<int>();
    doc.kinds = j.at("kinds").get<std::vector<std::string>>();
    doc.currency = EnumValue(kCurrencies, j.at("currency"));
    doc.figures = FiguresF(j.at("figures"));
    doc.tables = Vector<Table>(j.at("tables"), TableF);
    doc.sections = Vector<Section>(j.at("sections"), SectionF);
    doc.glossary = Vector<GlossaryEntry>(j.at("glossary"), EntryF);
    doc.indicators = Vector<Indicator>(j.at("indicators"), IndicatorF);
    doc.diagnostics = Vector<Diagnostic>(j.at("diagnostics"), DiagF);
    return doc;
  } catch (const std::exception& e) {
    if (error) *error = e.what();
    return std::nullopt;
  }
}

// Decoded text is valid UTF-8; should a bug let a bad byte through, the cache
// stores U+FFFD rather than failing the build.
std::string SerializeDocument(const Document& doc) {
  return DocumentToCacheJson(doc).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<Document> DeserializeDocument(std::string_view text, std::string* error) {
  json j = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    if (error) *error = "not valid JSON";
    return std::nullopt;
  }
  return DocumentFromCacheJson(j, error);
}

}  // namespace gongkai
