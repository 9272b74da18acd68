// Unit identity: which documents are one unit. Every rule lives here, in
// this order, and is listed in the README ("Units: one identity").
//
// 1. The name as shown (CleanUnitName): whitespace removed wherever it
//    stands (spaces, tabs, line breaks, U+3000: a name broken over two
//    lines is one name), full-width letters and digits folded (３４１ ->
//    341); full-width punctuation stays as printed (（本级）).
// 2. The name as matched (UnitNameKey): the shown name with all full-width
//    ASCII folded (（本级） -> (本级)), then
//    a. a leading 中国共产党 / 中共 dropped (中共江苏省委办公厅 = 江苏省委办公厅);
//    b. "(本级)" written as "本级" (深圳市财政局（本级） = 深圳市财政局本级);
//    c. a trailing [工作][领导小组]办公室 written 办 (中共X市委巡察工作领导小组
//       办公室 = X市委巡察办 = X市委巡察工作办公室; X市委办公室 = X市委办).
//    Nothing else: no substring, prefix or edit-distance match, so
//    财政局 ≠ 财政局机关服务中心, X市委巡察办 ≠ Y市委巡察办, and 教育局 ≠
//    教育局本级 (a 本级 budget covers the department's own office only, the
//    bare name its 汇总 of every subordinate unit: different figures, so
//    merging them would compare unlike things; units.toml can merge them).
// 3. Two documents are one unit when their keys are equal, or when both
//    print the same unit code (at least kMinUnitCodeDigits digits) and their
//    names start with the same chain of places (RegionChain, not empty):
//    codes are numbered per finance bureau, so 341 in 湖州市 and 341 in
//    烟台市 are different units, and so are 012001 in 株洲市 and in
//    株洲市荷塘区. Names a user declared one unit (units.toml) are one unit.
//    One-unit is transitive (union-find over documents).
// 4. A unit's name is the one a user declared, else the name its latest
//    fiscal year's documents use (a name set for a file by the user first,
//    then the most frequent, then the first in byte order); every other
//    name is an alias, listed on the unit page. Its slug is
//    StableSlug(name). All of it is a function of the documents' facts and
//    the overrides only: the clean and the incremental build agree.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai {

// Rule 1.
std::string CleanUnitName(std::string_view name);
// Rule 2: CleanUnitName then the folds a-c.
std::string UnitNameKey(std::string_view name);

// What identity needs to know of one readable document, after the user's
// overrides for its file (overrides.h) were applied.
struct DocumentFacts {
  std::string file;  // as named in the content folder
  std::string name;  // CleanUnitName of the unit name
  std::string code;
  int year = 0;
  std::vector<std::string> kinds;
  bool name_set_by_user = false;
};

// A name a unit is also known by.
struct UnitAlias {
  std::string name;
  bool set_by_user = false;  // declared in units.toml, not (only) seen in a document
};

// One unit: its name, slug and other names.
struct UnitIdentity {
  std::string name;
  std::string slug;
  bool name_set_by_user = false;
  std::vector<UnitAlias> aliases;  // sorted by name (bytes)
};

struct Identities {
  std::vector<UnitIdentity> units;  // sorted by slug
  std::vector<std::size_t> unit_of;  // per document: its index in `units`
};

// A unit the user declared (units.toml, overrides.h): its name and aliases.
struct DeclaredUnit {
  std::string name;
  std::vector<std::string> aliases;
  int line = 0;
};

// Rules 3 and 4 over every readable document of a build and the units the
// user declared (`declared` may be null). Deterministic: the order of
// `documents` does not matter.
Identities IdentifyUnits(const std::vector<DocumentFacts>& documents, const std::vector<DeclaredUnit>* declared);

}  // namespace gongkai
