// The field list of every record the build cache stores (a Document and
// everything in it, a unit-year's summary) and the binary Writer and Reader
// that walk it: the one place that says which fields a record has, so the
// cache codec (build/cache_codec.h) and the summary hash (summary_hash.h)
// cover the same fields. The byte layout is documented in cache_codec.h.
#pragma once

#include <concepts>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "model.h"
#include "unit_year.h"

namespace gongkai::record {

// ------------------------------------------------------- the field list ---
//
// Every struct of a Document, its fields in declaration order: the one place
// that says what the cache stores. Writer and Reader both walk it; `T` is
// the struct or the const struct.

template <typename T, typename U>
concept Is = std::same_as<std::remove_const_t<T>, U>;

template <typename V, Is<Span> T> void FieldsOf(V& v, T& s) { v(s.file, s.line, s.page); }
template <typename V, Is<Compared> T> void FieldsOf(V& v, T& c) { v(c.printed, c.expected, c.currency); }
template <typename V, Is<Diagnostic> T> void FieldsOf(V& v, T& d) {
  v(d.span, d.severity, d.code, d.message, d.related, d.compared);
}
template <typename V, Is<HeaderCell> T> void FieldsOf(V& v, T& h) { v(h.text, h.col, h.col_span, h.row_span); }
template <typename V, Is<Column> T> void FieldsOf(V& v, T& c) { v(c.name, c.path, c.role); }
template <typename V, Is<TableCell> T> void FieldsOf(V& v, T& c) { v(c.text, c.kind, c.cents, c.line); }
template <typename V, Is<TableRow> T> void FieldsOf(V& v, T& r) {
  v(r.cells, r.line, r.label, r.code, r.depth, r.is_total, r.is_group);
}
template <typename V, Is<Table> T> void FieldsOf(V& v, T& t) {
  v(t.title, t.kind, t.currency, t.state, t.layout, t.line, t.first_row_line, t.last_line, t.note,
    t.header, t.columns, t.rows, t.illegible);
}
template <typename V, Is<Figure> T> void FieldsOf(V& v, T& f) { v(f.cents, f.span, f.source, f.from); }
template <typename V, Is<Score> T> void FieldsOf(V& v, T& s) { v(s.hundredths, s.span); }
template <typename V, Is<FigureChoice> T> void FieldsOf(V& v, T& c) {
  v(c.figure, c.scope, c.score, c.chosen, c.why);
}
template <typename V, Is<Figures> T> void FieldsOf(V& v, T& f) {
  v(f.amounts, f.by_function, f.score, f.choices);
}
template <typename V, Is<Indicator> T> void FieldsOf(V& v, T& i) {
  v(i.level1, i.level2, i.name, i.op, i.target, i.unit, i.actual, i.weight, i.score, i.note, i.table,
    i.line);
}
template <typename V, Is<Section> T> void FieldsOf(V& v, T& s) { v(s.title, s.level, s.line, s.text); }
template <typename V, Is<GlossaryTerm> T> void FieldsOf(V& v, T& t) { v(t.term, t.definition); }
template <typename V, Is<GlossaryEntry> T> void FieldsOf(V& v, T& e) { v(e.term, e.definition, e.line, e.terms); }
template <typename V, Is<Unit> T> void FieldsOf(V& v, T& u) { v(u.name, u.code, u.line); }
template <typename V, Is<Document> T> void FieldsOf(V& v, T& d) {
  v(d.file, d.encoding, d.format, d.page_starts, d.read_lines, d.unread, d.unit, d.year, d.kinds, d.set_by_user, d.currency, d.figures,
    d.tables, d.sections, d.glossary, d.indicators, d.diagnostics);
}
template <typename V, Is<FigureValue> T> void FieldsOf(V& v, T& f) { v(f.cents, f.line, f.source, f.document, f.from); }
template <typename V, Is<ScoreValue> T> void FieldsOf(V& v, T& s) { v(s.hundredths, s.line, s.source, s.document); }
template <typename V, Is<FigureSet> T> void FieldsOf(V& v, T& f) {
  v(f.doc_kind, f.currency, f.amounts, f.by_function, f.by_function_kuan, f.score, f.documents, f.stated);
}
template <typename V, Is<UnitAlias> T> void FieldsOf(V& v, T& a) { v(a.name, a.set_by_user); }
template <typename V, Is<TableRef> T> void FieldsOf(V& v, T& t) { v(t.title, t.anchor); }
template <typename V, Is<DisclosureAudit> T> void FieldsOf(V& v, T& a) {
  v(a.document, a.kind, a.scored, a.score, a.warnings, a.info, a.missing_tables);
}
template <typename V, Is<UnitYearSummary> T> void FieldsOf(V& v, T& s) {
  v(s.unit_name, s.unit_slug, s.unit_name_set_by_user, s.unit_aliases, s.regions, s.unit_kind, s.year, s.kinds, s.documents, s.figure_sets,
    s.function_names, s.tables, s.glossary, s.audits);
}

// The largest value of each enum the cache stores, to reject damaged bytes.
template <typename E> constexpr int kEnumMax = -1;
template <> constexpr int kEnumMax<Severity> = static_cast<int>(Severity::kError);
template <> constexpr int kEnumMax<SourceFormat> = static_cast<int>(SourceFormat::kPdf);
template <> constexpr int kEnumMax<FigureSource> = static_cast<int>(FigureSource::kNarrative);
template <> constexpr int kEnumMax<TableLayout> = static_cast<int>(TableLayout::kSpaceAligned);
template <> constexpr int kEnumMax<MoneyUnit> = static_cast<int>(MoneyUnit::kWanYuan);
template <> constexpr int kEnumMax<ColumnRole> = static_cast<int>(ColumnRole::kText);
template <> constexpr int kEnumMax<CellKind> = static_cast<int>(CellKind::kIllegible);
template <> constexpr int kEnumMax<TableState> = static_cast<int>(TableState::kIllegible);

// --------------------------------------------------------------- writing ---

class Writer {
 public:
  template <typename... T>
  void operator()(const T&... fields) {
    (Field(fields), ...);
  }
  std::string& bytes() { return out_; }

 private:
  void Varint(std::uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void Field(bool b) { out_.push_back(b ? 1 : 0); }
  template <std::signed_integral I>
  void Field(I i) {
    const auto v = static_cast<std::int64_t>(i);
    Varint((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
  }
  template <typename E>
    requires std::is_enum_v<E>
  void Field(E e) {
    static_assert(kEnumMax<E> >= 0, "an enum the cache stores needs its kEnumMax");
    Varint(static_cast<std::uint64_t>(e));
  }
  void Field(const std::string& s) {
    Varint(s.size());
    out_ += s;
  }
  template <typename T>
  void Field(const std::vector<T>& items) {
    Varint(items.size());
    for (const T& item : items) Field(item);
  }
  template <typename T>
  void Field(const std::map<std::string, T>& items) {
    Varint(items.size());
    for (const auto& [key, item] : items) Field(key), Field(item);
  }
  template <typename T>
  void Field(const std::optional<T>& item) {
    Field(item.has_value());
    if (item) Field(*item);
  }
  template <typename T>
    requires std::is_class_v<T>
  void Field(const T& record) {
    FieldsOf(*this, record);
  }

  std::string out_;
};

// --------------------------------------------------------------- reading ---

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}

  template <typename... T>
  void operator()(T&... fields) {
    (Field(fields), ...);
  }
  // Every byte was read and none was missing.
  bool Finished() const { return ok_ && pos_ == in_.size(); }
  const char* problem() const { return ok_ ? "bytes left over after the document" : problem_; }

 private:
  void Fail(const char* why) {
    if (ok_) problem_ = why;
    ok_ = false;
    pos_ = in_.size();
  }
  std::uint64_t Varint() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= in_.size()) {
        Fail("truncated");
        return 0;
      }
      const auto byte = static_cast<unsigned char>(in_[pos_++]);
      v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if (!(byte & 0x80)) return v;
    }
    Fail("varint too long");
    return 0;
  }
  // A count of items, each at least one byte: more than the bytes left is damage.
  std::size_t Count() {
    const std::uint64_t n = Varint();
    if (n > in_.size() - pos_) Fail("count beyond the end");
    return ok_ ? static_cast<std::size_t>(n) : 0;
  }
  void Field(bool& b) {
    const std::uint64_t v = Varint();
    if (v > 1) Fail("bad bool");
    b = v == 1;
  }
  template <std::signed_integral I>
  void Field(I& i) {
    const std::uint64_t v = Varint();
    const auto decoded = static_cast<std::int64_t>((v >> 1) ^ (~(v & 1) + 1));
    if (decoded < std::numeric_limits<I>::min() || decoded > std::numeric_limits<I>::max()) Fail("integer out of range");
    i = static_cast<I>(decoded);
  }
  template <typename E>
    requires std::is_enum_v<E>
  void Field(E& e) {
    const std::uint64_t v = Varint();
    if (v > static_cast<std::uint64_t>(kEnumMax<E>)) Fail("enum out of range");
    e = static_cast<E>(v);
  }
  void Field(std::string& s) {
    const std::size_t n = Count();
    s.assign(in_.data() + pos_, n);
    pos_ += n;
  }
  template <typename T>
  void Field(std::vector<T>& items) {
    const std::size_t n = Count();
    items.clear();
    items.reserve(n);
    for (std::size_t k = 0; k < n && ok_; ++k) Field(items.emplace_back());
  }
  template <typename T>
  void Field(std::map<std::string, T>& items) {
    const std::size_t n = Count();
    items.clear();
    for (std::size_t k = 0; k < n && ok_; ++k) {
      std::string key;
      Field(key);
      Field(items[std::move(key)]);
    }
  }
  template <typename T>
  void Field(std::optional<T>& item) {
    bool present = false;
    Field(present);
    item.reset();
    if (!present) return;
    T value;
    Field(value);
    item = std::move(value);
  }
  template <typename T>
    requires std::is_class_v<T>
  void Field(T& record) {
    FieldsOf(*this, record);
  }

  std::string_view in_;
  std::size_t pos_ = 0;
  bool ok_ = true;
  const char* problem_ = "";
};

}  // namespace gongkai::record
