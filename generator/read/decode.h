// Decoding: raw bytes to valid UTF-8 lines, whatever the converter produced.
#pragma once

#include <string_view>

#include "model.h"

namespace gongkai {

// Detects the encoding (UTF-8, UTF-8 with BOM, GB18030/GBK), converts to
// UTF-8, splits lines on LF, CRLF or CR, and marks form feeds as page breaks.
// Invalid bytes become U+FFFD with a warning that gives the line. Never throws.
SourceText Decode(std::string_view path, std::string_view bytes);

// True when `bytes` are well-formed UTF-8 (no overlong forms, surrogates or
// code points past U+10FFFF): the test Decode's encoding detection counts by.
bool IsWellFormedUtf8(std::string_view bytes);

}  // namespace gongkai
