#include "code/event_dictionary.h"

#include <set>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_set>

#include "code/petrarch_verbs.h"

namespace casus {
namespace {

namespace fs = std::filesystem;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> Split(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    const size_t pos = s.find(separator, start);
    parts.push_back(Trim(s.substr(start, pos == std::string_view::npos ? pos : pos - start)));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return parts;
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> words;
  for (std::string_view part : Split(s, ' ')) {
    if (part.empty()) continue;
    std::string word(part);
    std::transform(word.begin(), word.end(), word.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    words.push_back(std::move(word));
  }
  return words;
}

struct PloverTypeModes {
  const char* type;
  std::vector<std::string_view> modes;
};

const std::vector<PloverTypeModes>& PloverTable() {
  static const std::vector<PloverTypeModes> kTable = {
      {"AGREE", {}},
      {"CONSULT", {"visit", "third-party", "multilateral", "phone"}},
      {"SUPPORT", {}},
      {"CONCEDE", {}},
      {"COOPERATE", {}},
      {"AID", {}},
      {"RETREAT", {"withdraw", "release", "disarm", "ceasefire", "access", "resign"}},
      {"REQUEST", {"assist", "change", "yield", "meet"}},
      {"ACCUSE", {"disapprove", "investigate", "allege"}},
      {"REJECT", {"assist", "change", "yield", "meet"}},
      {"THREATEN", {"restrict", "arrest", "relations", "expel", "territory", "violence"}},
      {"PROTEST", {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}},
      {"SANCTION", {"convict", "expel", "withdraw", "discontinue"}},
      {"MOBILIZE", {"troops", "weapons", "police", "militia"}},
      {"COERCE",
       {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
        "misinformation", "cyber"}},
      {"ASSAULT",
       {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
        "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
        "unconventional"}},
  };
  return kTable;
}

std::vector<std::string> ModeNamesOfAllTypes() {
  std::vector<std::string> all;
  for (const auto& entry : PloverTable()) {
    for (std::string_view mode : entry.modes) all.emplace_back(mode);
  }
  return all;
}

}  // namespace

std::vector<const Trigger*>& TriggerIndex::operator[](const std::string& key) {
  may_hold_.set(Fingerprint(key));
  return map_[key];
}

const std::vector<const Trigger*>& TriggerIndex::Find(std::string_view key) const {
  static const std::vector<const Trigger*> kNone;
  if (!may_hold_.test(Fingerprint(key))) return kNone;
  const auto it = map_.find(key);
  return it == map_.end() ? kNone : it->second;
}

bool IsPloverType(std::string_view type) {
  for (const auto& entry : PloverTable()) {
    if (type == entry.type) return true;
  }
  return false;
}

bool IsPloverMode(std::string_view type, std::string_view mode) {
  for (const auto& entry : PloverTable()) {
    if (type == entry.type) {
      return std::find(entry.modes.begin(), entry.modes.end(), mode) != entry.modes.end();
    }
  }
  return false;
}

Result<EventDictionary> EventDictionary::Load(const std::vector<std::string>& paths) {
  EventDictionary dictionary;
  std::vector<fs::path> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      for (const auto& entry : fs::recursive_directory_iterator(path, ec)) {
        if (entry.is_regular_file() && entry.path().extension() == ".dict") {
          files.push_back(entry.path());
        }
      }
    } else if (fs::exists(path, ec)) {
      files.emplace_back(path);
    } else {
      return Status::NotFound("event dictionary '" + path + "' does not exist");
    }
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return Status::IoError("cannot read event dictionary " + file.string());
    std::stringstream buffer;
    buffer << in.rdbuf();
    Status status = LooksLikePetrarchVerbs(file.string(), buffer.str())
                        ? AddPetrarchVerbs(buffer.str(), file.string(), dictionary)
                        : dictionary.AddText(buffer.str(), file.string());
    if (!status.ok()) return status;
  }
  if (dictionary.size() == 0) return Status::InvalidInput("the event dictionary is empty");
  dictionary.AddBritishSpellings();
  return dictionary;
}

// "mobilisation", "criticise": the -ise spelling of every -ize word that
// the dictionary does not list itself.
void EventDictionary::AddBritishSpellings() {
  const auto british = [](const std::string& word) {
    std::string out = word;
    for (size_t at = out.find("iz"); at != std::string::npos; at = out.find("iz", at + 2)) {
      // ("seize", "prize": a short stem is no -ize.)
      if (at >= 4 && at + 2 < out.size() &&
          (out[at + 2] == 'e' || out[at + 2] == 'a' || out[at + 2] == 'i')) {
        out[at + 1] = 's';
      }
    }
    return out;
  };
  std::set<std::pair<TriggerKind, std::vector<std::string>>> listed;
  for (const auto& trigger : triggers_) listed.emplace(trigger->kind, trigger->words);
  const size_t count = triggers_.size();
  for (size_t k = 0; k < count; ++k) {
    auto variant = std::make_unique<Trigger>(*triggers_[k]);
    bool changed = false;
    for (std::string& word : variant->words) {
      std::string spelled = british(word);
      changed = changed || spelled != word;
      word = std::move(spelled);
    }
    if (!changed || !listed.emplace(variant->kind, variant->words).second) continue;
    Index(variant.get());
    triggers_.push_back(std::move(variant));
  }
}

Status EventDictionary::AddText(std::string_view text, std::string_view name) {
  static const std::vector<std::string> kModes = ModeNamesOfAllTypes();
  size_t line_number = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (const size_t hash = line.find('#'); hash != std::string_view::npos) {
      line = line.substr(0, hash);
    }
    line = Trim(line);
    if (line.empty()) {
      if (end == text.size()) break;
      continue;
    }
    const std::string where = std::string(name) + ":" + std::to_string(line_number);
    auto error = [&](const std::string& message) {
      return Status::InvalidInput(where + ": " + message);
    };
    const auto fields = Split(line, '|');
    if (fields.size() < 5 || fields.size() > 6) {
      return error("expected 'kind | words | type | mode | cameo | options', got " +
                   std::to_string(fields.size()) + " fields");
    }
    auto trigger = std::make_unique<Trigger>();
    trigger->origin = where;
    if (fields[0] == "verb") {
      trigger->kind = TriggerKind::kVerb;
    } else if (fields[0] == "noun") {
      trigger->kind = TriggerKind::kNoun;
    } else if (fields[0] == "weapon") {
      trigger->kind = TriggerKind::kWeapon;
    } else {
      return error("unknown kind '" + std::string(fields[0]) + "' (verb, noun or weapon)");
    }
    trigger->words = Words(fields[1]);
    if (trigger->words.empty()) return error("no words");
    const std::string type(fields[2]);
    trigger->code.mode = std::string(fields[3]);
    trigger->code.cameo = std::string(fields[4]);
    if (type == "LIGHT") {
      if (trigger->kind != TriggerKind::kVerb) return error("only verbs can be LIGHT");
      trigger->role = TriggerRole::kLight;
    } else if (!type.empty() && type != "-") {
      if (!IsPloverType(type)) return error("unknown PLOVER type '" + type + "'");
      trigger->code.type = type;
    } else if (trigger->kind != TriggerKind::kWeapon) {
      // Role-only verbs (speech, claim, deny...) may have no type of their own.
    }
    if (trigger->code.mode == "-") trigger->code.mode.clear();
    if (!trigger->code.mode.empty()) {
      const bool known =
          trigger->code.type.empty()
              ? std::find(kModes.begin(), kModes.end(), trigger->code.mode) != kModes.end()
              : IsPloverMode(trigger->code.type, trigger->code.mode);
      if (!known)
        return error("mode '" + trigger->code.mode + "' is not a PLOVER mode of " +
                     (trigger->code.type.empty() ? "any type" : trigger->code.type));
    }
    if (trigger->code.cameo == "-") trigger->code.cameo.clear();
    for (char c : trigger->code.cameo) {
      if (c < '0' || c > '9')
        return error("CAMEO code must be digits: '" + trigger->code.cameo + "'");
    }
    if (fields.size() == 6) {
      for (std::string_view option : Split(fields[5], ' ')) {
        if (option.empty()) continue;
        const size_t eq = option.find('=');
        const std::string_view key = option.substr(0, eq);
        const std::string_view value = eq == std::string_view::npos ? "" : option.substr(eq + 1);
        if (key == "target") {
          if (value == "subject") {
            trigger->target_is_subject = true;
          } else {
            for (auto prep : Split(value, ',')) trigger->target_preps.emplace_back(prep);
          }
        } else if (key == "source") {
          for (auto prep : Split(value, ',')) trigger->source_preps.emplace_back(prep);
        } else if (key == "mutual") {
          trigger->mutual = true;
        } else if (key == "casualty") {
          trigger->casualty = true;
        } else if (key == "vessel") {
          trigger->vessel = true;
        } else if (key == "weapon") {
          trigger->weapon = std::string(value);
          std::replace(trigger->weapon.begin(), trigger->weapon.end(), '_', ' ');
        } else if (key == "acled") {
          trigger->code.acled = std::string(value);
          std::replace(trigger->code.acled.begin(), trigger->code.acled.end(), '_', ' ');
        } else if (key == "role") {
          static const std::pair<std::string_view, TriggerRole> kRoles[] = {
              {"speech", TriggerRole::kSpeech}, {"claim", TriggerRole::kClaim},
              {"deny", TriggerRole::kDeny},     {"blame", TriggerRole::kBlame},
              {"front", TriggerRole::kFront},   {"back", TriggerRole::kBack},
              {"threat", TriggerRole::kThreat}, {"ally", TriggerRole::kAlly},
              {"member", TriggerRole::kMember}, {"none", TriggerRole::kNone},
              {"lead", TriggerRole::kLead},     {"part", TriggerRole::kPart}};
          bool found = false;
          for (const auto& [role_name, role] : kRoles) {
            if (value == role_name) {
              trigger->role = role;
              found = true;
            }
          }
          if (!found) return error("unknown role '" + std::string(value) + "'");
        } else {
          return error("unknown option '" + std::string(key) + "'");
        }
      }
    }
    if (trigger->kind != TriggerKind::kWeapon && trigger->role == TriggerRole::kEvent &&
        trigger->code.type.empty()) {
      return error("an event trigger needs a PLOVER type");
    }
    if (trigger->kind == TriggerKind::kWeapon && trigger->code.mode.empty()) {
      return error("a weapon needs a mode");
    }
    Index(trigger.get());
    triggers_.push_back(std::move(trigger));
    if (end == text.size()) break;
  }
  return Status::Ok();
}

void EventDictionary::Index(const Trigger* trigger) {
  auto& index = trigger->kind == TriggerKind::kVerb   ? verbs_
                : trigger->kind == TriggerKind::kNoun ? nouns_
                                                      : weapons_;
  const std::string& key =
      trigger->kind == TriggerKind::kVerb ? trigger->words.front() : trigger->words.back();
  auto& list = index[key];
  list.push_back(trigger);
  std::stable_sort(list.begin(), list.end(), [](const Trigger* a, const Trigger* b) {
    return a->words.size() > b->words.size();
  });
}

const std::vector<const Trigger*>& EventDictionary::VerbTriggers(std::string_view lemma) const {
  return verbs_.Find(lemma);
}

const std::vector<const Trigger*>& EventDictionary::NounTriggers(std::string_view head) const {
  return nouns_.Find(head);
}

const std::vector<const Trigger*>& EventDictionary::WeaponTriggers(std::string_view head) const {
  return weapons_.Find(head);
}

}  // namespace casus
