// In build/, not read/: it also runs guarded PDFs through the incremental build.
// What reading a PDF would cost poppler, measured before it reads it
// (pdf_guard.h): forms drawn many times, nested forms, annotation
// appearances and pages crowded with text are refused before poppler
// spends minutes on them, and every way of writing a draw that poppler
// follows (a comment before "Do", a "#30" in a name, a comment inside the
// resource's reference, a "%" in a string) is counted. The figures are
// worked out from how each PDF is made; poppler's times are pdftotext's on
// the same files (2 cores, 2026-12-01).
#include "pdf_guard.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "build_options.h"
#include "incremental.h"
#include "input_limits.h"
#include "parse.h"
#include "pdf_writer.h"
#include "test_corpus.h"
#include "test_util.h"

namespace gongkai {
namespace {

using test::Stream;
using test::WritePdf;

// `n` pieces of text, each shown at a place of its own (20 to a row).
std::string Texts(int n, const std::string& word = "W") {
  std::string out;
  for (int i = 0; i < n; ++i)
    out += "BT /F1 4 Tf " + std::to_string(10 + i % 20 * 28) + " " + std::to_string(830 - i / 20 % 400 * 2) +
           " Td (" + word + std::to_string(i) + ") Tj ET\n";
  return out;
}

// A form XObject showing `content`, with `xobjects` ("/Fm0 5 0 R") as the
// XObjects of its resources.
std::string Form(const std::string& content, const std::string& xobjects = "") {
  return Stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >>" +
                    (xobjects.empty() ? std::string() : " /XObject << " + xobjects + " >>") + " >>",
                content);
}

struct Page {
  Page(std::string c, std::string x = "") : content(std::move(c)), xobjects(std::move(x)) {}
  std::string content;   // the page's content stream
  std::string xobjects;  // its resources' XObjects
};

// Objects 1-3: catalog, page tree, Helvetica (/F1); 4…: `objects` (forms);
// then each page and its content stream.
std::string FormsPdf(const std::vector<std::string>& objects, const std::vector<Page>& pages) {
  std::vector<std::string> all = {"<< /Type /Catalog /Pages 2 0 R >>", "",
                                  "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  all.insert(all.end(), objects.begin(), objects.end());
  std::string kids;
  for (const Page& page : pages) {
    const std::size_t number = all.size() + 1;
    kids += std::to_string(number) + " 0 R ";
    all.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >>" +
                  (page.xobjects.empty() ? std::string() : " /XObject << " + page.xobjects + " >>") +
                  " >> /Contents " + std::to_string(number + 1) + " 0 R >>");
    all.push_back(Stream("", page.content));
  }
  all[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>";
  return WritePdf(all);
}

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int k = 0; k < n; ++k) out += s;
  return out;
}

const std::string kTooMuchText =
    "PDF refused: a page shows more than 16000 pieces of text, counting each time a form is drawn (poppler's "
    "time grows faster than their number)";
const std::string kTooMuchDrawn =
    "PDF refused: its pages draw more than 256 MB of content, counting each time a stream or form is drawn (a "
    "stream shared by many pages, a form drawn many times, or an inline image declaring more than it holds?)";

TEST(PdfGuard, AFormDrawnManyTimesIsRefused) {
  // A 13 KB form of 400 pieces of text drawn 100 times: 40,000 on one page
  // (pdftotext: 1.3 s; the same form drawn 1,000 times: over 2 minutes).
  const std::string heavy = Texts(400);
  const std::string draws = Repeat("/Fm0 Do\n", 100);
  const std::string pdf = FormsPdf({Form(heavy)}, {{draws, "/Fm0 4 0 R"}});
  const PdfCost cost = MeasurePdf(pdf);
  EXPECT_EQ(cost.text_operators, 40000u);
  EXPECT_EQ(cost.page_text_operators, 40000u);
  EXPECT_EQ(cost.form_draws, 100u);
  EXPECT_EQ(cost.drawn_bytes, draws.size() + 100 * (heavy.size() + kPdfDrawBytes));
  EXPECT_EQ(ParseDocument("forms.pdf", pdf).unread, kTooMuchText);

  // Drawn 10 times it is read: 4,000 pieces.
  const std::string fine = FormsPdf({Form(heavy)}, {{Repeat("/Fm0 Do\n", 10), "/Fm0 4 0 R"}});
  EXPECT_EQ(MeasurePdf(fine).page_text_operators, 4000u);
  Document doc = ParseDocument("forms10.pdf", fine);
  EXPECT_EQ(doc.unread.find("PDF refused"), std::string::npos) << doc.unread;
  ASSERT_FALSE(doc.read_lines.empty());
  EXPECT_EQ(doc.read_lines.front().substr(0, 2), "W0");
}

TEST(PdfGuard, NestedFormsDrawingTheNextTenTimesAreRefused) {
  // Forms 4…9, each drawing the next ten times, the last showing one word:
  // a 2 KB file whose page draws 1,111,110 forms (pdftotext: over 2 minutes).
  auto nested = [](int levels) {
    std::vector<std::string> forms;
    for (int k = 0; k < levels; ++k)
      forms.push_back(k + 1 < levels ? Form(Repeat("/Fm0 Do\n", 10), "/Fm0 " + std::to_string(5 + k) + " 0 R")
                                     : Form("BT /F1 10 Tf 72 700 Td (Leaf) Tj ET\n"));
    return FormsPdf(forms, {{Repeat("/Fm0 Do\n", 10), "/Fm0 4 0 R"}});
  };
  const std::string six = nested(6);
  ASSERT_LT(six.size(), 3000u);
  const PdfCost cost = MeasurePdf(six);
  EXPECT_EQ(cost.form_draws, 1111110u);  // 10 + 100 + … + 1,000,000
  EXPECT_EQ(cost.text_operators, 1000000u);
  EXPECT_EQ(ParseDocument("nested.pdf", six).unread, kTooMuchDrawn);
  // Three levels: 1,110 draws, 1,000 words (pdftotext: 0.2 s), read.
  const PdfCost three = MeasurePdf(nested(3));
  EXPECT_EQ(three.form_draws, 1110u);
  EXPECT_EQ(three.text_operators, 1000u);
  EXPECT_EQ(three.refusal, "");
}

TEST(PdfGuard, NamesAreLookedUpInTheDrawingFormsOwnResources) {
  // Three pages each draw their own page form, all named /Fm0; each page
  // form shows two lines and draws a logo form, also named /Fm0 in its own
  // resources. Counted in the file's names at large, /Fm0 could be any of
  // the four; looked up as poppler does, each page shows 3 pieces.
  const std::string logo = Form("BT /F1 10 Tf 72 800 Td (Annual report) Tj ET\n");            // 4
  auto page_form = [](int p) { return Form("/Fm0 Do\n" + test::PageText(p) + "\n", "/Fm0 4 0 R"); };  // 5, 6, 7
  const std::string pdf = FormsPdf({logo, page_form(1), page_form(2), page_form(3)},
                                   {{"q /Fm0 Do Q", "/Fm0 5 0 R"}, {"q /Fm0 Do Q", "/Fm0 6 0 R"}, {"q /Fm0 Do Q", "/Fm0 7 0 R"}});
  const PdfCost cost = MeasurePdf(pdf);
  EXPECT_EQ(cost.page_text_operators, 3u);
  EXPECT_EQ(cost.text_operators, 9u);
  EXPECT_EQ(cost.form_draws, 6u);
  Document doc = ParseDocument("pageforms.pdf", pdf);
  EXPECT_EQ(doc.read_lines, (std::vector<std::string>{"Annual report", "Page 1 of the report", "Total 1.00",
                                                      "Annual report", "Page 2 of the report", "Total 2.00",
                                                      "Annual report", "Page 3 of the report", "Total 3.00"}));
}

TEST(PdfGuard, AFormDrawingItselfIsDrawnOnce) {
  // Poppler does not draw a form inside itself: "Self" once, the two inner
  // draws skipped (each still counted as a draw).
  const std::string pdf = FormsPdf({Form("BT /F1 10 Tf 72 700 Td (Self) Tj ET\n/Fm0 Do\n/Fm0 Do\n", "/Fm0 4 0 R")},
                                   {{"/Fm0 Do\n", "/Fm0 4 0 R"}});
  const PdfCost cost = MeasurePdf(pdf);
  EXPECT_EQ(cost.text_operators, 1u);
  EXPECT_EQ(cost.form_draws, 3u);
  EXPECT_EQ(ParseDocument("self.pdf", pdf).read_lines, std::vector<std::string>{"Self"});
}

TEST(PdfGuard, NoWayOfWritingADrawHidesIt) {
  // Each page draws the 400-piece form 100 times in a way poppler follows
  // (pdftotext: 801 words and 1.3-1.4 s for each of these files).
  const std::string heavy = Form(Texts(400));
  const std::vector<Page> pages = {
      {Repeat("/Fm0 %note\nDo\n", 100), "/Fm0 4 0 R"},  // a comment between the name and "Do"
      {Repeat("/Fm#30 Do\n", 100), "/Fm0 4 0 R"},       // "#30" is "0"
      {Repeat("/Fm0 Do\n", 100), "/Fm0 %c\n 4 0 R"},    // a comment inside the resource's reference
      {Repeat("(%) /Fm0 Do\n", 100), "/Fm0 4 0 R"},     // a "%" in a string, not a comment
  };
  for (const Page& page : pages) {
    const std::string pdf = FormsPdf({heavy}, {page});
    EXPECT_EQ(MeasurePdf(pdf).page_text_operators, 40000u) << page.content.substr(0, 14) << page.xobjects;
    EXPECT_EQ(ParseDocument("hidden.pdf", pdf).unread, kTooMuchText) << page.content.substr(0, 14);
  }
}

TEST(PdfGuard, AnnotationAppearancesCountAsDrawn) {
  // 100 annotations on a page, each with the 400-piece form as its
  // appearance (pdftotext: 802 words, 1.2 s).
  // Objects: the form (4), the page (5), its content (6), the annotations (7…).
  std::string annots = " /Annots [";
  for (int k = 0; k < 100; ++k) annots += std::to_string(7 + k) + " 0 R ";
  std::vector<std::string> all = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
                                  "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", Form(Texts(400)),
                                  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R "
                                  ">> >> /Contents 6 0 R" + annots + "] >>",
                                  Stream("", "BT /F1 10 Tf 72 700 Td (x) Tj ET")};
  for (int k = 0; k < 100; ++k)
    all.push_back("<< /Type /Annot /Subtype /Square /Rect [0 0 595 842] /AP << /N 4 0 R >> >>");
  const std::string pdf = WritePdf(all);
  const PdfCost cost = MeasurePdf(pdf);
  // 100 x 400 pieces, the page's own, and one for each annotation (the
  // appearance poppler makes when a file gives none).
  EXPECT_EQ(cost.page_text_operators, 40101u);
  EXPECT_EQ(ParseDocument("annots.pdf", pdf).unread, kTooMuchText);
}

// A page with `n` text fields (widget annotations) that carry a value but
// no appearance: poppler makes one for each.
std::string FieldsPdf(int n) {
  std::string refs;
  for (int i = 0; i < n; ++i) refs += std::to_string(6 + i) + " 0 R ";
  std::vector<std::string> all = {
      "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [" + refs +
          "] /DA (/Helv 10 Tf 0 g) /DR << /Font << /Helv 4 0 R >> >> /NeedAppearances true >> >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R "
      "/Annots [" + refs + "] >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", Stream("", "BT /F1 10 Tf 72 700 Td (x) Tj ET")};
  for (int i = 0; i < n; ++i)
    all.push_back("<< /Type /Annot /Subtype /Widget /FT /Tx /T (f" + std::to_string(i) + ") /V (Value " +
                  std::to_string(i) + ") /Rect [" + std::to_string(10 + i % 20 * 28) + " " +
                  std::to_string(800 - i / 20 % 400 * 2) + " " + std::to_string(38 + i % 20 * 28) + " " +
                  std::to_string(810 - i / 20 % 400 * 2) + "] /P 3 0 R >>");
  return WritePdf(all);
}

TEST(PdfGuard, AnnotationsWithoutAppearancesCount) {
  // Each field costs as 32 KB of content and shows a piece of text (5,000
  // such fields: pdftotext 8.3 s). 100 are read; 9,000 are refused.
  const PdfCost hundred = MeasurePdf(FieldsPdf(100));
  EXPECT_EQ(hundred.drawn_bytes, std::string("BT /F1 10 Tf 72 700 Td (x) Tj ET").size() + 100 * kPdfAnnotationBytes);
  EXPECT_EQ(hundred.page_text_operators, 101u);
  EXPECT_EQ(hundred.text_operators, 101u);  // counted once, not once per page
  EXPECT_EQ(hundred.refusal, "");
  EXPECT_EQ(ParseDocument("fields.pdf", FieldsPdf(9000)).unread, kTooMuchDrawn);
}

TEST(PdfGuard, PagesCrowdedWithTextAreRefused) {
  // One page of 16,000 pieces is read (pdftotext: 0.9 s spread over the
  // page, 6 s all at one spot); 16,001 are refused.
  EXPECT_EQ(MeasurePdf(FormsPdf({}, {Page(Texts(16000))})).refusal, "");
  EXPECT_EQ(ParseDocument("crowded.pdf", FormsPdf({}, {Page(Texts(16001))})).unread, kTooMuchText);
  // Pages beyond 2,000 pieces add the squares of their excess: 20 pages
  // of 16,000 (20 x 14,000² = 3.92e9) are read, 21 are refused.
  const std::string dense = Repeat("BT (x) Tj ET\n", 16000);
  EXPECT_EQ(MeasurePdf(FormsPdf({}, std::vector<Page>(20, Page(dense)))).refusal, "");
  const PdfCost more = MeasurePdf(FormsPdf({}, std::vector<Page>(21, Page(dense))));
  EXPECT_EQ(more.text_squares, 21u * 14000 * 14000);
  EXPECT_EQ(more.refusal,
            "its pages show too many pieces of text: the squares of what each page shows beyond 2000 add up to "
            "more than 4000000000, counting each time a form is drawn");
  // Pages of 2,000 add nothing there, but all pages together show at most
  // 4,000,000: 2,000 such pages are read, 2,001 refused.
  const std::string page = Repeat("()Tj\n", 2000);
  EXPECT_EQ(MeasurePdf(FormsPdf({}, std::vector<Page>(2000, Page(page)))).refusal, "");
  EXPECT_EQ(MeasurePdf(FormsPdf({}, std::vector<Page>(2001, Page(page)))).refusal,
            "its pages show more than 4000000 pieces of text, counting each time a form is drawn");
}

TEST(PdfGuard, ABombBehindAscii85IsRefused) {
  // [/ASCII85Decode /FlateDecode]: the zlib bomb written as ASCII85 text.
  const std::string zipped = test::ZerosBomb(1024);
  std::string a85;
  for (std::size_t k = 0; k < zipped.size(); k += 4) {
    std::uint32_t v = 0;
    const std::size_t n = std::min<std::size_t>(4, zipped.size() - k);
    for (std::size_t j = 0; j < 4; ++j)
      v = v << 8 | (j < n ? static_cast<unsigned char>(zipped[k + j]) : 0u);
    char group[5];
    for (int j = 4; j >= 0; --j) group[j] = static_cast<char>('!' + v % 85), v /= 85;
    a85.append(group, n + 1);
  }
  const std::string pdf = test::PagesPdf({test::PageText(1)}, false,
                                         {Stream("/Filter [/ASCII85Decode /FlateDecode]", a85 + "~>")});
  EXPECT_NE(MeasurePdf(pdf).refusal.find("inflates beyond 64 MB, gongkai's limit for one stream"), std::string::npos);
}

TEST(PdfGuard, InlineImagesCountTheBytesTheyDeclare) {
  // Poppler reads the bytes an inline image's dictionary declares, one call
  // each, past the end of its data: 100,000 × 100,000 gray bytes from a
  // 200-byte file (pdftotext: 22 s).
  const std::string text = "BT /F1 10 Tf 72 700 Td (Inline) Tj ET\n";
  const std::string huge = text + "q BI /W 100000 /H 100000 /BPC 8 /CS /G ID \x01\x02\x03 EI Q\n";
  const PdfCost cost = MeasurePdf(FormsPdf({}, {Page(huge)}));
  EXPECT_EQ(cost.drawn_bytes, huge.size() + 10000000000u);
  EXPECT_EQ(ParseDocument("inline.pdf", FormsPdf({}, {Page(huge)})).unread, kTooMuchDrawn);
  // An icon, 16 × 16 RGB (768 bytes) written in full, and a 64 × 8 mask
  // (64 bytes, a bit each): read.
  const std::string icon = text + "q BI /Width 16 /Height 16 /BitsPerComponent 8 /ColorSpace /DeviceRGB ID " +
                           std::string(768, 'x') + " EI Q\nq BI /W 64 /H 8 /IM true ID " + std::string(64, 'y') +
                           " EI Q\n";
  EXPECT_EQ(MeasurePdf(FormsPdf({}, {Page(icon)})).drawn_bytes, icon.size() + 768 + 64);
  EXPECT_EQ(ParseDocument("icon.pdf", FormsPdf({}, {Page(icon)})).read_lines, std::vector<std::string>{"Inline"});
}

TEST(PdfGuard, AFilterGivenByReferenceIsFollowed) {
  // "/Filter 4 0 R", object 4 being "/FlateDecode": the bomb is seen.
  const std::string bomb = test::ZerosBomb(1024);
  const std::string pdf = WritePdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
                                    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", "/FlateDecode",
                                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
                                    "/F1 3 0 R >> >> /Contents 6 0 R >>",
                                    Stream("/Filter 4 0 R", bomb)});
  EXPECT_NE(MeasurePdf(pdf).refusal.find("inflates beyond 64 MB, gongkai's limit for one stream"), std::string::npos);
  // An object that is not there: refused, not passed unmeasured.
  std::string missing = pdf;
  missing.replace(missing.find("/Filter 4 0 R"), 13, "/Filter 9 0 R");
  EXPECT_EQ(MeasurePdf(missing).refusal, "a stream's /Filter is object 9, which gongkai cannot find to measure the stream");
}

// `pdf` encrypted by qpdf with an empty user password (it opens without
// one, as "protected" disclosures do) and `options` ("40": RC4, revision 2).
std::string Encrypted(const std::string& pdf, const std::string& options, const std::string& user = "") {
  test::TempDir dir;
  const std::string in = dir.str() + "/in.pdf", out = dir.str() + "/out.pdf";
  test::WriteText(in, pdf);
  std::string output;
  EXPECT_EQ(test::RunCommand("qpdf --allow-weak-crypto --encrypt '" + user + "' owner " + options + " -- " + in + " " +
                                 out + " 2>&1",
                             &output),
            0)
      << output;
  return test::ReadFileOrDie(out);
}

TEST(PdfGuard, EncryptedFilesAreMeasuredAsPopplerDecryptsThem) {
  // Real disclosures (西安市统计局 2026 budget; 深圳市财政局 2026, whose pages
  // draw 40 forms) encrypted every way the standard handler allows: each
  // measures as the file in the clear.
  for (const char* name : {"xian-2026-tongji-ju-dept-budget.pdf", "shenzhen-2026-caizheng-ju-benji-dept-budget.pdf"}) {
    const std::string plain = test::ReadFileOrDie(std::string(GONGKAI_TEST_DATA) + "/real/" + name);
    const PdfCost clear = MeasurePdf(plain);
    ASSERT_GT(clear.text_operators, 1000u);
    for (const char* options : {"40", "128 --use-aes=n", "128 --use-aes=n --force-V4 --cleartext-metadata",
                                "128 --use-aes=y", "256"}) {
      const std::string encrypted = Encrypted(plain, options);
      ASSERT_NE(encrypted, plain);
      const PdfCost cost = MeasurePdf(encrypted);
      EXPECT_EQ(cost.decoded_bytes, clear.decoded_bytes) << name << " " << options;
      EXPECT_EQ(cost.drawn_bytes, clear.drawn_bytes) << name << " " << options;
      EXPECT_EQ(cost.text_operators, clear.text_operators) << name << " " << options;
      EXPECT_EQ(cost.page_text_operators, clear.page_text_operators) << name << " " << options;
      EXPECT_EQ(cost.form_draws, clear.form_draws) << name << " " << options;
    }
  }
  // The form drawn 100 times, encrypted: refused as in the clear.
  const std::string forms = FormsPdf({Form(Texts(400))}, {{Repeat("/Fm0 Do\n", 100), "/Fm0 4 0 R"}});
  for (const char* options : {"40", "256"})
    EXPECT_EQ(ParseDocument("forms.pdf", Encrypted(forms, options)).unread, kTooMuchText) << options;
  // With a user password poppler reads nothing: no bomb goes off.
  EXPECT_EQ(ParseDocument("locked.pdf", Encrypted(forms, "256", "secret")).unread, "PDF is encrypted with a password");
}

TEST(PdfGuard, RefusedPdfsAreListedUnreadAndTheSiteIsBuilt) {
  // A content folder with a real disclosure's text and four PDFs that would
  // keep poppler busy for minutes: each has an outcome, on unread/index.html
  // and from `gongkai check`, and the build goes on.
  test::TempDir dir;
  const std::string content = dir.str() + "/content";
  test::WriteText(content + "/002.txt", test::Samples()[2].text);
  std::vector<std::string> nested;
  for (int k = 0; k < 6; ++k)
    nested.push_back(k < 5 ? Form(Repeat("/Fm0 Do\n", 10), "/Fm0 " + std::to_string(5 + k) + " 0 R")
                           : Form("BT /F1 10 Tf 72 700 Td (Leaf) Tj ET\n"));
  const std::string forms = FormsPdf({Form(Texts(400))}, {{Repeat("/Fm0 Do\n", 100), "/Fm0 4 0 R"}});
  const std::map<std::string, std::pair<std::string, std::string>> bombs = {
      {"nested.pdf", {FormsPdf(nested, {{Repeat("/Fm0 Do\n", 10), "/Fm0 4 0 R"}}), kTooMuchDrawn}},
      {"forms.pdf", {forms, kTooMuchText}},
      {"protected.pdf", {Encrypted(forms, "256"), kTooMuchText}},
      {"inline.pdf", {FormsPdf({}, {Page("BI /W 100000 /H 100000 /BPC 8 /CS /G ID xyz EI")}), kTooMuchDrawn}},
  };
  for (const auto& [name, bomb] : bombs) test::WriteText(content + "/" + name, bomb.first);
  BuildOptions options;
  options.content_dir = content;
  options.out_dir = dir.str() + "/site";
  RealFileSystem fs;
  BuildStats stats;
  std::string error;
  ASSERT_TRUE(IncrementalBuild(fs, options, &stats, &error)) << error;
  EXPECT_EQ(stats.documents, 5);
  EXPECT_EQ(stats.unread, 4);
  const std::string unread = test::ReadFileOrDie(options.out_dir + "/unread/index.html");
  std::string out;
  test::RunCommand(std::string(GONGKAI_BINARY) + " check '" + content + "' 2>&1", &out);
  std::size_t reasons = 0;
  for (std::size_t at = unread.find("PDF refused: "); at != std::string::npos; at = unread.find("PDF refused: ", at + 1))
    ++reasons;
  EXPECT_EQ(reasons, 4u) << unread;
  for (const auto& [name, bomb] : bombs) {
    EXPECT_NE(unread.find(name), std::string::npos) << name;
    EXPECT_NE(out.find(content + "/" + name + ": warning: " + bomb.second), std::string::npos) << name << "\n" << out;
  }
}

}  // namespace
}  // namespace gongkai
