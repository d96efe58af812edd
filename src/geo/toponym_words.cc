#include "geo/toponym_words.h"

#include <string>

namespace casus::toponym_words {

CompassPart Compass(std::string_view w) {
  std::string s;
  for (char c : w) {
    if (c != '-') s.push_back(IsUpperAscii(c) ? static_cast<char>(c + 32) : c);
  }
  if (s.size() > 5 && s.compare(s.size() - 3, 3, "ern") == 0)
    s.resize(s.size() - 3);  // northern → north
  if (s == "north") return CompassPart::kNorth;
  if (s == "south") return CompassPart::kSouth;
  if (s == "east") return CompassPart::kEast;
  if (s == "west") return CompassPart::kWest;
  if (s == "northeast") return CompassPart::kNorthEast;
  if (s == "northwest") return CompassPart::kNorthWest;
  if (s == "southeast") return CompassPart::kSouthEast;
  if (s == "southwest") return CompassPart::kSouthWest;
  if (s == "central" || s == "mid") return CompassPart::kCentral;
  return CompassPart::kWhole;
}

// "50 nautical miles", "20 km", "(12 miles)" ending at token j: the
// distance in kilometres, or 0 left unchanged when there is none.
void ReadDistance(std::span<const Token> tokens, int32_t j, float* km) {
  if (j >= 0 && tokens[j].text == ")") --j;
  if (j < 1) return;
  double factor = 0;
  const std::string_view unit = tokens[j].text;
  if (Is(unit, "km") || Is(unit, "kilometres") || Is(unit, "kilometers") || Is(unit, "kilometre") ||
      Is(unit, "kilometer")) {
    factor = 1;
  } else if (Is(unit, "miles") || Is(unit, "mile")) {
    factor = j >= 2 && Is(tokens[j - 1].text, "nautical") ? 1.852 : 1.609;
    if (factor > 1.7) --j;
  } else {
    return;
  }
  --j;
  if (j >= 0 && tokens[j].text == "(") --j;
  if (j < 0 || tokens[j].kind != TokenKind::kNumber) return;
  double value = 0;
  for (char c : tokens[j].text) {
    if (c >= '0' && c <= '9') {
      value = value * 10 + (c - '0');
    } else if (c != ',') {
      break;
    }
  }
  if (value > 0 && value * factor < 1000) *km = static_cast<float>(value * factor);
}

}  // namespace casus::toponym_words
