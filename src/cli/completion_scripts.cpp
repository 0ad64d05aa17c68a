#include "cli/completion_scripts.h"

#include <algorithm>

namespace tenk {
namespace {

std::string join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

// `s` inside single quotes, for sh, bash and zsh.
std::string sh_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

std::vector<const CliArg*> options_of(const std::vector<CliArg>& args) {
  std::vector<const CliArg*> out;
  for (const auto& a : args)
    if (!a.positional) out.push_back(&a);
  return out;
}

std::vector<const CliArg*> positionals_of(const std::vector<CliArg>& args) {
  std::vector<const CliArg*> out;
  for (const auto& a : args)
    if (a.positional) out.push_back(&a);
  return out;
}

// Every name of an option that takes a value, in any command: the scripts
// skip the word after one when they count arguments.
std::vector<std::string> valued_names(const CommandLine& cli) {
  std::vector<std::string> out;
  auto add = [&](const std::vector<CliArg>& args) {
    for (const auto* a : options_of(args))
      if (a->takes_value)
        for (const auto& n : a->names)
          if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
  };
  add(cli.global);
  for (const auto& c : cli.commands) add(c.args);
  return out;
}

std::vector<std::string> all_names(const std::vector<const CliArg*>& options) {
  std::vector<std::string> out;
  for (const auto* a : options) out.insert(out.end(), a->names.begin(), a->names.end());
  return out;
}

// --- bash -----------------------------------------------------------------

// What bash does for a value of kind `a.value`: a case branch body that
// ends the function.
std::string bash_action(const CliArg& a) {
  switch (a.value) {
    case ValueKind::File: return "return ;;  # file names: readline's own (complete -o default)";
    case ValueKind::Id: return "_tenk_reply \"$cur\" \"$(_tenk_ids --ids)\"; return ;;";
    case ValueKind::Choice: return "_tenk_reply \"$cur\" \"$(_tenk_ids --choices)\"; return ;;";
    case ValueKind::Words: return "_tenk_reply \"$cur\" " + sh_quote(join(a.words, " ")) + "; return ;;";
    case ValueKind::None: break;
  }
  return "_tenk_none; return ;;";
}

}  // namespace

std::string bash_completion(const CommandLine& cli) {
  std::string s = R"~(# bash completion for tenk                                 -*- shell-script -*-
# Written by `tenk completion bash`. cmake --install puts it in
# share/bash-completion/completions/tenk; or add to ~/.bashrc:
#   source <(tenk completion bash)

# A word of the line as a file name, in REPLY: as the shell would read it
# without running anything. Backslashes and quotes are removed ('...',
# "...", \x) and a leading ~ or ~/ becomes $HOME; $... and `...` stay as
# typed (no eval: a file name must never run as code).
_tenk_path() {
    local word=$1 c quote= i
    REPLY=
    for ((i = 0; i < ${#word}; i++)); do
        c=${word:i:1}
        if [[ $quote == "'" ]]; then
            if [[ $c == "'" ]]; then quote=; else REPLY+=$c; fi
        elif [[ $quote == '"' ]]; then
            if [[ $c == '"' ]]; then
                quote=
            elif [[ $c == '\' ]] && [[ ${word:i+1:1} == ['$`"\'] ]]; then
                REPLY+=${word:i+1:1}; i=$((i + 1))
            else
                REPLY+=$c
            fi
        elif [[ $c == '\' ]]; then
            REPLY+=${word:i+1:1}; i=$((i + 1))
        elif [[ $c == "'" || $c == '"' ]]; then
            quote=$c
        else
            REPLY+=$c
        fi
    done
    if [[ $word == '~' || $word == '~/'* ]]; then REPLY=$HOME${REPLY:1}; fi
}

# The ids of the curriculum named on the line (-c FILE), asked of tenk itself.
_tenk_ids() {
    local i tenk REPLY args=()
    _tenk_path "${COMP_WORDS[0]}"; tenk=$REPLY
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            -c | --curriculum) _tenk_path "${COMP_WORDS[i + 1]}"; args+=(--curriculum "$REPLY") ;;
        esac
    done
    "$tenk" "${args[@]}" completion "$1" 2>/dev/null
}

# COMPREPLY: the words of $2 that start with $1.
_tenk_reply() {
    mapfile -t COMPREPLY < <(compgen -W "$2" -- "$1")
}

# Nothing to offer (hours, a date, a note): not even file names.
_tenk_none() {
    COMPREPLY=()
    compopt +o default 2>/dev/null
}

_tenk() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    local command= npos=0 i
    # The command, and how many of its arguments come before the cursor.
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
)~";
  s += "            " + join(valued_names(cli), " | ") + ") i=$((i + 1)) ;;\n";
  s += R"~(            -*) ;;
            *) if [[ -z $command ]]; then command=${COMP_WORDS[i]}; else npos=$((npos + 1)); fi ;;
        esac
    done

    # The value of an option.
    case $command:$prev in
)~";
  for (const auto* a : options_of(cli.global))
    if (a->takes_value) {
      std::vector<std::string> patterns;
      for (const auto& n : a->names) patterns.push_back("*:" + n);
      s += "        " + join(patterns, " | ") + ") " + bash_action(*a) + "\n";
    }
  for (const auto& c : cli.commands)
    for (const auto* a : options_of(c.args))
      if (a->takes_value) {
        std::vector<std::string> patterns;
        for (const auto& n : a->names) patterns.push_back(c.name + ":" + n);
        s += "        " + join(patterns, " | ") + ") " + bash_action(*a) + "\n";
      }
  s += R"~(    esac

    # Options: the command's and the global ones.
    if [[ $cur == -* ]]; then
        case $command in
)~";
  auto global_names = all_names(options_of(cli.global));
  for (const auto& c : cli.commands) {
    auto names = all_names(options_of(c.args));
    for (const auto& g : global_names)
      if (g != "--version" && std::find(names.begin(), names.end(), g) == names.end()) names.push_back(g);
    s += "            " + c.name + ") _tenk_reply \"$cur\" " + sh_quote(join(names, " ")) + " ;;\n";
  }
  s += "            *) _tenk_reply \"$cur\" " + sh_quote(join(global_names, " ")) + " ;;\n";
  s += R"~(        esac
        return
    fi

    # Arguments: the command, then its own.
    case $command:$npos in
)~";
  std::vector<std::string> names;
  for (const auto& c : cli.commands) names.push_back(c.name);
  s += "        :*) _tenk_reply \"$cur\" " + sh_quote(join(names, " ")) + " ;;\n";
  for (const auto& c : cli.commands) {
    auto positionals = positionals_of(c.args);
    for (std::size_t i = 0; i < positionals.size(); ++i)
      s += "        " + c.name + ":" + std::to_string(i) + ") " + bash_action(*positionals[i]) + "\n";
  }
  s += R"~(        *) _tenk_none ;;
    esac
}

complete -o default -F _tenk tenk
)~";
  return s;
}

// --- zsh ------------------------------------------------------------------

namespace {

// Text for inside `[...]` of an _arguments spec.
std::string zsh_bracket(const std::string& help) {
  std::string out;
  for (char c : help) {
    if (c == '[' || c == ']' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string zsh_action(const CliArg& a) {
  switch (a.value) {
    case ValueKind::File: return "_files";
    case ValueKind::Id: return "_tenk_ids --ids";
    case ValueKind::Choice: return "_tenk_ids --choices";
    case ValueKind::Words: return "(" + join(a.words, " ") + ")";
    case ValueKind::None: break;
  }
  return " ";
}

// The _arguments specs of `options`, one quoted word a line, each line
// continued (`\`): they are the arguments of one command.
std::string zsh_option_specs(const std::vector<const CliArg*>& options, const std::string& indent) {
  std::string out;
  for (const auto* a : options) {
    std::string exclusive = a->names.size() > 1 ? "(" + join(a->names, " ") + ")" : "";
    for (const auto& n : a->names) {
      std::string spec = exclusive + n + "[" + zsh_bracket(a->help) + "]";
      if (a->takes_value) {
        std::string message = a->names.back();
        while (!message.empty() && message.front() == '-') message.erase(0, 1);
        spec += ":" + message + ":" + zsh_action(*a);
      }
      out += indent + sh_quote(spec) + " \\\n";
    }
  }
  return out;
}

}  // namespace

std::string zsh_completion(const CommandLine& cli) {
  std::string s = R"~(#compdef tenk
# zsh completion for tenk. Written by `tenk completion zsh`. cmake --install
# puts it in share/zsh/vendor-completions/_tenk; or add to ~/.zshrc, after
# compinit:
#   source <(tenk completion zsh)

# The ids of the curriculum named on the line (-c FILE), asked of tenk itself.
# The last argument is --ids or --choices (_arguments puts its own options
# before it).
_tenk_ids() {
  local -a ids expl
  ids=(${(f)"$("${_tenk_line[@]}" completion ${argv[-1]} 2>/dev/null)"})
  _wanted ids expl id compadd -a ids
}

# A word of the line as a file name, in REPLY: its quotes removed and a
# leading ~ or ~/ made $HOME, nothing else. No glob, no ~user, no $(...):
# a file name such as cur*(e:touch PWNED:) stays a name and runs nothing.
_tenk_path() {
  REPLY=${(Q)1}
  [[ $1 == '~' || $1 == '~/'* ]] && REPLY=$HOME${REPLY#'~'}
}

_tenk() {
  local curcontext=$curcontext state state_descr line ret=1 i REPLY
  typeset -A opt_args
  # How to call tenk for ids: as typed, with the line's curriculum.
  local -a _tenk_line
  _tenk_path "${words[1]}"; _tenk_line=("$REPLY")
  for (( i = 2; i < CURRENT; i++ )); do
    if [[ ${words[i]} == (-c|--curriculum) ]]; then
      _tenk_path "${words[i+1]}"; _tenk_line+=(--curriculum "$REPLY")
    fi
  done

  local -a global
  global=(
)~";
  std::vector<const CliArg*> global, top_only;
  for (const auto* a : options_of(cli.global)) (a->names.back() == "--version" ? top_only : global).push_back(a);
  s += zsh_option_specs(global, "    ");
  s += "  )\n  _arguments -C $global \\\n" + zsh_option_specs(top_only, "    ");
  s += R"~(    '1: :->command' \
    '*:: :->argument' && ret=0

  case $state in
    command)
      local -a commands
      commands=(
)~";
  for (const auto& c : cli.commands) s += "        " + sh_quote(c.name + ":" + c.help) + "\n";
  s += R"~(      )
      _describe -t commands 'tenk command' commands && ret=0
      ;;
    argument)
      curcontext=${curcontext%:*:*}:tenk-$line[1]:
      case $line[1] in
)~";
  for (const auto& c : cli.commands) {
    s += "        (" + c.name + ")\n          _arguments $global \\\n";
    // Their own options; -h/--help is among the global ones already.
    std::vector<const CliArg*> own;
    auto global_names = all_names(global);
    for (const auto* a : options_of(c.args))
      if (std::find(global_names.begin(), global_names.end(), a->names.back()) == global_names.end()) own.push_back(a);
    s += zsh_option_specs(own, "            ");
    auto positionals = positionals_of(c.args);
    for (std::size_t i = 0; i < positionals.size(); ++i)
      s += "            " + sh_quote(std::to_string(i + 1) + ":" + positionals[i]->names.front() + ":" +
                                     zsh_action(*positionals[i])) + " \\\n";
    s += "            && ret=0\n          ;;\n";
  }
  s += R"~(      esac
      ;;
  esac
  return ret
}

if [[ $funcstack[1] == _tenk ]]; then
  _tenk "$@"
else
  compdef _tenk tenk
fi
)~";
  return s;
}

// --- fish -----------------------------------------------------------------

namespace {

std::string fish_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\\' || c == '\'') q += '\\';
    q += c;
  }
  return q + "'";
}

std::string fish_values(const CliArg& a) {
  switch (a.value) {
    case ValueKind::File: return " -r -F";
    case ValueKind::Id: return " -x -a '(__tenk_ids --ids)'";
    case ValueKind::Choice: return " -x -a '(__tenk_ids --choices)'";
    case ValueKind::Words: return " -x -a " + fish_quote(join(a.words, " "));
    case ValueKind::None: break;
  }
  return " -x";
}

// The values of a positional argument; "" for free text (nothing to offer).
std::string fish_positional(const CliArg& a) {
  if (a.value == ValueKind::None) return "";
  if (a.value == ValueKind::File) return " -F";
  return fish_values(a);
}

std::string fish_option(const CliArg& a, const std::string& condition) {
  std::string line = "complete -c tenk";
  if (!condition.empty()) line += " -n " + fish_quote(condition);
  for (const auto& n : a.names) line += n.starts_with("--") ? " -l " + n.substr(2) : " -s " + n.substr(1);
  if (a.takes_value) line += fish_values(a);
  return line + " -d " + fish_quote(a.help) + "\n";
}

}  // namespace

std::string fish_completion(const CommandLine& cli) {
  std::string s = R"~(# fish completion for tenk. Written by `tenk completion fish`. cmake --install
# puts it in share/fish/vendor_completions.d/tenk.fish; or run once:
#   tenk completion fish > ~/.config/fish/completions/tenk.fish

# A word of the line (commandline -o has removed its quotes) as a file name:
# a leading ~ or ~/ becomes $HOME, nothing else (no ~user, nothing run).
function __tenk_path
    set -l word $argv[1]
    if test "$word" = '~'; or string match -q -- '~/*' "$word"
        set -l rest (string sub -s 2 -- "$word")
        set word "$HOME$rest"
    end
    printf '%s\n' "$word"
end

# The ids of the curriculum named on the line (-c FILE), asked of tenk itself.
function __tenk_ids
    set -l line (commandline -opc)
    set -l args
    set -l next 0
    for word in $line[2..-1]
        test $next = 1; and set -a args --curriculum (__tenk_path $word)
        set next 0
        contains -- $word -c --curriculum; and set next 1
    end
    set -l tenk (__tenk_path $line[1])
    $tenk $args completion $argv 2>/dev/null
end

# True when the line being completed is at argument N (0 = the first) of
# COMMAND ("" = no command yet); with no N, anywhere in COMMAND.
function __tenk_at
    set -l line (commandline -opc)
    set -l command ''
    set -l n 0
    set -l skip 0
    for word in $line[2..-1]
        if test $skip = 1
            set skip 0
        else if contains -- $word )~";
  for (const auto& n : valued_names(cli)) s += n + " ";
  s.pop_back();
  s += R"~(
            set skip 1
        else if string match -q -- '-*' $word
            continue
        else if test -z "$command"
            set command $word
        else
            set n (math $n + 1)
        end
    end
    test "$command" = "$argv[1]"; or return 1
    test (count $argv) -lt 2; or test $n = $argv[2]
end

complete -c tenk -f
)~";
  for (const auto& c : cli.commands)
    s += "complete -c tenk -n '__tenk_at \"\" 0' -a " + fish_quote(c.name) + " -d " + fish_quote(c.help) + "\n";
  s += "\n# Options valid anywhere.\n";
  for (const auto* a : options_of(cli.global))
    s += fish_option(*a, a->names.back() == "--version" ? "__tenk_at \"\"" : "");  // --version: before a command
  for (const auto& c : cli.commands) {
    s += "\n# " + c.name + "\n";
    for (const auto* a : options_of(c.args))
      if (a->names.back() != "--help") s += fish_option(*a, "__tenk_at " + c.name);
    auto positionals = positionals_of(c.args);
    for (std::size_t i = 0; i < positionals.size(); ++i) {
      std::string values = fish_positional(*positionals[i]);
      if (values.empty()) continue;
      s += "complete -c tenk -n " + fish_quote("__tenk_at " + c.name + " " + std::to_string(i)) + values + " -d " +
           fish_quote(positionals[i]->help) + "\n";
    }
  }
  return s;
}

}  // namespace tenk
