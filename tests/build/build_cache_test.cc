#include "build_cache.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <boost/filesystem.hpp>

#include "content_hash.h"
#include "test_util.h"

namespace gongkai {
namespace {

// A fresh folder under /tmp, removed with the test.
struct TempDir {
  TempDir() {
    char name[] = "/tmp/gongkai-cache-XXXXXX";
    path = mkdtemp(name);
  }
  ~TempDir() { boost::filesystem::remove_all(path); }
  std::string path;
};

const std::string kHashA = ContentHash("a");
const std::string kHashB = ContentHash("b");
const std::string kHashC = ContentHash("c");

BuildCache SampleCache() {
  BuildCache cache;
  cache.gongkai_version = "0.1.0";
  cache.templates_hash = kHashA;
  cache.StoreInput("content/002 with space.txt",
                   {30892, 1717171717123456789, kHashB, kHashC, "中共株洲市委 巡察办", "012001",
                    {"final", "performance-evaluation"}, 2024, 3, ""});
  cache.StoreInput("content/003.txt", {27551, 42, kHashC, kHashA, "", "", {}, 0, 0, ""});
  cache.StoreInput("content/scan.pdf", {380999, 43, kHashA, kHashB, "", "", {}, 0, 1, "no text layer (a scan)"});
  cache.StoreOutput("units/012001/2023/index.html", {kHashA, kHashB});
  cache.StoreOutput("index.html", {kHashC, kHashC});
  return cache;
}

TEST(CacheDirFor, LivesNextToTheOutputFolder) {
  EXPECT_EQ(CacheDirFor("site"), ".gongkai");
  EXPECT_EQ(CacheDirFor("site/"), ".gongkai");
  EXPECT_EQ(CacheDirFor("./site"), "./.gongkai");
  EXPECT_EQ(CacheDirFor("/srv/www/site/"), "/srv/www/.gongkai");
  EXPECT_EQ(CacheDirFor("out/public"), "out/.gongkai");
}

TEST(CacheDataDirFor, IsOnePerOutputFolder) {
  EXPECT_EQ(CacheDataDirFor("site"), ".gongkai/site");
  EXPECT_EQ(CacheDataDirFor("site/"), ".gongkai/site");
  EXPECT_EQ(CacheDataDirFor("/srv/www/public/"), "/srv/www/.gongkai/public");
  EXPECT_NE(CacheDataDirFor("/tmp/a"), CacheDataDirFor("/tmp/b"));
}

TEST(BuildCache, SavedCacheLoadsBackRecordForRecord) {
  TempDir dir;
  RealFileSystem fs;
  std::string error, message;
  ASSERT_TRUE(SaveBuildCache(fs, dir.path, SampleCache(), &error)) << error;
  BuildCache back = LoadBuildCache(fs, dir.path, "0.1.0", kHashA, &message);
  EXPECT_EQ(message, "");
  ASSERT_EQ(back.inputs.size(), 3u);
  const InputRecord* in = back.LookupInput("content/002 with space.txt");
  ASSERT_NE(in, nullptr);
  EXPECT_EQ(in->size, 30892);
  EXPECT_EQ(in->mtime_ns, 1717171717123456789);
  EXPECT_EQ(in->content_hash, kHashB);
  EXPECT_EQ(in->parse_key, kHashC);
  EXPECT_EQ(in->unit_name, "中共株洲市委 巡察办");
  EXPECT_EQ(in->unit_code, "012001");
  EXPECT_EQ(in->kinds, (std::vector<std::string>{"final", "performance-evaluation"}));
  EXPECT_EQ(in->year, 2024);
  EXPECT_EQ(in->warnings, 3);
  EXPECT_EQ(in->unread, "");
  EXPECT_TRUE(in->IsDisclosure());
  EXPECT_EQ(back.LookupInput("content/003.txt")->unit_name, "");
  EXPECT_FALSE(back.LookupInput("content/003.txt")->IsDisclosure()) << "a *.md page's record";
  const InputRecord* scan = back.LookupInput("content/scan.pdf");
  ASSERT_NE(scan, nullptr);
  EXPECT_EQ(scan->unit_name, "");
  EXPECT_EQ(scan->warnings, 1);
  EXPECT_EQ(scan->unread, "no text layer (a scan)");
  EXPECT_TRUE(scan->IsDisclosure()) << "a file that was not read is still a disclosure input";
  ASSERT_EQ(back.outputs.size(), 2u);
  const OutputRecord* out = back.LookupOutput("units/012001/2023/index.html");
  ASSERT_NE(out, nullptr);
  EXPECT_EQ(out->view_hash, kHashA);
  EXPECT_EQ(out->bytes_hash, kHashB);
  EXPECT_EQ(back.LookupOutput("missing.html"), nullptr);
}

TEST(BuildCache, FileStartsWithTheVersionLineAndIsSorted) {
  TempDir dir;
  RealFileSystem fs;
  std::string error;
  ASSERT_TRUE(SaveBuildCache(fs, dir.path, SampleCache(), &error));
  std::string text = test::ReadFileOrDie(dir.path + "/cache");
  EXPECT_EQ(text.substr(0, text.find('\n')), "# gongkai cache v5 0.1.0 " + kHashA + " -");
  EXPECT_LT(text.find("\tcontent/002 with space.txt\n"), text.find("\tcontent/003.txt\n"));
  EXPECT_LT(text.find("\tcontent/003.txt\n"), text.find("\tindex.html\n"));
  EXPECT_NE(text.find("o\t" + kHashC + "\t" + kHashC + "\tindex.html\n"), std::string::npos);
  EXPECT_NE(text.find("\t-\t0\t1\tno text layer (a scan)\tcontent/scan.pdf\n"), std::string::npos) << text;
}

TEST(BuildCache, OtherGongkaiVersionIsDiscardedWithMessage) {
  TempDir dir;
  RealFileSystem fs;
  std::string error, message;
  ASSERT_TRUE(SaveBuildCache(fs, dir.path, SampleCache(), &error));
  BuildCache back = LoadBuildCache(fs, dir.path, "0.2.0", kHashA, &message);
  EXPECT_EQ(message, "cache version changed; full rebuild");
  EXPECT_TRUE(back.inputs.empty());
  EXPECT_TRUE(back.outputs.empty());
  EXPECT_EQ(back.gongkai_version, "0.2.0");
}

TEST(BuildCache, OtherFormatVersionIsDiscardedWithMessage) {
  TempDir dir;
  RealFileSystem fs;
  std::string error, message;
  ASSERT_TRUE(fs.WriteFile(dir.path + "/cache",
                           "# gongkai cache v2 0.1.0 " + kHashA + " -\nwhatever\n", &error));
  BuildCache back = LoadBuildCache(fs, dir.path, "0.1.0", kHashA, &message);
  EXPECT_EQ(message, "cache version changed; full rebuild");
  EXPECT_TRUE(back.inputs.empty());
}

TEST(BuildCache, ChangedTemplatesKeepParseResultsButDropPages) {
  TempDir dir;
  RealFileSystem fs;
  std::string error, message;
  ASSERT_TRUE(SaveBuildCache(fs, dir.path, SampleCache(), &error));
  BuildCache back = LoadBuildCache(fs, dir.path, "0.1.0", kHashB, &message);
  EXPECT_EQ(message, "templates changed; every page is rendered again");
  EXPECT_EQ(back.inputs.size(), 3u);
  EXPECT_TRUE(back.outputs.empty());
  EXPECT_EQ(back.templates_hash, kHashB);
}

TEST(BuildCache, CorruptLineDiscardsEverythingWithMessage) {
  TempDir dir;
  RealFileSystem fs;
  std::string error, message;
  ASSERT_TRUE(fs.WriteFile(dir.path + "/cache",
                           "# gongkai cache v5 0.1.0 " + kHashA + " -\n" + "i\t1\t2\t" + kHashA +
                               "\t" + kHashB + "\t-\t-\t-\t0\t0\t-\ta.txt\n" + "i\tx\t2\t" + kHashA + "\t" +
                               kHashB + "\t-\t-\t-\t0\t0\t-\tb.txt\n",
                           &error));
  BuildCache back = LoadBuildCache(fs, dir.path, "0.1.0", kHashA, &message);
  EXPECT_EQ(message, "build cache " + dir.path + "/cache is corrupt (line 3); full rebuild");
  EXPECT_TRUE(back.inputs.empty());
}

TEST(BuildCache, TruncatedFileIsDiscarded) {
  TempDir dir;
  RealFileSystem fs;
  std::string error, message;
  ASSERT_TRUE(SaveBuildCache(fs, dir.path, SampleCache(), &error));
  std::string text = test::ReadFileOrDie(dir.path + "/cache");
  ASSERT_TRUE(fs.WriteFile(dir.path + "/cache", text.substr(0, text.size() - 5), &error));
  BuildCache back = LoadBuildCache(fs, dir.path, "0.1.0", kHashA, &message);
  EXPECT_EQ(message, "build cache " + dir.path + "/cache is corrupt (truncated); full rebuild");
  EXPECT_TRUE(back.inputs.empty());
  EXPECT_TRUE(back.outputs.empty());
}

TEST(BuildCache, GarbageFileIsDiscarded) {
  TempDir dir;
  RealFileSystem fs;
  std::string error, message;
  ASSERT_TRUE(fs.WriteFile(dir.path + "/cache", std::string("\x00\xff\x13", 3), &error));
  LoadBuildCache(fs, dir.path, "0.1.0", kHashA, &message);
  EXPECT_EQ(message, "build cache " + dir.path + "/cache is corrupt (line 1); full rebuild");
}

TEST(BuildCache, MissingCacheIsAQuietFirstBuild) {
  TempDir dir;
  RealFileSystem fs;
  std::string message = "stale";
  BuildCache back = LoadBuildCache(fs, dir.path, "0.1.0", kHashA, &message);
  EXPECT_EQ(message, "");
  EXPECT_TRUE(back.inputs.empty());
  EXPECT_EQ(back.templates_hash, kHashA);
}

TEST(BuildCache, PathsWithTabsAreNotStored) {
  TempDir dir;
  RealFileSystem fs;
  std::string error, message;
  BuildCache cache = SampleCache();
  cache.StoreInput("bad\tname.txt", {1, 2, kHashA, kHashB, "", "", {}, 0, 0, ""});
  ASSERT_TRUE(SaveBuildCache(fs, dir.path, cache, &error));
  BuildCache back = LoadBuildCache(fs, dir.path, "0.1.0", kHashA, &message);
  EXPECT_EQ(message, "");
  EXPECT_EQ(back.inputs.size(), 3u);
  EXPECT_EQ(back.LookupInput("bad\tname.txt"), nullptr);
}

TEST(BuildCache, UnreadReasonWithATabIsStoredOnOneColumn) {
  TempDir dir;
  RealFileSystem fs;
  std::string error, message;
  BuildCache cache = SampleCache();
  cache.StoreInput("odd.pdf", {1, 2, kHashA, kHashB, "", "", {}, 0, 1, "broken\tPDF\n(xref)"});
  ASSERT_TRUE(SaveBuildCache(fs, dir.path, cache, &error));
  BuildCache back = LoadBuildCache(fs, dir.path, "0.1.0", kHashA, &message);
  EXPECT_EQ(message, "");
  ASSERT_NE(back.LookupInput("odd.pdf"), nullptr);
  EXPECT_EQ(back.LookupInput("odd.pdf")->unread, "broken PDF (xref)");
}

TEST(ParseKey, DependsOnPathBytesAndVersion) {
  std::string key = ParseKey("content/a.txt", kHashA, "0.1.0");
  EXPECT_EQ(key, ParseKey("content/a.txt", kHashA, "0.1.0"));
  EXPECT_NE(key, ParseKey("content/b.txt", kHashA, "0.1.0"));
  EXPECT_NE(key, ParseKey("content/a.txt", kHashB, "0.1.0"));
  EXPECT_NE(key, ParseKey("content/a.txt", kHashA, "0.1.1"));
}

TEST(ParsedResults, StoredDocumentLoadsBackAndPruneRemovesOrphans) {
  TempDir dir;
  RealFileSystem fs;
  std::string error;
  Document doc;
  doc.file = "content/002.txt";
  doc.year = 2023;
  doc.figures.amounts["total_expenditure"] = {22761, {"content/002.txt", 410}, "", FigureSource::kNarrative};
  std::string key = ParseKey(doc.file, kHashA, "0.1.0");
  ASSERT_TRUE(StoreParsed(fs, dir.path, key, doc, &error)) << error;
  ASSERT_TRUE(StoreParsed(fs, dir.path, kHashC, doc, &error)) << error;

  std::optional<Document> back = LoadParsed(fs, dir.path, key);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->year, 2023);
  EXPECT_EQ(back->figures.amounts.at("total_expenditure").cents, 22761);
  EXPECT_FALSE(LoadParsed(fs, dir.path, kHashB));

  BuildCache cache;
  cache.StoreInput(doc.file, {1, 2, kHashA, key, "", "", {}, 0, 0, ""});
  EXPECT_EQ(PruneParsed(dir.path, cache), 1);
  EXPECT_TRUE(LoadParsed(fs, dir.path, key));
  EXPECT_FALSE(LoadParsed(fs, dir.path, kHashC));
}

TEST(ParsedResults, CorruptResultIsACacheMiss) {
  TempDir dir;
  RealFileSystem fs;
  std::string error;
  ASSERT_TRUE(fs.WriteFile(dir.path + "/parsed/" + kHashA + ".gkdoc", "GKDOC", &error));
  EXPECT_FALSE(LoadParsed(fs, dir.path, kHashA));
}

TEST(StatFile, GivesSizeAndNanosecondMtime) {
  TempDir dir;
  RealFileSystem fs;
  std::string error;
  ASSERT_TRUE(fs.WriteFile(dir.path + "/x.txt", "227.61", &error));
  std::optional<FileStamp> stamp = StatFile(dir.path + "/x.txt");
  ASSERT_TRUE(stamp);
  EXPECT_EQ(stamp->size, 6);
  EXPECT_GT(stamp->mtime_ns, 1600000000LL * 1000000000LL);
  InputRecord record{6, stamp->mtime_ns, kHashA, kHashB, "", "", {}, 0, 0, ""};
  EXPECT_TRUE(record.Matches(*stamp));
  record.size = 7;
  EXPECT_FALSE(record.Matches(*stamp));
  EXPECT_FALSE(StatFile(dir.path + "/missing.txt"));
}

}  // namespace
}  // namespace gongkai
