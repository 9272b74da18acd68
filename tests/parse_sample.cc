#include "parse_sample.h"

#include "parse.h"
#include "test_util.h"

namespace gongkai::test {

Document ParseSample(const std::string& prefix) {
  std::string path = SamplePath(prefix);
  return ParseDocument(path, ReadFileOrDie(path));
}

}  // namespace gongkai::test
