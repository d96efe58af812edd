#include "pipeline/pipeline.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <utility>

#include "assemble/document_assembler.h"
#include "assemble/event_sides.h"
#include "base/data_paths.h"
#include "base/word_lists.h"
#include "base/word_set.h"
#include "code/coding_words.h"
#include "code/event_dictionary.h"
#include "code/sentence_coder.h"
#include "geo/gazetteer.h"
#include "geo/place_resolver.h"
#include "geo/toponym_finder.h"
#include "geo/toponym_words.h"
#include "kb/actor_matcher.h"
#include "kb/knowledge_base.h"
#include "kb/normalize.h"
#include "nlp/attack_nouns.h"
#include "nlp/clause_analyzer.h"
#include "nlp/count_reader.h"
#include "nlp/date_resolver.h"
#include "nlp/hedge_detector.h"
#include "nlp/lemmatizer.h"
#include "nlp/participle_modifiers.h"
#include "nlp/pos_tagger.h"
#include "nlp/reading_words.h"
#include "pipeline/actor_finder.h"
#include "pipeline/sentence_dates.h"
#include "pipeline/sentence_places.h"
#include "pipeline/short_names.h"
#include "pipeline/unknown_persons.h"
#include "text/segmenter.h"
#include "text/token_shape.h"

namespace casus {

struct Pipeline::Impl {
  PipelineOptions options;
  TextSegmenter segmenter;
  std::optional<PosTagger> tagger;
  std::optional<Lemmatizer> lemmatizer;
  ClauseAnalyzer clause_analyzer;
  DateResolver date_resolver;
  CountReader count_reader;
  HedgeDetector hedge_detector;
  std::optional<KnowledgeBase> kb;
  std::unique_ptr<ActorFinder> actor_finder;
  std::optional<Gazetteer> gazetteer;
  std::unique_ptr<ToponymFinder> toponym_finder;
  std::unique_ptr<PlaceResolver> place_resolver;
  std::optional<EventDictionary> dictionary;
  std::unique_ptr<SentenceCoder> coder;
  std::unique_ptr<DocumentAssembler> assembler;
  bool debug = false;
};

namespace {

template <typename T>
Status Assign(Result<T> result, std::optional<T>& slot, std::string_view what) {
  if (!result.ok()) {
    return Status(result.status().code() == Status::Code::kNotFound
                      ? Status::NotFound(std::string(what) + ": " + result.status().message())
                      : Status::InvalidInput(std::string(what) + ": " + result.status().message()));
  }
  slot.emplace(std::move(result.value()));
  return Status::Ok();
}

// Per-call scratch space; one per Code() call, so Code() stays const.
struct Scratch {
  Segmentation segmentation;
  std::vector<PosTag> tags;
  std::string lemma_arena;
  std::vector<std::string_view> lemmas;
  ClauseAnalysis clauses;
  std::vector<ActorSpan> actors;
  std::vector<std::pair<uint32_t, uint32_t>> actor_ranges;
  std::vector<PlaceMention> places;
};

// CASUS_DEBUG=1 prints each sentence's analysis to standard error.
void DebugSentence(std::span<const Token> words, const Scratch& s, const SentenceFacts& f) {
  std::string line = "#" + std::to_string(f.index) + ":";
  for (size_t i = 0; i < words.size(); ++i) {
    line += " " + std::string(words[i].text) + "/" + std::string(PosTagName(s.tags[i])) + "/" +
            std::string(s.lemmas[i]);
  }
  std::fprintf(stderr, "%s\n", line.c_str());
  for (const ActorSpan& a : s.actors) {
    std::fprintf(stderr, "  actor [%u,%u) %s (%s %s %s) kind=%s kb=%d%s%s%s\n", a.begin, a.end,
                 a.actor.name.c_str(), a.actor.country.c_str(), a.actor.sector.c_str(),
                 a.actor.cameo.c_str(), a.kind.c_str(), a.kb_index,
                 a.compound.empty() ? "" : " compound=", a.compound.c_str(),
                 a.described_group ? " described" : "");
  }
  auto np_text = [&](int k) {
    if (k == kNone) return std::string("-");
    std::string out;
    for (uint32_t i = s.clauses.nps[k].begin; i < s.clauses.nps[k].end; ++i) {
      if (!out.empty()) out += ' ';
      out += words[i].text;
    }
    return out;
  };
  for (size_t k = 0; k < s.clauses.nps.size(); ++k) {
    const NounPhrase& np = s.clauses.nps[k];
    std::fprintf(stderr, "  np %zu [%s] head=%s of=%d poss=%d appos=%d conj=%d\n", k,
                 np_text(static_cast<int>(k)).c_str(), std::string(words[np.head].text).c_str(),
                 np.of_complement, np.possessor, np.apposition, np.conjunct);
  }
  for (const Clause& c : s.clauses.clauses) {
    auto np = np_text;
    const VerbGroup& vg = s.clauses.verbs[c.verb];
    std::fprintf(stderr, "  clause %s: subj=[%s] obj=[%s] agent=[%s] link=%d gov=%d%s%s%s\n",
                 std::string(words[vg.head].text).c_str(), np(c.subject).c_str(),
                 np(c.object).c_str(), np(c.agent).c_str(), static_cast<int>(c.link), c.governor,
                 vg.voice == Voice::kPassive ? " passive" : "", vg.negated ? " negated" : "",
                 vg.modal ? " modal" : "");
  }
  for (const EventMention& m : f.coding.events) {
    std::fprintf(stderr, "  event %s %s %s src=%s tgt=%s by=%s%s%s%s%s%s%s\n", m.code.type.c_str(),
                 m.code.mode.c_str(), m.code.cameo.c_str(),
                 m.source ? m.source->actor.name.c_str() : "-",
                 m.target ? m.target->actor.name.c_str() : "-",
                 m.speaker ? m.speaker->actor.name.c_str() : "-", m.nominal ? " nominal" : "",
                 m.casualty_only ? " casualty" : "", m.background ? " background" : "",
                 m.earlier ? " earlier" : "", m.about.empty() ? "" : " about=", m.about.c_str());
  }
  for (const ClaimMention& c : f.coding.claims) {
    std::fprintf(stderr, "  claim by %s (%s) type=%s\n", c.claimant.actor.name.c_str(),
                 c.claimant.kind.c_str(), c.event_type.c_str());
  }
  for (const RelationMention& r : f.coding.relations) {
    std::fprintf(stderr, "  relation %s (%s) %s %s (%s)\n", r.subject.actor.text.c_str(),
                 r.subject.kind.c_str(), r.relation.c_str(), r.object.actor.text.c_str(),
                 r.object.kind.c_str());
  }
  std::fprintf(stderr, "  date=%s hist=%d killed=%d injured=%d hedged=%d\n",
               f.date ? f.date->ToString().c_str() : "-", f.historical, f.killed.value_or(-1),
               f.injured.value_or(-1), f.hedged);
}

}  // namespace

Pipeline::Pipeline(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Pipeline::~Pipeline() = default;

Result<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  const char* debug = std::getenv("CASUS_DEBUG");
  impl->debug = debug != nullptr && *debug != '\0' && *debug != '0';
  Status status = Assign(options.tagger_model.empty() ? PosTagger::LoadDefault()
                                                      : PosTagger::Load(options.tagger_model),
                         impl->tagger, "part-of-speech model");
  if (!status.ok()) return status;
  status = Assign(Lemmatizer::LoadDefault(), impl->lemmatizer, "lemmatiser");
  if (!status.ok()) return status;
  status = Assign(options.kb_paths.empty() ? KnowledgeBase::LoadDefault()
                                           : KnowledgeBase::Load(options.kb_paths),
                  impl->kb, "knowledge base");
  if (!status.ok()) return status;
  impl->actor_finder = std::make_unique<ActorFinder>(*impl->kb);
  status = Assign(
      options.gazetteer.empty() ? Gazetteer::OpenDefault() : Gazetteer::Open(options.gazetteer),
      impl->gazetteer, "gazetteer");
  if (!status.ok()) return status;
  impl->toponym_finder = std::make_unique<ToponymFinder>(*impl->gazetteer);
  impl->place_resolver = std::make_unique<PlaceResolver>(*impl->gazetteer);
  std::vector<std::string> dictionary_paths = options.dictionary_paths;
  if (dictionary_paths.empty()) {
    auto found = FindDataFile("dict");
    if (!found.ok()) return found.status();
    dictionary_paths.push_back(found.value());
  }
  status = Assign(EventDictionary::Load(dictionary_paths), impl->dictionary, "event dictionary");
  if (!status.ok()) return status;
  impl->coder = std::make_unique<SentenceCoder>(&*impl->dictionary);
  const KnowledgeBase* kb = &*impl->kb;
  const PlaceResolver* places = impl->place_resolver.get();
  AssemblerOptions assembler_options{options.emit_mentions, nullptr};
  assembler_options.capital_of = [places](std::string_view iso3) {
    return places->CapitalOf(iso3);
  };
  assembler_options.country_of = [places](std::string_view iso3) {
    return places->CountryOf(iso3);
  };
  assembler_options.state_of = [kb](std::string_view iso3) -> std::optional<ActorSpan> {
    const auto state = kb->StateOf(iso3);
    if (!state) return std::nullopt;
    ActorSpan span;
    span.kind = "state";
    span.kb_index = static_cast<int>(*state);
    span.actor = ToActor(*kb, *state, std::nullopt);
    return span;
  };
  assembler_options.within = [places](const Location& inner, const Location& area) {
    return places->Within(inner, area);
  };
  assembler_options.part_of = [kb](int part, int whole) {
    return part >= 0 && whole >= 0 &&
           kb->IsPartOf(static_cast<ActorIndex>(part), static_cast<ActorIndex>(whole));
  };
  assembler_options.seat_of =
      [kb, places](int kb_index, const std::optional<Date>& date) -> std::optional<Location> {
    if (kb_index < 0) return std::nullopt;
    auto seat = [&](const ActorRecord& body) {
      return places->TownNamed(body.seat_town, body.seat_country.view());
    };
    const ActorRecord& actor = kb->actor(static_cast<ActorIndex>(kb_index));
    if (!actor.seat_town.empty()) return seat(actor);
    if (actor.kind != ActorKind::kPerson) return std::nullopt;
    for (const Role& role : actor.roles) {
      if (role.org != kNoActor && role.when.HoldsOn(date) &&
          !kb->actor(role.org).seat_town.empty()) {
        return seat(kb->actor(role.org));
      }
    }
    return std::nullopt;
  };
  impl->assembler = std::make_unique<DocumentAssembler>(
      std::move(assembler_options), [kb](const ActorSpan& actor, const std::optional<Date>& date) {
        if (actor.kb_index < 0) return std::vector<std::string>{};
        return kb->SponsorsOf(static_cast<ActorIndex>(actor.kb_index), date).sponsors;
      });
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(impl)));
}

const KnowledgeBase& Pipeline::knowledge_base() const { return *impl_->kb; }

namespace {

// The country a report comes from, by its dateline alone ("SEOUL —"), or
// empty: its actors' home names are read ("the Democratic Party" in a
// report from Seoul is South Korea's). The dateline's place mentions are
// appended to `places` (empty before), where the document's places begin.
std::string HomeCountry(const Pipeline::Impl& p, const Segmentation& segmentation,
                        std::vector<PlaceMention>& places) {
  if (!segmentation.dateline) return {};
  const Sentence& d = *segmentation.dateline;
  p.toponym_finder->FindDateline(
      std::span<const Token>(segmentation.tokens.data() + d.first_token, d.size()), UINT32_MAX,
      &places);
  if (places.empty()) return {};
  for (const ResolvedPlace& place : p.place_resolver->Resolve(places, PlaceContext{})) {
    if (place.accepted) return place.location.country;
  }
  return {};
}

}  // namespace

CodedDocument Pipeline::Code(const Document& document) const {
  const Impl& p = *impl_;
  Scratch s;
  p.segmenter.Segment(document.text, s.segmentation);
  const auto& tokens = s.segmentation.tokens;
  const auto& sentences = s.segmentation.sentences;

  std::vector<SentenceFacts> facts(sentences.size());
  std::vector<std::string> countries;
  const std::string home = HomeCountry(p, s.segmentation, s.places);
  ShortNames short_names;          // "the Guards" after "Iran's Revolutionary Guards"
  UnknownPersons unknown_persons;  // "Mohammad Jamshidi, a senior aide to ...", "Jamshidi"
  // The day the latest sentence with a date told of, an act's or a speech's.
  std::optional<Date> last_day;
  DatePrecision last_day_precision = DatePrecision::kDay;
  // The date the sentence before said something on ("said on Wednesday"),
  // with or without an event of its own.
  std::optional<Date> said_before;
  DatePrecision said_before_precision = DatePrecision::kDay;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& sentence = sentences[i];
    const std::span<const Token> words(tokens.data() + sentence.first_token, sentence.size());
    SentenceFacts& f = facts[i];
    f.index = static_cast<uint32_t>(i);
    std::optional<Date> said_here;  // "said on Wednesday"
    DatePrecision said_here_precision = DatePrecision::kDay;
    f.evidence = Evidence{static_cast<uint32_t>(i), sentence.start, sentence.end,
                          document.text.substr(sentence.start, sentence.end - sentence.start)};
    if (words.empty()) continue;

    s.tags.resize(words.size());
    p.tagger->Tag(words, s.tags);
    p.lemmatizer->LemmatizeSentence(words, s.tags, s.lemma_arena, s.lemmas);
    RetagAttackNouns(words, s.tags, s.lemmas);
    RetagParticipleModifiers(words, s.tags);

    p.actor_finder->Find(words, s.tags, s.lemmas, document.date, s.actors, home);
    short_names.AddSentence(words, s.tags, s.actors);
    unknown_persons.AddSentence(words, s.tags, s.actors);
    p.actor_finder->GroupsOfLeaders(words, document.date, s.actors);
    s.actor_ranges.clear();
    for (const ActorSpan& span : s.actors) {
      // Names hold together as one phrase; a pronoun is a phrase of its own.
      if (span.kind != "anaphor") s.actor_ranges.emplace_back(span.begin, span.end);
      if (!span.actor.country.empty()) countries.push_back(span.actor.country);
    }
    p.clause_analyzer.Analyze(TaggedSentence{words, s.tags, s.lemmas, s.actor_ranges}, s.clauses);
    p.coder->Code(SentenceInput{f.index, words, s.tags, s.lemmas, &s.clauses, s.actors}, f.coding);
    p.actor_finder->StatedLeaderships(words, s.actors, document.date, f.coding.relations);
    p.actor_finder->StatedParts(words, s.lemmas, s.actors, document.date, f.coding.relations);
    if (p.debug) DebugSentence(words, s, f);
    f.actors = s.actors;

    if (p.date_resolver.MayContainDate(words)) {
      bool historical = false;
      std::vector<DateMention> possessive;  // "Sunday's attack"
      const std::vector<DateMention> dates = p.date_resolver.Find(words, document.date);
      // "has claimed responsibility for the abduction of 200 schoolgirls
      // last month and threatened to sell them, in a video obtained on
      // Monday": a date closing the phrase of an act named by a noun is that
      // act's, when a later date is left for the rest.
      auto named_act_of = [&](const DateMention& date) -> EventMention* {
        for (EventMention& m : f.coding.events) {
          if (!m.nominal || m.trigger >= date.first_token || m.trigger + 12 < date.first_token) {
            continue;
          }
          bool verb_between = false;
          for (uint32_t k = m.trigger + 1; k < date.first_token; ++k) {
            verb_between = verb_between || IsVerb(s.tags[k]) || s.tags[k] == PosTag::kComma;
          }
          if (!verb_between) return &m;
        }
        return nullptr;
      };
      // (Not a date of a relative clause, "an air campaign that Israel
      // began on June 13", nor of the report.)
      auto free_date_after = [&](const DateMention& first) {
        return std::any_of(dates.begin(), dates.end(), [&](const DateMention& d) {
          if (d.first_token <= first.end_token || d.role != DateRole::kEventDate || d.reporting ||
              named_act_of(d) != nullptr) {
            return false;
          }
          for (uint32_t k = first.end_token; k < d.first_token; ++k) {
            if (s.tags[k] == PosTag::kWDT || s.tags[k] == PosTag::kWP) return false;
          }
          return true;
        });
      };
      std::vector<std::pair<DateMention, EventMention*>> act_dates;
      for (const DateMention& date : dates) {
        // ("the April 7 attack on Douma": a date before an act's noun is
        // that act's, as a possessive one is.)
        const bool attributive =
            std::any_of(f.coding.events.begin(), f.coding.events.end(), [&](const EventMention& m) {
              return m.nominal && m.trigger >= date.end_token && m.trigger <= date.end_token + 1 &&
                     date.first_token > 0 && s.lemmas[date.first_token - 1] == "the" &&
                     (m.trigger == date.end_token || IsAdjective(s.tags[date.end_token]));
            });
        if (date.role == DateRole::kEventDate && date.end_token < words.size() &&
            (IsPossessiveToken(words[date.end_token].text) || attributive)) {
          possessive.push_back(date);
        }
        if (p.debug) {
          std::fprintf(stderr, "  date [%u,%u) %s %s%s\n", date.first_token, date.end_token,
                       date.date.ToString().c_str(), std::string(ToString(date.role)).c_str(),
                       date.reporting ? " reporting" : "");
        }
        if (date.role == DateRole::kEventDate && !date.reporting && !f.date) {
          if (InSetOffRelative(date, s.tags, f.coding.events)) continue;
          if (EventMention* act = named_act_of(date); act != nullptr && free_date_after(date)) {
            act_dates.emplace_back(date, act);
            continue;
          }
          f.date = date.date;
          f.date_precision = date.precision;
          MarkPerfectBeforeALaterDay(date, s.tags, s.lemmas, f.coding.events);
        }
        if (date.role == DateRole::kEventDate && date.reporting && !said_here) {
          said_here = date.date;
          said_here_precision = date.precision;
        }
        // "Bagheri warned on Sunday that ...": a date of a speech act is the
        // date of an event the speech act is.
        if (date.role == DateRole::kEventDate && date.reporting && !f.date &&
            DatesAnEvent(date, words, s.lemmas, f.coding.events)) {
          f.date = date.date;
          f.date_precision = date.precision;
        }
        if (date.role == DateRole::kHistorical) {
          historical = true;
          MarkDatedInThePast(date, s.tags, s.lemmas, f.coding.events);
        }
      }
      // "Tension had been rising since Israeli troops arrested Bassem
      // al-Saadi ... in a raid in Jenin on Monday": an act told as the time
      // of another, with a day of its own in its clause, is an event of
      // that day.
      for (const DateMention& date : dates) {
        if (date.role != DateRole::kEventDate || date.reporting ||
            date.precision != DatePrecision::kDay) {
          continue;
        }
        for (EventMention& m : f.coding.events) {
          if (!m.earlier || !m.background || m.nominal || m.trigger >= date.first_token) continue;
          bool verb_between = false;  // a finite verb: another clause
          for (uint32_t k = m.trigger + 1; k < date.first_token; ++k) {
            const PosTag t = s.tags[k];
            verb_between = verb_between || t == PosTag::kVBD || t == PosTag::kVBZ ||
                           t == PosTag::kVBP || t == PosTag::kMD;
          }
          if (verb_between) continue;
          m.earlier = false;
          m.background = false;
        }
      }
      DateTheMainClausePastARelative(dates, s.tags, f.date, f.date_precision, f.coding.events);
      for (const auto& [date, act] : act_dates) {
        if (f.date && date.date.ToDays() < f.date->ToDays()) {
          act->days_before = static_cast<int>(f.date->ToDays() - date.date.ToDays());
          act->own_precision = date.precision;
        } else if (!f.date) {
          f.date = date.date;
          f.date_precision = date.precision;
        }
      }
      // "claimed responsibility on Tuesday for Sunday's attack ..., in which
      // gunmen killed seven": an act named with a day of its own is of that
      // day, and so is what the sentence tells of it after.
      for (const DateMention& date : possessive) {
        if (!f.date || date.date.ToDays() >= f.date->ToDays()) continue;
        const int days = static_cast<int>(f.date->ToDays() - date.date.ToDays());
        const EventMention* named = nullptr;
        for (EventMention& m : f.coding.events) {
          if (named == nullptr && m.nominal && m.trigger >= date.end_token &&
              m.trigger <= date.end_token + 4) {
            m.days_before = days;
            named = &m;
          }
        }
        for (EventMention& m : f.coding.events) {
          if (named == nullptr || &m == named || m.code.type != named->code.type ||
              m.trigger < named->trigger || m.days_before != 0) {
            continue;
          }
          m.days_before = days;
        }
      }
      // "Washington has blamed Iran for limpet-mine attacks on six tankers
      // in May and June": blame told in the perfect, the month after it
      // the blamed acts', is of long standing, not an act of that month.
      if (f.date && f.date_precision != DatePrecision::kDay) {
        for (EventMention& m : f.coding.events) {
          if (m.nominal || m.code.type != "ACCUSE" || m.trigger < 2 ||
              s.tags[m.trigger] != PosTag::kVBN ||
              !(s.tags[m.trigger - 1] == PosTag::kVBZ || s.tags[m.trigger - 1] == PosTag::kVBP) ||
              s.lemmas[m.trigger - 1] != "have") {
            continue;
          }
          m.background = true;
        }
      }
      MarkAppositionsOfPastActs(s.tags, f.coding.events);
      // A sentence is background when its past date governs all it tells:
      // "since last month's invasion" does not make "Peru has granted
      // asylum" history.
      const bool all_background = std::all_of(f.coding.events.begin(), f.coding.events.end(),
                                              [](const EventMention& m) { return m.background; });
      f.historical = historical && !f.date && all_background;
      if (p.debug) {
        for (const EventMention& m : f.coding.events) {
          std::fprintf(stderr, "  dated %s at %u: %s\n", m.code.type.c_str(), m.trigger,
                       m.background ? "background" : "this event");
        }
      }
    }
    // "Hours later a second bomb exploded", "Street battles spread across
    // Sanaa the same day", "The next day, troops entered the town": a
    // sentence of no date of its own dated by the sentence before.
    if (!f.date && last_day) {
      if (const std::optional<int> days = DaysAfterTheSentenceBefore(words)) {
        f.date = last_day->AddDays(*days);
        f.date_precision = *days == 0 ? last_day_precision : DatePrecision::kDay;
      }
    }
    // "The Syrian National Coalition said at a news conference on Wednesday
    // that ... It accused government forces of a massacre": a speaker going
    // on in the next sentence speaks on the same day.
    f.continues_speech =
        i > 0 && words.size() > 2 && reading::WordIsAny(words[0].text, "it he she they") &&
        (s.tags[1] == PosTag::kVBD || s.tags[1] == PosTag::kVBZ) &&
        std::any_of(f.coding.events.begin(), f.coding.events.end(),
                    [](const EventMention& m) { return IsSpokenType(m.code.type); });
    if (!f.date && said_before && f.continues_speech) {
      f.date = said_before;
      f.date_precision = said_before_precision;
    }
    said_before = f.date ? f.date : said_here;
    said_before_precision = f.date ? f.date_precision : said_here_precision;
    if (said_before) {
      last_day = said_before;
      last_day_precision = said_before_precision;
    }
    if (p.count_reader.MayContainCounts(words)) {
      const CasualtyCounts counts = p.count_reader.Read(words);
      if (counts.killed) f.killed = static_cast<int>(std::min<int64_t>(*counts.killed, 1 << 30));
      if (counts.injured) f.injured = static_cast<int>(std::min<int64_t>(*counts.injured, 1 << 30));
      for (const CasualtyMention& c : counts.mentions) f.count_words.push_back(c.trigger_token);
    }
    f.hedged = p.hedge_detector.IsHedged(words);
  }

  // Places are read only for events (where they happened, the parties
  // placed there, the country the report is about): a document none of
  // whose sentences tells of one needs none of them.
  const bool any_event = std::any_of(
      facts.begin(), facts.end(), [](const SentenceFacts& f) { return !f.coding.events.empty(); });
  if (!any_event) return p.assembler->Assemble(document, facts, std::nullopt);

  // The dateline's places come first (HomeCountry found them); the finder's
  // relations between mentions are indices into s.places, so nothing is
  // inserted before them.
  // Place names of all sentences at once (their gazetteer lookups overlap).
  // A place name inside a longer actor name ("the Islamic Resistance in
  // Iraq", "Iraq's foreign ministry") says who, not where.
  const size_t first_place = s.places.size();
  p.toponym_finder->Find(tokens, sentences, &s.places);
  const PlaceMention* describing = nullptr;  // the last place found describing
  for (size_t k = first_place; k < s.places.size(); ++k) {
    PlaceMention& m = s.places[k];
    // (A place listed right after one of these is one too: "fighting it in
    // Syria and Iraq".)
    const bool listed_after =
        describing != nullptr && describing == &s.places[k - 1] &&
        describing->sentence == m.sentence && m.first_token == describing->end_token + 1 &&
        reading::WordIsAny(tokens[sentences[m.sentence].first_token + describing->end_token].text,
                           ", and or");
    if (IsOnAVoyage(tokens, sentences[m.sentence], m.first_token) ||
        DescribesSomeone(tokens, sentences[m.sentence], m.first_token) ||
        IsProtested(tokens, sentences[m.sentence], m.first_token) || listed_after) {
      m.role = MentionRole::kModifier;
      describing = &m;
      continue;
    }
    for (const ActorSpan& a : facts[m.sentence].actors) {
      // "the northern Mozambican town of Palma": in that people's country
      // (not "the Russian-held town of Mariupol": whose it is held by).
      const uint32_t first = sentences[m.sentence].first_token;
      char folded[reading::ReadingWordTable::kMaxWord];
      const std::string_view kind = a.end + 2 == m.first_token
                                        ? reading::FoldWord(tokens[first + a.end].text, folded)
                                        : std::string_view();
      const PlaceQualifier qualifier = toponym_words::QualifierOf(kind);
      if (a.demonym && a.compound.empty() && !a.actor.country.empty() &&
          a.end + 2 == m.first_token &&
          (qualifier == PlaceQualifier::kCity || qualifier == PlaceQualifier::kProvince ||
           qualifier == PlaceQualifier::kDistrict || kind == "capital") &&
          reading::WordIs(tokens[first + a.end + 1], "of")) {
        m.stated_country = a.actor.country;
      }
      // "the Thai border": a nationality word, not the town GeoNames also
      // calls "Thai".
      const bool nationality = a.demonym && a.begin == m.first_token && a.end == m.end_token;
      // "calling on Tehran to free the vessel": a capital that is a party to
      // an event of the sentence stands for its government; "a deal brokered
      // by China": a state that does something is not where.
      const bool exact = a.begin == m.first_token && a.end == m.end_token;
      const Sentence& here = sentences[m.sentence];
      const bool agent = exact && (a.kind == "state" || a.metonym) && a.begin > 0 &&
                         reading::WordIs(tokens[here.first_token + a.begin - 1], "by");
      // "a US ship": a country's name before a common noun says whose, not
      // where.
      const bool whose = exact && a.attributive;
      // "chanting slogans against the United States": what something is
      // against is not where it is.
      uint32_t before = here.first_token + a.begin;
      if (before > here.first_token && reading::WordIs(tokens[before - 1], "the")) --before;
      const uint32_t after = here.first_token + a.end;
      const bool against = exact && a.kind == "state" && before > here.first_token &&
                           reading::WordIs(tokens[before - 1], "against") &&
                           !(after < tokens.size() && reading::WordIs(tokens[after], "'s"));
      // "warning the United States against any response": a state a
      // statement is made to or about is not where it is made.
      // "Hezbollah and its ally Amal": an organisation's own name is no
      // place, though a town somewhere bears it.
      const bool organisation =
          exact && a.kb_index >= 0 &&
          IsAny(a.kind, {"armed_group", "party", "umbrella", "front_group", "igo", "media", "ngo",
                         "organisation", "business", "intelligence"});
      // "marched in Cairo": a capital after "in" or "at" is where, even when
      // it also stands for the government protested against.
      // ("in northern Iraq and Syria": past compass words and the places
      // listed before.)
      bool locative = false;
      for (uint32_t cue = a.begin, hops = 0; cue > 0 && hops < 8; --cue, ++hops) {
        const Token& before = tokens[here.first_token + cue - 1];
        if (reading::WordIsAny(before.text, "in at")) {
          locative = true;
          break;
        }
        // (A name before a comma is listed only past "and" or "or": "in
        // Erbil, Tehran said" is no list.)
        const bool joined = reading::WordIsAny(before.text, "and or");
        const bool listed =
            joined ||
            (hops > 0 && (reading::WordIsAny(before.text, ",") || text::StartsUpper(before.text)));
        char folded[reading::ReadingWordTable::kMaxWord];
        if (!listed && !toponym_words::IsCompassWord(reading::FoldWord(before.text, folded))) {
          break;
        }
      }
      // "Morsi supporters", "Stevens, who was visiting": a person's name is
      // no place either (one the knowledge base knows, or one the document
      // introduced).
      const bool person = exact && a.kind == "person";
      const bool party =
          agent || whose || against || organisation || person ||
          (exact && a.metonym && !locative &&
           IsPartyToAnEvent(a, facts[m.sentence].coding.events)) ||
          (exact && a.kind == "state" && !locative &&
           (IsPartyToAnEvent(a, facts[m.sentence].coding.events, true) ||
            IsDoerOfAnEvent(
                a, facts[m.sentence].coding.events, facts[m.sentence].actors,
                std::span<const Token>(tokens.data() + here.first_token, here.size()))));
      // "the US Embassy in Baghdad": a mission's name says where it is.
      bool mission = false;
      if (a.begin < m.first_token && m.first_token <= a.end &&
          reading::WordIs(tokens[here.first_token + m.first_token - 1], "in")) {
        for (uint32_t k = a.begin; k + 1 < m.first_token; ++k) {
          mission =
              mission || reading::WordIsAny(tokens[here.first_token + k].text, "embassy consulate");
        }
      }
      if (a.kind != "anaphor" && a.begin <= m.first_token && m.end_token <= a.end && !mission &&
          (a.end - a.begin > m.end_token - m.first_token || nationality || party)) {
        m.role = MentionRole::kModifier;
        break;
      }
    }
  }

  PlaceDeicticTowns(tokens, sentences, s.places);

  // Places: resolved once per document, with the actors' countries as context.
  std::optional<Location> dateline;
  std::sort(countries.begin(), countries.end());
  countries.erase(std::unique(countries.begin(), countries.end()), countries.end());
  if (!s.places.empty()) {
    const auto resolved = p.place_resolver->Resolve(s.places, PlaceContext{countries});
    for (const ResolvedPlace& place : resolved) {
      if (place.mention.sentence == UINT32_MAX && place.accepted && !dateline) {
        dateline = place.location;
        if (p.debug) std::fprintf(stderr, "dateline: %s\n", dateline->name.c_str());
      }
    }
    // The places come in sentence order: each sentence looks at its own run.
    const std::span<const ResolvedPlace> all(resolved);
    for (size_t begin = 0; begin < all.size();) {
      const uint32_t sentence = all[begin].mention.sentence;
      size_t end = begin + 1;
      while (end < all.size() && all[end].mention.sentence == sentence) ++end;
      if (sentence < facts.size()) {
        const std::span<const ResolvedPlace> here = all.subspan(begin, end - begin);
        SentenceFacts& f = facts[sentence];
        if (p.debug) {
          for (const ResolvedPlace& r : here) {
            std::fprintf(stderr, "mention #%u: %.*s -> %s%s%s%s\n", sentence,
                         static_cast<int>(r.mention.text.size()), r.mention.text.data(),
                         r.accepted ? r.location.name.c_str() : "(rejected)",
                         r.is_actor ? " actor" : "",
                         r.mention.role == MentionRole::kModifier ? " modifier" : "",
                         r.mention.background ? " background" : "");
          }
        }
        if (auto location = PlaceResolver::EventLocation(here, sentence)) {
          if (p.debug) std::fprintf(stderr, "place #%u: %s\n", sentence, location->name.c_str());
          f.places.push_back(std::move(*location));
        }
        f.sites = ListedSites(here, sentence, tokens, sentences[sentence]);
        for (const Location& site : f.sites) {
          if (p.debug) std::fprintf(stderr, "site #%u: %s\n", sentence, site.name.c_str());
        }
        PlacesAsTargets(here, f.coding.events);
        if (f.coding.venue_end != 0) {
          if (const ResolvedPlace* r =
                  FirstPlaceWithin(here, f.coding.venue_begin, f.coding.venue_end)) {
            f.venue = r->location;
          }
        }
        for (EventMention& m : f.coding.events) {
          if (m.venue_end == 0) continue;
          // A country an attack was aimed at says less than a place a
          // later sentence names ("launched drones at Israel").
          const ResolvedPlace* r = FirstPlaceWithin(here, m.venue_begin, m.venue_end);
          if (r != nullptr && !(m.code.type == "ASSAULT" && r->location.precision == "country")) {
            m.venue = r->location;
          }
        }
        for (const HostMention& h : f.coding.hosts) {
          if (const ResolvedPlace* r = FirstPlaceWithin(here, h.place_begin, h.place_end)) {
            f.hosts.emplace_back(r->location, h.hosted);
          }
        }
        CountriesOfPlaceModifiers(here, f.coding.events);
      }
      begin = end;
    }
  }
  // "It accused ..." after "said at a news conference in Istanbul": where
  // the speaker spoke the sentence before.
  for (size_t i = 1; i < facts.size(); ++i) {
    if (!facts[i].continues_speech || !facts[i - 1].venue) continue;
    for (EventMention& m : facts[i].coding.events) {
      if (!m.venue && m.code.type != "ASSAULT") m.venue = facts[i - 1].venue;
    }
  }
  return p.assembler->Assemble(document, facts, dateline);
}

}  // namespace casus
