#include "test_util.h"

#include <gtest/gtest.h>

#include <boost/filesystem.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unicode/ucnv.h>

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

SourceText SourceFromString(const std::string& all, const std::string& path) {
  SourceText t;
  t.path = path;
  std::size_t start = 0;
  int number = 0;
  while (start <= all.size()) {
    std::size_t nl = all.find('\n', start);
    Line line;
    line.number = ++number;
    line.text = all.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    while (!line.text.empty() && line.text[0] == '\f') {
      line.page_break = true;
      line.text.erase(0, 1);
    }
    t.lines.push_back(std::move(line));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return t;
}

SourceText FileSource(const std::string& path) {
  return SourceFromString(ReadFileOrDie(path), path);
}

SourceText SampleSource(const std::string& prefix) { return FileSource(SamplePath(prefix)); }

Block Heading(int line, int level, std::string text) {
  Block b;
  b.kind = BlockKind::kHeading;
  b.line = b.last_line = line;
  b.level = level;
  b.text = std::move(text);
  return b;
}

Block Paragraph(int line, std::string text) {
  Block b;
  b.kind = BlockKind::kParagraph;
  b.line = b.last_line = line;
  b.text = std::move(text);
  return b;
}

std::string Encode(const std::string& utf8, const char* encoding) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

std::string ToCrlf(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
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
