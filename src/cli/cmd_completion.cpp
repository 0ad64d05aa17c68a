// `tenk completion bash|zsh|fish`: a shell completion script. The scripts
// come from cli/completion_scripts.h; the hidden `--ids` and `--choices`
// are what the scripts call for the ids of the curriculum in use.

#include <algorithm>
#include <ostream>

#include "cli/commands.h"
#include "cli/completion_scripts.h"
#include "core/error.h"
#include "core/suggest.h"

namespace tenk {
namespace {

const std::vector<std::string> kShells = {"bash", "zsh", "fish"};

}  // namespace

int cmd_completion(Context& ctx, const CompletionOptions& opts, const CommandLine& cli) {
  if (opts.ids || opts.choices) {
    // Only the curriculum is read (not the journal): a completion must be quick.
    const auto& c = ctx.curriculum();
    for (const auto& id : opts.ids ? c.all_ids() : c.choice_ids()) ctx.out << id << '\n';
    return 0;
  }
  if (opts.shell.empty()) throw UsageError("completion needs a shell: bash, zsh or fish");
  if (std::find(kShells.begin(), kShells.end(), opts.shell) == kShells.end())
    throw UsageError("unknown shell '" + opts.shell + "'" + did_you_mean(opts.shell, kShells) +
                     "; shells: bash, zsh, fish");
  if (opts.shell == "bash") ctx.out << bash_completion(cli);
  else if (opts.shell == "zsh") ctx.out << zsh_completion(cli);
  else ctx.out << fish_completion(cli);
  return 0;
}

}  // namespace tenk
