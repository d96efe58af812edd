#include "assemble/acled_mapping.h"

#include <algorithm>

namespace casus {
namespace {

constexpr const char* kBattles = "Battles";
constexpr const char* kRemote = "Explosions/Remote violence";
constexpr const char* kCivilians = "Violence against civilians";
constexpr const char* kProtests = "Protests";
constexpr const char* kRiots = "Riots";
constexpr const char* kStrategic = "Strategic developments";

bool Has(const std::vector<std::string>& items, const char* item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

bool IsStateSector(const std::string& sector) {
  return sector == "MIL" || sector == "GOV" || sector == "COP" || sector == "SPY";
}

}  // namespace

bool IsArmedSector(const std::string& sector) {
  return sector == "MIL" || sector == "COP" || sector == "REB" || sector == "INS" ||
         sector == "UAF" || sector == "SPY";
}

std::optional<AcledCategory> MapToAcled(const AcledInput& in) {
  if (!in.hint.empty()) {
    static const std::pair<const char*, const char*> kTypeOf[] = {
        {"Armed clash", kBattles},
        {"Government regains territory", kBattles},
        {"Non-state actor overtakes territory", kBattles},
        {"Air/drone strike", kRemote},
        {"Shelling/artillery/missile attack", kRemote},
        {"Remote explosive/landmine/IED", kRemote},
        {"Suicide bomb", kRemote},
        {"Grenade", kRemote},
        {"Chemical weapon", kRemote},
        {"Attack", kCivilians},
        {"Abduction/forced disappearance", kCivilians},
        {"Sexual violence", kCivilians},
        {"Peaceful protest", kProtests},
        {"Protest with intervention", kProtests},
        {"Excessive force against protesters", kProtests},
        {"Violent demonstration", kRiots},
        {"Mob violence", kRiots},
        {"Agreement", kStrategic},
        {"Arrests", kStrategic},
        {"Change to group/activity", kStrategic},
        {"Disrupted weapons use", kStrategic},
        {"Headquarters or base established", kStrategic},
        {"Looting/property destruction", kStrategic},
        {"Non-violent transfer of territory", kStrategic},
        {"Other", kStrategic},
    };
    for (const auto& [sub, type] : kTypeOf) {
      if (in.hint == sub) return AcledCategory{type, sub};
    }
  }
  const std::string& mode = in.mode;
  const std::string sector1 = in.actor1 ? in.actor1->sector : "";
  const std::string sector2 = in.actor2 ? in.actor2->sector : "";
  if (in.type == "ASSAULT") {
    if (in.cameo == "192") {
      return AcledCategory{kBattles, IsStateSector(sector1)
                                         ? "Government regains territory"
                                         : "Non-state actor overtakes territory"};
    }
    if (mode == "aerial" || mode == "drone") return AcledCategory{kRemote, "Air/drone strike"};
    if (mode == "suicide-attack") return AcledCategory{kRemote, "Suicide bomb"};
    if (mode == "unconventional") return AcledCategory{kRemote, "Chemical weapon"};
    if (mode == "heavy-weapons") {
      return AcledCategory{kRemote, "Shelling/artillery/missile attack"};
    }
    if (mode == "explosives") {
      return AcledCategory{
          kRemote, Has(in.weapons, "grenade") ? "Grenade" : "Remote explosive/landmine/IED"};
    }
    if (mode == "crowd-control")
      return AcledCategory{kProtests, "Excessive force against protesters"};
    if (mode == "destroy") return AcledCategory{kStrategic, "Looting/property destruction"};
    const bool civilian_target = sector2 == "CVL" || sector2 == "MED" || sector2 == "REF" ||
                                 sector2 == "EDU" || sector2 == "HLH";
    if (mode == "abduct") {
      return civilian_target || !IsArmedSector(sector2)
                 ? AcledCategory{kCivilians, "Abduction/forced disappearance"}
                 : AcledCategory{kBattles, "Armed clash"};
    }
    if (mode == "sexual") return AcledCategory{kCivilians, "Sexual violence"};
    if (sector1 == "CVL" || sector1 == "PRO") return AcledCategory{kRiots, "Mob violence"};
    if (civilian_target) return AcledCategory{kCivilians, "Attack"};
    if (in.mutual || IsArmedSector(sector2) || sector2 == "GOV") {
      return AcledCategory{kBattles, "Armed clash"};
    }
    if (!in.actor2) return AcledCategory{kBattles, "Armed clash"};
    return AcledCategory{kCivilians, "Attack"};
  }
  if (in.type == "PROTEST") {
    if (mode == "riot" || mode == "vandalize")
      return AcledCategory{kRiots, "Violent demonstration"};
    return AcledCategory{kProtests, "Peaceful protest"};
  }
  if (in.type == "COERCE") {
    if (mode == "arrest") return AcledCategory{kStrategic, "Arrests"};
    if (mode == "seize") return AcledCategory{kStrategic, "Looting/property destruction"};
    return AcledCategory{kStrategic, "Other"};
  }
  if (in.type == "AGREE") return AcledCategory{kStrategic, "Agreement"};
  // A signed formal agreement (CAMEO 057) is SUPPORT in PLOVER.
  if (in.type == "SUPPORT" && in.cameo == "057") return AcledCategory{kStrategic, "Agreement"};
  if (in.type == "RETREAT") {
    if (mode == "ceasefire") return AcledCategory{kStrategic, "Agreement"};
    if (mode == "withdraw") return AcledCategory{kStrategic, "Non-violent transfer of territory"};
    if (mode == "disarm") return AcledCategory{kStrategic, "Disrupted weapons use"};
    return AcledCategory{kStrategic, "Other"};
  }
  if (in.type == "MOBILIZE") return AcledCategory{kStrategic, "Other"};
  return std::nullopt;
}

}  // namespace casus
