// A small streaming JSON writer that appends compact JSON to a std::string.
//
// It exists (rather than building a DOM) because casus writes one record per
// event at pipeline speed and must produce byte-identical output for the same
// input: keys come out in the order they are written, numbers in a fixed
// format. Strings are escaped per RFC 8259; input must be valid UTF-8 (intake
// guarantees it).
//
// Thread safety: a JsonWriter is a mutable value; use one per thread.
#ifndef CASUS_OUTPUT_JSON_WRITER_H_
#define CASUS_OUTPUT_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace casus {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  // Writes an object key; the next value call writes its value.
  JsonWriter& Key(std::string_view key);

  JsonWriter& String(std::string_view value);
  // Writes null for an empty string (the contract writes absent text as null).
  JsonWriter& StringOrNull(std::string_view value);
  JsonWriter& Int(int64_t value);
  // Fixed-point with `decimals` digits, trailing zeros trimmed ("0.85", "36.19").
  JsonWriter& Double(double value, int decimals);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();

 private:
  void BeforeValue();

  std::string& out_;
  // One entry per open container: true once it holds an element.
  std::vector<bool> has_element_;
  bool after_key_ = false;
};

// Appends `value` to `out` as a JSON string literal with quotes.
void AppendJsonString(std::string_view value, std::string& out);

}  // namespace casus

#endif  // CASUS_OUTPUT_JSON_WRITER_H_
