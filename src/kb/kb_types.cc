#include "kb/kb_types.h"

#include <array>
#include <cstdio>

namespace casus {
namespace {

constexpr std::array<std::string_view, kActorKindCount> kKindNames = {
    "state",        "government",  "military", "police", "intelligence",
    "armed_group",  "front_group", "umbrella", "party",  "person",
    "organisation", "igo",         "ngo",      "media",  "business",
    "population",   "agent",       "title",    "region", "unknown",
};

constexpr std::array<std::string_view, 7> kRelationNames = {
    "front_of", "proxy_of", "backed_by", "member_of", "part_of", "allied_with", "leads",
};

bool ParseDigits(std::string_view text, size_t width, int& out) {
  if (text.size() != width) return false;
  out = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return true;
}

// (year, month, day) compared lexicographically.
int Compare(int y1, int m1, int d1, int y2, int m2, int d2) {
  if (y1 != y2) return y1 < y2 ? -1 : 1;
  if (m1 != m2) return m1 < m2 ? -1 : 1;
  if (d1 != d2) return d1 < d2 ? -1 : 1;
  return 0;
}

}  // namespace

std::string_view ToString(ActorKind kind) { return kKindNames[static_cast<size_t>(kind)]; }

std::optional<ActorKind> ParseActorKind(std::string_view name) {
  if (name == "organization") return ActorKind::kOrganisation;
  for (size_t i = 0; i + 1 < kKindNames.size(); ++i) {
    if (kKindNames[i] == name) return static_cast<ActorKind>(i);
  }
  return std::nullopt;
}

bool IsStateKind(ActorKind kind) {
  return kind == ActorKind::kState || kind == ActorKind::kGovernment ||
         kind == ActorKind::kMilitary || kind == ActorKind::kIntelligence;
}

bool IsGroupKind(ActorKind kind) {
  switch (kind) {
    case ActorKind::kArmedGroup:
    case ActorKind::kFrontGroup:
    case ActorKind::kUmbrella:
    case ActorKind::kParty:
    case ActorKind::kOrganisation:
    case ActorKind::kNgo:
    case ActorKind::kMedia:
    case ActorKind::kBusiness:
    case ActorKind::kIgo:
      return true;
    default:
      return false;
  }
}

std::string_view ToString(RelationType type) { return kRelationNames[static_cast<size_t>(type)]; }

std::optional<RelationType> ParseRelationType(std::string_view name) {
  for (size_t i = 0; i < kRelationNames.size(); ++i) {
    if (kRelationNames[i] == name) return static_cast<RelationType>(i);
  }
  return std::nullopt;
}

bool IsSponsorEdge(RelationType type) {
  return type == RelationType::kFrontOf || type == RelationType::kProxyOf ||
         type == RelationType::kBackedBy || type == RelationType::kMemberOf ||
         type == RelationType::kPartOf;
}

std::string DateBound::ToString() const {
  if (open()) return "";
  char buf[16];
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

bool DateRange::Contains(const Date& date) const {
  if (!from.open() && Compare(date.year, date.month, date.day, from.year,
                              from.month == 0 ? 1 : from.month, from.day == 0 ? 1 : from.day) < 0) {
    return false;
  }
  if (!to.open()) {
    const int month = to.month == 0 ? 12 : to.month;
    const int day = to.day == 0 ? DaysInMonth(to.year, month) : to.day;
    if (Compare(date.year, date.month, date.day, to.year, month, day) > 0) return false;
  }
  return true;
}

std::string DateRange::ToString() const { return from.ToString() + ".." + to.ToString(); }

std::optional<DateBound> ParseDateBound(std::string_view text) {
  DateBound bound;
  int y = 0, m = 0, d = 0;
  if (!ParseDigits(text.substr(0, 4), 4, y) || y < 1) return std::nullopt;
  bound.year = y;
  if (text.size() == 4) return bound;
  if (text.size() < 7 || text[4] != '-' || !ParseDigits(text.substr(5, 2), 2, m) || m < 1 ||
      m > 12) {
    return std::nullopt;
  }
  bound.month = static_cast<int8_t>(m);
  if (text.size() == 7) return bound;
  if (text.size() != 10 || text[7] != '-' || !ParseDigits(text.substr(8, 2), 2, d) || d < 1 ||
      d > DaysInMonth(y, m)) {
    return std::nullopt;
  }
  bound.day = static_cast<int8_t>(d);
  return bound;
}

std::optional<DateRange> ParseDateRange(std::string_view text) {
  const size_t dots = text.find("..");
  DateRange range;
  if (dots == std::string_view::npos) {
    auto bound = ParseDateBound(text);
    if (!bound) return std::nullopt;
    range.from = range.to = *bound;
    return range;
  }
  const std::string_view from = text.substr(0, dots);
  const std::string_view to = text.substr(dots + 2);
  if (!from.empty()) {
    auto bound = ParseDateBound(from);
    if (!bound) return std::nullopt;
    range.from = *bound;
  }
  if (!to.empty()) {
    auto bound = ParseDateBound(to);
    if (!bound) return std::nullopt;
    range.to = *bound;
  }
  if (!range.from.open() && !range.to.open() &&
      Compare(range.from.year, range.from.month, range.from.day, range.to.year,
              range.to.month == 0 ? 12 : range.to.month,
              range.to.day == 0 ? 31 : range.to.day) > 0) {
    return std::nullopt;  // FROM after TO
  }
  return range;
}

ActorCode CombineCodes(std::string_view country, std::string_view agent_code) {
  ActorCode out;
  if (!agent_code.empty() && agent_code.back() == '~') {
    out.Append(agent_code.substr(0, agent_code.size() - 1));
    out.Append(country);
    return out;
  }
  if (!agent_code.empty() && agent_code.front() == '~') agent_code.remove_prefix(1);
  out.Append(country);
  out.Append(agent_code);
  return out;
}

}  // namespace casus
