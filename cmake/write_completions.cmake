# Writes the three shell completion scripts by running the built tenk:
#   cmake -DTENK=path/to/tenk -DOUTPUT_DIR=dir -P write_completions.cmake
# dir/tenk (bash), dir/_tenk (zsh), dir/tenk.fish (fish).
foreach(pair "bash;tenk" "zsh;_tenk" "fish;tenk.fish")
  list(GET pair 0 shell)
  list(GET pair 1 name)
  execute_process(COMMAND ${TENK} completion ${shell}
                  OUTPUT_FILE ${OUTPUT_DIR}/${name}.tmp
                  RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "tenk completion ${shell} failed: ${result}")
  endif()
  file(RENAME ${OUTPUT_DIR}/${name}.tmp ${OUTPUT_DIR}/${name})
endforeach()
