#include "assemble/event_sides.h"

#include <cctype>

#include "base/word_lists.h"
#include "text/token_shape.h"

namespace casus::sides {

bool IsGroupKind(const std::string& kind) {
  return kind == "armed_group" || kind == "front_group" || kind == "umbrella" || kind == "local" ||
         kind == "party";
}

bool IsGeneric(const ActorSpan& a) { return a.kind == "agent"; }

bool IsDescribedDoer(const ActorSpan& a) {
  return a.kind == "agent" && a.actor.country.empty() && IsAny(a.actor.sector, {"UAF", "REB"});
}

bool IsPlace(const ActorSpan& a) { return a.kind == "place"; }

bool IsGovernment(const ActorSpan& a) {
  return a.kind == "state" || a.kind == "government" || a.metonym || a.actor.sector == "GOV";
}

bool Conflicts(const std::optional<ActorSpan>& a, const std::optional<ActorSpan>& b,
               bool acted_on) {
  if (!a || !b || IdentityKey(*a) == IdentityKey(*b)) return false;
  // A place acted on stands in for a party nobody named: it yields to any.
  if (acted_on && (IsPlace(*a) || IsPlace(*b))) return false;
  // So does a country hit ("Israel's first attack on Yemen") to a party in
  // it ("struck the Houthi-held port").
  auto territory = [](const ActorSpan& state, const ActorSpan& other) {
    return state.kind == "state" && !state.metonym && !state.actor.country.empty() &&
           other.actor.country == state.actor.country;
  };
  if (acted_on && (territory(*a, *b) || territory(*b, *a))) return false;
  // "a cargo ship", "an 'Israeli ship'": one vessel told of in two ways,
  // unless they are said to be of two countries.
  if (acted_on && a->vessel && b->vessel && IsGeneric(*a) && IsGeneric(*b)) {
    return !a->actor.country.empty() && !b->actor.country.empty() &&
           a->actor.country != b->actor.country;
  }
  // A state and one of its organs are one side: "Iran" and "the
  // Revolutionary Guards", "Israel" and "the Israeli military".
  auto organ_of = [](const ActorSpan& state, const ActorSpan& organ) {
    return state.kind == "state" && !state.actor.country.empty() &&
           organ.actor.country == state.actor.country &&
           IsAny(organ.actor.sector, {"GOV", "MIL", "COP", "SPY"});
  };
  if (organ_of(*a, *b) || organ_of(*b, *a)) return false;
  // Armed forces of one state and one of their commands or branches ("US
  // forces" and "US Central Command"): one side too. Statements of two
  // officials of one government stay apart.
  // So are forces told of generically and the state's forces by name ("US
  // warships" and "the United States Armed Forces").
  if (!a->actor.country.empty() && a->actor.country == b->actor.country &&
      a->actor.sector == b->actor.sector && IsAny(a->actor.sector, {"MIL", "COP", "SPY"}) &&
      a->kind != "person" && b->kind != "person") {
    return false;
  }
  // "Chinese troops ... soldiers fought with rocks": forces told of with no
  // country may be those told of with one.
  if (IsGeneric(*a) && IsGeneric(*b) && a->actor.sector == b->actor.sector &&
      (a->actor.country.empty() || b->actor.country.empty())) {
    return false;
  }
  // Doers told only by what they are, by two words ("militants", "a
  // suicide bomber"), may be the same doers.
  if (IsDescribedDoer(*a) && IsDescribedDoer(*b)) return false;
  // So may aircraft of no country be a state's named ("the US Air Force
  // ... the aircraft", "the junta ... a fighter jet").
  auto aircraft = [](const ActorSpan& generic, const ActorSpan& named) {
    return IsGeneric(generic) && generic.actor.country.empty() &&
           generic.actor.name == "air force" && (!IsGeneric(named) || IsGovernment(named)) &&
           OfState(named);
  };
  if (aircraft(*a, *b) || aircraft(*b, *a)) return false;
  if (acted_on && IsGeneric(*a) != IsGeneric(*b)) {
    const ActorSpan& generic = IsGeneric(*a) ? *a : *b;
    const ActorSpan& named = IsGeneric(*a) ? *b : *a;
    return !generic.actor.country.empty() && generic.actor.country != named.actor.country;
  }
  return true;
}

bool IsLocalSector(std::string_view sector) {
  return IsAny(sector, {"CVL", "OPP", "PTY", "MED", "EDU", "LAB", "BUS", "AGR", "REL", "CRM", "JUD",
                        "LEG", "COP", "REB", "UAF", "HLH"});
}

bool IsUnknownOfficial(const Actor& actor) {
  return actor.id.empty() && text::StartsUpper(actor.name) &&
         IsAny(actor.sector, {"GOV", "MIL", "JUD", "LEG"});
}

bool IsNamedPerson(const ActorSpan& span) {
  return span.kind == "person" || IsUnknownOfficial(span.actor);
}

bool IsStatementType(std::string_view type) {
  return IsAny(type, {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "AGREE", "SUPPORT", "CONCEDE",
                      "CONSULT", "SANCTION"});
}

void GiveLocalCountry(std::optional<Actor>& actor, const std::string& country, bool people_too) {
  if (!actor || !actor->country.empty() || country.empty()) return;
  // A knowledge-base entry of no country is of none ("al-Qaeda").
  if (!actor->id.empty()) return;
  if (actor->text.starts_with("foreign ") || actor->text.starts_with("Foreign ") ||
      actor->text.starts_with("expatriate ")) {
    return;  // "a foreign contractor"
  }
  // "Provincial officials", "local authorities": officials of no stated
  // country are the place's, as named ones are.
  const bool generic_officials = IsAny(actor->sector, {"GOV", "COP"}) && !actor->name.empty() &&
                                 std::islower(static_cast<unsigned char>(actor->name[0]));
  if (!IsUnknownOfficial(*actor) && !generic_officials &&
      !(people_too && IsLocalSector(actor->sector))) {
    return;
  }
  actor->country = country;
  if (actor->cameo.empty() || actor->cameo == actor->sector) actor->cameo = country + actor->sector;
}

void Prefer(std::optional<ActorSpan>& kept, const std::optional<ActorSpan>& other) {
  if (!other) return;
  if (kept && IsPlace(*other)) return;
  // "a contractor employed by a US company" says more than "the United States".
  if (kept && IsGeneric(*kept) && !kept->actor.country.empty() && other->kind == "state" &&
      other->actor.country == kept->actor.country) {
    return;
  }
  if (!kept || (IsPlace(*kept) && other->kind != "anaphor") ||
      (IsGeneric(*kept) && !IsGeneric(*other) && other->kind != "anaphor")) {
    kept = other;
  }
}

bool OfState(const ActorSpan& s) {
  return IsGovernment(s) || s.kind == "military" ||
         IsAny(s.actor.sector, {"GOV", "MIL", "COP", "SPY"});
}

bool SameSide(const ActorSpan& a, const ActorSpan& b) {
  return IdentityKey(a) == IdentityKey(b) ||
         (!a.actor.country.empty() && a.actor.country == b.actor.country && OfState(a) &&
          OfState(b));
}

}  // namespace casus::sides
