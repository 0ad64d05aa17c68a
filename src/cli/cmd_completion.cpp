// `tenk completion bash|zsh|fish`: a shell completion script. The scripts
// come from cli/completion_scripts.h; the hidden `--ids` and `--choices`
// are what the scripts call for the ids of the curriculum in use.

#include <algorithm>
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/commands.h"
#include "cli/commands_list.h"
#include "cli/completion_scripts.h"
#include "core/error.h"
#include "core/suggest.h"
#include "json/output.h"

namespace tenk {
int cmd_completion(Context& ctx, const CompletionOptions& opts, const CommandLine& cli) {
  if (opts.ids || opts.choices) {
    // Only the curriculum is read (not the journal): a completion must be quick.
    const auto& c = ctx.curriculum();
    auto ids = opts.ids ? c.all_ids() : c.choice_ids();
    if (ctx.json()) ctx.out << json_text(nlohmann::json{{"ids", ids}}) << '\n';
    else
      for (const auto& id : ids) ctx.out << id << '\n';
    return 0;
  }
  const auto& shells = completion_shells();
  if (opts.shell.empty()) throw UsageError("completion needs a shell: " + or_list(shells));
  if (std::find(shells.begin(), shells.end(), opts.shell) == shells.end())
    throw UsageError("unknown shell '" + opts.shell + "'" + did_you_mean(opts.shell, shells) +
                     "; shells: " + comma_list(shells));
  std::string script = opts.shell == "bash" ? bash_completion(cli)
                       : opts.shell == "zsh"  ? zsh_completion(cli)
                                              : fish_completion(cli);
  if (ctx.json()) ctx.out << json_text(nlohmann::json{{"shell", opts.shell}, {"script", script}}) << '\n';
  else ctx.out << script;
  return 0;
}

}  // namespace tenk
