// A small seeded mutation driver for LLVMFuzzerTestOneInput (fuzz_parse.cc),
// built by the ordinary g++ build (with GONGKAI_SANITIZE: ASan + UBSan), so
// CI fuzzes the parser without a clang/libFuzzer build of the library.
//
//   fuzz_driver [--seconds S] [--seed N] [--runs N] [--max-len B]
//               [--timeout T] [--crash-dir DIR] SEED_DIR_OR_FILE...
//
// It runs every seed once as it is, then mutated copies (bit flips, byte
// runs inserted, deleted, duplicated or overwritten with PDF and table
// tokens, splices of two seeds, truncation) until S seconds or N runs. It is
// NOT coverage-guided: it finds crashes near the seeds, not deep ones (use
// libFuzzer for long runs, docs/fuzzing.md). The mutation sequence depends
// only on --seed, so `--seed N --runs R` replays a run exactly.
//
// Before each input runs it is written to DIR/current-input; a crash (a
// sanitizer report aborts the process) or an input running longer than T
// seconds (exit 3) leaves it there for scripts/fuzz-run.sh to keep as a
// regression case (tests/data/fuzz-regressions/).
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <boost/filesystem.hpp>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

namespace bfs = boost::filesystem;

// Tokens the parser and poppler branch on: a mutation that inserts one
// reaches code a random byte would not.
constexpr std::string_view kTokens[] = {
    "%PDF-1.4\n", "stream\n", "endstream", " obj\n", "endobj", "<<", ">>", "/FlateDecode", "/Length 0",
    "/Type /Page", "/Kids [", "/Count 99999", "xref\n", "trailer", " 0 R", "BT", "ET", "Tj", "TJ",
    "\t", "\n", "\r\n", "\f", "  ", "合计", "单位：万元", "表一", "收入", "支出", "1,234.56", "-0.00",
    "—", "（一）", "一、", "|", "<b>", "&nbsp;", "$\\geq$", "\xEF\xBB\xBF", "\xFF\xFE", "\xC0\x80"};

struct Options {
  double seconds = 60;
  std::uint64_t seed = 1;
  std::uint64_t runs = 0;  // 0: until --seconds
  std::size_t max_len = 1 << 20;
  unsigned timeout = 0;  // seconds per input; 0: none
  std::string crash_dir = ".";
  std::vector<std::string> inputs;
};

std::vector<std::string> LoadSeeds(const std::vector<std::string>& inputs) {
  std::vector<std::string> paths;
  for (const std::string& in : inputs) {
    boost::system::error_code ec;
    if (bfs::is_directory(in, ec)) {
      for (bfs::recursive_directory_iterator it(in, ec), end; !ec && it != end; it.increment(ec))
        if (bfs::is_regular_file(it->path(), ec)) paths.push_back(it->path().string());
    } else {
      paths.push_back(in);
    }
  }
  std::sort(paths.begin(), paths.end());  // the same seeds in the same order every run
  std::vector<std::string> seeds;
  for (const std::string& p : paths) {
    std::ifstream f(p, std::ios::binary);
    seeds.emplace_back(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  }
  return seeds;
}

class Mutator {
 public:
  Mutator(std::uint64_t seed, std::size_t max_len) : rng_(seed), max_len_(max_len) {}

  std::string Mutate(const std::vector<std::string>& seeds) {
    std::string s = seeds[Below(seeds.size())];
    const int rounds = 1 + static_cast<int>(Below(4));
    for (int r = 0; r < rounds; ++r) Once(s, seeds);
    if (s.size() > max_len_) s.resize(max_len_);
    return s;
  }

 private:
  std::size_t Below(std::size_t n) { return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }

  void Once(std::string& s, const std::vector<std::string>& seeds) {
    const std::size_t at = Below(s.size() + 1);
    switch (Below(8)) {
      case 0:  // flip a bit
        if (!s.empty()) s[at % s.size()] ^= static_cast<char>(1u << Below(8));
        break;
      case 1:  // a random byte
        if (!s.empty()) s[at % s.size()] = static_cast<char>(Below(256));
        break;
      case 2: {  // insert a token
        const std::string_view t = kTokens[Below(std::size(kTokens))];
        s.insert(at, t);
        break;
      }
      case 3:  // delete a run
        s.erase(at, 1 + Below(64));
        break;
      case 4: {  // duplicate a run (repetition: what makes parsers quadratic)
        const std::size_t len = std::min<std::size_t>(s.size() - std::min(at, s.size()), 1 + Below(256));
        const std::string run = s.substr(at, len);
        for (std::size_t k = 1 + Below(16); k > 0; --k) s.insert(at, run);
        break;
      }
      case 5: {  // splice: the start of this one, the end of another
        const std::string& other = seeds[Below(seeds.size())];
        s = s.substr(0, at) + other.substr(Below(other.size() + 1));
        break;
      }
      case 6:  // truncate
        s.resize(at);
        break;
      default: {  // a digit or separator changed (amounts, codes, pdf numbers)
        static constexpr char kChars[] = "0123456789.,-\t \n";
        if (!s.empty()) s[at % s.size()] = kChars[Below(sizeof kChars - 1)];
        break;
      }
    }
  }

  std::mt19937_64 rng_;
  std::size_t max_len_;
};

bool ParseArgs(int argc, char** argv, Options* o) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    const char* v = nullptr;
    if (a == "--seconds" && (v = value())) o->seconds = std::atof(v);
    else if (a == "--seed" && (v = value())) o->seed = std::strtoull(v, nullptr, 10);
    else if (a == "--runs" && (v = value())) o->runs = std::strtoull(v, nullptr, 10);
    else if (a == "--max-len" && (v = value())) o->max_len = std::strtoull(v, nullptr, 10);
    else if (a == "--crash-dir" && (v = value())) o->crash_dir = v;
    else if (a == "--timeout" && (v = value())) o->timeout = static_cast<unsigned>(std::atoi(v));
    else if (!a.starts_with("--")) o->inputs.push_back(a);
    else return false;
  }
  return !o->inputs.empty();
}

// SIGALRM: the input ran past --timeout (a hang is a bug, as a crash is).
extern "C" void OnTimeout(int) {
  static const char kMessage[] = "fuzz_driver: input ran past --timeout (kept as current-input)\n";
  ssize_t ignored = ::write(2, kMessage, sizeof kMessage - 1);
  (void)ignored;
  ::_exit(3);
}

void Run(const std::string& input, const std::string& current, unsigned timeout) {
  {
    std::ofstream f(current, std::ios::binary | std::ios::trunc);
    f.write(input.data(), static_cast<std::streamsize>(input.size()));
  }
  ::alarm(timeout);
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()), input.size());
  ::alarm(0);
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  if (!ParseArgs(argc, argv, &o)) {
    std::cerr << "usage: fuzz_driver [--seconds S] [--seed N] [--runs N] [--max-len B] "
                 "[--timeout T] [--crash-dir DIR] SEED_DIR_OR_FILE...\n";
    return 2;
  }
  const std::vector<std::string> seeds = LoadSeeds(o.inputs);
  if (seeds.empty()) {
    std::cerr << "fuzz_driver: no seeds\n";
    return 2;
  }
  const std::string current = o.crash_dir + "/current-input";
  std::signal(SIGALRM, OnTimeout);
  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
  std::uint64_t runs = 0;
  for (const std::string& s : seeds) {
    Run(s, current, o.timeout);
    ++runs;
  }
  Mutator mutator(o.seed, o.max_len);
  while (o.runs ? runs < o.runs : elapsed() < o.seconds) {
    Run(mutator.Mutate(seeds), current, o.timeout);
    ++runs;
  }
  std::remove(current.c_str());
  std::fprintf(stderr, "fuzz_driver: %zu seeds, %llu runs (seed %llu) in %.1f s, no crash\n", seeds.size(),
               static_cast<unsigned long long>(runs), static_cast<unsigned long long>(o.seed), elapsed());
  return 0;
}
