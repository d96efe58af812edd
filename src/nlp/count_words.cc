#include "nlp/count_words.h"

#include <cmath>

namespace casus::reading {
namespace {

constexpr const char* kUnits[] = {"zero",    "one",     "two",       "three",    "four",
                                  "five",    "six",     "seven",     "eight",    "nine",
                                  "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                  "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr const char* kTens[] = {"twenty", "thirty",  "forty",  "fifty",
                                 "sixty",  "seventy", "eighty", "ninety"};

int64_t PowerOfTen(int power) {
  int64_t value = 1;
  for (int i = 0; i < power; ++i) value *= 10;
  return value;
}

class NumberScanner {
 public:
  NumberScanner(const SentenceWords& words, const CountReaderOptions& options,
                std::span<const Token> tokens)
      : words_(words), options_(options), tokens_(tokens) {}

  struct Core {
    int64_t value = 0;
    std::optional<int64_t> high;
    uint32_t end = 0;
    bool vague = false;
  };

  bool W(uint32_t at, std::string_view lower) const {
    return at < tokens_.size() && tokens_[at].kind == TokenKind::kWord &&
           WordIs(tokens_[at].text, lower);
  }
  uint32_t Flags(uint32_t at) const { return words_[at]; }

  std::optional<Core> ReadCore(uint32_t i) const {
    if (i >= tokens_.size()) return std::nullopt;
    const Token& token = tokens_[i];
    if (token.kind == TokenKind::kNumber) return ReadDigits(i);
    if (token.kind != TokenKind::kWord) return std::nullopt;
    const std::string_view text = token.text;
    if (WordIs(text, "a") || WordIs(text, "an")) return ReadArticleLed(i);
    if (WordIs(text, "another")) {
      if (auto core = ReadCore(i + 1)) return core;
      return std::nullopt;
    }
    if (WordIs(text, "both")) return Core{2, std::nullopt, i + 1, false};
    const uint32_t flags = Flags(i);
    if (flags & kCwEstimate) return ReadEstimate(i);
    if ((flags & kCwNumber) || text.find('-') != std::string_view::npos) return ReadWords(i);
    return std::nullopt;
  }

 private:
  std::optional<Core> ReadDigits(uint32_t i) const {
    const std::string_view text = tokens_[i].text;
    Core core;
    core.end = i + 1;
    // "10-15" in one token.
    const size_t dash = text.find('-');
    if (dash != std::string_view::npos && dash > 0) {
      auto low = ParseDigitInteger(text.substr(0, dash));
      auto high = ParseDigitInteger(text.substr(dash + 1));
      if (!low || !high || *high <= *low) return std::nullopt;
      core.value = *low;
      core.high = *high;
      return core;
    }
    double value = 0;
    bool integral = true;
    if (auto v = ParseDigitInteger(text)) {
      value = static_cast<double>(*v);
    } else if (auto d = ParseDecimal(text)) {
      value = *d;
      integral = false;
    } else {
      return std::nullopt;
    }
    const uint32_t flags = Flags(i + 1);
    if (flags & kCwScale) {
      value *= static_cast<double>(PowerOfTen(CountPayload(flags)));
      core.end = i + 2;
      integral = true;
    } else if (W(i + 1, "dozen")) {
      value *= 12;
      core.end = i + 2;
    }
    if (!integral) return std::nullopt;
    core.value = static_cast<int64_t>(std::llround(value));
    return core;
  }

  std::optional<Core> ReadArticleLed(uint32_t i) const {
    const uint32_t next = i + 1;
    Core core;
    core.end = next + 1;
    if (W(next, "dozen")) {
      core.value = 12;
      return core;
    }
    if (W(next, "score")) {
      core.value = 20;
      return core;
    }
    if (W(next, "couple") || W(next, "pair")) {
      core.value = 2;
      return core;
    }
    if (W(next, "few")) {
      core.value = options_.a_few;
      core.vague = true;
      return core;
    }
    if (W(next, "handful")) {
      core.value = 3;
      core.vague = true;
      return core;
    }
    const uint32_t flags = Flags(next);
    if (flags & kCwScale) {
      // "a hundred", "a thousand and fifty"
      core.value = PowerOfTen(CountPayload(flags));
      return core;
    }
    return std::nullopt;
  }

  std::optional<Core> ReadEstimate(uint32_t i) const {
    const std::string_view text = tokens_[i].text;
    Core core;
    core.end = i + 1;
    core.vague = true;
    // "tens of thousands", "hundreds of thousands"
    auto of_thousands = [&](int64_t base) {
      if (W(i + 1, "of") && W(i + 2, "thousands")) {
        core.end = i + 3;
        return base * 1000;
      }
      if (W(i + 1, "of") && W(i + 2, "millions")) {
        core.end = i + 3;
        return base * 1000000;
      }
      return base;
    };
    if (WordIs(text, "dozens"))
      core.value = 12;
    else if (WordIs(text, "dozen"))
      core.value = 12;
    else if (WordIs(text, "scores"))
      core.value = 20;
    else if (WordIs(text, "tens"))
      core.value = of_thousands(10);
    else if (WordIs(text, "hundreds"))
      core.value = of_thousands(100);
    else if (WordIs(text, "thousands"))
      core.value = 1000;
    else if (WordIs(text, "millions"))
      core.value = 1000000;
    else if (WordIs(text, "several"))
      core.value = options_.several;
    else
      return std::nullopt;
    if (WordIs(text, "tens") && core.end == i + 1 && !W(i + 1, "of")) return std::nullopt;
    return core;
  }

  // "twenty-one", "one hundred and twenty", "two thousand", "three dozen".
  std::optional<Core> ReadWords(uint32_t i) const {
    int64_t total = 0, current = 0;
    bool any = false, after_scale = false;
    uint32_t j = i;
    while (j < tokens_.size() && tokens_[j].kind == TokenKind::kWord) {
      const std::string_view text = tokens_[j].text;
      if (text.find('-') != std::string_view::npos) {
        int64_t sum = 0;
        size_t start = 0;
        bool ok = true;
        while (start <= text.size()) {
          size_t end = text.find('-', start);
          if (end == std::string_view::npos) end = text.size();
          const uint32_t flags = words_.table().Find(text.substr(start, end - start));
          if (!(flags & kCwNumber)) {
            ok = false;
            break;
          }
          sum += CountPayload(flags);
          start = end + 1;
        }
        if (!ok) break;
        current += sum;
        any = true;
        after_scale = false;
        ++j;
        continue;
      }
      const uint32_t flags = words_[j];
      if (flags & kCwNumber) {
        current += CountPayload(flags);
        any = true;
        after_scale = false;
        ++j;
        continue;
      }
      if ((flags & kCwScale) && any) {
        const int power = CountPayload(flags);
        if (power == 2) {
          current = (current ? current : 1) * 100;
        } else {
          total += (current ? current : 1) * PowerOfTen(power);
          current = 0;
        }
        after_scale = true;
        ++j;
        continue;
      }
      if (WordIs(text, "dozen") && any) {
        current = (current ? current : 1) * 12;
        ++j;
        continue;
      }
      if (WordIs(text, "and") && any && after_scale && (Flags(j + 1) & kCwNumber)) {
        ++j;
        continue;
      }
      break;
    }
    if (!any) return std::nullopt;
    return Core{total + current, std::nullopt, j, false};
  }

  const SentenceWords& words_;
  const CountReaderOptions& options_;
  std::span<const Token> tokens_;
};

}  // namespace

void BuildCountWords(ReadingWordTable& table) {
  for (uint32_t v = 0; v < std::size(kUnits); ++v) table.Add(kUnits[v], kCwNumber | v);
  for (uint32_t t = 0; t < std::size(kTens); ++t) table.Add(kTens[t], kCwNumber | (20 + 10 * t));
  table.Add("hundred", kCwScale | 2);
  table.Add("thousand", kCwScale | 3);
  table.Add("million", kCwScale | 6);
  table.Add("billion", kCwScale | 9);
  table.AddAll("dozens dozen scores tens hundreds thousands millions several", kCwEstimate);
  table.AddAll(
      "at no not more upwards in over above nearly almost about around approximately roughly "
      "some estimated circa close an just up as fewer less under a between",
      kCwModifier);
  table.AddAll(
      "people persons civilians soldiers troops servicemen servicewomen servicemembers members "
      "contractors fighters militants insurgents rebels militiamen gunmen attackers assailants "
      "policemen policewomen police officers officials guards personnel children kids women men "
      "boys girls babies infants toddlers students pupils worshippers worshipers pilgrims "
      "protesters protestors demonstrators journalists reporters photographers workers employees "
      "staff staffers doctors nurses medics paramedics farmers herders herdsmen villagers "
      "residents passengers pilots crewmen sailors marines airmen seamen commanders leaders "
      "jihadists jihadis terrorists extremists combatants recruits cadets conscripts prisoners "
      "detainees inmates hostages captives refugees migrants bystanders pedestrians shoppers "
      "others victims relatives brothers sons daughters sisters teenagers teens youths adults "
      "elders clerics imams priests monks tourists visitors foreigners nationals citizens agents "
      "diplomats lawmakers politicians candidates judges lawyers teachers engineers technicians "
      "traders merchants drivers truckers fishermen miners shepherds hunters bodyguards "
      "guardsmen gendarmes rangers peacekeepers volunteers suspects kidnappers smugglers "
      "traffickers bandits pirates looters rioters infiltrators operatives paramilitaries "
      "individuals humans mourners guests customers patients troopers deputies spies informants "
      "collaborators defectors snipers bombers tribesmen clansmen scientists generals colonels "
      "guerrillas partisans loyalists separatists settlers aides bodyguards relatives",
      kCwPersonPlural);
  table.AddAll(
      "person civilian soldier serviceman servicewoman servicemember member contractor fighter "
      "militant insurgent rebel militiaman gunman attacker assailant policeman policewoman "
      "officer official guard child kid woman man boy girl baby infant toddler student pupil "
      "worshipper pilgrim protester protestor demonstrator journalist reporter photographer "
      "worker employee doctor nurse medic paramedic farmer herder herdsman villager resident "
      "passenger pilot crewman sailor marine airman seaman commander leader jihadist terrorist "
      "extremist combatant recruit cadet conscript prisoner detainee inmate hostage captive "
      "refugee migrant bystander pedestrian shopper victim relative brother son daughter sister "
      "mother father wife husband teenager teen youth adult elder cleric imam priest monk "
      "tourist visitor foreigner national citizen agent diplomat lawmaker politician candidate "
      "judge lawyer teacher engineer technician trader merchant driver trucker fisherman miner "
      "shepherd hunter bodyguard guardsman gendarme ranger peacekeeper volunteer suspect "
      "kidnapper smuggler trafficker bandit pirate looter rioter infiltrator operative "
      "paramilitary individual spokesman general colonel lieutenant captain sergeant brigadier "
      "mayor governor minister scientist physicist envoy ambassador president chief cousin "
      "nephew uncle grandson granddaughter mourner guest customer patient trooper deputy spy "
      "informant defector sniper bomber tribesman guerrilla settler aide",
      kCwPersonSingular);
  table.AddAll("deaths death fatalities fatality", kCwCasualtyNoun | 1);
  table.AddAll("injuries injury", kCwCasualtyNoun | 2);
  table.AddAll("casualties casualty", kCwCasualtyNoun | 3);
  table.AddAll(
      "rockets rocket missiles missile drones drone mortars mortar shells shell bombs bomb "
      "grenades grenade ieds ied projectiles projectile katyushas katyusha warheads devices "
      "munitions uavs uav torpedoes torpedo mines",
      kCwWeapon);
  table.AddAll(
      "vehicles vehicle cars car trucks truck buses bus houses house homes home buildings "
      "building shops shop stores tents boats boat ships ship aircraft planes plane helicopters "
      "helicopter jets jet tanks tank km kilometers kilometres miles mile meters metres feet "
      "percent days day hours hour minutes minute years year weeks week months month times "
      "villages village towns town cities city districts provinces countries points dollars "
      "euros tons tonnes barrels a.m. p.m. am pm gmt o'clock locations sites bases base "
      "positions checkpoints targets facilities attacks attack strikes strike incidents raids "
      "raid operations rounds talks sessions votes seats which whom them those these "
      "families groups units battalions brigades companies sides force forces unit station "
      "stations post posts headquarters convoy convoys patrol patrols camp camps compound "
      "compounds office offices school schools hospital hospitals detail team teams",
      kCwThing);
  table.AddAll(
      "was were is are be been being has have had will would could should may might must can "
      "do does did and or but nor in on at by for from with to of into onto over under after "
      "before during since near inside outside across along against among between through "
      "toward towards as than that which who whom whose when where while including include "
      "includes killed killing kill kills dead died die dies dying wounded wounding injured "
      "injuring hurt slain reportedly allegedly also all both each later earlier then still now "
      "yesterday today tonight according said say says told the a an this these those their "
      "his her its our my your there here not no never if because so monday tuesday wednesday "
      "thursday friday saturday sunday overnight",
      kCwStop);
  table.AddAll(
      "was were is are be been being has have had get got gets reportedly allegedly also all "
      "both later subsequently initially seriously critically badly slightly lightly mortally "
      "fatally gravely severely reported confirmed believed feared found left said thought "
      "to who apparently each either mostly shot may might could would will else",
      kCwAuxiliary);
  table.AddAll(
      "killed dead died dies die slain murdered executed massacred beheaded assassinated "
      "perished",
      kCwParticiple | 1);
  table.AddAll("wounded injured hurt maimed hospitalized hospitalised", kCwParticiple | 2);
  table.AddAll(
      "kill kills killed killing murdered massacred executed slaughtered assassinated beheaded "
      "murdering massacring executing slaughtering",
      kCwActiveVerb | 1);
  table.AddAll("wound wounds wounded wounding injure injures injured injuring hurt hurting maimed",
               kCwActiveVerb | 2);
  table.AddAll(
      "kill kills killed killing killings dead death deaths died die dies dying wound wounds "
      "wounded wounding injure injures injured injuring injury injuries hurt hurting casualty "
      "casualties toll tally fatalities fatality lives slain massacred executed murdered "
      "perished maimed beheaded assassinated hospitalized hospitalised gunned shot",
      kCwTrigger);
  table.AddAll(
      "rockets rocket missiles missile drones drone mortars shells bombs grenades ieds "
      "projectiles katyushas warheads",
      kCwTrigger);
  table.AddAll("including includes included among mostly mainly chiefly incl.", kCwSubsetCue);
  table.AddAll("not n't never without no didn't don't doesn't wasn't weren't hasn't haven't",
               kCwNegation);
  table.AddAll("the his her their its", kCwDeterminer);
  table.AddAll(
      "january jan jan. february feb feb. march mar mar. april apr apr. may june jun jun. july "
      "jul jul. august aug aug. september sep sep. sept sept. october oct oct. november nov nov. "
      "december dec dec.",
      kCwMonth);
  table.AddAll(
      "to at of reached hit passed surpassed topped exceeded is was stood stands now climbed "
      "rose risen jumped climbed",
      kCwTollVerb);
}

std::optional<NumberRead> ReadNumber(const SentenceWords& words, const CountReaderOptions& options,
                                     std::span<const Token> tokens, uint32_t at,
                                     bool allow_article) {
  if (at >= tokens.size()) return std::nullopt;
  NumberScanner scan(words, options, tokens);
  auto W = [&](uint32_t k, std::string_view lower) { return scan.W(k, lower); };
  QuantityBound bound = QuantityBound::kExact;
  uint32_t i = at;
  bool between = false;
  if (tokens[at].kind == TokenKind::kWord && (scan.Flags(at) & kCwModifier)) {
    if (W(i, "at") && W(i + 1, "least")) {
      bound = QuantityBound::kAtLeast;
      i += 2;
    } else if (W(i, "at") && W(i + 1, "most")) {
      bound = QuantityBound::kAtMost;
      i += 2;
    } else if ((W(i, "no") || W(i, "not")) && (W(i + 1, "fewer") || W(i + 1, "less")) &&
               W(i + 2, "than")) {
      bound = QuantityBound::kAtLeast;
      i += 3;
    } else if (W(i, "no") && W(i + 1, "more") && W(i + 2, "than")) {
      bound = QuantityBound::kAtMost;
      i += 3;
    } else if (W(i, "more") && W(i + 1, "than")) {
      bound = QuantityBound::kAtLeast;
      i += 2;
    } else if (W(i, "upwards") && W(i + 1, "of")) {
      bound = QuantityBound::kAtLeast;
      i += 2;
    } else if (W(i, "in") && W(i + 1, "excess") && W(i + 2, "of")) {
      bound = QuantityBound::kAtLeast;
      i += 3;
    } else if (W(i, "over") || W(i, "above")) {
      bound = QuantityBound::kAtLeast;
      i += 1;
    } else if (W(i, "nearly") || W(i, "almost") || W(i, "about") || W(i, "around") ||
               W(i, "approximately") || W(i, "roughly") || W(i, "some") || W(i, "estimated") ||
               W(i, "circa")) {
      bound = QuantityBound::kAbout;
      i += 1;
    } else if ((W(i, "close") && W(i + 1, "to")) || (W(i, "an") && W(i + 1, "estimated")) ||
               (W(i, "just") && (W(i + 1, "under") || W(i + 1, "over")))) {
      bound = QuantityBound::kAbout;
      i += 2;
    } else if (W(i, "up") && W(i + 1, "to")) {
      bound = QuantityBound::kAtMost;
      i += 2;
    } else if (W(i, "as") && W(i + 1, "many") && W(i + 2, "as")) {
      bound = QuantityBound::kAtMost;
      i += 3;
    } else if ((W(i, "fewer") || W(i, "less")) && W(i + 1, "than")) {
      bound = QuantityBound::kLessThan;
      i += 2;
    } else if (W(i, "under")) {
      bound = QuantityBound::kLessThan;
      i += 1;
    } else if (W(i, "a") && W(i + 1, "total") && W(i + 2, "of")) {
      i += 3;
    } else if (W(i, "between")) {
      between = true;
      i += 1;
    }
  }
  auto core = scan.ReadCore(i);
  if (!core) {
    if (allow_article && i == at &&
        (W(at, "a") || W(at, "an") || W(at, "another") || W(at, "one"))) {
      NumberRead read;
      read.quantity.value = 1;
      read.quantity.first_token = at;
      read.quantity.end_token = at + 1;
      read.article = true;
      return read;
    }
    return std::nullopt;
  }
  Quantity q;
  q.value = core->value;
  q.high = core->high;
  q.vague = core->vague;
  q.bound = core->high ? QuantityBound::kRange : bound;
  q.first_token = at;
  uint32_t end = core->end;
  if (between) {
    if (!W(end, "and")) return std::nullopt;
    auto high = scan.ReadCore(end + 1);
    if (!high || high->value <= q.value) return std::nullopt;
    q.high = high->value;
    q.bound = QuantityBound::kRange;
    end = high->end;
  } else if (!q.high && end < tokens.size()) {
    if (W(end, "or") && W(end + 1, "so")) {
      q.bound = QuantityBound::kAbout;
      end += 2;
    } else if (W(end, "or") && W(end + 1, "more")) {
      q.bound = QuantityBound::kAtLeast;
      end += 2;
    } else if (W(end, "to") || W(end, "or") || IsDashToken(tokens[end])) {
      if (auto high = scan.ReadCore(end + 1); high && !high->high && high->value > q.value &&
                                              tokens[end + 1].kind == tokens[core->end - 1].kind) {
        q.high = high->value;
        q.bound = QuantityBound::kRange;
        end = high->end;
      }
    }
  }
  q.end_token = end;
  return NumberRead{q, false};
}

}  // namespace casus::reading
