# One helper to add a library and one to add a test, so every target gets the same flags.

# Warnings are errors by default (CI builds that way); -DPALMA_WERROR=OFF keeps them warnings, for a
# compiler other than the one CI uses (a GPU machine's, say) whose new warnings should not stop a build.
option(PALMA_WERROR "Treat compiler warnings as errors" ON)
set(PALMA_WARNINGS -Wall -Wextra)
if(PALMA_WERROR)
  list(APPEND PALMA_WARNINGS -Werror -Wno-error=deprecated-declarations)
endif()

# palma_add_library(NAME SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...] [TORCH_PCH])
function(palma_add_library name)
  cmake_parse_arguments(ARG "TORCH_PCH" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}" "${PROJECT_BINARY_DIR}/generated")
  target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
  target_compile_options(${name} PRIVATE $<$<COMPILE_LANGUAGE:CXX>:${PALMA_WARNINGS}>)
  set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  if(ARG_TORCH_PCH)
    target_precompile_headers(${name} PRIVATE "$<$<COMPILE_LANGUAGE:CXX>:${PROJECT_SOURCE_DIR}/core/common/torch_pch.h>")
  endif()
endfunction()

# palma_add_executable(NAME SOURCES ... LIBS ...)
function(palma_add_executable name)
  cmake_parse_arguments(ARG "" "OUTPUT_NAME" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS})
  target_compile_options(${name} PRIVATE $<$<COMPILE_LANGUAGE:CXX>:${PALMA_WARNINGS}>)
  if(ARG_OUTPUT_NAME)
    set_target_properties(${name} PROPERTIES OUTPUT_NAME ${ARG_OUTPUT_NAME})
  endif()
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/bin")
endfunction()

# palma_add_test(NAME SOURCES ... LIBS ... [LABELS unit|gui|slow|gpu ...] [QT] [TIMEOUT s])
#
# Engine tests (no QT flag) use the small harness in tests/support/palma_test.h so that they build with
# LibTorch alone (the GPU machine has no Qt). Tests of I/O, widgets and apps pass QT and are Qt Test
# executables. GUI-labelled tests run under Xvfb (see tests/CMakeLists.txt).
function(palma_add_test name)
  cmake_parse_arguments(ARG "QT" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_compile_options(${name} PRIVATE $<$<COMPILE_LANGUAGE:CXX>:${PALMA_WARNINGS}>)
  target_compile_definitions(${name} PRIVATE PALMA_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tests")
  if(ARG_QT)
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} Qt6::Test)
  else()
    target_link_libraries(${name} PRIVATE ${ARG_LIBS} palma_test_support)
  endif()
  set(labels ${ARG_LABELS})
  if(NOT labels)
    set(labels unit)
  endif()
  # Passive OpenMP waiting: tests run in parallel on all cores, where any spinning costs time
  # (see boundThreadSpinning in core/common/threads.h).
  if("gui" IN_LIST labels)
    add_test(NAME ${name} COMMAND ${PALMA_XVFB_RUN} $<TARGET_FILE:${name}>)
    set_tests_properties(${name} PROPERTIES ENVIRONMENT
                         "QT_QPA_PLATFORM=xcb;QT_XCB_GL_INTEGRATION=xcb_glx;OMP_WAIT_POLICY=PASSIVE")
  else()
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "OMP_WAIT_POLICY=PASSIVE")
  endif()
  set(timeout ${ARG_TIMEOUT})
  if(NOT timeout)
    set(timeout 300)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${labels}" TIMEOUT ${timeout}
                       WORKING_DIRECTORY "${PROJECT_BINARY_DIR}")
endfunction()
