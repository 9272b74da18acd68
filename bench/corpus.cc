// gongkai_corpus: makes N realistic disclosures from the samples in content/,
// for the benchmark (bench/run.sh). Not part of gongkai.
//
// Each sample is cut once into a template: literal text, and slots for the
// unit's name and code, its city and county, every year, and every amount.
// Document i then fills the slots for its own unit, fiscal year (2021-2025;
// every year in the text shifts by the same delta) and amount factor (an
// integer 1..9 multiplying EVERY amount, so sums and identities stay exact).
// Percentages, row numbers, codes and counts are left alone.
//
// Known limit: an amount is recognised by its form (two decimals, or a number
// followed by 元 / 万元 / 亿元). Integer amounts in tables without a unit
// (sample 004 prints "14", "12" in a 万元 table) are kept, and so are
// self-evaluation scores that happen to have two decimals (they get
// multiplied). A handful of sums per document therefore stop adding up;
// the benchmark measures speed, not the checks.
//
//   gongkai_corpus --samples content --out bench/out/content --count 5000
//                  [--first 0] [--markdown bench/out/hugo/content/docs]
//                  [--docs-per-unit 25]
//
// --docs-per-unit 25 (the default): each unit has the five layouts for five
// years; --docs-per-unit 1: one unit per document (thousands of small
// units, the shape of a province's portal).
#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

// ------------------------------------------------------------- the units ---

const char* kProvinces[] = {"湖南省", "甘肃省", "山西省", "四川省", "河南省", "广东省",
                            "江西省", "云南省", "河北省", "浙江省", "安徽省", "贵州省"};
const char* kFirst[] = {"安", "宝", "长", "常", "定", "东", "丰", "福", "高", "广", "海", "和",
                        "华", "嘉", "建", "金", "景", "乐", "临", "龙", "隆", "南", "宁", "平",
                        "庆", "瑞", "山", "寿", "泰", "通", "文", "武", "西", "新", "兴", "永"};
const char* kSecond[] = {"安", "城", "川", "德", "丰", "阳", "江", "康", "林", "陵", "宁", "平",
                         "泉", "山", "水", "顺", "台", "田", "溪", "乡", "远", "州", "原", "义"};
// Unit kinds: {P} is the place ("X市", "X县" or "X市Y区").
const char* kKinds[] = {"中共{P}委巡察工作领导小组办公室", "{P}财政局", "{P}教育局",
                        "{P}卫生健康局", "{P}自然资源局", "{P}人力资源和社会保障局",
                        "{P}住房和城乡建设局", "{P}农业农村局", "{P}市场监督管理局",
                        "{P}统计局", "{P}审计局", "{P}民政局", "{P}司法局", "{P}交通运输局",
                        "{P}水利局", "{P}文化和旅游局", "{P}应急管理局", "{P}档案馆",
                        "{P}机关事务服务中心", "中共{P}委组织部"};
constexpr int kYears = 5;  // fiscal years 2021..2025

struct Unit {
  std::string province, city, county, name, code;
};

std::string PlaceName(int index) {
  int n1 = static_cast<int>(std::size(kFirst)), n2 = static_cast<int>(std::size(kSecond));
  return std::string(kFirst[index % n1]) + kSecond[(index / n1) % n2];
}

Unit MakeUnit(int u) {
  const int kinds = static_cast<int>(std::size(kKinds));
  int kind = u % kinds;
  int rest = u / kinds;
  int level = rest % 3;  // 0 city, 1 county, 2 district of a city
  int place = rest / 3;
  Unit unit;
  unit.province = kProvinces[place % std::size(kProvinces)];
  unit.city = PlaceName(place * 7 + 3);
  unit.county = PlaceName(place * 11 + 5 + level);
  std::string p = level == 0 ? unit.city + "市"
                  : level == 1 ? unit.county + "县"
                               : unit.city + "市" + unit.county + "区";
  unit.name = kKinds[kind];
  unit.name.replace(unit.name.find("{P}"), 3, p);
  char code[16];
  std::snprintf(code, sizeof code, "%06d", u + 1);
  unit.code = code;
  return unit;
}

// --------------------------------------------------------- the templates ---

enum class Slot { kText, kUnitName, kUnitCode, kCity, kCounty, kYear, kAmount };

struct Piece {
  Slot slot = Slot::kText;
  std::string text;  // literal text, or the original token
};

struct Sample {
  std::string prefix;              // "000" .. "004"
  int year;                        // the fiscal year it is about
  std::vector<std::string> names;  // the unit's name as printed, longest first
  std::vector<std::string> codes;  // unit codes printed in it
  std::vector<std::string> cities, counties;  // place names to replace
};

const Sample kSamples[] = {
    {"000", 2025, {"中共株洲市荷塘区委巡察工作领导小组办公室"}, {"012001"}, {"株洲"}, {"荷塘"}},
    {"001", 2025,
     {"中共和政县委巡察工作领导小组办公室", "和政县委巡察工作领导小组办公室"}, {}, {"临夏"},
     {"和政"}},
    {"002", 2023, {"中共长治市上党区委巡察工作办公室"}, {"001003"}, {"长治"}, {"上党"}},
    {"003", 2024,
     {"中共临夏市委巡察工作领导小组办公室", "中共临夏市委巡察领导小组办公室"}, {}, {"临夏"}, {}},
    {"004", 2024, {"中共株洲市委巡察工作领导小组办公室"}, {}, {"株洲"}, {}},
};

std::size_t CharLen(unsigned char c) { return c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4; }

// Matches `name` at `pos`, allowing a line break (with spaces) between any
// two characters: converters wrap long names. Returns the end, or npos.
std::size_t MatchName(const std::string& text, std::size_t pos, const std::string& name) {
  std::size_t t = pos;
  for (std::size_t n = 0; n < name.size();) {
    std::size_t len = CharLen(static_cast<unsigned char>(name[n]));
    if (n > 0) {
      std::size_t s = t;
      while (s < text.size() && (text[s] == ' ' || text[s] == '\t')) ++s;
      if (s < text.size() && text[s] == '\r') ++s;
      if (s < text.size() && text[s] == '\n') t = s + 1;
    }
    if (text.compare(t, len, name, n, len) != 0) return std::string::npos;
    t += len;
    n += len;
  }
  return t;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool StartsWith(const std::string& text, std::size_t pos, const char* s) {
  return text.compare(pos, std::strlen(s), s) == 0;
}

// A number token at `pos`: digits, ",ddd" groups, ".d+" decimals.
std::size_t NumberEnd(const std::string& text, std::size_t pos, int* decimals, bool* commas) {
  std::size_t t = pos;
  *decimals = 0;
  *commas = false;
  while (t < text.size() && IsDigit(text[t])) {
    ++t;
    if (t + 3 < text.size() + 0 && text[t] == ',' && IsDigit(text[t + 1]) && IsDigit(text[t + 2]) &&
        IsDigit(text[t + 3]) && (t + 4 >= text.size() || !IsDigit(text[t + 4]))) {
      *commas = true;
      ++t;
    }
  }
  if (t + 1 < text.size() && text[t] == '.' && IsDigit(text[t + 1])) {
    ++t;
    while (t < text.size() && IsDigit(text[t])) ++t, ++*decimals;
  }
  return t;
}

std::vector<Piece> MakeTemplate(const std::string& text, const Sample& sample) {
  std::vector<Piece> pieces;
  auto emit = [&](Slot slot, std::string s) {
    if (slot == Slot::kText && !pieces.empty() && pieces.back().slot == Slot::kText)
      pieces.back().text += s;
    else
      pieces.push_back({slot, std::move(s)});
  };
  for (std::size_t p = 0; p < text.size();) {
    bool matched = false;
    for (const std::string& name : sample.names) {
      std::size_t end = MatchName(text, p, name);
      if (end != std::string::npos) {
        emit(Slot::kUnitName, text.substr(p, end - p));
        p = end;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    for (const auto& [list, slot] : {std::pair{&sample.cities, Slot::kCity},
                                     std::pair{&sample.counties, Slot::kCounty}}) {
      for (const std::string& place : *list) {
        if (text.compare(p, place.size(), place) == 0) {
          emit(slot, place);
          p += place.size();
          matched = true;
          break;
        }
      }
      if (matched) break;
    }
    if (matched) continue;
    bool after_digit = p > 0 && (IsDigit(text[p - 1]) || text[p - 1] == '.' || text[p - 1] == ',');
    if (IsDigit(text[p]) && !after_digit) {
      int decimals;
      bool commas;
      std::size_t end = NumberEnd(text, p, &decimals, &commas);
      std::string token = text.substr(p, end - p);
      std::size_t after = end;
      while (after < text.size() && text[after] == ' ') ++after;
      bool percent = StartsWith(text, end, "%") || StartsWith(text, end, "％");
      bool money_unit = StartsWith(text, after, "元") || StartsWith(text, after, "万元") ||
                        StartsWith(text, after, "亿元");
      Slot slot = Slot::kText;
      bool is_code = false;
      for (const std::string& code : sample.codes) is_code |= token == code;
      if (is_code) {
        slot = Slot::kUnitCode;
      } else if (percent) {
        slot = Slot::kText;
      } else if (token.size() == 4 && !commas && decimals == 0 && token >= "2000" &&
                 token <= "2039") {
        slot = Slot::kYear;
      } else if (decimals == 2 || commas || money_unit) {
        slot = Slot::kAmount;
      }
      emit(slot, token);
      p = end;
      continue;
    }
    std::size_t len = CharLen(static_cast<unsigned char>(text[p]));
    emit(Slot::kText, text.substr(p, len));
    p += len;
  }
  return pieces;
}

// ------------------------------------------------------------ the filling ---

// `token` times `factor`, printed with the same decimals and grouping.
std::string MultiplyAmount(const std::string& token, int factor) {
  std::string digits;
  int decimals = 0;
  bool commas = token.find(',') != std::string::npos;
  std::size_t dot = token.find('.');
  if (dot != std::string::npos) decimals = static_cast<int>(token.size() - dot - 1);
  for (char c : token)
    if (IsDigit(c)) digits += c;
  std::uint64_t value = std::strtoull(digits.c_str(), nullptr, 10) * factor;
  std::string s = std::to_string(value);
  while (static_cast<int>(s.size()) <= decimals) s.insert(0, "0");
  std::string integer = s.substr(0, s.size() - decimals);
  if (commas)
    for (int i = static_cast<int>(integer.size()) - 3; i > 0; i -= 3) integer.insert(i, ",");
  return decimals ? integer + "." + s.substr(s.size() - decimals) : integer;
}

std::string Fill(const std::vector<Piece>& pieces, const Unit& unit, int year_delta, int factor) {
  std::string out;
  for (const Piece& piece : pieces) {
    switch (piece.slot) {
      case Slot::kText: out += piece.text; break;
      case Slot::kUnitName: out += unit.name; break;
      case Slot::kUnitCode: out += unit.code; break;
      case Slot::kCity: out += unit.city; break;
      case Slot::kCounty: out += unit.county; break;
      case Slot::kYear: out += std::to_string(std::stoi(piece.text) + year_delta); break;
      case Slot::kAmount: out += MultiplyAmount(piece.text, factor); break;
    }
  }
  return out;
}

// The same text as Markdown for Hugo: runs of tab-separated lines become
// pipe tables (first row as header), other lines paragraphs.
std::string ToMarkdown(const std::string& text, const Unit& unit, int year) {
  std::ostringstream md;
  md << "---\ntitle: \"" << unit.name << " " << year << "\"\ndate: " << year
     << "-03-01\nprovince: \"" << unit.province << "\"\n---\n\n";
  std::vector<std::vector<std::string>> table;
  auto flush = [&] {
    if (table.empty()) return;
    std::size_t cols = 0;
    for (auto& row : table) cols = std::max(cols, row.size());
    for (std::size_t r = 0; r < table.size(); ++r) {
      md << "|";
      for (std::size_t c = 0; c < cols; ++c) md << " " << (c < table[r].size() ? table[r][c] : "") << " |";
      md << "\n";
      if (r == 0) {
        md << "|";
        for (std::size_t c = 0; c < cols; ++c) md << " --- |";
        md << "\n";
      }
    }
    md << "\n";
    table.clear();
  };
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find('\t') != std::string::npos) {
      std::vector<std::string> cells;
      std::size_t start = 0;
      for (;;) {
        std::size_t tab = line.find('\t', start);
        std::string cell = line.substr(start, tab - start);
        std::string escaped;
        for (char c : cell) escaped += c == '|' ? std::string("\\|") : std::string(1, c);
        cells.push_back(escaped);
        if (tab == std::string::npos) break;
        start = tab + 1;
      }
      table.push_back(cells);
    } else {
      flush();
      if (!line.empty()) md << line << "\n\n";
    }
  }
  flush();
  return md.str();
}

bool WriteFile(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  std::string samples_dir = "content", out_dir, markdown_dir;
  long first = 0, count = 0, per_unit = 25;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--samples") samples_dir = value;
    else if (flag == "--out") out_dir = value;
    else if (flag == "--markdown") markdown_dir = value;
    else if (flag == "--first") first = std::atol(value.c_str());
    else if (flag == "--count") count = std::atol(value.c_str());
    else if (flag == "--docs-per-unit") per_unit = std::max(1L, std::atol(value.c_str()));
    else { std::fprintf(stderr, "unknown flag %s\n", flag.c_str()); return 2; }
  }
  if (out_dir.empty() || count <= 0) {
    std::fprintf(stderr,
                 "usage: gongkai_corpus --out DIR --count N [--first K] [--samples content]\n"
                 "                      [--markdown HUGO_CONTENT_DIR] [--docs-per-unit 25]\n");
    return 2;
  }
  // 1. One template per sample.
  std::vector<std::vector<Piece>> templates;
  for (const Sample& sample : kSamples) {
    std::string path;
    for (const auto& entry : fs::directory_iterator(samples_dir))
      if (entry.path().filename().string().rfind(sample.prefix + "_", 0) == 0)
        path = entry.path().string();
    std::ifstream in(path, std::ios::binary);
    if (!in) { std::fprintf(stderr, "no sample %s in %s\n", sample.prefix.c_str(), samples_dir.c_str()); return 1; }
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    templates.push_back(MakeTemplate(text, sample));
  }
  // 2. Document i: unit i / per_unit, year (i / 5) % 5, sample i % 5.
  fs::create_directories(out_dir);
  if (!markdown_dir.empty()) fs::create_directories(markdown_dir);
  const int samples = static_cast<int>(std::size(kSamples));
  for (long i = first; i < first + count; ++i) {
    int s = static_cast<int>(i % samples);
    int year = 2021 + static_cast<int>((i / samples) % kYears);
    Unit unit = MakeUnit(static_cast<int>(i / per_unit));
    int factor = 1 + static_cast<int>((i * 2654435761u) % 9);
    std::string text = Fill(templates[s], unit, year - kSamples[s].year, factor);
    std::string name = unit.code + "_" + std::to_string(year) + "_" + kSamples[s].prefix;
    if (!WriteFile(fs::path(out_dir) / (name + ".txt"), text)) { std::perror(out_dir.c_str()); return 1; }
    if (!markdown_dir.empty() && !WriteFile(fs::path(markdown_dir) / (name + ".md"), ToMarkdown(text, unit, year))) {
      std::perror(markdown_dir.c_str());
      return 1;
    }
  }
  return 0;
}
