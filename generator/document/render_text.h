// A plain-text dump of a Document, for `gongkai parse` without --json.
#pragma once

#include <string>

#include "model.h"

namespace gongkai {

std::string DocumentToText(const Document& doc);

}  // namespace gongkai
