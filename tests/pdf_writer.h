// PDFs made to measure for tests: a small writer with a correct
// cross-reference table, streams, and the compressed data bombs are made of.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gongkai::test {

// A PDF of `objects` (object k + 1 is objects[k]; object 1 the catalog).
std::string WritePdf(const std::vector<std::string>& objects);

// A stream object: "<< `dict_entries` /Length n >>" and `data`.
std::string Stream(const std::string& dict_entries, const std::string& data);

// `bytes` compressed with zlib (FlateDecode).
std::string Deflate(const std::string& bytes);

// A zlib stream inflating to `megabytes` MiB of zeros, made without
// deflating them all (~1 KB per MiB).
std::string ZerosBomb(std::uint64_t megabytes);

// `bytes` LZW-encoded as PDF's LZWDecode (early change) reads it.
std::string Lzw(const std::string& bytes);

// LZW codes of `cycles` runs of zeros, 7,370,880 bytes each from ~5.5 KB.
std::string LzwZerosBomb(int cycles);

// One page per entry of `contents` (its content stream's data, FlateDecode
// when `flate`), in Helvetica (/F1), plus `extra` objects after the pages.
std::string PagesPdf(const std::vector<std::string>& contents, bool flate,
                     const std::vector<std::string>& extra = {});

// Page `page`'s two lines: "Page n of the report", "Total n.00".
std::string PageText(std::size_t page);
std::vector<std::string> Pages(std::size_t n);

// A page per entry of `contents` (its /Contents: "4 0 R", "[4 0 R 5 0 R]"),
// after `streams` (objects 4, 5, …): pages may draw the same stream.
std::string SharedContentPdf(const std::vector<std::string>& streams, const std::vector<std::string>& contents);

}  // namespace gongkai::test
