#include "incremental_run.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "content_hash.h"

namespace gongkai {

std::int64_t NowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

PhaseTimer::PhaseTimer() : on_(std::getenv("GONGKAI_TIMING") != nullptr) {}

void PhaseTimer::Mark(const char* phase) {
  if (!on_) return;
  auto now = std::chrono::steady_clock::now();
  std::fprintf(stderr, "  %-10s %7.1f ms %6ld MB rss %6ld MB peak\n", phase,
               std::chrono::duration<double, std::milli>(now - last_).count(), StatusMb("VmRSS:"),
               StatusMb("VmHWM:"));
  last_ = now;
}

long PhaseTimer::StatusMb(const char* field) {
  std::FILE* f = std::fopen("/proc/self/status", "r");
  if (!f) return 0;
  char line[256];
  long kb = 0;
  while (std::fgets(line, sizeof line, f))
    if (std::strncmp(line, field, std::strlen(field)) == 0) kb = std::atol(line + std::strlen(field));
  std::fclose(f);
  return kb / 1024;
}

std::string TransliterationsFileFor(const std::string& cache_dir) { return cache_dir + "/slugs"; }

bool Shared::Put(const std::string& path, const std::string& bytes, const std::string& view_hash,
                 const std::string& reason) {
  {
    std::lock_guard<std::mutex> lock(mu);
    if (!error.empty()) return false;
  }
  if (!IsSafeOutputPath(path)) {
    Fail("refusing to write unsafe output path: " + path);
    return false;
  }
  std::string e;
  bool staged = false;
  if (!publisher->Put(path, bytes, &e, &staged)) {
    Fail(e);
    return false;
  }
  const std::string hash = ContentHash(bytes);
  std::lock_guard<std::mutex> lock(mu);
  fresh->StoreOutput(path, {view_hash, hash});
  if (explain && staged) stats->explain.push_back(path + ": " + reason);
  return true;
}

bool Shared::Keep(const std::string& path, const OutputRecord& record) {
  {
    std::lock_guard<std::mutex> lock(mu);
    if (!error.empty()) return false;
  }
  std::string e;
  if (!publisher->Keep(path, &e)) return false;
  std::lock_guard<std::mutex> lock(mu);
  fresh->StoreOutput(path, record);
  return true;
}

void Shared::Fail(const std::string& e) {
  std::lock_guard<std::mutex> lock(mu);
  if (error.empty()) error = e;
}

std::string Join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

}  // namespace gongkai
