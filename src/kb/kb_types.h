// casus — the vocabulary of the knowledge base: actor kinds, relation types,
// partial-date validity ranges and short CAMEO-style codes.
//
// See docs/knowledge-base.md for the file format these values come from.
//
// Thread safety: plain values and pure functions.
#ifndef CASUS_KB_KB_TYPES_H_
#define CASUS_KB_KB_TYPES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "casus/date.h"

namespace casus {

// Index of an actor inside one KnowledgeBase; kNoActor means "none".
using ActorIndex = uint32_t;
inline constexpr ActorIndex kNoActor = UINT32_MAX;

enum class ActorKind : uint8_t {
  kState,
  kGovernment,
  kMilitary,
  kPolice,
  kIntelligence,
  kArmedGroup,
  kFrontGroup,
  kUmbrella,
  kParty,
  kPerson,
  kOrganisation,
  kIgo,
  kNgo,
  kMedia,
  kBusiness,
  kPopulation,
  kAgent,   // a generic noun ("police", "rebels") that takes its country from context
  kTitle,   // an office title ("Prime Minister"); precedes a person's name in text
  kRegion,  // a place whose name holds a country's ("Latin America"); never an actor
  kUnknown,
};
inline constexpr int kActorKindCount = static_cast<int>(ActorKind::kUnknown) + 1;

// "armed_group" <-> ActorKind::kArmedGroup. ParseActorKind returns nullopt
// for a name that is not a kind.
std::string_view ToString(ActorKind kind);
std::optional<ActorKind> ParseActorKind(std::string_view name);

// True for the kinds that end a sponsor chain: a state or one of its organs.
bool IsStateKind(ActorKind kind);
// True for organised non-state groups (armed groups, fronts, umbrellas,
// parties, organisations, NGOs, media, businesses).
bool IsGroupKind(ActorKind kind);

enum class RelationType : uint8_t {
  kFrontOf,
  kProxyOf,
  kBackedBy,
  kMemberOf,
  kPartOf,
  kAlliedWith,
  kLeads,
};
std::string_view ToString(RelationType type);
std::optional<RelationType> ParseRelationType(std::string_view name);
// front_of, proxy_of, backed_by, member_of and part_of lead towards sponsors.
bool IsSponsorEdge(RelationType type);

// One side of a validity range: a year, a month or a day. year == 0 means
// the side is open.
struct DateBound {
  int32_t year = 0;
  int8_t month = 0;  // 0 when only the year is known
  int8_t day = 0;    // 0 when only the year or month is known

  bool open() const { return year == 0; }
  // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; "" when open.
  std::string ToString() const;
};

// A closed validity interval at the stated precision: FROM <= D <= TO, where
// a month or year bound covers all of its days. Default: always valid.
struct DateRange {
  DateBound from;
  DateBound to;

  bool always() const { return from.open() && to.open(); }
  bool Contains(const Date& date) const;
  // Holds when `date` is unknown (nullopt) or Contains(*date).
  bool HoldsOn(const std::optional<Date>& date) const { return !date || Contains(*date); }
  // "FROM..TO" with empty open sides ("2019..", ".."), as in the KB files.
  std::string ToString() const;
};

// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real calendar date).
std::optional<DateBound> ParseDateBound(std::string_view text);
// Parses "FROM..TO" (either side may be empty) or a single bound, which
// means that period only ("2020" = all of 2020).
std::optional<DateRange> ParseDateRange(std::string_view text);

// A short upper-case code (ISO country, sector, CAMEO actor code) stored
// inline, so mentions carry codes without allocating. Longer input is
// truncated to kCapacity bytes.
class ActorCode {
 public:
  static constexpr size_t kCapacity = 15;

  ActorCode() = default;
  explicit ActorCode(std::string_view text) { Append(text); }

  std::string_view view() const { return std::string_view(data_, size_); }
  std::string str() const { return std::string(view()); }
  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }
  void clear() { size_ = 0; }
  void Append(std::string_view text) {
    for (char c : text) {
      if (size_ == kCapacity) break;
      data_[size_++] = c;
    }
  }
  bool operator==(const ActorCode& other) const { return view() == other.view(); }
  bool operator==(std::string_view other) const { return view() == other; }

 private:
  char data_[kCapacity] = {};
  uint8_t size_ = 0;
};

// An actor code valid over a range (the `cameo:` key with a date, or a
// dated code of a PETRARCH dictionary).
struct DatedCode {
  ActorCode code;
  DateRange when;
};

// Joins a country code and an agent code the CAMEO way: an agent code
// "~COP" is appended ("IRQ" + "~COP" = "IRQCOP"), "IGO~" is prepended, a
// bare sector "COP" is appended.
ActorCode CombineCodes(std::string_view country, std::string_view agent_code);

}  // namespace casus

#endif  // CASUS_KB_KB_TYPES_H_
