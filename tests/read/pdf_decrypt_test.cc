// Decryption before poppler (pdf_decrypt.h): a content stream encrypted by
// qpdf with each cipher of the standard security handler decrypts to the
// bytes written; a file that needs a password, or none, gets no decryption.
#include "pdf_decrypt.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "pdf_writer.h"
#include "test_corpus.h"
#include "test_util.h"

namespace gongkai {
namespace {

const std::string kContent = "BT /F1 12 Tf 72 700 Td (Decrypted as written) Tj ET";

std::string PlainPdf() {
  return test::WritePdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> "
                         ">> /Contents 5 0 R >>",
                         "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", test::Stream("", kContent)});
}

// `pdf` encrypted by qpdf (`options` after the key length), its streams'
// data kept as they are (not recompressed) and no object streams.
std::string Encrypt(const std::string& pdf, const std::string& options, const std::string& user = "") {
  test::TempDir dir;
  const std::string in = dir.str() + "/in.pdf", out = dir.str() + "/out.pdf";
  test::WriteText(in, pdf);
  std::string output;
  EXPECT_EQ(test::RunCommand("qpdf --allow-weak-crypto --stream-data=preserve --object-streams=disable --encrypt '" +
                                 user + "' owner " + options + " -- " + in + " " + out + " 2>&1",
                             &output),
            0)
      << output;
  return test::ReadFileOrDie(out);
}

// Every stream of `pdf`, decrypted: the data after each "stream" keyword,
// /Length bytes of it, under the number and generation of the last
// "N G obj" before it.
std::vector<std::string> DecryptedStreams(const std::string& pdf, const PdfDecryption& d) {
  std::vector<std::string> out;
  static const std::regex kObject(R"((\d+) (\d+) obj)"), kLength(R"(/Length (\d+))");
  for (std::size_t at = pdf.find("stream"); at != std::string::npos; at = pdf.find("stream", at + 6)) {
    if (at >= 3 && pdf.compare(at - 3, 3, "end") == 0) continue;
    const std::size_t obj = pdf.rfind(" obj", at);
    const std::size_t line = pdf.rfind('\n', obj);
    std::smatch id, length;
    const std::string head = pdf.substr(line + 1, at - line - 1);
    if (!std::regex_search(head, id, kObject) || !std::regex_search(head, length, kLength)) continue;
    std::size_t data = at + 6;
    if (pdf[data] == '\r') ++data;
    if (pdf[data] == '\n') ++data;
    out.push_back(d.Stream(std::stol(id[1]), std::stoi(id[2]), std::string_view(pdf).substr(data, std::stoul(length[1]))));
  }
  return out;
}

TEST(PdfDecryption, DecryptsAStreamAsWrittenUnderEachCipher) {
  const std::string plain = PlainPdf();
  const std::vector<std::pair<std::string, PdfDecryption::Cipher>> ciphers = {
      {"40", PdfDecryption::Cipher::kRc4},                     // revision 2
      {"128 --use-aes=n", PdfDecryption::Cipher::kRc4},        // revision 3
      {"128 --use-aes=y", PdfDecryption::Cipher::kAes128},     // revision 4, AESV2
      {"256", PdfDecryption::Cipher::kAes256},                 // revision 6, AESV3
  };
  for (const auto& [options, cipher] : ciphers) {
    const std::string encrypted = Encrypt(plain, options);
    ASSERT_EQ(encrypted.find("Decrypted as written"), std::string::npos) << options;  // not in the clear
    const std::optional<PdfDecryption> d = PdfDecryption::Of(encrypted);
    ASSERT_TRUE(d.has_value()) << options;
    EXPECT_EQ(d->cipher(), cipher) << options;
    const std::vector<std::string> streams = DecryptedStreams(encrypted, *d);
    EXPECT_NE(std::find(streams.begin(), streams.end(), kContent), streams.end()) << options;
  }
}

TEST(PdfDecryption, NoneForAFileInTheClearOrOneThatNeedsAPassword) {
  EXPECT_FALSE(PdfDecryption::Of(PlainPdf()).has_value());
  EXPECT_FALSE(PdfDecryption::Of(Encrypt(PlainPdf(), "256", "secret")).has_value());
  EXPECT_FALSE(PdfDecryption::Of(Encrypt(PlainPdf(), "128 --use-aes=y", "secret")).has_value());
  EXPECT_FALSE(PdfDecryption::Of(Encrypt(PlainPdf(), "40", "secret")).has_value());
}

}  // namespace
}  // namespace gongkai
