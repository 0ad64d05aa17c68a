// `tenk init [FILE]`: the built-in curriculum written out for the learner
// to edit (SPEC 4). The default place is the one tenk then reads by
// default, so no option is needed afterwards; it never overwrites.

#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/commands.h"
#include "cli/document.h"
#include "cli/embedded_curriculum.h"
#include "cli/text.h"
#include "core/error.h"
#include "files/output.h"
#include "json/output.h"

namespace tenk {

namespace {

// `init -` (or /dev/stdout): the curriculum itself is the output.
int print_curriculum(Context& ctx) {
  if (ctx.json())
    ctx.out << json_text(nlohmann::json{{"ok", true}, {"file", nullptr}, {"default", false},
                                        {"content", embedded_curriculum()}})
            << '\n';
  else
    write_document(ctx.out, "-", embedded_curriculum());
  return 0;
}

}  // namespace

int cmd_init(Context& ctx, const std::string& file) {
  if (!file.empty() && document_to_stdout(file)) return print_curriculum(ctx);
  std::string path = file;
  const std::string config = xdg_dir("XDG_CONFIG_HOME", ".config");
  const std::string default_path = config.empty() ? "" : config + "/tenk/curriculum.yaml";
  if (path.empty()) {
    if (default_path.empty())
      throw InputError("cannot find the config folder: HOME is not set (name a file: tenk init FILE)");
    path = default_path;
    make_folders_for(path);
  }
  write_document(ctx.out, path, embedded_curriculum(), Existing::Refuse);
  const bool is_default = path == default_path;

  if (ctx.json()) {
    ctx.out << json_text(nlohmann::json{{"ok", true}, {"file", path}, {"default", is_default}}) << '\n';
    return 0;
  }
  const auto& s = ctx.style();
  ctx.out << s.green << "Wrote the built-in curriculum to " << printable(path) << s.reset << ".\n\n"
          << "Next:\n"
          << "  1. Edit it: drop what you know, add your own books, set schedule.week (hours per\n"
          << "     weekday) and days_off. It keeps id: cracked-ml, so your journal carries on.\n"
          << "  2. tenk check" << (is_default ? "" : " -c " + printable(path))
          << "    says what is wrong, with line and column.\n"
          << "  3. tenk today" << (is_default ? "" : " -c " + printable(path)) << '\n';
  if (is_default)
    ctx.out << '\n' << s.dim << "tenk reads this file by default from now on (-c or TENK_CURRICULUM still win)."
            << s.reset << '\n';
  else
    ctx.out << '\n' << s.dim << "Use it with -c " << printable(path) << " or TENK_CURRICULUM=" << printable(path)
            << "; 'tenk init' with no FILE puts it where tenk looks by default." << s.reset << '\n';
  return 0;
}

}  // namespace tenk
