#include "diagnostics.h"

#include <gtest/gtest.h>

namespace gongkai {
namespace {

TEST(Diagnostics, FormatsLikeACompiler) {
  Diagnostic d{Span{"content/x.txt", 132}, Severity::kWarning, "table.unit-missing",
               "table has no money unit"};
  EXPECT_EQ(FormatDiagnostic(d), "content/x.txt:132: warning: table has no money unit");
}

TEST(Diagnostics, OmitsLineZero) {
  Diagnostic d{Span{"a.txt", 0}, Severity::kError, "io", "cannot open file"};
  EXPECT_EQ(FormatDiagnostic(d), "a.txt: error: cannot open file");
}

TEST(Diagnostics, SortsByFileThenLineStably) {
  std::vector<Diagnostic> ds;
  Report(ds, "b.txt", 1, Severity::kWarning, "x", "b1");
  Report(ds, "a.txt", 9, Severity::kWarning, "x", "a9");
  Report(ds, "a.txt", 2, Severity::kWarning, "x", "a2-first");
  Report(ds, "a.txt", 2, Severity::kError, "x", "a2-second");
  SortDiagnostics(ds);
  ASSERT_EQ(ds.size(), 4u);
  EXPECT_EQ(ds[0].message, "a2-first");
  EXPECT_EQ(ds[1].message, "a2-second");
  EXPECT_EQ(ds[2].message, "a9");
  EXPECT_EQ(ds[3].message, "b1");
  EXPECT_TRUE(HasErrors(ds));
}

}  // namespace
}  // namespace gongkai
