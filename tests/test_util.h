// Helpers shared by the tests: reading sample files, running the binary.
#pragma once

#include <string>

namespace gongkai::test {

// The bytes of a file (fails the test when it cannot be read).
std::string ReadFileOrDie(const std::string& path);

// The path of a sample in content/ by its number prefix ("000" .. "004").
std::string SamplePath(const std::string& prefix);

// Runs a shell command; returns its exit status and fills `output` with stdout.
int RunCommand(const std::string& command, std::string* output);

}  // namespace gongkai::test
