// The one thread pool of a build: the clean build parses on it, the
// incremental build parses and renders on it.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace gongkai {

// Runs fn(i, worker) for every i < n on up to `jobs` threads (never more
// threads than items); `worker` (0 = the calling thread) indexes per-thread
// state such as a TemplateSet.
template <typename Fn>
void ParallelFor(std::size_t n, int jobs, const Fn& fn) {
  std::atomic<std::size_t> next{0};
  auto work = [&](int worker) {
    for (std::size_t i; (i = next++) < n;) fn(i, worker);
  };
  std::vector<std::thread> threads;
  const int count = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(std::max(1, jobs)), std::max<std::size_t>(n, 1)));
  for (int t = 1; t < count; ++t) threads.emplace_back(work, t);
  work(0);
  for (std::thread& t : threads) t.join();
}

}  // namespace gongkai
