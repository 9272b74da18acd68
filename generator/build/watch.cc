#include "watch.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <boost/filesystem.hpp>
#include <cerrno>
#include <cstring>

namespace bfs = boost::filesystem;

namespace gongkai {
namespace {

constexpr std::uint32_t kEvents = IN_CREATE | IN_CLOSE_WRITE | IN_MODIFY | IN_DELETE |
                                  IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF |
                                  IN_ONLYDIR;

}  // namespace

Watcher::Watcher() : fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {}

Watcher::~Watcher() {
  if (fd_ >= 0) ::close(fd_);
}

bool Watcher::Start(const std::vector<std::string>& roots, std::string* error) {
  if (fd_ < 0) {
    *error = std::string("inotify: ") + std::strerror(errno);
    return false;
  }
  for (const std::string& root : roots) {
    if (inotify_add_watch(fd_, root.c_str(), kEvents) < 0) {
      *error = "cannot watch " + root + ": " + std::strerror(errno);
      return false;
    }
    roots_.push_back(root);
    std::set<std::string> ignored;  // files present at start are not changes
    AddTree(root, &ignored);
  }
  return true;
}

void Watcher::AddTree(const std::string& dir, std::set<std::string>* changed) {
  int wd = inotify_add_watch(fd_, dir.c_str(), kEvents);
  if (wd < 0) return;  // gone already, or not a folder
  dirs_[wd] = dir;
  boost::system::error_code ec;
  for (bfs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string path = it->path().string();
    if (bfs::is_directory(it->symlink_status(ec))) {
      AddTree(path, changed);
    } else {
      changed->insert(path);
    }
  }
}

bool Watcher::Drain(std::set<std::string>* changed) {
  alignas(struct inotify_event) char buffer[64 * 1024];
  bool any = false;
  for (;;) {
    ssize_t n = ::read(fd_, buffer, sizeof buffer);
    if (n <= 0) return any;  // EAGAIN: nothing more for now
    for (char* p = buffer; p < buffer + n;) {
      auto* event = reinterpret_cast<struct inotify_event*>(p);
      p += sizeof(struct inotify_event) + event->len;
      any = true;
      if (event->mask & IN_Q_OVERFLOW) {
        // Events were lost: say every root changed; the build finds out what.
        changed->insert(roots_.begin(), roots_.end());
        continue;
      }
      auto dir = dirs_.find(event->wd);
      if (dir == dirs_.end()) continue;
      if (event->mask & IN_IGNORED) {
        dirs_.erase(dir);
        continue;
      }
      if (event->len == 0) continue;  // about the folder itself (DELETE_SELF)
      std::string path = dir->second + "/" + event->name;
      bool is_dir = event->mask & IN_ISDIR;
      if (is_dir && (event->mask & (IN_CREATE | IN_MOVED_TO))) {
        AddTree(path, changed);
      } else if (!is_dir || (event->mask & (IN_DELETE | IN_MOVED_FROM))) {
        changed->insert(path);
      }
    }
  }
}

void Watcher::Run(const ChangeCallback& on_change, const std::atomic<bool>& stop,
                  std::chrono::milliseconds quiet) {
  using Clock = std::chrono::steady_clock;
  std::set<std::string> changed;
  Clock::time_point last_event;
  const int kStopCheckMs = 50;
  while (!stop.load()) {
    int timeout = kStopCheckMs;
    if (!changed.empty()) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          last_event + quiet - Clock::now());
      timeout = std::max<int>(0, std::min<int>(kStopCheckMs, static_cast<int>(left.count())));
    }
    struct pollfd pfd = {fd_, POLLIN, 0};
    int ready = ::poll(&pfd, 1, timeout);
    if (ready < 0 && errno != EINTR) return;
    if (ready > 0 && Drain(&changed)) last_event = Clock::now();
    if (!changed.empty() && Clock::now() >= last_event + quiet) {
      on_change(std::vector<std::string>(changed.begin(), changed.end()));
      changed.clear();
    }
  }
}

}  // namespace gongkai
