#include "content_hash.h"

#include <gtest/gtest.h>

namespace gongkai {
namespace {

TEST(ContentHash, EmptyInputHasTheReferenceXxh128) {
  // XXH3-128 of zero bytes, as printed by `xxhsum -H2` (canonical, high first).
  EXPECT_EQ(ContentHash(""), "99aa06d3014798d86001c324468d497f");
}

TEST(ContentHash, IsThirtyTwoLowercaseHexDigits) {
  std::string h = ContentHash("本年支出合计227.61万元");
  ASSERT_EQ(h.size(), 32u);
  for (char c : h) EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) << h;
}

TEST(ContentHash, OneChangedByteChangesTheHash) {
  EXPECT_NE(ContentHash("227.61"), ContentHash("227.62"));
  EXPECT_EQ(ContentHash("227.61"), ContentHash(std::string("227.61")));
}

TEST(Hasher, SinglePartDiffersFromPlainHashBecauseOfLengthPrefix) {
  EXPECT_NE(Hasher().Add("abc").Hex(), ContentHash("abc"));
}

TEST(Hasher, PartBoundariesMatter) {
  EXPECT_NE(Hasher().Add("ab").Add("c").Hex(), Hasher().Add("a").Add("bc").Hex());
  EXPECT_EQ(Hasher().Add("a").Add("bc").Hex(), Hasher().Add("a").Add("bc").Hex());
}

TEST(Hasher, HexCanBeReadTwiceAndAfterMoreParts) {
  Hasher h;
  h.Add("x");
  std::string first = h.Hex();
  EXPECT_EQ(h.Hex(), first);
  h.Add("y");
  EXPECT_NE(h.Hex(), first);
  EXPECT_EQ(h.Hex(), Hasher().Add("x").Add("y").Hex());
}

}  // namespace
}  // namespace gongkai
