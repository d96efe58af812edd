# Reading part of the nlp stage: dates, numbers and counts, hedges.
list(APPEND CASUS_NLP_SOURCES
  ${CMAKE_CURRENT_SOURCE_DIR}/reading_words.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/date_expression.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/date_resolver.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/count_words.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/count_reader.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/hedge_detector.cc
)
list(APPEND CASUS_NLP_TESTS
  ${CMAKE_CURRENT_SOURCE_DIR}/reading_test_tokens.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/date_resolver_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/count_reader_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/hedge_detector_test.cc
)
