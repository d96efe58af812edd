#include "geo/gazetteer.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <utility>

#include "base/data_paths.h"
#include "geo/name_key.h"

namespace casus {
namespace gf = geo_format;

namespace {

bool IsPowerOfTwo(uint64_t n) { return n != 0 && (n & (n - 1)) == 0; }

// An ISO 3166 alpha-2 or alpha-3 code as one number (0 for other lengths).
uint32_t PackedCode(std::string_view code) {
  if (code.size() != 2 && code.size() != 3) return 0;
  uint32_t packed = 0;
  for (char c : code) packed = (packed << 8) | static_cast<uint8_t>(c);
  return packed | static_cast<uint32_t>(code.size()) << 24;
}

constexpr uint32_t kElemSize[gf::kSectionCount] = {
    sizeof(gf::PlaceRecord),  sizeof(gf::KeyEntry),   sizeof(gf::Posting),
    sizeof(uint32_t),         sizeof(uint64_t),       1,
    sizeof(gf::CountryEntry), sizeof(gf::AdminEntry), sizeof(gf::AreaEntry)};

Status CheckHeader(const uint8_t* data, size_t size) {
  if (size < sizeof(gf::Header)) return Status::InvalidInput("gazetteer file too small");
  gf::Header header;
  std::memcpy(&header, data, sizeof(header));
  if (std::memcmp(header.magic, gf::kMagic, sizeof(gf::kMagic)) != 0) {
    return Status::InvalidInput("not a casus gazetteer (bad magic)");
  }
  if (header.version != gf::kVersion) {
    return Status::InvalidInput("gazetteer version " + std::to_string(header.version) +
                                ", expected " + std::to_string(gf::kVersion) + " (rebuild it)");
  }
  if (header.header_size != sizeof(gf::Header) || header.file_size != size) {
    return Status::InvalidInput("gazetteer header does not match the file size (truncated?)");
  }
  const uint64_t check = KeyHash(
      std::string_view(reinterpret_cast<const char*>(data), offsetof(gf::Header, header_check)));
  if (check != header.header_check) return Status::InvalidInput("gazetteer header checksum");
  for (uint32_t s = 0; s < gf::kSectionCount; ++s) {
    const gf::SectionEntry& e = header.sections[s];
    if (e.elem_size != kElemSize[s] || e.size != uint64_t{e.count} * e.elem_size ||
        e.offset % 8 != 0 || e.offset < sizeof(gf::Header) || e.offset > size ||
        e.size > size - e.offset) {
      return Status::InvalidInput("gazetteer section " + std::to_string(s) + " out of bounds");
    }
  }
  if (!IsPowerOfTwo(header.sections[gf::kKeyHash].count) ||
      !IsPowerOfTwo(header.sections[gf::kSpans].count)) {
    return Status::InvalidInput("gazetteer hash tables malformed");
  }
  const gf::SectionEntry& strings = header.sections[gf::kStrings];
  if (strings.size == 0 || data[strings.offset + strings.size - 1] != 0) {
    return Status::InvalidInput("gazetteer string section malformed");
  }
  return Status::Ok();
}

// Files smaller than this are mapped: too small for huge pages to matter.
constexpr size_t kHugePageMinSize = size_t{8} << 20;
constexpr size_t kHugePage = size_t{2} << 20;

// Reads the `size` bytes of `fd` into fresh anonymous memory aligned to
// huge pages and advised to use them (read-only once filled). Returns null
// when it cannot; `*mapped` is the length to unmap.
uint8_t* ReadIntoHugePages(int fd, size_t size, size_t* mapped) {
  const size_t rounded = (size + kHugePage - 1) / kHugePage * kHugePage;
  void* area = ::mmap(nullptr, rounded + kHugePage, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (area == MAP_FAILED) return nullptr;
  const auto start = reinterpret_cast<uintptr_t>(area);
  const uintptr_t aligned = (start + kHugePage - 1) / kHugePage * kHugePage;
  // Give back the unaligned head and tail of the area.
  if (aligned > start) ::munmap(area, aligned - start);
  if (start + kHugePage > aligned) {
    ::munmap(reinterpret_cast<void*>(aligned + rounded), start + kHugePage - aligned);
  }
  auto* data = reinterpret_cast<uint8_t*>(aligned);
  ::madvise(data, rounded, MADV_HUGEPAGE);  // a hint: without it, small pages
  size_t done = 0;
  while (done < size) {
    const ssize_t n = ::pread(fd, data + done, size - done, static_cast<off_t>(done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::munmap(data, rounded);
      return nullptr;
    }
    done += static_cast<size_t>(n);
  }
  ::mprotect(data, rounded, PROT_READ);
  *mapped = rounded;
  return data;
}

}  // namespace

template <typename T>
const T* Gazetteer::SectionData(gf::Section section) const {
  gf::SectionEntry entry;
  std::memcpy(&entry, data_ + offsetof(gf::Header, sections) + section * sizeof(gf::SectionEntry),
              sizeof(entry));
  return reinterpret_cast<const T*>(data_ + entry.offset);
}

Result<Gazetteer> Gazetteer::Open(const std::string& path, GazetteerOpenOptions options) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return Status::IoError("cannot open gazetteer '" + path + "': " + std::strerror(errno));
  struct stat st;
  if (::fstat(fd, &st) != 0 || st.st_size <= 0) {
    ::close(fd);
    return Status::InvalidInput("gazetteer '" + path + "' is empty or unreadable");
  }
  const size_t size = static_cast<size_t>(st.st_size);
  size_t mapped = 0;
  void* map = nullptr;
  if (options.huge_pages && size >= kHugePageMinSize) map = ReadIntoHugePages(fd, size, &mapped);
  const bool huge_pages = map != nullptr;
  if (map == nullptr) {
    map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    mapped = size;
  }
  ::close(fd);
  if (map == MAP_FAILED) {
    return Status::IoError("cannot map gazetteer '" + path + "': " + std::strerror(errno));
  }
  Gazetteer g;
  g.path_ = path;
  g.data_ = static_cast<const uint8_t*>(map);
  g.size_ = size;
  g.mapped_size_ = mapped;
  g.huge_pages_ = huge_pages;
  if (Status status = CheckHeader(g.data_, size); !status.ok()) {
    return Status::InvalidInput(path + ": " + status.message());  // g unmaps on return
  }
  gf::Header header;
  std::memcpy(&header, g.data_, sizeof(header));
  g.records_ = g.SectionData<gf::PlaceRecord>(gf::kRecords);
  g.record_count_ = header.sections[gf::kRecords].count;
  g.keys_ = g.SectionData<gf::KeyEntry>(gf::kKeys);
  g.key_count_ = header.sections[gf::kKeys].count;
  g.postings_ = g.SectionData<gf::Posting>(gf::kPostings);
  g.posting_count_ = header.sections[gf::kPostings].count;
  g.key_hash_ = g.SectionData<uint32_t>(gf::kKeyHash);
  g.key_hash_mask_ = header.sections[gf::kKeyHash].count - 1;
  g.spans_ = g.SectionData<uint64_t>(gf::kSpans);
  g.spans_mask_ = header.sections[gf::kSpans].count - 1;
  g.strings_ = g.SectionData<char>(gf::kStrings);
  g.strings_size_ = header.sections[gf::kStrings].size;
  g.countries_ = g.SectionData<gf::CountryEntry>(gf::kCountries);
  g.country_count_ = header.sections[gf::kCountries].count;
  g.country_codes_.reserve(2 * g.country_count_);
  for (size_t i = 0; i < g.country_count_ && i <= gf::kNone16; ++i) {
    const gf::CountryEntry& c = g.countries_[i];
    g.country_codes_.emplace_back(PackedCode(std::string_view(c.iso3, 3)), i);
    g.country_codes_.emplace_back(PackedCode(std::string_view(c.iso2, 2)), i);
  }
  // Stable: where two entries share a code, the first one's number wins.
  std::stable_sort(g.country_codes_.begin(), g.country_codes_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  g.admins_ = g.SectionData<gf::AdminEntry>(gf::kAdmins);
  g.admin_count_ = header.sections[gf::kAdmins].count;
  g.areas_ = g.SectionData<gf::AreaEntry>(gf::kAreas);
  g.area_count_ = header.sections[gf::kAreas].count;
  return g;
}

Result<Gazetteer> Gazetteer::OpenDefault() {
  Result<std::string> path = FindDataFile("gazetteer.bin");
  if (!path.ok()) return path.status();
  return Open(*path);
}

Gazetteer::Gazetteer(Gazetteer&& other) noexcept { *this = std::move(other); }

Gazetteer& Gazetteer::operator=(Gazetteer&& other) noexcept {
  if (this != &other) {
    if (data_ != nullptr) ::munmap(const_cast<uint8_t*>(data_), mapped_size_);
    path_ = std::move(other.path_);
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
    mapped_size_ = std::exchange(other.mapped_size_, 0);
    huge_pages_ = std::exchange(other.huge_pages_, false);
    records_ = other.records_;
    record_count_ = std::exchange(other.record_count_, 0);
    keys_ = other.keys_;
    key_count_ = std::exchange(other.key_count_, 0);
    postings_ = other.postings_;
    posting_count_ = std::exchange(other.posting_count_, 0);
    key_hash_ = other.key_hash_;
    key_hash_mask_ = other.key_hash_mask_;
    spans_ = other.spans_;
    spans_mask_ = other.spans_mask_;
    strings_ = other.strings_;
    strings_size_ = std::exchange(other.strings_size_, 0);
    countries_ = other.countries_;
    country_count_ = std::exchange(other.country_count_, 0);
    country_codes_ = std::move(other.country_codes_);
    admins_ = other.admins_;
    admin_count_ = std::exchange(other.admin_count_, 0);
    areas_ = other.areas_;
    area_count_ = std::exchange(other.area_count_, 0);
  }
  return *this;
}

Gazetteer::~Gazetteer() {
  if (data_ != nullptr) ::munmap(const_cast<uint8_t*>(data_), mapped_size_);
}

std::string_view Gazetteer::String(uint32_t offset) const {
  if (offset >= strings_size_) return {};
  const char* s = strings_ + offset;
  return std::string_view(s, ::strnlen(s, strings_size_ - offset));
}

std::optional<uint32_t> Gazetteer::FindKey(std::string_view key) const {
  return FindKey(key, KeyHash(key));
}

std::optional<uint32_t> Gazetteer::FindKey(std::string_view key, uint64_t hash) const {
  if (key.empty() || key_count_ == 0) return std::nullopt;
  size_t slot = hash & key_hash_mask_;
  for (size_t probes = 0; probes <= key_hash_mask_; ++probes) {
    const uint32_t entry = key_hash_[slot];
    if (entry == 0) return std::nullopt;
    const uint32_t k = entry - 1;
    if (k < key_count_ && KeyText(k) == key) return k;
    slot = (slot + 1) & key_hash_mask_;
  }
  return std::nullopt;
}

uint32_t Gazetteer::SpanFlags(std::string_view span_key) const {
  return SpanFlags(span_key, KeyHash(span_key));
}

uint32_t Gazetteer::SpanFlags(std::string_view span_key, uint64_t hash) const {
  return Span(span_key, hash).flags;
}

void Gazetteer::Prefetch(std::string_view key) const {
  if (!key.empty()) Prefetch(KeyHash(key));
}

std::span<const gf::Posting> Gazetteer::Postings(uint32_t key) const {
  if (key >= key_count_) return {};
  const gf::KeyEntry& k = keys_[key];
  if (k.first_posting > posting_count_ || k.posting_count > posting_count_ - k.first_posting) {
    return {};
  }
  return std::span<const gf::Posting>(postings_ + k.first_posting, k.posting_count);
}

Place Gazetteer::place(uint32_t index) const {
  Place p;
  if (index >= record_count_) return p;
  const gf::PlaceRecord& r = records_[index];
  p.index = index;
  p.geonameid = r.geonameid;
  p.name = String(r.name);
  p.lat = r.lat;
  p.lon = r.lon;
  p.population = r.population;
  p.kind = static_cast<PlaceKind>(r.kind);
  p.feature_class = r.feature_class;
  p.feature_code =
      std::string_view(r.feature_code, ::strnlen(r.feature_code, sizeof(r.feature_code)));
  p.fame = r.fame;
  if (r.country < country_count_) {
    const gf::CountryEntry& c = countries_[r.country];
    p.country_iso2 = std::string_view(c.iso2, 2);
    p.country_iso3 = std::string_view(c.iso3, 3);
    p.country_name = String(c.name);
  }
  if (r.admin1 < admin_count_) {
    p.admin1 = String(admins_[r.admin1].name);
    p.admin1_code = String(admins_[r.admin1].code);
  }
  return p;
}

PlaceCore Gazetteer::Core(uint32_t index) const {
  PlaceCore c;
  if (index >= record_count_) return c;
  const gf::PlaceRecord& r = records_[index];
  c.index = index;
  c.geonameid = r.geonameid;
  c.lat = r.lat;
  c.lon = r.lon;
  c.population = r.population;
  c.fame = r.fame;
  c.kind = static_cast<PlaceKind>(r.kind);
  c.country = r.country < country_count_ ? r.country : -1;
  c.admin1 = r.admin1 < admin_count_ ? r.admin1 : -1;
  std::memcpy(c.code, r.feature_code, sizeof(r.feature_code));
  c.prior = r.prior;
  c.prominent = (r.traits & gf::kProminent) != 0;
  return c;
}

Place Gazetteer::Seat(uint32_t index) const {
  if (index >= record_count_ || records_[index].area >= area_count_) return Place();
  return place(areas_[records_[index].area].seat);
}

std::optional<GeoBox> Gazetteer::Extent(uint32_t index) const {
  if (index >= record_count_ || records_[index].area >= area_count_) return std::nullopt;
  const gf::AreaEntry& a = areas_[records_[index].area];
  return GeoBox{a.south, a.west, a.north, a.east};
}

bool Gazetteer::PartPoint(uint32_t index, int part, double* lat, double* lon) const {
  if (part < 1 || part > 9 || index >= record_count_ || records_[index].area >= area_count_) {
    return false;
  }
  const gf::AreaEntry& a = areas_[records_[index].area];
  *lat = a.part_lat[part - 1];
  *lon = a.part_lon[part - 1];
  return true;
}

int Gazetteer::CountryNumber(std::string_view iso_code) const {
  const uint32_t packed = PackedCode(iso_code);
  if (packed == 0) return -1;
  const auto it = std::lower_bound(
      country_codes_.begin(), country_codes_.end(), packed,
      [](const std::pair<uint32_t, uint16_t>& entry, uint32_t code) { return entry.first < code; });
  return it != country_codes_.end() && it->first == packed ? it->second : -1;
}

Place Gazetteer::Country(std::string_view iso_code) const {
  const int n = CountryNumber(iso_code);
  return n < 0 ? Place() : place(countries_[n].record);
}

int Gazetteer::CountryNumberOf(uint32_t place_index) const {
  if (place_index >= record_count_) return -1;
  const uint16_t c = records_[place_index].country;
  return c < country_count_ ? c : -1;
}

uint32_t Gazetteer::AdminNumberOf(uint32_t place_index) const {
  if (place_index >= record_count_) return gf::kNone16;
  const uint16_t a = records_[place_index].admin1;
  return a < admin_count_ ? a : gf::kNone16;
}

std::vector<Candidate> Gazetteer::Lookup(std::string_view name) const {
  std::vector<Candidate> out;
  const std::optional<uint32_t> key = FindKey(NameKey(name));
  if (!key) return out;
  for (const gf::Posting& posting : Postings(*key)) {
    Place p = place(posting.record);
    if (p.valid()) out.push_back({p, static_cast<NameKind>(posting.name_kind)});
  }
  return out;
}

Status Gazetteer::Validate() const {
  auto bad = [](const std::string& what) { return Status::InvalidInput("gazetteer: " + what); };
  for (size_t i = 0; i < record_count_; ++i) {
    const gf::PlaceRecord& r = records_[i];
    if (r.name >= strings_size_) return bad("record name offset");
    if (r.country != gf::kNone16 && r.country >= country_count_) return bad("record country");
    if (r.admin1 != gf::kNone16 && r.admin1 >= admin_count_) return bad("record admin1");
    if (r.area != gf::kNone && r.area >= area_count_) return bad("record area");
    if (r.kind > static_cast<uint8_t>(PlaceKind::kRegion)) return bad("record kind");
    if (!(std::fabs(r.lat) <= 90.0f) || !(std::fabs(r.lon) <= 180.0f)) return bad("coordinates");
  }
  for (size_t i = 0; i < key_count_; ++i) {
    const gf::KeyEntry& k = keys_[i];
    if (k.text >= strings_size_ || k.length > strings_size_ - k.text) return bad("key text");
    if (k.first_posting > posting_count_ || k.posting_count > posting_count_ - k.first_posting ||
        k.posting_count == 0) {
      return bad("key postings");
    }
    if (i > 0 && !(KeyText(static_cast<uint32_t>(i - 1)) < KeyText(static_cast<uint32_t>(i)))) {
      return bad("keys not sorted");
    }
  }
  for (size_t i = 0; i < posting_count_; ++i) {
    if (postings_[i].record >= record_count_) return bad("posting record");
  }
  for (size_t i = 0; i <= key_hash_mask_; ++i) {
    if (key_hash_[i] > key_count_) return bad("key hash entry");
  }
  for (size_t i = 0; i <= spans_mask_; ++i) {
    if ((spans_[i] >> gf::span_entry::kKeyShift) > key_count_) return bad("span key");
  }
  for (size_t i = 0; i < country_count_; ++i) {
    if (countries_[i].record >= record_count_ || countries_[i].name >= strings_size_) {
      return bad("country entry");
    }
  }
  for (size_t i = 0; i < admin_count_; ++i) {
    const gf::AdminEntry& a = admins_[i];
    if (a.country >= country_count_ || a.name >= strings_size_ || a.code >= strings_size_ ||
        (a.record != gf::kNone && a.record >= record_count_)) {
      return bad("admin entry");
    }
  }
  for (size_t i = 0; i < area_count_; ++i) {
    const gf::AreaEntry& a = areas_[i];
    if (a.record >= record_count_ || (a.seat != gf::kNone && a.seat >= record_count_)) {
      return bad("area entry");
    }
  }
  for (size_t i = 0; i < key_count_; ++i) {
    const std::string_view text = KeyText(static_cast<uint32_t>(i));
    if (FindKey(text) != i) return bad("key hash does not find a key");
    const uint64_t hash = KeyHash(text);
    if (FindKey(text, hash, Span(text, hash)) != i) return bad("span table does not find a key");
  }
  return Status::Ok();
}

}  // namespace casus
