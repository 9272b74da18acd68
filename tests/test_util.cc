#include "test_util.h"

#include <gtest/gtest.h>

#include <boost/filesystem.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace gongkai::test {

std::string ReadFileOrDie(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string SamplePath(const std::string& prefix) {
  namespace fs = boost::filesystem;
  for (const auto& entry : fs::directory_iterator(GONGKAI_CONTENT_DIR)) {
    std::string name = entry.path().filename().string();
    if (name.rfind(prefix + "_", 0) == 0) return entry.path().string();
  }
  ADD_FAILURE() << "no sample " << prefix;
  return "";
}

int RunCommand(const std::string& command, std::string* output) {
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return -1;
  char buffer[4096];
  std::string out;
  std::size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  int status = pclose(pipe);
  if (output) *output = out;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace gongkai::test
