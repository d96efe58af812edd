// casus — the compiled knowledge base: who the actors are, what they are
// called, which offices people held and who stands behind whom, over time.
//
// A KnowledgeBase is loaded once from `.kb` files (docs/knowledge-base.md)
// and/or PETRARCH actor and agent dictionaries, checked (unknown keys,
// duplicate ids, bad dates, relations to unknown ids are errors reported as
// "file:line: message"), and is immutable afterwards.
//
// Thread safety: immutable after Load(); all methods are const and safe to
// call from many threads. Movable, not copyable (it owns large tables);
// records keep their addresses when the KnowledgeBase is moved.
#ifndef CASUS_KB_KNOWLEDGE_BASE_H_
#define CASUS_KB_KNOWLEDGE_BASE_H_

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "casus/date.h"
#include "casus/status.h"
#include "kb/kb_types.h"

namespace casus {

// An office held by a person: `title` at organisation `org` during `when`.
struct Role {
  std::string title;
  uint32_t title_key = 0;  // see KnowledgeBase::TitleKey
  ActorIndex org = kNoActor;
  DateRange when;
};

// How the spelling of an entry's names constrains letter case in text.
enum class NameCase : uint8_t {
  kFromSpelling,  // casus files: "US" needs capitals, "Hamas" a capital first letter
  kProperName,    // PETRARCH actor phrases (all upper case in the file)
  kAnyCase,       // PETRARCH agent phrases
};

// One actor (entry) of the knowledge base.
struct ActorRecord {
  std::string id;
  std::string name;
  ActorKind kind = ActorKind::kUnknown;
  ActorCode country;  // ISO alpha-3 or empty
  ActorCode sector;   // GOV, MIL, REB, ... or empty
  ActorCode cameo;    // the undated CAMEO code (agents: "~COP"-style suffix)
  std::vector<DatedCode> dated_codes;
  std::vector<std::string> aliases;
  // Names the actor bears only in reports from its own country (the
  // dateline's): "Democratic Party" in a report from Seoul is South
  // Korea's; elsewhere the words are another actor's, or no one's.
  std::vector<std::string> home_aliases;
  std::vector<std::string> demonyms;
  std::vector<std::string> capitals;
  // (International bodies) where the body sits (`seat: New York, USA`): the
  // town and its country's ISO alpha-3 code; empty for any other.
  std::string seat_town;
  ActorCode seat_country;
  std::vector<std::string> notes;
  std::vector<ActorKind> refers;  // agents: kinds a definite "the militia" may refer back to
  std::vector<Role> roles;
  std::vector<uint32_t> relations;  // outgoing, indexes into KnowledgeBase::relation()
  std::vector<uint32_t> incoming;   // relations whose object is this actor
  NameCase name_case = NameCase::kFromSpelling;
  bool implied = false;  // a sector organ implied by a state entry (see the format doc)
  uint32_t file = 0;     // index into KnowledgeBase::files()
  uint32_t line = 0;
};

struct RelationRecord {
  ActorIndex subject = kNoActor;
  ActorIndex object = kNoActor;
  RelationType type = RelationType::kAlliedWith;
  DateRange when;
  double confidence = 1.0;
  std::string note;
  uint32_t file = 0;
  uint32_t line = 0;
};

// The way from an actor to the states behind it on one date.
struct SponsorChain {
  struct Step {
    uint32_t relation = 0;  // index into KnowledgeBase::relation()
    uint32_t depth = 1;     // 1 = an edge of the starting actor
    double confidence = 1;  // product of confidences from the start
  };
  std::vector<Step> steps;               // breadth-first, every edge taken
  std::vector<std::string> sponsors;     // ISO alpha-3 codes, strongest first
  std::vector<double> confidence;        // parallel to sponsors
  std::vector<ActorIndex> state_actors;  // the state-kind actors reached
};

// One input of Load: a `.kb` file or a PETRARCH dictionary given as text.
struct KbSource {
  enum class Format : uint8_t { kCasus, kPetrarchActors, kPetrarchAgents };
  std::string name;  // used in messages ("file:line: ...")
  std::string text;
  Format format = Format::kCasus;
};

class KnowledgeBase {
 public:
  // Loads every `*.kb` file of each directory (sorted by name) and each
  // named file. Files not ending in `.kb` are PETRARCH dictionaries: agent
  // dictionaries when the file name contains "agent", actor dictionaries
  // otherwise. Fails with InvalidInput listing every error as
  // "file:line: message", or IoError / NotFound for unreadable paths.
  static Result<KnowledgeBase> Load(std::span<const std::string> paths);
  // Loads the bundled knowledge base found by FindDataFile("kb").
  static Result<KnowledgeBase> LoadDefault();
  // Builds from in-memory sources (tests, fuzzing).
  static Result<KnowledgeBase> FromSources(std::span<const KbSource> sources);

  KnowledgeBase(KnowledgeBase&&) noexcept;
  KnowledgeBase& operator=(KnowledgeBase&&) noexcept;
  KnowledgeBase(const KnowledgeBase&) = delete;
  KnowledgeBase& operator=(const KnowledgeBase&) = delete;
  ~KnowledgeBase();

  size_t size() const;
  const ActorRecord& actor(ActorIndex index) const;
  size_t relation_count() const;
  const RelationRecord& relation(uint32_t index) const;
  const std::vector<std::string>& files() const;
  // "file:line" of an entry or a relation.
  std::string Where(uint32_t file, uint32_t line) const;
  // Non-fatal notes from loading (e.g. unreadable dates in PETRARCH files).
  const std::vector<std::string>& warnings() const;

  std::optional<ActorIndex> FindId(std::string_view id) const;
  // Actors whose name, alias, demonym or capital has the same NormalizeKey.
  std::span<const ActorIndex> FindName(std::string_view name) const;
  // The state entry of an ISO alpha-3 country code.
  std::optional<ActorIndex> StateOf(std::string_view country) const;
  // Whether `part` is part of `whole`, directly or through one body between
  // ("the Quds Force" of the IRGC, and of Iran), whatever the dates.
  bool IsPartOf(ActorIndex part, ActorIndex whole) const;

  // The actor's CAMEO code on `date` (dated codes first, then `cameo`, then
  // country + sector).
  ActorCode CameoOn(ActorIndex index, const std::optional<Date>& date) const;
  // Outgoing relations of `index` valid on `date` (all when date is nullopt).
  std::vector<uint32_t> RelationsOn(ActorIndex index, const std::optional<Date>& date) const;
  // Follows front_of/proxy_of/backed_by/member_of/part_of edges valid on
  // `date` until actors of kind state/government/military/intelligence;
  // their countries are the sponsors. The start's own country counts only
  // when a backed_by or proxy_of edge lies on the path (a unit of its own
  // state's forces is not sponsored by it). Cycles are cut.
  SponsorChain SponsorsOf(ActorIndex index, const std::optional<Date>& date) const;
  // The same by KB id; nullopt for an unknown id.
  std::optional<SponsorChain> SponsorsOf(std::string_view id,
                                         const std::optional<Date>& date) const;

  // The canonical key of an office title: titles listed as `kind: title`
  // entries share the key of that entry ("Defense Secretary" and
  // "Secretary of Defense"); other role titles key on their own wording.
  std::optional<uint32_t> TitleKey(std::string_view title) const;
  // The sector an office implies (its title entry's sector, or the sector of
  // the organisation of the role it came from); may be empty ("leader").
  std::string_view TitleSector(uint32_t title_key) const;
  // People holding office `title_key` on `date` at an organisation of
  // `country` (any country when empty).
  std::vector<ActorIndex> RoleHolders(uint32_t title_key, std::string_view country,
                                      const std::optional<Date>& date) const;
  // Convenience: RoleHolders(TitleKey(title)...), empty for unknown titles.
  std::vector<ActorIndex> RoleHolders(std::string_view title, std::string_view country,
                                      const std::optional<Date>& date) const;
  // People holding office `title_key` at organisation `org` on `date`.
  std::vector<ActorIndex> RoleHoldersAt(uint32_t title_key, ActorIndex org,
                                        const std::optional<Date>& date) const;
  std::vector<ActorIndex> RoleHoldersAt(std::string_view title, ActorIndex org,
                                        const std::optional<Date>& date) const;
  // The role of `person` valid on `date`, or nullptr (the latest-starting
  // one when several hold).
  const Role* RoleOn(ActorIndex person, const std::optional<Date>& date) const;

  struct Data;  // the compiled tables (defined in knowledge_base.cc)

 private:
  explicit KnowledgeBase(std::unique_ptr<Data> data);
  std::unique_ptr<Data> data_;
  friend class KbBuilder;
};

}  // namespace casus

#endif  // CASUS_KB_KNOWLEDGE_BASE_H_
