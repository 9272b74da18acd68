#include "outputs.h"

namespace gongkai {

void Outputs::AddPage(PageOutput page) {
  pages.push_back(std::move(page));
  if (pages.size() >= kFlushPages) Flush();
}

void Outputs::Flush() {
  if (flush && !pages.empty()) flush(&pages);
}

}  // namespace gongkai
