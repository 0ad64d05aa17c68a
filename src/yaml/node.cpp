#include "yaml/node.h"

#include "core/duration.h"

namespace tenk {

const char* YamlNode::type_name() const {
  switch (type) {
    case Type::Null: return "null";
    case Type::Sequence: return "a list";
    case Type::Map: return "a mapping";
    case Type::Scalar: break;
  }
  if (!quoted) {
    if (value == "true" || value == "false" || value == "True" || value == "False") return "a boolean";
    if (parse_hours(value) && value.find_first_of("hm:") == std::string::npos) return "a number";
  }
  return "a string";
}

}  // namespace tenk
