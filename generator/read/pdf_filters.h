// A PDF stream's filters (FlateDecode, LZWDecode, RunLengthDecode,
// ASCIIHexDecode, ASCII85Decode) decoded as poppler decodes them, in pieces
// pushed through a chain, so that what a stream gives can be measured and
// read without holding it: the checks before poppler (pdf_guard.h) stop as
// soon as a limit is passed.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai {

// Receives decoded bytes; returns false to stop the decoding.
using ByteSink = std::function<bool(std::string_view)>;

// One decoding step: bytes pushed in, decoded bytes out to the next.
class Filter {
 public:
  virtual ~Filter() = default;
  // Decodes `in`; false once the data ended or the sink said stop.
  virtual bool Push(std::string_view in) = 0;
};

// The filters a stream's dictionary names ("/Filter /FlateDecode",
// "/Filter [/ASCII85Decode /FlateDecode]", abbreviations too), in order.
// `known` is false when one is not decodable here (DCTDecode, Crypt…) or the
// value is not a name or an array of names (`reference` tells the object
// when it is one: "/Filter 12 0 R").
struct FilterList {
  std::vector<std::string> names;
  bool known = true;
  long reference = -1;  // "/Filter 12 0 R": the object giving the filters
};
FilterList StreamFilters(std::string_view dict);

// A chain decoding `filters` (full names or abbreviations) into `sink`, or
// nullptr when one is unknown.
// `early_change` is LZWDecode's /EarlyChange (poppler's default: 1).
std::unique_ptr<Filter> MakeFilterChain(const std::vector<std::string>& filters, bool early_change,
                                        ByteSink sink);

}  // namespace gongkai
