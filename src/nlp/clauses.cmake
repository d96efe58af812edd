# Phrases and clauses: shallow syntax over tagged tokens.
list(APPEND CASUS_NLP_SOURCES
  ${CMAKE_CURRENT_SOURCE_DIR}/clause_analyzer.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/clause_building.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/clause_coordination.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/clause_passes.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/clause_phrases.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/clause_speech.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/clause_verb_groups.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/clause_words.cc)
list(APPEND CASUS_NLP_TESTS ${CMAKE_CURRENT_SOURCE_DIR}/clause_analyzer_test.cc)
