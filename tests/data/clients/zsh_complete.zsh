#!/bin/zsh -f
# What zsh's completion system offers for a command line, as a user would get
# it by pressing TAB: an interactive zsh under zpty, compinit with DIR first
# in $fpath (where the _tenk under test is), compadd wrapped to print each
# match, one a line. Used by tests/cli.
#   zsh_complete.zsh DIR 'tenk log '
zmodload zsh/zpty || exit 1
zpty z zsh -f -i
zpty -w z "PROMPT=''; RPROMPT=''"
zpty -w z "fpath=(${(q)1} \$fpath); autoload -U compinit; compinit -u -D"
zpty -w z "zstyle ':completion:*' list-grouped false; zstyle ':completion:*' insert-tab false"
# Matches are marked <M>; the marker is written split so that the echo of
# these lines does not contain it.
zpty -w z 'compadd () {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi
  typeset -a __hits; builtin compadd -A __hits "$@"; local r=$?
  (( $#__hits )) && print -r -l -- "<"M">"${^__hits}
  return $r
}'
zpty -w z "bindkey '^I' complete-word; finish() { print -r -- '<'END'>'; }; zle -N finish; bindkey '^T' finish"
# Keys typed before the line editor runs can be lost when it takes the
# terminal (a busy machine makes that likely): wait until it says it is
# reading, from its line-init hook, before typing.
zpty -w z "zle-line-init() { print -r -- '<'READY'>'; }; zle -N zle-line-init"
while zpty -r z line; do
  [[ $line == *'<READY>'* ]] && break
done
zpty -w z "$2"$'\t'$'\x14'
while zpty -r z line; do
  [[ $line == *'<END>'* ]] && break
  [[ $line == *'<M>'* ]] && print -r -- "${${line##*<M>}%%$'\r'*}"
done
zpty -d z
