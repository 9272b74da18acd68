// Helpers shared by the tests at every layer (they need only core/): reading
// sample files, running the binary. ParseSample is in parse_sample.h.
#pragma once

#include <string>

#include "model.h"

namespace gongkai::test {

// The bytes of a file (fails the test when it cannot be read).
std::string ReadFileOrDie(const std::string& path);

// The path of a sample in content/ by its number prefix ("000" .. "004").
std::string SamplePath(const std::string& prefix);

// A SourceText straight from text: lines split on '\n', a leading form feed
// marks a page break (as pdftotext -layout prints it). No decoding or
// normalization: the samples are already UTF-8.
SourceText SourceFromString(const std::string& all, const std::string& path = "test.txt");

// The SourceText of a file, read as SourceFromString reads text.
SourceText FileSource(const std::string& path);

// The SourceText of a sample in content/ by its number prefix.
SourceText SampleSource(const std::string& prefix);

// A heading or paragraph block at `line`, as segment gives it.
Block Heading(int line, int level, std::string text);
Block Paragraph(int line, std::string text);

// The bytes of a UTF-8 string in another encoding ("GB18030"), made with ICU.
std::string Encode(const std::string& utf8, const char* encoding);

// The text with every "\n" turned into "\r\n".
std::string ToCrlf(const std::string& text);

// Runs a shell command; returns its exit status and fills `output` with stdout.
int RunCommand(const std::string& command, std::string* output);

}  // namespace gongkai::test
