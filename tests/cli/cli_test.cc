// In cli/ though it includes only test_util.h: it runs the gongkai binary.
// The command line as a user meets it: exit codes, diagnostics, --help, JSON.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_util.h"

namespace gongkai {
namespace {

using test::RunCommand;
using test::SamplePath;

std::string Gongkai(const std::string& args) { return std::string(GONGKAI_BINARY) + " " + args; }

TEST(Cli, CheckOnSamplesHasNoErrorsAndPositionsEveryWarning) {
  std::string out;
  int status = RunCommand(Gongkai("check " GONGKAI_CONTENT_DIR " 2>&1"), &out);
  EXPECT_EQ(status, 0) << out;
  std::string illegible =
      SamplePath("000") + ":79: warning: table 收入总表 is illegible\n";
  EXPECT_NE(out.find(illegible), std::string::npos) << out;
  // Every line but the summary is `file:line: severity: message` with a line:
  // a warning, or an info (a sum within rounding, marked "info: rounding:").
  std::size_t start = 0, lines = 0;
  while (start < out.size()) {
    std::size_t end = out.find('\n', start);
    std::string line = out.substr(start, end - start);
    start = end + 1;
    if (line.rfind("checked ", 0) == 0) {
      EXPECT_NE(line.find(": 0 errors"), std::string::npos) << line;
      continue;
    }
    ++lines;
    EXPECT_TRUE(line.find(".txt:") != std::string::npos &&
                (line.find(": warning: ") != std::string::npos ||
                 line.find(": info: rounding: ") != std::string::npos))
        << line;
  }
  EXPECT_GT(lines, 0u);
}

TEST(Cli, CheckExitsOneOnAnError) {
  std::string out;
  int status = RunCommand(Gongkai("check /nonexistent/file.txt 2>&1"), &out);
  EXPECT_EQ(status, 1);
  EXPECT_NE(out.find("/nonexistent/file.txt: error: cannot read: No such file or directory"), std::string::npos) << out;
}

TEST(Cli, HelpSaysWhatEachCommandDoes) {
  std::string out;
  EXPECT_EQ(RunCommand(Gongkai("--help"), &out), 0);
  EXPECT_NE(out.find("parse"), std::string::npos);
  EXPECT_NE(out.find("check"), std::string::npos);
  EXPECT_NE(out.find("build"), std::string::npos);
  EXPECT_EQ(RunCommand(Gongkai("check --help"), &out), 0);
  EXPECT_NE(out.find("file:line: severity: message"), std::string::npos) << out;
  EXPECT_EQ(RunCommand(Gongkai("parse --help"), &out), 0);
  EXPECT_NE(out.find("--json"), std::string::npos) << out;
}

TEST(Cli, ParseJsonGivesOneObjectPerFileInArgumentOrder) {
  std::string out;
  std::string a = SamplePath("002"), b = SamplePath("000");
  ASSERT_EQ(RunCommand(Gongkai("parse --json " + a + " " + b), &out), 0);
  nlohmann::json j = nlohmann::json::parse(out);
  ASSERT_EQ(j.size(), 2u);
  EXPECT_EQ(j[0]["file"], a);
  EXPECT_EQ(j[1]["file"], b);
  EXPECT_EQ(j[0]["unit"]["name"], "中共长治市上党区委巡察工作办公室");
  EXPECT_EQ(j[0]["figures"]["total_income"], 2276100);
  EXPECT_EQ(j[0]["figures"]["score"], 92.07);
  EXPECT_EQ(j[1]["unit"]["code"], "012001");
  EXPECT_EQ(j[1]["figures"]["by_function"]["208"], 276500);
  EXPECT_EQ(j[1]["tables"][1]["state"], "illegible");
}

}  // namespace
}  // namespace gongkai
