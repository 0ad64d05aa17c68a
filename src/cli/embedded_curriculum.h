#pragma once
// The default curriculum, compiled in from curricula/cracked-ml.yaml
// (see cmake/embed_file.cmake), so `tenk today` works with no setup.

#include <string_view>

namespace tenk {

std::string_view embedded_curriculum();
/// "cracked-ml.yaml": the name used in messages and for the default id.
std::string_view embedded_curriculum_name();

}  // namespace tenk
