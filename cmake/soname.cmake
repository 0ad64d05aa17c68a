# tenk_soname(OUT NAME LIBRARIES): sets OUT to the soname (e.g. libgvc.so.6)
# of libNAME.so, found among the full paths in LIBRARIES, as the dynamic
# loader will look it up at run time.
function(tenk_soname out name libraries)
  if(NOT CMAKE_OBJDUMP)
    find_program(CMAKE_OBJDUMP objdump REQUIRED)  # binutils, which g++ brings
  endif()
  foreach(path IN LISTS libraries)
    if(path MATCHES "/lib${name}\\.so$")
      execute_process(COMMAND ${CMAKE_OBJDUMP} -p ${path}
                      OUTPUT_VARIABLE dump ERROR_VARIABLE problem RESULT_VARIABLE status)
      if(status EQUAL 0 AND dump MATCHES "SONAME[ \t]+([^ \t\n]+)")
        set(${out} ${CMAKE_MATCH_1} PARENT_SCOPE)
        return()
      endif()
      message(FATAL_ERROR "no soname for ${path} in `${CMAKE_OBJDUMP} -p` (exit ${status}) ${problem}")
    endif()
  endforeach()
  message(FATAL_ERROR "lib${name}.so is not among the Graphviz libraries pkg-config gave: ${libraries}")
endfunction()
