# Reading part of the nlp stage: dates, numbers and counts, hedges.
list(APPEND CASUS_NLP_SOURCES
  ${CMAKE_CURRENT_SOURCE_DIR}/reading_words.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/date_expression.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/date_resolver.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/count_words.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/count_phrases.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/count_reader.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/hedge_detector.cc
)
list(APPEND CASUS_NLP_TESTS
  ${CMAKE_CURRENT_SOURCE_DIR}/reading_test_tokens.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/reading_words_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/date_resolver_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/count_reader_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/hedge_detector_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/reading_robustness_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/reading_segmenter_test.cc
)

# casus-reading-check: speed of the readers and their recall on the sample
# gold events (see the file's header). Not built by default.
add_executable(casus-reading-check EXCLUDE_FROM_ALL ${CMAKE_CURRENT_SOURCE_DIR}/reading_check.cc)
target_link_libraries(casus-reading-check PRIVATE casus_nlp nlohmann_json::nlohmann_json)
