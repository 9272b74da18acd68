#include "transparency_score.h"

#include <algorithm>

#include "audit_rules.h"

namespace gongkai {

// The weights. Sources are what ../shared/REFERENCE.md gives: 财政部
// 《地方预决算公开操作规程》(财预〔2016〕143号) for the tables, the empty-table
// note, the narrative's parts and the granularity; the 勾稽 identities of a
// budget disclosure for consistency (docs/audit.md).
const std::vector<ScoreWeight>& ScoreWeights() {
  static const std::vector<ScoreWeight> weights = {
      {"tables", "表格完整", 3600,
       "目录中的每张表平分 36 分：缺失扣全部，空表未附说明或无法辨认扣一半，附说明的空表不扣分",
       "财预〔2016〕143号：部门预决算公开表格应完整公开；没有数据的表也应公开空表并说明"},
      {"narrative", "情况说明", 2000,
       "机关运行经费、政府采购、国有资产占用、绩效、名词解释五部分，各 4 分，缺一项扣 4 分",
       "财预〔2016〕143号：情况说明应包括机关运行经费、政府采购、国有资产占用、绩效和名词解释等"},
      {"granularity", "细化程度", 1200,
       "功能分类到项、基本支出经济分类到款、“三公”经费分四项，各 4 分",
       "财预〔2016〕143号：功能分类公开到项，基本支出公开到经济分类款，“三公”经费分因公出国（境）费、"
       "公务用车购置费、公务用车运行费、公务接待费"},
      {"consistency", "数据一致", 2000,
       "每条勾稽不一致（警告）扣 2 分，扣完 20 分为止；尾数误差不扣分",
       "预决算表之间应有的勾稽关系（收支平衡、支出合计 = 基本 + 项目、上级科目 = 下级科目之和等，见数据核对规则）"},
      {"performance", "绩效信息", 1200,
       "部门整体绩效目标（决算：自评）表与项目绩效目标（决算：自评）表各 6 分；同一单位同年另行公开的文件也计入",
       "财预〔2016〕143号：公开预算绩效信息"},
  };
  return weights;
}

namespace {

const ScoreWeight& WeightOf(std::string_view id) {
  for (const ScoreWeight& w : ScoreWeights())
    if (w.id == id) return w;
  return ScoreWeights().front();
}

// `total` split over `n` items: the first total % n items get one more.
std::int64_t Share(std::int64_t total, std::size_t n, std::size_t k) {
  const auto count = static_cast<std::int64_t>(n);
  return total / count + (static_cast<std::int64_t>(k) < total % count ? 1 : 0);
}

class Scorer {
 public:
  explicit Scorer(TransparencyScore* out) : out_(out) {}
  void Start(std::string_view id) {
    const ScoreWeight& w = WeightOf(id);
    out_->categories.push_back({std::string(w.id), std::string(w.name), w.points, w.points});
  }
  // Loses `points` (no more than the category has left) with its reason.
  void Lose(std::int64_t points, std::string reason, std::string ref, Span span) {
    CategoryScore& c = out_->categories.back();
    const std::int64_t lost = std::min(points, c.earned);
    c.earned -= lost;
    out_->lost.push_back({c.id, lost, std::move(reason), std::move(ref), std::move(span)});
  }

 private:
  TransparencyScore* out_;
};

void ScoreTables(const std::vector<TableFinding>& tables, std::int64_t weight, Scorer* s) {
  for (std::size_t k = 0; k < tables.size(); ++k) {
    const TableFinding& t = tables[k];
    const std::int64_t share = Share(weight, tables.size(), k);
    switch (t.presence) {
      case Presence::kData:
      case Presence::kEmptyWithNote: break;
      case Presence::kEmptyWithoutNote:
        s->Lose(share / 2, t.name + "：空表未附说明", t.id, t.span);
        break;
      case Presence::kIllegible:
        s->Lose(share / 2, t.name + "：无法辨认", t.id, t.span);
        break;
      case Presence::kMissing:
        s->Lose(share, "缺少" + t.name, t.id, t.span);
        break;
    }
  }
}

}  // namespace

TransparencyScore ScoreDisclosure(const Document& doc, const Completeness& c) {
  TransparencyScore score;
  if (c.catalog.empty()) return score;
  score.scored = true;
  Scorer s(&score);
  // 1. Tables.
  s.Start("tables");
  ScoreTables(c.tables, WeightOf("tables").points, &s);
  // 2. Narrative parts.
  s.Start("narrative");
  for (std::size_t k = 0; k < c.narrative.size(); ++k)
    if (!c.narrative[k].found)
      s.Lose(Share(WeightOf("narrative").points, c.narrative.size(), k), "情况说明缺少" + c.narrative[k].name,
             c.narrative[k].id, {});
  // 3. Granularity.
  s.Start("granularity");
  for (std::size_t k = 0; k < c.granularity.size(); ++k) {
    const GranularityFinding& g = c.granularity[k];
    if (!g.met)
      s.Lose(Share(WeightOf("granularity").points, c.granularity.size(), k), g.name + "：" + g.detail, g.id,
             g.span);
  }
  // 4. Consistency: every 勾稽 warning, in line order.
  s.Start("consistency");
  std::vector<const Diagnostic*> warnings;
  for (const Diagnostic& d : doc.diagnostics)
    if (d.severity == Severity::kWarning && FindAuditRule(d.code)) warnings.push_back(&d);
  std::stable_sort(warnings.begin(), warnings.end(),
                   [](const Diagnostic* a, const Diagnostic* b) { return a->span.line < b->span.line; });
  for (const Diagnostic* d : warnings) s.Lose(kPointsPerWarning, d->message, d->code, d->span);
  // 5. Performance information.
  s.Start("performance");
  ScoreTables(c.performance, WeightOf("performance").points, &s);
  for (const CategoryScore& cat : score.categories) score.points += cat.earned;
  return score;
}

std::string PointsText(std::int64_t hundredths) {
  std::string out = std::to_string(hundredths / 100);
  const std::int64_t frac = hundredths % 100;
  if (frac != 0) {
    out += '.';
    out += static_cast<char>('0' + frac / 10);
    if (frac % 10) out += static_cast<char>('0' + frac % 10);
  }
  return out;
}

}  // namespace gongkai
