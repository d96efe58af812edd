#include "code/coding_words.h"

#include <algorithm>
#include <cctype>

namespace casus::coding {

bool IsFacilityNoun(std::string_view lemma) {
  return IsAny(lemma,
               {"base",         "airbase",   "embassy",   "consulate",    "airport",   "compound",
                "convoy",       "camp",      "garrison",  "headquarters", "outpost",   "facility",
                "installation", "post",      "position",  "checkpoint",   "ship",      "vessel",
                "tanker",       "warship",   "destroyer", "office",       "residence", "home",
                "house",        "site",      "depot",     "barracks",     "patrol",    "vehicle",
                "computer",     "network",   "server",    "website",      "refinery",  "pipeline",
                "building",     "structure", "warehouse", "bunker",       "factory",   "plant"});
}

bool IsSupporterNoun(std::string_view lemma) {
  return IsAny(lemma, {"supporter", "loyalist", "follower", "partisan", "backer"});
}

bool IsMemberNoun(std::string_view lemma) {
  return IsAny(
      lemma, {"leader",      "head",      "chief",    "commander",     "spokesman", "spokesperson",
              "spokeswoman", "member",    "fighter",  "militant",      "force",     "troop",
              "commando",    "unit",      "official", "wing",          "arm",       "brigade",
              "faction",     "supporter", "envoy",    "minister",      "ministry",  "government",
              "army",        "military",  "soldier",  "thousand",      "hundred",   "dozen",
              "score",       "ten",       "million",  "crowd",         "number",    "group",
              "office",      "bureau",    "cabinet",  "administration"});
}

bool IsLeaderNoun(std::string_view lemma) {
  return IsAny(lemma, {"chief", "commander", "general", "head", "leader", "minister"});
}

bool IsMannedAircraftNoun(std::string_view lemma) {
  return IsAny(lemma, {"warplane", "jet", "fighter", "aircraft", "plane", "airplane", "helicopter",
                       "bomber", "airliner", "chopper"});
}

bool IsWarMachineNoun(std::string_view lemma) {
  return IsAny(lemma, {"jet", "warplane", "aircraft", "plane", "bomber", "helicopter", "drone",
                       "warship", "ship", "gunboat", "tank", "artillery", "gun", "battery"});
}

bool IsPlaceNoun(std::string_view lemma) {
  return IsAny(
      lemma,
      {"village",      "town",   "city",     "target",     "area",    "district", "neighbourhood",
       "neighborhood", "region", "province", "territory",  "zone",    "suburb",   "quarter",
       "settlement",   "port",   "capital",  "stronghold", "enclave", "hamlet",   "location"});
}

bool IsDayWord(std::string_view lemma) {
  return IsAny(lemma, {"today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
                       "saturday", "sunday"});
}

bool IsAidNoun(std::string_view lemma) {
  return IsAny(lemma, {"aid", "assistance", "program", "programme", "funding", "fund", "loan",
                       "grant", "relief", "credit", "support"});
}

bool IsCraftNoun(std::string_view lemma) {
  return IsAny(lemma,
               {"ship",    "vessel", "tanker",   "boat",  "freighter", "carrier",    "dhow",
                "trawler", "yacht",  "aircraft", "plane", "airliner",  "helicopter", "truck",
                "lorry",   "bus",    "vehicle",  "car",   "convoy",    "shipment",   "cargo"});
}

bool IsAccusationNoun(std::string_view lemma) {
  return IsAny(lemma, {"accusation", "allegation", "charge", "claim", "involvement", "blame",
                       "responsibility", "suggestion", "assertion", "insinuation", "pretext"});
}

bool IsIncidentNoun(std::string_view lemma) {
  return IsAny(lemma, {"incident", "act", "operation"});
}

bool IsFalsehoodWord(std::string_view lemma) {
  return IsAny(lemma, {"false", "baseless", "untrue", "unfounded", "groundless", "fabricated",
                       "absurd", "ridiculous", "lie", "nonsense"});
}

bool IsActAnaphorNoun(std::string_view lemma) {
  return IsAny(lemma, {"decision", "move", "step", "action", "expulsion", "decree", "order"});
}

bool IsDenunciationWord(std::string_view lemma) {
  return IsAny(lemma,
               {"violation",     "crime",         "aggression",   "terrorism",     "terrorist",
                "breach",        "massacre",      "atrocity",     "outrage",       "piracy",
                "pirate",        "criminal",      "heinous",      "cowardly",      "barbaric",
                "reckless",      "blatant",       "illegal",      "unacceptable",  "provocation",
                "escalation",    "assassination", "brutal",       "savage",        "mistake",
                "blunder",       "unlawful",      "illegitimate", "destabilizing", "destabilising",
                "stab",          "betrayal",      "treachery",    "unprovoked",    "unjustified",
                "irresponsible", "shameful",      "flagrant",     "misguided",     "deplorable",
                "outrageous",    "repugnant",     "enemy",        "occupier",      "aggressor",
                "invader"});
}

bool IsPredicativeDenunciationWord(std::string_view lemma) {
  return IsDenunciationWord(lemma) ||
         IsAny(lemma, {"hasty", "premature", "baseless", "absurd", "dangerous", "regrettable",
                       "provocative", "hostile", "unfounded", "groundless", "ridiculous",
                       "disgraceful", "despicable", "appalling", "reprehensible"});
}

bool IsReprisalWord(std::string_view lemma) {
  return IsAny(lemma, {"revenge", "retaliation", "reprisal", "response", "consequence", "price",
                       "punishment", "respond", "retaliate", "avenge", "punish"});
}

bool IsBelongingNoun(std::string_view lemma) {
  return IsAny(lemma, {"right", "welfare", "safety", "security", "interest", "property", "freedom",
                       "sovereignty", "fate", "plight", "cause", "territory", "effort", "integrity",
                       "future", "livelihood"});
}

bool IsCountryOrCapital(const ActorSpan& span) {
  return !span.actor.country.empty() && (span.kind == "state" || span.metonym);
}

ActorSpan SpokenFor(ActorSpan span) {
  if (span.org.name.empty()) return span;
  span.actor = span.org;
  span.kind = span.org_kind;
  span.kb_index = span.org_kb_index;
  return span;
}

ActorSpan InCountry(ActorSpan span, const std::string& country) {
  span.actor.country = country;
  span.actor.cameo = country + span.actor.sector;
  return span;
}

bool IsPlacePreposition(std::string_view lemma) {
  return IsAny(lemma, {"in", "from", "to", "into"});
}

bool IsProposalNoun(std::string_view lemma) {
  return IsAny(lemma, {"offer", "call", "demand", "proposal", "invitation", "request", "appeal",
                       "plan", "initiative", "ultimatum", "bid", "push", "effort"});
}

bool IsStateForceWord(std::string_view lemma) {
  return IsAny(lemma, {"police", "army", "military"});
}

bool IsStateForceSector(std::string_view sector) { return IsAny(sector, {"MIL", "COP", "SPY"}); }

bool IsStateSector(std::string_view sector) {
  return sector == "GOV" || IsStateForceSector(sector);
}

bool IsStateAgainstOutlaws(std::string_view by_sector, std::string_view doer_sector) {
  return IsStateSector(by_sector) && IsAny(doer_sector, {"REB", "CRM", "UAF"});
}

bool IsLeaderTitle(std::string_view lemma) {
  return IsAny(lemma, {"leader", "chief", "commander", "head", "chairman", "chairwoman", "chair",
                       "co-leader", "co-chair", "co-chairman", "commander-in-chief"});
}

bool IsPersonPairNoun(std::string_view lemma) {
  return IsAny(lemma, {"leader", "president", "premier", "minister", "man", "woman"});
}

bool IsGroupAnaphor(std::string_view lemma) {
  return IsAny(lemma, {"group", "militia", "organization", "organisation", "movement", "faction",
                       "outfit", "network", "umbrella", "coalition", "rebel", "insurgent"});
}

bool IsIrrealisGovernor(std::string_view lemma) {
  return IsAny(
      lemma,
      {"vow",    "threaten", "plan",    "intend",    "seek",    "try",   "want",   "promise",
       "pledge", "aim",      "hope",    "prepare",   "urge",    "ask",   "call",   "demand",
       "warn",   "deny",     "refuse",  "reject",    "avoid",   "fail",  "expect", "consider",
       "fear",   "predict",  "propose", "recommend", "request", "order", "insist"});
}

const char* RelationForNoun(std::string_view lemma) {
  if (IsAny(lemma, {"front", "cover", "façade", "facade", "mask", "brand", "name"})) {
    return "front_of";
  }
  if (IsAny(lemma, {"proxy"})) return "proxy_of";
  if (IsAny(lemma, {"arm", "wing", "branch", "offshoot", "faction", "unit", "part", "affiliate",
                    "franchise", "chapter", "subsidiary", "extension", "component", "backbone"})) {
    return "part_of";
  }
  if (IsAny(lemma, {"member"})) return "member_of";
  if (IsAny(lemma, {"ally"})) return "allied_with";
  return nullptr;
}

bool IsUnitNoun(std::string_view lemma) {
  return IsAny(lemma, {"command", "cell", "division", "brigade", "battalion", "detachment"});
}

bool IsSeriesNoun(std::string_view lemma) {
  return IsAny(lemma, {"string", "series", "wave", "campaign", "spate"});
}

bool IsPartNoun(std::string_view lemma) {
  const char* relation = RelationForNoun(lemma);
  return IsUnitNoun(lemma) || (relation != nullptr && std::string_view(relation) == "part_of");
}

bool IsBackingVerb(std::string_view lemma) {
  return IsAny(lemma, {"back", "fund", "sponsor", "support", "arm", "train", "finance", "equip",
                       "direct", "shelter", "harbour", "harbor"});
}

bool IsRefugeVerb(std::string_view lemma) { return IsAny(lemma, {"shelter", "harbour", "harbor"}); }

bool IsFrontVerb(std::string_view lemma) {
  return IsAny(lemma, {"use", "run", "create", "operate", "employ", "adopt"});
}

const char* RelationForCompound(std::string_view compound) {
  if (IsAny(compound,
            {"backed", "funded", "sponsored", "supported", "armed", "trained", "financed"})) {
    return "backed_by";
  }
  if (IsAny(compound, {"aligned", "allied", "affiliated", "linked"})) return "allied_with";
  return nullptr;
}

}  // namespace casus::coding
