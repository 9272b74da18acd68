// Hard caps on hostile input, in one place (as cmark's
// MAX_AUTOCOMPLETED_CELLS). Inside them every stage is linear in its input;
// a file beyond one is refused with a warning that names the file and the
// limit, and listed on unread/index.html (never dropped silently). The
// README's "Limits" section lists them.
#pragma once

#include <cstdint>
#include <cstddef>

namespace gongkai {

// A text file (*.txt) larger than this is refused without being read.
// Parsing takes ~20 bytes of memory per input byte; the largest real
// disclosure text is ~2 MB.
inline constexpr std::uint64_t kMaxTextBytes = 16ull << 20;

// A PDF larger than this is refused without being read. Poppler reads the
// whole file from memory; real disclosures are 0.1-20 MB (scans more).
inline constexpr std::uint64_t kMaxPdfBytes = 128ull << 20;

// A PDF with more pages is refused (PdfReadSettings::max_pages).
inline constexpr int kMaxPdfPages = 5000;

// Compressed (FlateDecode) streams poppler would inflate to read the text:
// content streams, forms, fonts, object streams (images are not decoded to
// read text, so they do not count). A PDF with one stream inflating beyond
// kMaxPdfStreamBytes, or all of them beyond kMaxPdfInflatedBytes, is
// refused as a decompression bomb. The check inflates at most the limit.
inline constexpr std::uint64_t kMaxPdfStreamBytes = 64ull << 20;
inline constexpr std::uint64_t kMaxPdfInflatedBytes = 256ull << 20;

// Drawing. Poppler reads a page's content streams, and a form XObject's
// content each time the page (or a form, or an annotation) draws it: a
// 50 KB file drawing one form 1,000 times, or six forms each drawing the
// next ten times, keeps it busy for minutes. Before poppler reads the file,
// each stream's content is read for its text-showing operators (Tj, TJ, '
// and ") and the forms it draws (Do). Each draw costs its content again plus
// kPdfDrawBytes (poppler's set-up of a form costs about as much as reading
// 4 KB of content); the pages together may draw kMaxPdfDrawnBytes. Poppler's
// text page grows faster than linearly in the pieces of text on one page
// (at one spot: 2,000 take 0.025 s, 4,000 0.15 s, 8,000 0.65 s, 16,000
// 6 s, 30,000 45 s), so one page may show kMaxPdfPageTextOperators; the
// squares of what pages show beyond kPdfTextLinearPage add up to at most
// kMaxPdfTextSquares (20 pages of 16,000; 200 pages of 4,000 are read), and
// all pages together show at most kMaxPdfTextOperators (real documents: at
// most 3,986 on a page, 55,700 in all). Forms nest at most kMaxPdfFormDepth
// deep and are visited at most kMaxPdfFormVisits times while measuring;
// a stream's content names at most kMaxPdfNamesPerStream forms (more are
// counted as the costliest), the file's dictionaries kMaxPdfReferences
// references (more: every name stands for the costliest form).
inline constexpr std::uint64_t kPdfDrawBytes = 4u << 10;
// An annotation: poppler makes an appearance for one that has none (a form
// field's value: 1.7 ms each, as reading 32 KB of content).
inline constexpr std::uint64_t kPdfAnnotationBytes = 32u << 10;
inline constexpr std::uint64_t kMaxPdfDrawnBytes = 256ull << 20;
inline constexpr std::uint64_t kMaxPdfPageTextOperators = 16000;
inline constexpr std::uint64_t kPdfTextLinearPage = 2000;
inline constexpr std::uint64_t kMaxPdfTextSquares = 4000000000;
inline constexpr std::uint64_t kMaxPdfTextOperators = 4000000;
inline constexpr int kMaxPdfFormDepth = 256;
inline constexpr std::uint64_t kMaxPdfFormVisits = 1u << 20;
inline constexpr std::size_t kMaxPdfNamesPerStream = 4096;
inline constexpr std::size_t kMaxPdfReferences = 1u << 20;

// A font's ToUnicode map (a CMap stream) maps character codes to text;
// poppler sizes its table by the largest code and walks every code of each
// range, so one bogus code (<8BDD0D5>) costs gigabytes and minutes. A PDF
// whose maps name a code beyond kMaxCMapCode (the last Unicode code point:
// real maps use 1- or 2-byte codes) or whose ranges together span more
// than kMaxCMapCodes codes is refused before poppler reads it. So is one
// mapping more than kMaxCMapStrings codes to text of several UTF-16 units
// (ligatures, surrogate pairs): poppler grows that list 16 entries at a
// time, so 700,000 of them (a range <011c> <5b8c> <011d0>, mutated) cost
// minutes. Only the first kMaxCMapScanBytes of each stream are looked at
// (real maps: < 100 KB).
inline constexpr std::uint64_t kMaxCMapCode = 0x10FFFF;
inline constexpr std::uint64_t kMaxCMapCodes = 1u << 22;
inline constexpr std::uint64_t kMaxCMapStrings = 1u << 14;
inline constexpr std::size_t kMaxCMapScanBytes = 4u << 20;

// Folders under content/ are walked at most this deep (symbolic links to
// folders are followed, each real folder once, so a cycle ends the walk).
inline constexpr int kMaxContentDepth = 64;

}  // namespace gongkai
