#include "code/cameo_plover.h"

namespace casus {

const std::vector<CameoPlover>& CameoPloverTable() {
  // Root codes first, then their subcodes; a subcode is listed only where it
  // differs from its parent.
  static const std::vector<CameoPlover> kTable = {
      // 01 make public statement: no PLOVER event, except denials.
      {"01", "", ""},
      {"016", "REJECT", ""},   // deny responsibility
      {"019", "SUPPORT", ""},  // express accord
      // 02 appeal
      {"02", "REQUEST", ""},
      {"021", "REQUEST", "assist"},  // material cooperation
      {"023", "REQUEST", "assist"},  // aid
      {"024", "REQUEST", "change"},  // political reform
      {"025", "REQUEST", "yield"},
      {"026", "REQUEST", "meet"},
      {"028", "REQUEST", "meet"},  // engage in or accept mediation
      // 03 express intent to cooperate
      {"03", "AGREE", ""},
      // 04 consult
      {"04", "CONSULT", ""},
      {"041", "CONSULT", "phone"},
      {"042", "CONSULT", "visit"},
      {"043", "CONSULT", "visit"},        // host a visit
      {"044", "CONSULT", "third-party"},  // meet at a third location
      {"045", "CONSULT", "third-party"},  // mediate
      // 05 engage in diplomatic cooperation
      {"05", "COOPERATE", ""},
      {"051", "SUPPORT", ""},  // praise or endorse
      {"052", "SUPPORT", ""},  // defend verbally
      {"053", "SUPPORT", ""},  // rally support on behalf of
      {"055", "CONCEDE", ""},  // apologize
      {"056", "CONCEDE", ""},  // forgive
      {"057", "SUPPORT", ""},  // sign formal agreement (as the CAMEO-to-PLOVER table)
      // 06 engage in material cooperation
      {"06", "COOPERATE", ""},
      // 07 provide aid
      {"07", "AID", ""},
      // 08 yield
      {"08", "CONCEDE", ""},
      {"0833", "RETREAT", "resign"},  // accede to demands for a change in leadership
      {"084", "RETREAT", "release"},  // return, release persons or property
      {"086", "RETREAT", "access"},   // allow international involvement
      {"087", "RETREAT", ""},         // de-escalate military engagement
      {"0871", "RETREAT", "ceasefire"},
      {"0872", "RETREAT", "access"},    // ease military blockade
      {"0873", "RETREAT", "disarm"},    // demobilize armed forces
      {"0874", "RETREAT", "withdraw"},  // retreat or surrender militarily
      // 09 investigate
      {"09", "ACCUSE", "investigate"},
      // 10 demand
      {"10", "REQUEST", ""},
      {"101", "REQUEST", "assist"},
      {"103", "REQUEST", "assist"},
      {"104", "REQUEST", "change"},
      {"105", "REQUEST", "yield"},
      {"106", "REQUEST", "meet"},
      {"108", "REQUEST", "meet"},  // demand mediation
      // 11 disapprove
      {"11", "ACCUSE", "disapprove"},
      {"1121", "ACCUSE", "allege"},    // accuse of crime, corruption
      {"1122", "ACCUSE", "allege"},    // of human rights abuses
      {"1123", "ACCUSE", "allege"},    // of aggression
      {"1124", "ACCUSE", "allege"},    // of war crimes
      {"1125", "ACCUSE", "allege"},    // of espionage, treason
      {"114", "ACCUSE", "allege"},     // complain officially
      {"115", "ACCUSE", "allege"},     // bring lawsuit against
      {"116", "SANCTION", "convict"},  // find guilty or liable
      // 12 reject
      {"12", "REJECT", ""},
      {"121", "REJECT", "assist"},  // material cooperation
      {"122", "REJECT", "assist"},  // request for aid
      {"123", "REJECT", "change"},  // political reform
      {"124", "REJECT", "yield"},
      {"125", "REJECT", "meet"},  // proposal to meet or negotiate
      {"126", "REJECT", "meet"},  // mediation
      // 13 threaten
      {"13", "THREATEN", ""},
      {"1313", "THREATEN", "relations"},  // reduce or break relations
      {"132", "THREATEN", "restrict"},    // administrative sanctions
      {"134", "THREATEN", "relations"},   // halt negotiations
      {"135", "THREATEN", "relations"},   // halt mediation
      {"136", "THREATEN", "expel"},       // halt international involvement
      {"137", "THREATEN", "arrest"},      // repression
      {"138", "THREATEN", "violence"},    // military force
      {"1381", "THREATEN", "restrict"},   // blockade
      {"1382", "THREATEN", "territory"},  // occupation
      // 14 protest
      {"14", "PROTEST", ""},
      {"141", "PROTEST", "demo"},
      {"142", "PROTEST", "hunger"},
      {"143", "PROTEST", "strike"},  // strike or boycott
      {"144", "PROTEST", "obstruct"},
      {"145", "PROTEST", "riot"},  // violent protest
      // 15 exhibit force posture
      {"15", "MOBILIZE", ""},
      {"151", "MOBILIZE", "police"},  // increase police alert
      {"152", "MOBILIZE", "troops"},  // increase military alert
      {"153", "MOBILIZE", "police"},
      {"154", "MOBILIZE", "troops"},
      // 16 reduce relations
      {"16", "SANCTION", ""},
      {"161", "SANCTION", "withdraw"},     // diplomatic relations
      {"162", "SANCTION", "discontinue"},  // material aid
      {"164", "SANCTION", "withdraw"},     // negotiations
      {"165", "SANCTION", "withdraw"},     // mediation
      {"166", "SANCTION", "expel"},        // expel or withdraw
      // 17 coerce
      {"17", "COERCE", ""},
      {"171", "COERCE", "seize"},
      {"1712", "ASSAULT", "destroy"},  // destroy property
      {"172", "COERCE", "restrict"},
      {"1723", "COERCE", "curfew"},
      {"1724", "COERCE", "martial-law"},  // state of emergency or martial law
      {"173", "COERCE", "arrest"},
      {"174", "COERCE", "deport"},
      {"175", "ASSAULT", "crowd-control"},  // violent repression
      {"176", "COERCE", "cyber"},
      // 18 assault
      {"18", "ASSAULT", ""},
      {"181", "ASSAULT", "abduct"},  // abduct, hijack, take hostage
      {"182", "ASSAULT", "beat"},
      {"1821", "ASSAULT", "sexual"},
      {"1822", "ASSAULT", "torture"},
      {"183", "ASSAULT", "explosives"},
      {"1831", "ASSAULT", "suicide-attack"},
      {"185", "ASSAULT", "targeted"},  // attempted assassination
      {"186", "ASSAULT", "targeted"},  // assassination
      // 19 fight
      {"19", "ASSAULT", ""},
      {"191", "COERCE", "restrict"},        // impose blockade, restrict movement
      {"193", "ASSAULT", "firearms"},       // small arms and light weapons
      {"194", "ASSAULT", "heavy-weapons"},  // artillery and tanks
      {"195", "ASSAULT", "aerial"},
      {"1952", "ASSAULT", "drone"},
      // 20 unconventional mass violence
      {"20", "ASSAULT", ""},
      {"201", "COERCE", "deport"},           // mass expulsion
      {"204", "ASSAULT", "unconventional"},  // weapons of mass destruction
  };
  return kTable;
}

CameoPlover CameoToPlover(std::string_view cameo) {
  for (size_t length = cameo.size(); length >= 2; --length) {
    const std::string_view prefix = cameo.substr(0, length);
    for (const CameoPlover& entry : CameoPloverTable()) {
      if (entry.cameo == prefix) return entry;
    }
  }
  return {cameo, "", ""};
}

}  // namespace casus
