#!/usr/bin/env bash
# Release archives for people who do not build klarhet themselves:
#   dist/klarhet-<version>-x86_64-linux.tar.gz
#   dist/klarhet-<version>-x86_64-windows.zip
# each a folder of that name with the program, README.md, LICENSE-MIT and
# LICENSE-APACHE, and nothing else: in particular never the bcryptprimitives.dll
# shim of scripts/windows-smoke.sh, which only Wine needs (the check at the end
# lists each archive and fails on anything unexpected).
#
# The zip is made with `zip` when it is installed, otherwise with python3's
# zipfile; the script says which. No macOS archive: it cannot be built or signed
# here, so the README tells macOS users to use `cargo install`.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
    echo "release: FAIL: $*" >&2
    exit 1
}
need() {
    command -v "$1" >/dev/null 2>&1 || fail "'$1' is missing: $2"
}
need cargo "install Rust (https://rustup.rs)"
need rustc "install Rust (https://rustup.rs)"
need tar "install tar"
need gzip "install gzip"
need x86_64-w64-mingw32-gcc "apt-get install gcc-mingw-w64-x86-64"
linux=x86_64-unknown-linux-gnu
windows=x86_64-pc-windows-gnu
for target in "$linux" "$windows"; do
    [ -d "$(rustc --print sysroot)/lib/rustlib/$target" ] ||
        fail "the Rust target $target is missing: rustup target add $target"
done
if command -v zip >/dev/null 2>&1; then
    zipper=zip
elif command -v python3 >/dev/null 2>&1; then
    zipper=python3
else
    fail "neither 'zip' nor 'python3' is installed: apt-get install zip"
fi

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
[ -n "$version" ] || fail "no version in Cargo.toml"
built="${CARGO_TARGET_DIR:-target}"

for target in "$linux" "$windows"; do
    echo "release: building $target"
    cargo build --release --locked --target "$target" --bin klarhet
done

# The Windows program must need no DLL that Windows lacks (mingw's runtime).
if command -v x86_64-w64-mingw32-objdump >/dev/null 2>&1; then
    dlls=$(x86_64-w64-mingw32-objdump -p "$built/$windows/release/klarhet.exe" |
        sed -n 's/^[[:space:]]*DLL Name: //p' | sort -u)
    if grep -qiE '^lib|mingw|pthread|gcc' <<<"$dlls"; then
        fail "klarhet.exe needs a DLL Windows does not have: $dlls"
    fi
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p dist

# stage_files NAME PROGRAM: the files of one archive, in $stage/NAME.
stage_files() {
    mkdir "$stage/$1"
    cp "$2" README.md LICENSE-MIT LICENSE-APACHE "$stage/$1/"
}

name="klarhet-$version-x86_64-linux"
stage_files "$name" "$built/$linux/release/klarhet"
tar -C "$stage" --sort=name --owner=0 --group=0 --numeric-owner \
    -czf "dist/$name.tar.gz" "$name"
linux_archive="dist/$name.tar.gz"

name="klarhet-$version-x86_64-windows"
stage_files "$name" "$built/$windows/release/klarhet.exe"
windows_archive="dist/$name.zip"
rm -f "$windows_archive"
if [ "$zipper" = zip ]; then
    echo "release: zipping with zip"
    (cd "$stage" && zip -q -X -r - "$name") >"$windows_archive"
else
    echo "release: zipping with python3's zipfile (zip is not installed)"
    python3 - "$stage" "$name" "$windows_archive" <<'PY'
import os, sys, zipfile
stage, name, out = sys.argv[1:]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for file in sorted(os.listdir(os.path.join(stage, name))):
        z.write(os.path.join(stage, name, file), f"{name}/{file}")
PY
fi

# Each archive holds exactly its program and the three texts.
check() {
    local archive=$1 program=$2 listing=$3 expected listed
    expected=$(printf '%s\n' "$program" README.md LICENSE-MIT LICENSE-APACHE | sort)
    listed=$(sed 's#^[^/]*/##' <<<"$listing" | grep -v '^$' | sort)
    [ "$listed" = "$expected" ] || fail "$archive holds:"$'\n'"$listing"
    echo "release: $archive ($(du -h "$archive" | cut -f1)):"
    sed 's/^/  /' <<<"$listing"
}
listing=$(tar -tzf "$linux_archive") || fail "could not list $linux_archive"
check "$linux_archive" klarhet "$listing"
if command -v unzip >/dev/null 2>&1; then
    listing=$(unzip -Z1 "$windows_archive") || fail "could not list $windows_archive"
else
    listing=$(python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' \
        "$windows_archive") || fail "could not list $windows_archive"
fi
check "$windows_archive" klarhet.exe "$listing"
