# Turns a text file into a C++ source defining tenk::embedded_curriculum().
# Usage: cmake -DINPUT=file.yaml -DOUTPUT=out.cpp -P embed_file.cmake
# The bytes are written as a hex array, so any content (quotes, backslashes,
# non-ASCII) survives exactly and no raw-string delimiter can clash.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
get_filename_component(name "${INPUT}" NAME)
file(WRITE "${OUTPUT}" "// Generated from ${name} by cmake/embed_file.cmake. Do not edit.\n"
  "#include \"cli/embedded_curriculum.h\"\n\n"
  "namespace tenk {\nnamespace {\nconst char kBytes[] = {\n${bytes}0x00};\n}  // namespace\n\n"
  "std::string_view embedded_curriculum() { return {kBytes, ${size}}; }\n"
  "std::string_view embedded_curriculum_name() { return \"${name}\"; }\n\n}  // namespace tenk\n")
