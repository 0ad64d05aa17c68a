#!/bin/sh
# cmake --install into a DESTDIR puts exactly these files where a Debian
# system looks for them, and the installed tenk runs.
#   install_layout.sh BUILD_DIR
set -eu
build=$1
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

DESTDIR=$dest cmake --install "$build" --prefix /usr >"$dest.log" 2>&1 || { cat "$dest.log"; rm -f "$dest.log"; exit 1; }
rm -f "$dest.log"

expected='/usr/bin/tenk
/usr/share/bash-completion/completions/tenk
/usr/share/fish/vendor_completions.d/tenk.fish
/usr/share/man/man1/tenk.1
/usr/share/tenk/curricula/cracked-ml.yaml
/usr/share/tenk/curricula/metacademy.NOTICE
/usr/share/tenk/curricula/metacademy.yaml
/usr/share/zsh/vendor-completions/_tenk'
found=$(cd "$dest" && find . -type f | sed 's/^\.//' | LC_ALL=C sort)
if [ "$found" != "$expected" ]; then
  echo "installed files differ from the expected layout (- expected, + installed):"
  echo "$expected" >"$dest.expected"
  echo "$found" | diff -u "$dest.expected" - || true
  rm -f "$dest.expected"
  exit 1
fi

test -x "$dest/usr/bin/tenk" || { echo "/usr/bin/tenk is not executable"; exit 1; }
# The installed binary runs, the installed curricula are valid, and the
# installed scripts are the ones it writes.
"$dest/usr/bin/tenk" --version
"$dest/usr/bin/tenk" -c "$dest/usr/share/tenk/curricula/metacademy.yaml" check >/dev/null
"$dest/usr/bin/tenk" completion bash | cmp - "$dest/usr/share/bash-completion/completions/tenk"
"$dest/usr/bin/tenk" completion zsh | cmp - "$dest/usr/share/zsh/vendor-completions/_tenk"
"$dest/usr/bin/tenk" completion fish | cmp - "$dest/usr/share/fish/vendor_completions.d/tenk.fish"
head -c 4 "$dest/usr/share/man/man1/tenk.1" | grep -q '^\.\\"' || { echo "tenk.1 is not a man page"; exit 1; }
echo "install layout ok"
