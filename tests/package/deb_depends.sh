#!/bin/sh
# cpack builds a .deb whose Depends dpkg-shlibdeps computed from what tenk
# links, Graphviz among them, and which holds the installed layout.
#   deb_depends.sh BUILD_DIR
# Exit 77 (skipped) when dpkg-shlibdeps is missing (Debian dpkg-dev).
set -eu
build=$1
if ! command -v dpkg-shlibdeps >/dev/null 2>&1; then
  echo "skipped: dpkg-shlibdeps is missing (Debian dpkg-dev)"
  exit 77
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/*.deb)
dpkg-deb -f "$deb" Package Version Architecture Depends
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libgvc6 libcgraph6 libyaml-cpp0.7 libc6 libstdc++6; do
  case ", $depends," in
    *", $lib "* | *", $lib,"*) ;;
    *) echo "Depends lacks $lib"; exit 1 ;;
  esac
done
test "$(dpkg-deb -f "$deb" Package)" = tenk
test "$(dpkg-deb -f "$deb" Architecture)" = "$(dpkg --print-architecture)"
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/tenk ./usr/share/man/man1/tenk.1 ./usr/share/bash-completion/completions/tenk \
         ./usr/share/zsh/vendor-completions/_tenk ./usr/share/fish/vendor_completions.d/tenk.fish \
         ./usr/share/tenk/curricula/cracked-ml.yaml; do
  echo "$contents" | grep -q " $f\$" || { echo "the package lacks $f"; exit 1; }
done
echo "deb ok"
