#include "base/utf8.h"

namespace casus {
namespace {

// Length of the well-formed sequence at text[pos], or 0 if ill-formed.
// Follows Table 3-7 of the Unicode Standard (well-formed byte sequences).
size_t WellFormedLength(std::string_view text, size_t pos) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const size_t n = text.size();
  const unsigned char b0 = byte(pos);
  if (b0 < 0x80) return 1;
  auto in = [](unsigned char b, unsigned char lo, unsigned char hi) { return b >= lo && b <= hi; };
  if (in(b0, 0xC2, 0xDF)) {
    return pos + 1 < n && in(byte(pos + 1), 0x80, 0xBF) ? 2 : 0;
  }
  if (in(b0, 0xE0, 0xEF)) {
    if (pos + 2 >= n) return 0;
    const unsigned char lo = b0 == 0xE0 ? 0xA0 : 0x80;
    const unsigned char hi = b0 == 0xED ? 0x9F : 0xBF;
    return in(byte(pos + 1), lo, hi) && in(byte(pos + 2), 0x80, 0xBF) ? 3 : 0;
  }
  if (in(b0, 0xF0, 0xF4)) {
    if (pos + 3 >= n) return 0;
    const unsigned char lo = b0 == 0xF0 ? 0x90 : 0x80;
    const unsigned char hi = b0 == 0xF4 ? 0x8F : 0xBF;
    return in(byte(pos + 1), lo, hi) && in(byte(pos + 2), 0x80, 0xBF) &&
                   in(byte(pos + 3), 0x80, 0xBF)
               ? 4
               : 0;
  }
  return 0;
}

// Bytes of the maximal ill-formed subpart at pos (at least 1).
size_t IllFormedLength(std::string_view text, size_t pos) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  size_t expected = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 ? 2 : 1;
  if (b0 > 0xF4) expected = 1;
  size_t i = 1;
  // Continuation bytes that could have continued a valid prefix.
  while (i < expected && pos + i < text.size()) {
    const auto b = static_cast<unsigned char>(text[pos + i]);
    unsigned char lo = 0x80, hi = 0xBF;
    if (i == 1) {
      if (b0 == 0xE0) lo = 0xA0;
      if (b0 == 0xED) hi = 0x9F;
      if (b0 == 0xF0) lo = 0x90;
      if (b0 == 0xF4) hi = 0x8F;
    }
    if (b < lo || b > hi) break;
    ++i;
  }
  return i;
}

}  // namespace

bool IsValidUtf8(std::string_view text) {
  for (size_t pos = 0; pos < text.size();) {
    const size_t len = WellFormedLength(text, pos);
    if (len == 0) return false;
    pos += len;
  }
  return true;
}

std::string RepairUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    const size_t len = WellFormedLength(text, pos);
    if (len == 0) {
      AppendUtf8(kReplacementChar, out);
      pos += IllFormedLength(text, pos);
      continue;
    }
    if (len == 1) {
      const char c = text[pos];
      if (c == '\r') {
        out.push_back('\n');
        if (pos + 1 < text.size() && text[pos + 1] == '\n') ++pos;
      } else if (c == '\n' || c == '\t' || static_cast<unsigned char>(c) >= 0x20) {
        if (c != 0x7F) out.push_back(c);
      }
      ++pos;
      continue;
    }
    out.append(text.substr(pos, len));
    pos += len;
  }
  return out;
}

char32_t DecodeUtf8(std::string_view text, size_t pos, size_t& length) {
  length = WellFormedLength(text, pos);
  const auto byte = [&](size_t i) {
    return static_cast<char32_t>(static_cast<unsigned char>(text[i]));
  };
  switch (length) {
    case 1:
      return byte(pos);
    case 2:
      return ((byte(pos) & 0x1F) << 6) | (byte(pos + 1) & 0x3F);
    case 3:
      return ((byte(pos) & 0x0F) << 12) | ((byte(pos + 1) & 0x3F) << 6) | (byte(pos + 2) & 0x3F);
    case 4:
      return ((byte(pos) & 0x07) << 18) | ((byte(pos + 1) & 0x3F) << 12) |
             ((byte(pos + 2) & 0x3F) << 6) | (byte(pos + 3) & 0x3F);
    default:
      length = 1;
      return kReplacementChar;
  }
}

void AppendUtf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace casus
