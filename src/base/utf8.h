// UTF-8 validation, repair and decoding.
//
// Intake runs every document through RepairUtf8 so that all later stages
// may assume valid UTF-8. Decoding is byte-offset based so tokens keep
// offsets into the original text.
//
// Thread safety: pure functions.
#ifndef CASUS_BASE_UTF8_H_
#define CASUS_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace casus {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, ≤ U+10FFFF).
bool IsValidUtf8(std::string_view text);

// Returns `text` with every ill-formed sequence replaced by U+FFFD (one per
// maximal ill-formed subpart, as Unicode recommends), NUL bytes and C0
// controls other than tab and newline dropped, and CR / CRLF turned into LF.
std::string RepairUtf8(std::string_view text);

// Decodes the code point starting at text[pos] of valid UTF-8. Sets `length`
// to its byte length (1 for an ill-formed byte, which decodes to U+FFFD).
char32_t DecodeUtf8(std::string_view text, size_t pos, size_t& length);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string& out);

}  // namespace casus

#endif  // CASUS_BASE_UTF8_H_
