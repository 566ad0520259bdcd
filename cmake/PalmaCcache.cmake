# Use ccache when it is installed. Precompiled headers need ccache's pch sloppiness, so the launcher sets it.
find_program(PALMA_CCACHE ccache)
if(PALMA_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER
      "${CMAKE_COMMAND};-E;env;CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime;CCACHE_BASEDIR=${CMAKE_SOURCE_DIR};${PALMA_CCACHE}")
  set(CMAKE_C_COMPILER_LAUNCHER "${PALMA_CCACHE}")
  message(STATUS "Palma: using ccache (${PALMA_CCACHE})")
endif()
