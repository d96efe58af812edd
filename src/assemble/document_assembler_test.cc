#include "assemble/document_assembler.h"

#include <gtest/gtest.h>

#include <set>

#include "assemble/acled_mapping.h"

namespace casus {
namespace {

ActorSpan Span(const char* name, const char* country, const char* sector, const char* kind) {
  ActorSpan span;
  span.actor.name = name;
  span.actor.country = country;
  span.actor.sector = sector;
  span.kind = kind;
  return span;
}

ActorSpan Anaphor(const char* text) {
  ActorSpan span;
  span.kind = "anaphor";
  span.actor.text = text;
  return span;
}

EventMention Assault(std::optional<ActorSpan> source, std::optional<ActorSpan> target,
                     const char* mode = "heavy-weapons") {
  EventMention m;
  m.code = EventCode{"ASSAULT", mode, "194", ""};
  m.source = std::move(source);
  m.target = std::move(target);
  return m;
}

SentenceFacts Sentence(uint32_t index) {
  SentenceFacts facts;
  facts.index = index;
  facts.evidence =
      Evidence{index, index * 100, index * 100 + 90, "sentence " + std::to_string(index)};
  return facts;
}

Document Doc() {
  Document doc;
  doc.id = "erbil";
  doc.date = Date{2021, 2, 16};
  return doc;
}

const ActorSpan kUs = Span("United States military", "USA", "MIL", "military");
const ActorSpan kSaraya = Span("Saraya Awliya al-Dam", "IRQ", "REB", "front_group");
const ActorSpan kKh = Span("Kata'ib Hezbollah", "IRQ", "REB", "armed_group");
const ActorSpan kIran = Span("Iran", "IRN", "GOV", "state");

TEST(DocumentAssemblerTest, MergesAnAttackItsCasualtiesAndItsClaim) {
  std::vector<SentenceFacts> sentences;
  SentenceFacts s0 = Sentence(0);  // Rockets struck a base hosting US troops, killing a contractor.
  s0.coding.events.push_back(Assault(std::nullopt, kUs));
  s0.date = Date{2021, 2, 15};
  s0.killed = 1;
  s0.places.push_back(Location{"Erbil", "IRQ", "Erbil", 36.19, 44.01, "place", 95446, 1});
  SentenceFacts s1 = Sentence(1);  // Several rockets also landed in residential areas.
  s1.coding.events.push_back(Assault(std::nullopt, std::nullopt));
  s1.injured = 6;
  SentenceFacts s2 =
      Sentence(2);  // A little-known group, Saraya Awliya al-Dam, claimed the attack.
  s2.actors.push_back(kSaraya);
  EventMention nominal = Assault(std::nullopt, std::nullopt, "");
  nominal.nominal = true;
  nominal.definite = true;
  s2.coding.events.push_back(nominal);
  s2.coding.claims.push_back(ClaimMention{kSaraya, 0, "ASSAULT"});
  SentenceFacts s3 = Sentence(3);  // Analysts say the group is a front for Kataib Hezbollah.
  s3.actors = {kKh};
  s3.coding.relations.push_back(
      RelationMention{Anaphor("the group"), "front_of", kKh, std::nullopt, 0.7});
  s3.coding.relations.back().subject = kSaraya;
  sentences = {s0, s1, s2, s3};

  const DocumentAssembler assembler(
      AssemblerOptions{}, [](const ActorSpan& actor, const std::optional<Date>& date) {
        EXPECT_TRUE(date.has_value());
        return actor.actor.name == "Kata'ib Hezbollah" ? std::vector<std::string>{"IRN"}
                                                       : std::vector<std::string>{};
      });
  const CodedDocument coded = assembler.Assemble(Doc(), sentences, std::nullopt);
  ASSERT_EQ(coded.events.size(), 1u);
  const Event& e = coded.events[0];
  EXPECT_EQ(e.type, "ASSAULT");
  EXPECT_EQ(e.date->ToString(), "2021-02-15");
  EXPECT_EQ(e.date_precision, "day");
  EXPECT_EQ(e.fatalities, 1);
  EXPECT_EQ(e.injuries, 6);
  ASSERT_TRUE(e.actor1.has_value());
  EXPECT_EQ(e.actor1->name, "Saraya Awliya al-Dam");  // the claimant, no direct actor named
  EXPECT_EQ(e.actor2->name, "United States military");
  ASSERT_EQ(e.claimed_by.size(), 1u);
  EXPECT_EQ(e.claimed_by[0].evidence.sentence, 2u);
  EXPECT_EQ(e.sponsors, std::vector<std::string>{"IRN"});
  EXPECT_EQ(e.location->name, "Erbil");
  EXPECT_EQ(e.evidence.size(), 3u);
  ASSERT_TRUE(e.acled.has_value());
  EXPECT_EQ(e.acled->sub_event_type, "Shelling/artillery/missile attack");
  ASSERT_EQ(coded.relations.size(), 1u);
  EXPECT_EQ(coded.relations[0].relation, "front_of");
  EXPECT_FALSE(e.id.empty());
}

TEST(DocumentAssemblerTest, AnaphoraResolveToTheLatestGroup) {
  SentenceFacts s0 = Sentence(0);
  s0.actors = {kKh};
  s0.coding.events.push_back(Assault(kKh, kUs));
  SentenceFacts s1 = Sentence(1);  // The group said it fired the rockets.
  s1.coding.claims.push_back(ClaimMention{Anaphor("the group"), kNone, ""});
  std::vector<SentenceFacts> sentences = {s0, s1};
  const CodedDocument coded =
      DocumentAssembler(AssemblerOptions{}, nullptr).Assemble(Doc(), sentences, std::nullopt);
  ASSERT_EQ(coded.events.size(), 1u);
  ASSERT_EQ(coded.events[0].claimed_by.size(), 1u);
  EXPECT_EQ(coded.events[0].claimed_by[0].actor.name, "Kata'ib Hezbollah");
  EXPECT_EQ(coded.events[0].claimed_by[0].actor.text, "the group");
}

TEST(DocumentAssemblerTest, TheUmbrellaIsTheLatestUmbrella) {
  const ActorSpan iri = Span("Islamic Resistance in Iraq", "IRQ", "REB", "umbrella");
  SentenceFacts s0 = Sentence(0);  // The IRI, an umbrella that includes Kata'ib Hezbollah, ...
  s0.actors = {iri, kKh};
  SentenceFacts s1 = Sentence(1);  // The umbrella claimed the attack on US forces.
  s1.coding.events.push_back(Assault(std::nullopt, kUs));
  s1.coding.claims.push_back(ClaimMention{Anaphor("the umbrella"), kNone, "ASSAULT"});
  std::vector<SentenceFacts> sentences = {s0, s1};
  const CodedDocument coded =
      DocumentAssembler(AssemblerOptions{}, nullptr).Assemble(Doc(), sentences, std::nullopt);
  ASSERT_EQ(coded.events.size(), 1u);
  ASSERT_EQ(coded.events[0].claimed_by.size(), 1u);
  EXPECT_EQ(coded.events[0].claimed_by[0].actor.name, "Islamic Resistance in Iraq");
}

TEST(DocumentAssemblerTest, BackgroundSentencesGiveNoEvents) {
  SentenceFacts s0 = Sentence(0);
  s0.historical = true;  // "The 2020 killing of Soleimani ..."
  s0.coding.events.push_back(Assault(kUs, kIran, "drone"));
  std::vector<SentenceFacts> sentences = {s0};
  EXPECT_TRUE(DocumentAssembler(AssemblerOptions{}, nullptr)
                  .Assemble(Doc(), sentences, std::nullopt)
                  .events.empty());
}

TEST(DocumentAssemblerTest, BackgroundMentionsNeverMakeOrJoinEventsByThemselves) {
  // "Iran has repeatedly attacked US forces." alone gives no event ...
  SentenceFacts s0 = Sentence(0);
  EventMention habitual = Assault(kIran, kUs);
  habitual.background = true;
  s0.coding.events.push_back(habitual);
  std::vector<SentenceFacts> alone = {s0};
  EXPECT_TRUE(DocumentAssembler(AssemblerOptions{}, nullptr)
                  .Assemble(Doc(), alone, std::nullopt)
                  .events.empty());
  // ... nor does it join "Rockets struck a base hosting US troops": a habit
  // told by a verb is not evidence of this attack, and Iran is not its
  // perpetrator.
  SentenceFacts s1 = Sentence(0);
  s1.coding.events.push_back(Assault(std::nullopt, kUs));
  SentenceFacts s2 = Sentence(1);
  s2.coding.events.push_back(habitual);
  std::vector<SentenceFacts> after_attack = {s1, s2};
  CodedDocument coded =
      DocumentAssembler(AssemblerOptions{}, nullptr).Assemble(Doc(), after_attack, std::nullopt);
  ASSERT_EQ(coded.events.size(), 1u);
  EXPECT_EQ(coded.events[0].evidence.size(), 1u);
  EXPECT_FALSE(coded.events[0].actor1 && coded.events[0].actor1->name == "Iran");
  // A noun referring back ("the attack, one of many") joins it.
  EventMention back_reference = Assault(std::nullopt, std::nullopt);
  back_reference.background = true;
  back_reference.nominal = true;
  back_reference.definite = true;
  SentenceFacts s3 = Sentence(1);
  s3.coding.events.push_back(back_reference);
  std::vector<SentenceFacts> referred = {s1, s3};
  coded = DocumentAssembler(AssemblerOptions{}, nullptr).Assemble(Doc(), referred, std::nullopt);
  ASSERT_EQ(coded.events.size(), 1u);
  EXPECT_EQ(coded.events[0].evidence.size(), 2u);
}

// Generic people a government addresses are its country's only when the
// event's sentences name no other country.
TEST(DocumentAssemblerTest, PeopleAddressedAtHomeTakeTheSpeakersCountry) {
  const ActorSpan workers = Span("workers", "", "LAB", "agent");
  EventMention demand;
  demand.code = EventCode{"REQUEST", "", "020", ""};
  demand.source = kIran;
  demand.target = workers;
  auto target_country = [&](std::vector<ActorSpan> actors) {
    SentenceFacts s0 = Sentence(0);
    s0.actors = std::move(actors);
    s0.coding.events.push_back(demand);
    std::vector<SentenceFacts> sentences = {s0};
    const CodedDocument coded =
        DocumentAssembler(AssemblerOptions{}, nullptr).Assemble(Doc(), sentences, std::nullopt);
    EXPECT_EQ(coded.events.size(), 1u);
    return coded.events.empty() || !coded.events[0].actor2 ? std::string("-")
                                                           : coded.events[0].actor2->country;
  };
  // "Iranian authorities pressured workers."
  EXPECT_EQ(target_country({kIran, workers}), "IRN");
  // "Iranian authorities pressured workers of an Iraqi company."
  EXPECT_EQ(target_country({kIran, workers, Span("Iraq", "IRQ", "", "state")}), "");
}

TEST(DocumentAssemblerTest, AStatementAboutPeopleOfNoCountrySpeaksOfTheReportsCountry) {
  // BAGHDAD — US forces struck militia sites in Iraq. Pompeo blamed militias.
  const ActorSpan pompeo = Span("Mike Pompeo", "USA", "GOV", "person");
  const ActorSpan militias = Span("militia", "", "REB", "agent");
  SentenceFacts s0 = Sentence(0);
  s0.actors = {kUs, Span("Iraq", "IRQ", "", "state")};
  s0.coding.events.push_back(Assault(kUs, kKh, "aerial"));
  SentenceFacts s1 = Sentence(1);
  EventMention blame;
  blame.code = EventCode{"ACCUSE", "allege", "112", ""};
  blame.source = pompeo;
  blame.target = militias;
  s1.coding.events.push_back(blame);
  std::vector<SentenceFacts> sentences = {s0, s1};
  const Location baghdad{"Baghdad", "IRQ", "Baghdad", 33.34, 44.4, "place", 98182, 1};
  const CodedDocument coded =
      DocumentAssembler(AssemblerOptions{}, nullptr).Assemble(Doc(), sentences, baghdad);
  const Event* accusation = nullptr;
  for (const Event& e : coded.events) {
    if (e.type == "ACCUSE") accusation = &e;
  }
  ASSERT_NE(accusation, nullptr);
  ASSERT_TRUE(accusation->actor2.has_value());
  EXPECT_EQ(accusation->actor2->country, "IRQ");
}

TEST(DocumentAssemblerTest, AGenericVictimFitsTheNamedTarget) {
  // "Rockets struck the airport, killing a contractor." ... "The group said it
  // attacked US forces." — one attack, whose target is US forces.
  const ActorSpan contractor = Span("businessmen", "", "BUS", "agent");
  SentenceFacts s0 = Sentence(0);
  s0.coding.events.push_back(Assault(std::nullopt, contractor));
  SentenceFacts s1 = Sentence(1);
  s1.coding.events.push_back(Assault(kSaraya, kUs));
  // ... while a named perpetrator never fits another: Iraqi troops are not US forces.
  const ActorSpan iraqi_troops = Span("Iraq military", "IRQ", "MIL", "agent");
  SentenceFacts s2 = Sentence(2);
  s2.coding.events.push_back(Assault(kKh, iraqi_troops));
  std::vector<SentenceFacts> sentences = {s0, s1, s2};
  const CodedDocument coded =
      DocumentAssembler(AssemblerOptions{}, nullptr).Assemble(Doc(), sentences, std::nullopt);
  ASSERT_EQ(coded.events.size(), 2u);
  EXPECT_EQ(coded.events[0].actor2->name, "United States military");
  EXPECT_EQ(coded.events[0].actor1->name, "Saraya Awliya al-Dam");
  EXPECT_EQ(coded.events[1].actor2->name, "Iraq military");
}

TEST(DocumentAssemblerTest, StatementsHappenWhereTheSpeakerIs) {
  // WASHINGTON — The US blamed Iran for a rocket attack in Baghdad.
  // Iran rejected the accusation.
  const Location washington{"Washington", "USA", "District of Columbia", 38.9, -77.04, "place",
                            4140963,      1};
  const Location baghdad{"Baghdad", "IRQ", "Baghdad", 33.34, 44.4, "place", 98182, 1};
  const ActorSpan us = Span("United States", "USA", "", "state");
  SentenceFacts s0 = Sentence(0);
  EventMention blame;
  blame.code = EventCode{"ACCUSE", "allege", "112", ""};
  blame.source = us;
  blame.target = kIran;
  s0.coding.events.push_back(blame);
  s0.places.push_back(baghdad);
  SentenceFacts s1 = Sentence(1);
  EventMention reject;
  reject.code = EventCode{"REJECT", "", "120", ""};
  reject.source = kIran;
  s1.coding.events.push_back(reject);
  s1.places.push_back(baghdad);
  std::vector<SentenceFacts> sentences = {s0, s1};
  const CodedDocument coded =
      DocumentAssembler(AssemblerOptions{}, nullptr).Assemble(Doc(), sentences, washington);
  ASSERT_EQ(coded.events.size(), 2u);
  EXPECT_EQ(coded.events[0].location->name, "Washington");
  // Iran does not speak from Washington: the place in the text stays ...
  EXPECT_EQ(coded.events[1].location->name, "Baghdad");
  // ... unless its capital is known.
  AssemblerOptions with_capitals;
  with_capitals.capital_of = [](std::string_view iso3) -> std::optional<Location> {
    if (iso3 != "IRN") return std::nullopt;
    return Location{"Tehran", "IRN", "Tehran", 35.69, 51.42, "place", 112931, 1};
  };
  std::vector<SentenceFacts> again = {s0, s1};
  const CodedDocument located =
      DocumentAssembler(with_capitals, nullptr).Assemble(Doc(), again, washington);
  ASSERT_EQ(located.events.size(), 2u);
  EXPECT_EQ(located.events[0].location->name, "Washington");
  EXPECT_EQ(located.events[1].location->name, "Tehran");
  // A state organ's statement naming no place: at its capital, whatever
  // its sector ("Iran's army said"); a militia's stays unplaced when the
  // country is not known as a place.
  SentenceFacts s2 = Sentence(0);
  EventMention army;
  army.code = EventCode{"REJECT", "", "120", ""};
  army.source = Span("Iranian army", "IRN", "MIL", "military");
  s2.coding.events.push_back(army);
  SentenceFacts s3 = Sentence(1);
  EventMention militia;
  militia.code = EventCode{"THREATEN", "", "130", ""};
  militia.source = kKh;
  s3.coding.events.push_back(militia);
  std::vector<SentenceFacts> unplaced = {s2, s3};
  const CodedDocument spoken =
      DocumentAssembler(with_capitals, nullptr).Assemble(Doc(), unplaced, std::nullopt);
  ASSERT_EQ(spoken.events.size(), 2u);
  ASSERT_TRUE(spoken.events[0].location.has_value());
  EXPECT_EQ(spoken.events[0].location->name, "Tehran");
  EXPECT_FALSE(spoken.events[1].location.has_value());
  // Where the country itself is known as a place, the militia's statement
  // is in its country.
  AssemblerOptions with_countries = with_capitals;
  with_countries.country_of = [](std::string_view iso3) -> std::optional<Location> {
    if (iso3 != "IRQ") return std::nullopt;
    return Location{"Iraq", "IRQ", "", 33.0, 43.5, "country", 99237, 3};
  };
  std::vector<SentenceFacts> in_country = {s2, s3};
  const CodedDocument countrywide =
      DocumentAssembler(with_countries, nullptr).Assemble(Doc(), in_country, std::nullopt);
  ASSERT_EQ(countrywide.events.size(), 2u);
  EXPECT_EQ(countrywide.events[0].location->name, "Tehran");
  ASSERT_TRUE(countrywide.events[1].location.has_value());
  EXPECT_EQ(countrywide.events[1].location->precision, "country");
  EXPECT_EQ(countrywide.events[1].location->country, "IRQ");
  // AHVAZ — the army's statement: at the capital, not at a dateline
  // elsewhere in its country.
  const Location ahvaz{"Ahvaz", "IRN", "Khuzestan", 31.32, 48.68, "place", 144448, 1};
  std::vector<SentenceFacts> from_ahvaz = {s2};
  const CodedDocument datelined =
      DocumentAssembler(with_capitals, nullptr).Assemble(Doc(), from_ahvaz, ahvaz);
  ASSERT_EQ(datelined.events.size(), 1u);
  ASSERT_TRUE(datelined.events[0].location.has_value());
  EXPECT_EQ(datelined.events[0].location->name, "Tehran");
}

TEST(DocumentAssemblerTest, AHubDatelineIsNotWhereOthersSpeak) {
  // DUBAI — Provincial officials blamed Jaish al-Adl (in a report naming
  // Iran and no Emirati party): not said in Dubai.
  const Location dubai{"Dubai", "ARE", "Dubai", 25.08, 55.31, "place", 292223, 1};
  SentenceFacts s0 = Sentence(0);
  s0.actors.push_back(Span("Iran", "IRN", "", "state"));
  EventMention blame;
  blame.code = EventCode{"ACCUSE", "disapprove", "112", ""};
  blame.source = Span("officials", "", "GOV", "agent");
  blame.target = Span("Jaish al-Adl", "IRN", "REB", "armed_group");
  s0.coding.events.push_back(blame);
  s0.actors.push_back(*blame.target);
  std::vector<SentenceFacts> sentences = {s0};
  const CodedDocument coded =
      DocumentAssembler(AssemblerOptions{}, nullptr).Assemble(Doc(), sentences, dubai);
  ASSERT_EQ(coded.events.size(), 1u);
  EXPECT_FALSE(coded.events[0].location && coded.events[0].location->name == "Dubai");
  // The same report with an Emirati party is about the Emirates too.
  s0.actors.push_back(Span("United Arab Emirates", "ARE", "", "state"));
  std::vector<SentenceFacts> emirati = {s0};
  const CodedDocument there =
      DocumentAssembler(AssemblerOptions{}, nullptr).Assemble(Doc(), emirati, dubai);
  ASSERT_EQ(there.events.size(), 1u);
  ASSERT_TRUE(there.events[0].location.has_value());
  EXPECT_EQ(there.events[0].location->name, "Dubai");
}

TEST(DocumentAssemblerTest, AStrikeOnListedSitesIsOneEventPerSite) {
  // US jets struck militia sites in Sanaa, Hodeidah and Saada, killing five.
  SentenceFacts s0 = Sentence(0);
  s0.coding.events.push_back(Assault(kUs, kKh, "aerial"));
  s0.killed = 5;
  s0.sites = {Location{"Sanaa", "YEM", "Amanat Al Asimah", 15.35, 44.21, "place", 71137, 1},
              Location{"Hodeidah", "YEM", "Al Hudaydah", 14.8, 42.95, "place", 79415, 1},
              Location{"Saada", "YEM", "Sa'dah", 16.94, 43.76, "place", 71333, 1}};
  s0.places = {s0.sites.front()};
  std::vector<SentenceFacts> sentences = {s0};
  const CodedDocument coded =
      DocumentAssembler(AssemblerOptions{}, nullptr).Assemble(Doc(), sentences, std::nullopt);
  ASSERT_EQ(coded.events.size(), 3u);
  std::set<std::string> ids;
  for (size_t k = 0; k < 3; ++k) {
    EXPECT_EQ(coded.events[k].location->name, s0.sites[k].name);
    EXPECT_EQ(coded.events[k].type, "ASSAULT");
    ids.insert(coded.events[k].id);
  }
  EXPECT_EQ(ids.size(), 3u);  // distinct ids
  // The toll is reported once, with the first site.
  EXPECT_EQ(coded.events[0].fatalities, 5);
  EXPECT_FALSE(coded.events[1].fatalities.has_value());
  // That no one was killed holds for every site.
  sentences[0].killed = 0;
  const CodedDocument unhurt =
      DocumentAssembler(AssemblerOptions{}, nullptr).Assemble(Doc(), sentences, std::nullopt);
  ASSERT_EQ(unhurt.events.size(), 3u);
  EXPECT_EQ(unhurt.events[2].fatalities, 0);
}

TEST(DocumentAssemblerTest, DifferentActorsAreDifferentEvents) {
  SentenceFacts s0 = Sentence(0);
  s0.coding.events.push_back(Assault(kKh, kUs));
  SentenceFacts s1 = Sentence(1);
  s1.coding.events.push_back(Assault(kUs, kKh, "aerial"));
  std::vector<SentenceFacts> sentences = {s0, s1};
  const CodedDocument coded =
      DocumentAssembler(AssemblerOptions{}, nullptr).Assemble(Doc(), sentences, std::nullopt);
  ASSERT_EQ(coded.events.size(), 2u);
  EXPECT_EQ(coded.events[1].acled->sub_event_type, "Air/drone strike");
  // No date in the text: the publication date at week precision.
  EXPECT_EQ(coded.events[0].date->ToString(), "2021-02-16");
  EXPECT_EQ(coded.events[0].date_precision, "week");
}

EventMention Statement(const char* type, const char* mode, std::optional<ActorSpan> source,
                       std::optional<ActorSpan> target, const char* about) {
  EventMention m;
  m.code = EventCode{type, mode, "", ""};
  m.source = std::move(source);
  m.target = std::move(target);
  m.about = about;
  return m;
}

const Event* EventOf(const CodedDocument& coded, const std::string& type,
                     const std::string& source) {
  for (const Event& e : coded.events) {
    if (e.type == type && e.actor1 && e.actor1->name == source) return &e;
  }
  return nullptr;
}

TEST(DocumentAssemblerTest, StatementsAboutAnotherEventAnswerItsParty) {
  const ActorSpan pompeo = Span("Mike Pompeo", "USA", "GOV", "person");
  const ActorSpan mousavi = Span("Abbas Mousavi", "IRN", "GOV", "person");
  const ActorSpan iraq = Span("Iraq", "IRQ", "GOV", "state");
  const ActorSpan jordan = Span("Jordan", "JOR", "GOV", "state");
  SentenceFacts s0 = Sentence(0);  // Kata'ib Hezbollah struck US forces.
  s0.coding.events.push_back(Assault(kKh, kUs));
  SentenceFacts s1 = Sentence(1);  // Iraq condemned the attack.
  s1.coding.events.push_back(Statement("ACCUSE", "disapprove", iraq, std::nullopt, "ASSAULT"));
  SentenceFacts s2 = Sentence(2);  // Pompeo blamed Iran.
  s2.coding.events.push_back(Statement("ACCUSE", "allege", pompeo, kIran, ""));
  SentenceFacts s3 = Sentence(3);  // Iran's spokesman dismissed the accusation.
  s3.coding.events.push_back(Statement("REJECT", "", mousavi, std::nullopt, "ACCUSE"));
  SentenceFacts s4 = Sentence(4);  // Kata'ib Hezbollah condemned the attack: its own.
  s4.coding.events.push_back(Statement("ACCUSE", "disapprove", kKh, std::nullopt, "ASSAULT"));
  SentenceFacts s5 = Sentence(5);  // Jordan denied any involvement: no one accused it.
  s5.coding.events.push_back(Statement("REJECT", "", jordan, std::nullopt, "ACCUSE"));
  std::vector<SentenceFacts> sentences = {s0, s1, s2, s3, s4, s5};
  const CodedDocument coded =
      DocumentAssembler(AssemblerOptions{}, nullptr).Assemble(Doc(), sentences, std::nullopt);
  const Event* condemned = EventOf(coded, "ACCUSE", "Iraq");
  ASSERT_NE(condemned, nullptr);
  ASSERT_TRUE(condemned->actor2.has_value());
  EXPECT_EQ(condemned->actor2->name, "Kata'ib Hezbollah");  // the attackers
  const Event* rejected = EventOf(coded, "REJECT", "Abbas Mousavi");
  ASSERT_NE(rejected, nullptr);
  ASSERT_TRUE(rejected->actor2.has_value());
  EXPECT_EQ(rejected->actor2->name, "Mike Pompeo");  // who accused Iran
  const Event* own = EventOf(coded, "ACCUSE", "Kata'ib Hezbollah");
  ASSERT_NE(own, nullptr);
  EXPECT_FALSE(own->actor2.has_value());
  // Jordan was accused by no one: the denial answers the side hit.
  const Event* denied = EventOf(coded, "REJECT", "Jordan");
  ASSERT_NE(denied, nullptr);
  ASSERT_TRUE(denied->actor2.has_value());
  EXPECT_EQ(denied->actor2->name, "United States military");
}

TEST(DocumentAssemblerTest, WhatPerpetratorsSayTheyHitDoesNotReplaceWhoWasHit) {
  const ActorSpan irgc = Span("Islamic Revolutionary Guard Corps", "IRN", "MIL", "military");
  const ActorSpan civilians = Span("civilians", "", "CVL", "agent");
  const ActorSpan israel = Span("Israel", "ISR", "GOV", "state");
  SentenceFacts s0 = Sentence(0);  // The Guards fired missiles at Erbil, killing four civilians.
  s0.coding.events.push_back(Assault(irgc, civilians));
  SentenceFacts s1 = Sentence(1);  // The Guards said they had destroyed a Mossad headquarters.
  EventMention own = Assault(irgc, israel);
  own.speaker = irgc;
  s1.coding.events.push_back(own);
  SentenceFacts s2 = Sentence(2);  // Officials said the missiles hit an Israeli office.
  std::vector<SentenceFacts> sentences = {s0, s1};
  CodedDocument coded =
      DocumentAssembler(AssemblerOptions{}, nullptr).Assemble(Doc(), sentences, std::nullopt);
  ASSERT_EQ(coded.events.size(), 1u);
  ASSERT_TRUE(coded.events[0].actor2.has_value());
  EXPECT_EQ(coded.events[0].actor2->name, "civilians");
  // A narrator naming the side hit does replace a generic victim.
  EventMention told = Assault(std::nullopt, israel);
  s2.coding.events.push_back(told);
  sentences = {s0, s2};
  coded = DocumentAssembler(AssemblerOptions{}, nullptr).Assemble(Doc(), sentences, std::nullopt);
  ASSERT_EQ(coded.events.size(), 1u);
  EXPECT_EQ(coded.events[0].actor2->name, "Israel");
}

TEST(DocumentAssemblerTest, AGroupsOwnAccountIsTheAttackToldWithoutItsName) {
  const ActorSpan militants = Span("militants", "IRQ", "REB", "agent");
  const ActorSpan iri = Span("Islamic Resistance in Iraq", "IRQ", "REB", "umbrella");
  SentenceFacts s0 = Sentence(0);  // Militants fired missiles at the base, wounding a soldier.
  s0.coding.events.push_back(Assault(militants, kUs));
  SentenceFacts s1 = Sentence(1);  // The IRI claimed the attack, saying it had targeted the base.
  EventMention own = Assault(iri, std::nullopt);
  own.speaker = iri;
  s1.coding.events.push_back(own);
  s1.coding.claims.push_back(ClaimMention{iri, kNone, "ASSAULT"});
  std::vector<SentenceFacts> sentences = {s0, s1};
  const CodedDocument coded =
      DocumentAssembler(AssemblerOptions{}, nullptr).Assemble(Doc(), sentences, std::nullopt);
  ASSERT_EQ(coded.events.size(), 1u);
  EXPECT_EQ(coded.events[0].actor1->name, "Islamic Resistance in Iraq");
  EXPECT_EQ(coded.events[0].actor2->name, "United States military");
  ASSERT_EQ(coded.events[0].claimed_by.size(), 1u);
  EXPECT_EQ(coded.events[0].evidence.size(), 2u);
}

TEST(DocumentAssemblerTest, NoOneHurtInASentenceOfItsOwnIsTheLatestAttacks) {
  SentenceFacts s0 = Sentence(0);  // Drones struck two oil plants on Saturday.
  s0.coding.events.push_back(Assault(std::nullopt, std::nullopt));
  SentenceFacts s1 = Sentence(1);  // Officials said no one was hurt.
  s1.killed = 0;
  s1.injured = 0;
  SentenceFacts s2 = Sentence(2);  // The group had earlier put the toll at two dead.
  s2.killed = 2;
  std::vector<SentenceFacts> sentences = {s0, s1, s2};
  const CodedDocument coded =
      DocumentAssembler(AssemblerOptions{}, nullptr).Assemble(Doc(), sentences, std::nullopt);
  ASSERT_EQ(coded.events.size(), 1u);
  EXPECT_EQ(coded.events[0].fatalities, 0);
  EXPECT_EQ(coded.events[0].injuries, 0);
  EXPECT_EQ(coded.events[0].evidence.size(), 2u);
}

TEST(DocumentAssemblerTest, AnEventToldAfterAnotherActTakesADateOfItsOwn) {
  SentenceFacts s0 =
      Sentence(0);  // Iran on Tuesday denied it was behind those who fired on a base.
  EventMention denial = Statement("REJECT", "", kIran, std::nullopt, "");
  denial.trigger = 2;
  EventMention fired = Assault(std::nullopt, kUs);
  fired.trigger = 12;
  s0.coding.events = {denial, fired};
  s0.date = Date{2021, 2, 16};
  SentenceFacts s1 = Sentence(1);  // Monday night's barrage killed a contractor.
  s1.coding.events.push_back(Assault(std::nullopt, std::nullopt));
  s1.date = Date{2021, 2, 15};
  s1.killed = 1;
  std::vector<SentenceFacts> sentences = {s0, s1};
  const CodedDocument coded =
      DocumentAssembler(AssemblerOptions{}, nullptr).Assemble(Doc(), sentences, std::nullopt);
  const Event* attack = nullptr;
  const Event* rejection = nullptr;
  for (const Event& e : coded.events) {
    if (e.type == "ASSAULT") attack = &e;
    if (e.type == "REJECT") rejection = &e;
  }
  ASSERT_NE(attack, nullptr);
  ASSERT_NE(rejection, nullptr);
  EXPECT_EQ(attack->date->ToString(), "2021-02-15");
  EXPECT_EQ(rejection->date->ToString(), "2021-02-16");
}

TEST(DocumentAssemblerTest, ARejectedClaimAnswersTheClaimant) {
  const ActorSpan houthis = Span("Houthis", "YEM", "REB", "armed_group");
  const ActorSpan pompeo = Span("Mike Pompeo", "USA", "GOV", "person");
  SentenceFacts s0 = Sentence(0);  // Drones struck the oil plant; the Houthis claimed it.
  s0.coding.events.push_back(Assault(std::nullopt, std::nullopt));
  s0.coding.claims.push_back(ClaimMention{houthis, kNone, "ASSAULT"});
  SentenceFacts s1 = Sentence(1);  // Pompeo rejected the claim.
  s1.coding.events.push_back(Statement("REJECT", "", pompeo, std::nullopt, "CLAIM"));
  std::vector<SentenceFacts> sentences = {s0, s1};
  const CodedDocument coded =
      DocumentAssembler(AssemblerOptions{}, nullptr).Assemble(Doc(), sentences, std::nullopt);
  const Event* rejected = EventOf(coded, "REJECT", "Mike Pompeo");
  ASSERT_NE(rejected, nullptr);
  ASSERT_TRUE(rejected->actor2.has_value());
  EXPECT_EQ(rejected->actor2->name, "Houthis");
}

TEST(DocumentAssemblerTest, SameInputSameIds) {
  auto run = [] {
    SentenceFacts s0 = Sentence(0);
    s0.coding.events.push_back(Assault(kKh, kUs));
    std::vector<SentenceFacts> sentences = {s0};
    return DocumentAssembler(AssemblerOptions{}, nullptr)
        .Assemble(Doc(), sentences, std::nullopt)
        .events[0]
        .id;
  };
  EXPECT_EQ(run(), run());
}

TEST(AcledMappingTest, DerivesSubEventTypes) {
  struct Case {
    const char* type;
    const char* mode;
    const char* cameo;
    const char* hint;
    const char* sector2;
    std::vector<std::string> weapons;
    const char* expected;  // "" for none
  } cases[] = {
      {"ASSAULT", "aerial", "195", "", "REB", {}, "Air/drone strike"},
      {"ASSAULT", "drone", "1952", "", "MIL", {}, "Air/drone strike"},
      {"ASSAULT",
       "heavy-weapons",
       "194",
       "",
       "MIL",
       {"rocket"},
       "Shelling/artillery/missile attack"},
      {"ASSAULT", "explosives", "183", "", "MIL", {"IED"}, "Remote explosive/landmine/IED"},
      {"ASSAULT", "explosives", "183", "", "CVL", {"grenade"}, "Grenade"},
      {"ASSAULT", "suicide-attack", "1831", "", "CVL", {}, "Suicide bomb"},
      {"ASSAULT", "unconventional", "2041", "", "CVL", {}, "Chemical weapon"},
      {"ASSAULT", "firearms", "193", "", "CVL", {}, "Attack"},
      {"ASSAULT", "firearms", "193", "", "MIL", {}, "Armed clash"},
      {"ASSAULT", "abduct", "181", "", "CVL", {}, "Abduction/forced disappearance"},
      {"ASSAULT", "sexual", "1821", "", "CVL", {}, "Sexual violence"},
      {"ASSAULT", "", "192", "", "MIL", {}, "Non-state actor overtakes territory"},
      {"ASSAULT", "", "190", "Disrupted weapons use", "", {}, "Disrupted weapons use"},
      {"PROTEST", "demo", "141", "", "", {}, "Peaceful protest"},
      {"PROTEST", "riot", "145", "", "", {}, "Violent demonstration"},
      {"COERCE", "arrest", "173", "", "", {}, "Arrests"},
      {"AGREE", "", "057", "", "", {}, "Agreement"},
      {"RETREAT", "ceasefire", "0871", "", "", {}, "Agreement"},
      {"MOBILIZE",
       "troops",
       "154",
       "Headquarters or base established",
       "",
       {},
       "Headquarters or base established"},
      {"ACCUSE", "allege", "112", "", "", {}, ""},
      {"CONSULT", "", "040", "", "", {}, ""},
  };
  for (const auto& c : cases) {
    AcledInput in;
    in.type = c.type;
    in.mode = c.mode;
    in.cameo = c.cameo;
    in.hint = c.hint;
    in.actor1 = Actor{"Islamic State", "", "IRQ", "REB", "", ""};
    if (*c.sector2) in.actor2 = Actor{"x", "", "IRQ", c.sector2, "", ""};
    in.weapons = c.weapons;
    const auto category = MapToAcled(in);
    if (*c.expected == '\0') {
      EXPECT_FALSE(category.has_value()) << c.type;
    } else {
      ASSERT_TRUE(category.has_value()) << c.type << " " << c.mode;
      EXPECT_EQ(category->sub_event_type, c.expected) << c.type << " " << c.mode;
    }
  }
}

}  // namespace
}  // namespace casus
