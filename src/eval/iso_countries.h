// ISO 3166-1 country codes, for reading outside data (the PLOVER records
// code countries in CAMEO's three-letter codes, which are ISO alpha-3 for
// nearly every country, and places in alpha-2).
//
// The table holds every officially assigned ISO 3166-1 code plus XK/XKX,
// the user-assigned code in common use for Kosovo.
//
// Thread safety: pure functions over a constant table.
#ifndef CASUS_EVAL_ISO_COUNTRIES_H_
#define CASUS_EVAL_ISO_COUNTRIES_H_

#include <string_view>

namespace casus {

// True for an ISO 3166-1 alpha-3 code ("IRQ"), upper case.
bool IsIsoAlpha3(std::string_view code);
// The alpha-3 code of an alpha-2 code ("IQ" → "IRQ"), or "" when unknown.
std::string_view IsoAlpha3FromAlpha2(std::string_view code);
// The ISO alpha-3 code for a CAMEO country code: the code itself when it is
// ISO, else CAMEO's own spellings (JAP → JPN, ITL → ITA, VTN → VNM); ""
// for codes that are not countries (IGO, NGO, IMG, ...).
std::string_view IsoAlpha3FromCameo(std::string_view code);

}  // namespace casus

#endif  // CASUS_EVAL_ISO_COUNTRIES_H_
