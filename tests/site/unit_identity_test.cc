// Unit identity (unit_identity.h): the documented folds merge spellings of
// one unit; near-miss names of different units never merge.
#include "unit_identity.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "overrides.h"

namespace gongkai {
namespace {

DocumentFacts Doc(const std::string& file, const std::string& name, int year, const std::string& code = "") {
  return {file, CleanUnitName(name), code, year, {"budget"}, false};
}

// The unit name of each document, in input order.
std::vector<std::string> UnitNames(const std::vector<DocumentFacts>& docs, const UnitOverrides* o = nullptr) {
  Identities ids = IdentifyUnits(docs, o ? &o->units : nullptr);
  std::vector<std::string> out;
  for (std::size_t u : ids.unit_of) out.push_back(ids.units[u].name);
  return out;
}

std::size_t UnitCount(const std::vector<DocumentFacts>& docs) { return IdentifyUnits(docs, nullptr).units.size(); }

TEST(CleanUnitName, RemovesSpacesAndLineBreaksAndFoldsFullWidth) {
  EXPECT_EQ(CleanUnitName("深圳市生态环境局福田管理\n局"), "深圳市生态环境局福田管理局");
  EXPECT_EQ(CleanUnitName(" 深圳市财政局（本级）\r\n"), "深圳市财政局（本级）");
  EXPECT_EQ(CleanUnitName("西南大学\u3000附属\u00A0中学"), "西南大学附属中学");
  EXPECT_EQ(CleanUnitName("３４１－湖州市财政局ＩＴ"), "341－湖州市财政局IT");
  EXPECT_EQ(CleanUnitName(""), "");
}

TEST(UnitNameKey, FoldsPartyPrefixOwnLevelParenthesesAndOfficeSpellings) {
  // 2a: 中共 / 中国共产党.
  EXPECT_EQ(UnitNameKey("中共江苏省委办公厅"), UnitNameKey("江苏省委办公厅"));
  EXPECT_EQ(UnitNameKey("中国共产党株洲市委巡察办"), UnitNameKey("株洲市委巡察办"));
  // 2b: （本级） = 本级.
  EXPECT_EQ(UnitNameKey("深圳市财政局（本级）"), UnitNameKey("深圳市财政局本级"));
  EXPECT_EQ(UnitNameKey("深圳市财政局（本级）"), UnitNameKey("深圳市财政局(本级)"));
  // 2c: the sample's full name and its usual abbreviation.
  EXPECT_EQ(UnitNameKey("中共株洲市荷塘区委巡察工作领导小组办公室"), "株洲市荷塘区委巡察办");
  EXPECT_EQ(UnitNameKey("株洲市荷塘区委巡察办"), "株洲市荷塘区委巡察办");
  EXPECT_EQ(UnitNameKey("中共长治市上党区委巡察工作办公室"), "长治市上党区委巡察办");
  EXPECT_EQ(UnitNameKey("和政县委巡察工作领导小组\n办公室"), "和政县委巡察办");
  EXPECT_EQ(UnitNameKey("中共江苏省委办公室"), "江苏省委办");
}

TEST(UnitNameKey, KeepsNearMissNamesApart) {
  const char* pairs[][2] = {
      {"湖州市财政局", "湖州市财政局机关服务中心"},
      {"深圳市财政局", "深圳市财政局（本级）"},
      {"无锡市教育局", "无锡市教育局本级"},
      {"中共株洲市委巡察工作领导小组办公室", "中共株洲市荷塘区委巡察工作领导小组办公室"},
      {"中共临夏市委巡察工作领导小组办公室", "和政县委巡察工作领导小组办公室"},
      {"株洲市委巡察办", "长沙市委巡察办"},
      {"西安市统计局", "西安市统计局办公室"},
      {"江苏省委办公厅", "江苏省政协办公厅"},
      {"广州市生态环境局", "深圳市生态环境局"},
      {"西南大学", "西南大学附属中学"},
      {"中共江苏省委", "江苏省委党校"},
  };
  for (auto& [a, b] : pairs) {
    EXPECT_NE(UnitNameKey(a), UnitNameKey(b)) << a << " vs " << b;
    EXPECT_EQ(UnitCount({Doc("a.pdf", a, 2026), Doc("b.pdf", b, 2026)}), 2u) << a << " vs " << b;
  }
}

// The readable documents of ../shared/corpus (names as gongkai recognises
// them) and the five samples: the two units with several documents stay
// one unit each, and nothing else merges.
TEST(IdentifyUnits, CorpusAndSamplesMergeOnlyTheSameUnit) {
  const std::vector<DocumentFacts> docs = {
      Doc("changsha/a.pdf", "长沙市人民政府国有资产监督管理委员会", 2020),
      Doc("changsha/b.pdf", "长沙市公安局", 2025, "106"),
      Doc("chongqing/a.pdf", "西南大学", 2021),
      Doc("chongqing/b.pdf", "西南大学", 2023),
      Doc("chongqing/c.pdf", "西南大学", 2023),
      Doc("chongqing/d.pdf", "重庆市规划和自然资源局", 2026),
      Doc("chongqing/e.pdf", "重庆市水利局", 2026),
      Doc("foshan/a.pdf", "佛山市轨道交通局", 2019),
      Doc("guangzhou/a.pdf", "广州市生态环境局", 2026),
      Doc("guangzhou/b.pdf", "广州市政务服务和数据管理局", 2026),
      Doc("guangzhou/c.pdf", "广州市政务服务和数据管理局", 2026),
      Doc("guangzhou/d.pdf", "广州市政务服务和数据管理局", 2025),
      Doc("huzhou/a.pdf", "湖州市财政局", 2026, "341"),
      Doc("jiangsu/a.pdf", "江苏省高级人民法院", 2019),
      Doc("jiangsu/b.pdf", "中共江苏省委办公厅", 2019),
      Doc("jiangsu/c.pdf", "江苏省政协办公厅", 2019),
      Doc("shenzhen/a.pdf", "深圳市财政局（本级）", 2026),
      Doc("shenzhen/b.pdf", "深圳市民政局（本级）", 2026),
      Doc("shenzhen/c.pdf", "深圳市生态环境局", 2026),
      Doc("suzhou/a.pdf", "苏州市科学技术局", 2026),
      Doc("suzhou/b.pdf", "苏州市自然资源和规划局", 2026),
      Doc("wuxi/a.pdf", "无锡市信访局", 2025),
      Doc("wuxi/b.pdf", "无锡市教育局（本级）", 2026),
      Doc("xian/a.pdf", "西安市安全生产监督管理局", 2019),
      Doc("xian/b.pdf", "西安市发展和改革委员会", 2019),
      Doc("xian/c.pdf", "西安市交通运输局", 2022),
      Doc("xian/d.pdf", "西安市卫生健康委员会", 2022),
      Doc("xian/e.pdf", "西安市统计局", 2026),
      Doc("yantai/a.pdf", "烟台市大数据局", 2026, "340"),
      Doc("yantai/b.pdf", "烟台市审计局", 2026, "231"),
      Doc("zhuhai/a.pdf", "珠海市商务局", 2026),
      Doc("000.txt", "中共株洲市荷塘区委巡察工作领导小组办公室", 2025, "012001"),
      Doc("001.txt", "和政县委巡察工作领导小组办公室", 2025),
      Doc("002.txt", "中共长治市上党区委巡察工作办公室", 2023, "001003"),
      Doc("003.txt", "中共临夏市委巡察工作领导小组办公室", 2024),
      Doc("004.txt", "中共株洲市委巡察工作领导小组办公室", 2024),
  };
  Identities ids = IdentifyUnits(docs, nullptr);
  EXPECT_EQ(ids.units.size(), 32u);  // 36 documents; 西南大学 ×3 and 广州政务 ×3 are one unit each
  EXPECT_EQ(ids.unit_of[2], ids.unit_of[4]);
  EXPECT_EQ(ids.unit_of[9], ids.unit_of[11]);
  EXPECT_NE(ids.unit_of[31], ids.unit_of[35]);  // 株洲市荷塘区委 ≠ 株洲市委
  for (const UnitIdentity& u : ids.units) EXPECT_TRUE(u.aliases.empty()) << u.name;
  // Names as shown: the documents' own (中共 and （本级） kept).
  EXPECT_EQ(ids.units[ids.unit_of[14]].name, "中共江苏省委办公厅");
  EXPECT_EQ(ids.units[ids.unit_of[16]].name, "深圳市财政局（本级）");
}

TEST(IdentifyUnits, SpellingsOfOneUnitAreOneUnitWithAliases) {
  std::vector<DocumentFacts> docs = {
      Doc("2023.txt", "中共株洲市荷塘区委巡察工作领导小组办公室", 2023),
      Doc("2024.txt", "株洲市荷塘区委巡察办", 2024),
      Doc("2025.txt", "中共株洲市荷塘区委巡察工作\n领导小组办公室", 2025),
  };
  Identities ids = IdentifyUnits(docs, nullptr);
  ASSERT_EQ(ids.units.size(), 1u);
  // The latest year's name is the unit's name; the others are aliases.
  EXPECT_EQ(ids.units[0].name, "中共株洲市荷塘区委巡察工作领导小组办公室");
  ASSERT_EQ(ids.units[0].aliases.size(), 1u);
  EXPECT_EQ(ids.units[0].aliases[0].name, "株洲市荷塘区委巡察办");
  EXPECT_FALSE(ids.units[0].aliases[0].set_by_user);
  EXPECT_FALSE(ids.units[0].name_set_by_user);
}

TEST(IdentifyUnits, SameCodeMergesOnlyWithinTheSamePlaces) {
  // A renamed unit keeps its code: one unit, named as in its latest year.
  EXPECT_EQ(UnitNames({Doc("a.pdf", "西安市安全生产监督管理局", 2018, "119001"),
                       Doc("b.pdf", "西安市应急管理局", 2019, "119001")}),
            (std::vector<std::string>{"西安市应急管理局", "西安市应急管理局"}));
  // Codes are numbered per finance bureau: 341 in 湖州市 is not 341 in 烟台市,
  // nor is 012001 in 株洲市 the 012001 of 株洲市荷塘区.
  EXPECT_EQ(UnitCount({Doc("a.pdf", "湖州市财政局", 2026, "341"), Doc("b.pdf", "烟台市财政局", 2026, "341")}), 2u);
  EXPECT_EQ(UnitCount({Doc("a.txt", "中共株洲市委巡察工作领导小组办公室", 2024, "012001"),
                       Doc("b.txt", "中共株洲市荷塘区委巡察工作领导小组办公室", 2025, "012001")}),
            2u);
  // No place in the name, or a code too short to be one: no merge by code.
  EXPECT_EQ(UnitCount({Doc("a.pdf", "西南大学", 2023, "236001"), Doc("b.pdf", "重庆大学", 2023, "236001")}), 2u);
  EXPECT_EQ(UnitCount({Doc("a.pdf", "烟台市审计局", 2026, "23"), Doc("b.pdf", "烟台市大数据局", 2026, "23")}), 2u);
}

TEST(IdentifyUnits, DeclaredUnitJoinsItsNamesAndIsSetByUser) {
  UnitOverrides o;
  o.units.push_back({"无锡市教育局", {"无锡市教育局（本级）"}, 3});
  std::vector<DocumentFacts> docs = {Doc("a.pdf", "无锡市教育局（本级）", 2026), Doc("b.pdf", "无锡市教育局", 2025),
                                     Doc("c.pdf", "无锡市信访局", 2025)};
  Identities ids = IdentifyUnits(docs, &o.units);
  ASSERT_EQ(ids.units.size(), 2u);
  const UnitIdentity& u = ids.units[ids.unit_of[0]];
  EXPECT_EQ(ids.unit_of[0], ids.unit_of[1]);
  EXPECT_EQ(u.name, "无锡市教育局");
  EXPECT_TRUE(u.name_set_by_user);
  ASSERT_EQ(u.aliases.size(), 1u);
  EXPECT_EQ(u.aliases[0].name, "无锡市教育局（本级）");
  EXPECT_TRUE(u.aliases[0].set_by_user);
  EXPECT_FALSE(ids.units[ids.unit_of[2]].name_set_by_user);
}

TEST(IdentifyUnits, ANameSetForAFileByTheUserWinsItsYear) {
  std::vector<DocumentFacts> docs = {Doc("a.pdf", "西安市统计局", 2026), Doc("b.pdf", "西安市统计局", 2026),
                                     Doc("c.pdf", "西安市统计局(本级)", 2026, "119001")};
  docs[2].name = "西安市统计局";
  docs[2].name_set_by_user = true;
  Identities ids = IdentifyUnits(docs, nullptr);
  ASSERT_EQ(ids.units.size(), 1u);
  EXPECT_TRUE(ids.units[0].name_set_by_user);
}

TEST(IdentifyUnits, ResultDoesNotDependOnDocumentOrder) {
  std::vector<DocumentFacts> docs = {
      Doc("a.txt", "株洲市荷塘区委巡察办", 2025), Doc("b.txt", "中共株洲市荷塘区委巡察工作领导小组办公室", 2025),
      Doc("c.txt", "烟台市大数据局", 2026, "340"), Doc("d.txt", "烟台市大数据中心", 2025, "340"),
      Doc("e.txt", "西南大学", 2023)};
  auto describe = [](const std::vector<DocumentFacts>& ds) {
    Identities ids = IdentifyUnits(ds, nullptr);
    std::set<std::string> out;
    for (std::size_t i = 0; i < ds.size(); ++i) {
      const UnitIdentity& u = ids.units[ids.unit_of[i]];
      std::string aliases;
      for (const UnitAlias& a : u.aliases) aliases += a.name + ",";
      out.insert(ds[i].file + "->" + u.slug + "|" + u.name + "|" + aliases);
    }
    return out;
  };
  const std::set<std::string> first = describe(docs);
  std::reverse(docs.begin(), docs.end());
  EXPECT_EQ(describe(docs), first);
  std::rotate(docs.begin(), docs.begin() + 2, docs.end());
  EXPECT_EQ(describe(docs), first);
  // Two names of one year, equally frequent: the first in byte order.
  EXPECT_EQ(IdentifyUnits({Doc("b.txt", "株洲市荷塘区委巡察办", 2025),
                           Doc("a.txt", "中共株洲市荷塘区委巡察工作领导小组办公室", 2025)},
                          nullptr)
                .units[0]
                .name,
            std::min<std::string>("株洲市荷塘区委巡察办", "中共株洲市荷塘区委巡察工作领导小组办公室"));
}

}  // namespace
}  // namespace gongkai
