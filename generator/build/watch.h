// Watching content/ and templates/ for `gongkai watch` (Linux inotify).
//
// Events come in bursts (an editor's save is a create, several writes and a
// rename; a `git pull` touches many files), so changes are debounced: the
// callback runs once the trees have been quiet for `quiet` (100 ms), with
// every path that changed in the burst.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace gongkai {

// The paths (files, or folders that were removed or moved away) that
// changed in one burst: sorted, each once, joined to the watched root as
// given to Start().
using ChangeCallback = std::function<void(const std::vector<std::string>& paths)>;

class Watcher {
 public:
  Watcher();
  ~Watcher();
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  // Watches each root and every folder below it; folders created later are
  // watched as they appear. False with `error` when a root cannot be watched.
  // Changes made after Start() returns are never missed.
  bool Start(const std::vector<std::string>& roots, std::string* error);

  // Calls `on_change` after each burst of changes until `stop` is true
  // (checked at least every 50 ms). Runs on the calling thread.
  void Run(const ChangeCallback& on_change, const std::atomic<bool>& stop,
           std::chrono::milliseconds quiet = std::chrono::milliseconds(100));

 private:
  // Watches `dir` and its subfolders; files already in them go to `changed`
  // (a folder moved or created with files in it: their events came before
  // the watch did).
  void AddTree(const std::string& dir, std::set<std::string>* changed);
  // Reads pending events into `changed`; false when there were none.
  bool Drain(std::set<std::string>* changed);

  int fd_ = -1;
  std::vector<std::string> roots_;
  std::map<int, std::string> dirs_;  // watch descriptor -> folder
};

}  // namespace gongkai
