// Serialisation of a GazetteerModel into gazetteer.bin.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "geo/gazetteer_builder.h"
#include "geo/name_key.h"
#include "geo/place_prior.h"

namespace casus {
namespace gf = geo_format;
namespace {

class StringPool {
 public:
  StringPool() { data_.push_back('\0'); }  // offset 0 is the empty string
  uint32_t Add(std::string_view s) {
    if (s.empty()) return 0;
    auto it = index_.find(std::string(s));
    if (it != index_.end()) return it->second;
    const uint32_t offset = static_cast<uint32_t>(data_.size());
    data_.insert(data_.end(), s.begin(), s.end());
    data_.push_back('\0');
    index_.emplace(std::string(s), offset);
    return offset;
  }
  const std::vector<char>& data() const { return data_; }

 private:
  std::vector<char> data_;
  std::unordered_map<std::string, uint32_t> index_;
};

size_t TableSize(size_t entries) {
  size_t n = 16;
  while (n < entries * 2) n <<= 1;
  return n;
}

// Orders the places sharing a name: the one a bare mention most likely means
// first. The resolver re-scores with context; this order only breaks ties.
double Importance(const ModelRecord& r) {
  double base = 0;
  switch (r.kind) {
    case gf::RecordKind::kCountry:
      base = 100;
      break;
    case gf::RecordKind::kAdmin1:
      base = 60;
      break;
    case gf::RecordKind::kWater:
      base = 70;
      break;
    case gf::RecordKind::kRegion:
      base = 65;
      break;
    case gf::RecordKind::kSite:
      base = 55;
      break;
    case gf::RecordKind::kPopulated:
      if (r.feature_code == "PPLC")
        base = 90;
      else if (r.feature_code == "PPLA")
        base = 70;
      else if (r.feature_code == "PPLA2")
        base = 45;
      else
        base = 30;
      break;
  }
  return base + 5 * std::log10(1.0 + static_cast<double>(r.population));
}

template <typename T>
void AppendSection(std::vector<char>* out, gf::SectionEntry* entry, const T* items, size_t count) {
  while (out->size() % 8 != 0) out->push_back('\0');
  entry->offset = out->size();
  entry->count = static_cast<uint32_t>(count);
  entry->elem_size = sizeof(T);
  entry->size = sizeof(T) * count;
  const char* bytes = reinterpret_cast<const char*>(items);
  out->insert(out->end(), bytes, bytes + entry->size);
}

}  // namespace

Status WriteGazetteer(const GazetteerModel& model, const std::string& output_path,
                      GazetteerBuildReport* report) {
  if (model.records.size() >= gf::kNone || model.countries.size() >= gf::kNone16 ||
      model.admins.size() >= gf::kNone16) {
    return Status::TooLarge("gazetteer model exceeds the format's index sizes");
  }
  StringPool strings;

  // Records.
  std::vector<gf::PlaceRecord> records(model.records.size());
  for (size_t i = 0; i < model.records.size(); ++i) {
    const ModelRecord& m = model.records[i];
    gf::PlaceRecord& r = records[i];
    std::memset(&r, 0, sizeof(r));
    r.geonameid = m.geonameid;
    r.lat = static_cast<float>(m.lat);
    r.lon = static_cast<float>(m.lon);
    r.population = static_cast<uint32_t>(std::min<uint64_t>(m.population, 0xFFFFFFFFu));
    r.name = strings.Add(m.name);
    r.area = m.area < 0 ? gf::kNone : static_cast<uint32_t>(m.area);
    r.country = m.country < 0 ? gf::kNone16 : static_cast<uint16_t>(m.country);
    r.admin1 = m.admin1 < 0 ? gf::kNone16 : static_cast<uint16_t>(m.admin1);
    r.kind = static_cast<uint8_t>(m.kind);
    r.feature_class = m.feature_class;
    std::memcpy(r.feature_code, m.feature_code.data(),
                std::min(m.feature_code.size(), sizeof(r.feature_code)));
    r.fame = static_cast<uint8_t>(std::clamp(m.fame, 0, 255));
    char code[6] = {};  // as PlaceCore holds it
    std::memcpy(code, r.feature_code, sizeof(r.feature_code));
    r.prior = place_prior::FixedPrior(m.kind, code, r.population, r.fame);
    r.traits = place_prior::IsProminent(m.kind, code, r.population) ? uint32_t{gf::kProminent} : 0;
  }

  // Keys and postings: (key, record) pairs, deduplicated, the best name kind kept.
  struct Entry {
    std::string key;
    uint32_t record;
    uint8_t name_kind;
  };
  std::vector<Entry> entries;
  entries.reserve(model.names.size());
  std::unordered_map<std::string, uint32_t> spans;  // key or word-boundary prefix → SpanFlag
  for (const ModelName& name : model.names) {
    NameKeyWords words = SplitNameKey(name.text);
    if (words.count == 0 || words.text.size() < 2 || words.text.size() > gf::kMaxKeyBytes) {
      continue;
    }
    for (int k = 0; k < words.count; ++k) {
      spans[words.text.substr(0, words.end[k])] |=
          k + 1 == words.count ? gf::kSpanComplete : gf::kSpanContinues;
    }
    entries.push_back({std::move(words.text), name.record, static_cast<uint8_t>(name.kind)});
  }
  std::vector<double> importance(model.records.size());
  for (size_t i = 0; i < model.records.size(); ++i) importance[i] = Importance(model.records[i]);
  std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
    if (a.key != b.key) return a.key < b.key;
    if (a.record != b.record) {
      if (importance[a.record] != importance[b.record]) {
        return importance[a.record] > importance[b.record];
      }
      return a.record < b.record;
    }
    return a.name_kind < b.name_kind;
  });
  std::unordered_set<std::string> common;
  for (const std::string& word : model.common_words) common.insert(NameKey(word));
  std::unordered_set<std::string> english;
  for (const std::string& word : model.english_words) english.insert(NameKey(word));
  // An English word is a cue-only name when every place carrying it is a
  // minor town from GeoNames.
  auto minor = [&](const Entry& e) {
    const ModelRecord& r = model.records[e.record];
    return r.kind == gf::RecordKind::kPopulated && r.geonameid != 0 &&
           e.name_kind != static_cast<uint8_t>(gf::NameKind::kAlias) && r.feature_code != "PPLA" &&
           r.feature_code != "PPLC" && r.population < 100000;
  };

  std::vector<gf::KeyEntry> keys;
  std::vector<gf::Posting> postings;
  for (size_t i = 0; i < entries.size();) {
    size_t j = i;
    gf::KeyEntry key{};
    key.text = strings.Add(entries[i].key);
    key.length = static_cast<uint16_t>(entries[i].key.size());
    key.flags = common.count(entries[i].key) ? gf::kCommonWord : 0;
    if (english.count(entries[i].key)) {
      key.flags |= gf::kEnglishWord;
      bool all_minor = true;
      for (size_t e = i; e < entries.size() && entries[e].key == entries[i].key; ++e) {
        all_minor = all_minor && minor(entries[e]);
      }
      if (all_minor) key.flags |= gf::kCommonWord;
    }
    key.first_posting = static_cast<uint32_t>(postings.size());
    for (; j < entries.size() && entries[j].key == entries[i].key; ++j) {
      if (j > i && entries[j].record == entries[j - 1].record) continue;  // duplicate name
      gf::Posting p{};
      p.record = entries[j].record;
      p.name_kind = entries[j].name_kind;
      p.country = records[p.record].country;
      postings.push_back(p);
    }
    key.posting_count = static_cast<uint32_t>(postings.size() - key.first_posting);
    keys.push_back(key);
    i = j;
  }

  std::vector<uint32_t> key_hash(TableSize(keys.size()), 0);
  const size_t key_mask = key_hash.size() - 1;
  for (size_t k = 0; k < keys.size(); ++k) {
    const std::string_view text(strings.data().data() + keys[k].text, keys[k].length);
    size_t slot = KeyHash(text) & key_mask;
    while (key_hash[slot] != 0) slot = (slot + 1) & key_mask;
    key_hash[slot] = static_cast<uint32_t>(k + 1);
  }

  // The initials each continued span goes on with: every byte that follows
  // it in a longer span (at any byte, not only where the name's words
  // part, since the finder's tokens need not part where they do).
  std::unordered_map<std::string_view, uint32_t> initials;
  for (const auto& [span, flags] : spans) {
    if (flags & gf::kSpanContinues) initials.emplace(span, 0);
  }
  for (const auto& [span, flags] : spans) {
    for (size_t end = 1; end < span.size(); ++end) {
      const auto prefix = initials.find(std::string_view(span).substr(0, end));
      if (prefix != initials.end()) prefix->second |= InitialBit(span[end]);
    }
  }
  // A whole key's span entry carries the key's index (gazetteer_format.h);
  // an entry two whole keys share carries none.
  std::unordered_map<std::string_view, uint32_t> key_index;
  key_index.reserve(keys.size());
  for (size_t k = 0; k < keys.size(); ++k) {
    key_index.emplace(std::string_view(strings.data().data() + keys[k].text, keys[k].length),
                      static_cast<uint32_t>(k));
  }
  namespace se = gf::span_entry;
  std::vector<uint64_t> span_table(TableSize(spans.size()), 0);
  const size_t span_mask = span_table.size() - 1;
  // Walk the spans in a fixed order: where two share an entry, the result
  // must not depend on the hash map's iteration order.
  std::vector<const std::pair<const std::string, uint32_t>*> span_order;
  span_order.reserve(spans.size());
  for (const auto& entry : spans) span_order.push_back(&entry);
  std::sort(span_order.begin(), span_order.end(),
            [](const auto* a, const auto* b) { return a->first < b->first; });
  for (const auto* span_flags : span_order) {
    const std::string_view span = span_flags->first;
    const uint32_t flags = span_flags->second;
    const uint64_t hash = KeyHash(span);
    const uint32_t fingerprint = SpanFingerprint(hash);
    size_t slot = hash & span_mask;
    while (span_table[slot] != 0 && (span_table[slot] & se::kFingerprintMask) != fingerprint) {
      slot = (slot + 1) & span_mask;
    }
    uint64_t& entry = span_table[slot];
    const auto next = initials.find(span);
    const uint64_t continues_with = next == initials.end() ? 0 : next->second;
    uint64_t key_field = entry >> se::kKeyShift;
    if (flags & gf::kSpanComplete) {
      const auto key = key_index.find(span);
      const uint64_t own = key == key_index.end() ? 0 : uint64_t{key->second} + 1;
      // A second whole key in this entry, or a key beyond the field: none.
      key_field = (entry & gf::kSpanComplete) || own > se::kMaxKeyPlusOne ? 0 : own;
    }
    entry = ((entry | fingerprint | flags |
              (continues_with & se::kInitialsMask) << se::kInitialsShift) &
             ((uint64_t{1} << se::kKeyShift) - 1)) |
            key_field << se::kKeyShift;
  }

  std::vector<gf::CountryEntry> countries(model.countries.size());
  for (size_t i = 0; i < model.countries.size(); ++i) {
    const ModelCountry& m = model.countries[i];
    gf::CountryEntry& c = countries[i];
    std::memset(&c, 0, sizeof(c));
    std::memcpy(c.iso2, m.iso2.data(), std::min<size_t>(2, m.iso2.size()));
    std::memcpy(c.iso3, m.iso3.data(), std::min<size_t>(3, m.iso3.size()));
    c.name = strings.Add(m.name);
    if (m.record < 0) return Status::Internal("country without a record: " + m.iso3);
    c.record = static_cast<uint32_t>(m.record);
  }
  std::vector<gf::AdminEntry> admins(model.admins.size());
  for (size_t i = 0; i < model.admins.size(); ++i) {
    const ModelAdmin& m = model.admins[i];
    gf::AdminEntry& a = admins[i];
    std::memset(&a, 0, sizeof(a));
    a.country = static_cast<uint16_t>(m.country);
    a.name = strings.Add(m.name);
    a.code = strings.Add(m.code);
    a.record = m.record < 0 ? gf::kNone : static_cast<uint32_t>(m.record);
  }
  std::vector<gf::AreaEntry> areas(model.areas.size());
  for (size_t i = 0; i < model.areas.size(); ++i) {
    const ModelArea& m = model.areas[i];
    gf::AreaEntry& a = areas[i];
    std::memset(&a, 0, sizeof(a));
    a.record = static_cast<uint32_t>(m.record);
    a.seat = m.seat < 0 ? gf::kNone : static_cast<uint32_t>(m.seat);
    a.south = static_cast<float>(m.south);
    a.west = static_cast<float>(m.west);
    a.north = static_cast<float>(m.north);
    a.east = static_cast<float>(m.east);
    for (int p = 0; p < 9; ++p) {
      a.part_lat[p] = static_cast<float>(m.part_lat[p]);
      a.part_lon[p] = static_cast<float>(m.part_lon[p]);
    }
  }

  gf::Header header;
  std::memset(&header, 0, sizeof(header));
  std::memcpy(header.magic, gf::kMagic, sizeof(gf::kMagic));
  header.version = gf::kVersion;
  header.header_size = sizeof(gf::Header);
  std::vector<char> out(sizeof(gf::Header), '\0');
  AppendSection(&out, &header.sections[gf::kRecords], records.data(), records.size());
  AppendSection(&out, &header.sections[gf::kKeys], keys.data(), keys.size());
  AppendSection(&out, &header.sections[gf::kPostings], postings.data(), postings.size());
  AppendSection(&out, &header.sections[gf::kKeyHash], key_hash.data(), key_hash.size());
  AppendSection(&out, &header.sections[gf::kSpans], span_table.data(), span_table.size());
  AppendSection(&out, &header.sections[gf::kStrings], strings.data().data(), strings.data().size());
  AppendSection(&out, &header.sections[gf::kCountries], countries.data(), countries.size());
  AppendSection(&out, &header.sections[gf::kAdmins], admins.data(), admins.size());
  AppendSection(&out, &header.sections[gf::kAreas], areas.data(), areas.size());
  while (out.size() % 8 != 0) out.push_back('\0');
  header.file_size = out.size();
  header.header_check = KeyHash(
      std::string_view(reinterpret_cast<const char*>(&header), offsetof(gf::Header, header_check)));
  std::memcpy(out.data(), &header, sizeof(header));

  const std::string temp = output_path + ".tmp";
  {
    std::ofstream file(temp, std::ios::binary | std::ios::trunc);
    if (!file) return Status::IoError("cannot write " + temp);
    file.write(out.data(), static_cast<std::streamsize>(out.size()));
    if (!file) return Status::IoError("write failed: " + temp);
  }
  std::error_code ec;
  std::filesystem::rename(temp, output_path, ec);
  if (ec) return Status::IoError("cannot rename " + temp + ": " + ec.message());
  if (report != nullptr) {
    report->keys = keys.size();
    report->bytes = out.size();
  }
  return Status::Ok();
}

}  // namespace casus
