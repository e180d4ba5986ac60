#!/usr/bin/env bash
# Smoke test of the Windows build under Wine, run by CI after `cargo test`.
#
# Cross-builds klarhet.exe for x86_64-pc-windows-gnu and runs its command line
# under Wine in a throwaway prefix: --version, demo (into a data folder whose path
# has å, ä and ö), list, report in every format into an åäö folder, validate
# on a broken model file (exit code 2, the file named with line:col), and
# `klarhet room` as far as serving a phone its seat page on 127.0.0.1.
#
# Not covered, because Wine cannot show it here: the TUI (the workbench, and a
# room opened from it), and the session files' owner-only access list. Debian's Wine 8 keeps no Windows ACLs:
# it turns a DACL into Unix mode bits and reads back one made from those bits
# (always with SYSTEM, never protected), so the DACL klarhet sets cannot be read
# back as written; icacls and cacls are stubs there. What this test does prove is
# that setting it succeeds, as every session save in it goes through that call
# and fails if it fails.
#
# The dev profile is enough and faster: this checks behaviour, not speed, and it
# skips the release profile's thin LTO (a release build for Windows takes a few
# times longer) while sharing host-side build scripts and proc macros with the
# `cargo test` that runs before it.
set -euo pipefail
cd "$(dirname "$0")/.."

target=x86_64-pc-windows-gnu
started=$SECONDS

fail() {
    echo "windows-smoke: FAIL: $*" >&2
    exit 1
}
need() {
    command -v "$1" >/dev/null 2>&1 || fail "'$1' is missing: $2"
}
phase() {
    echo "windows-smoke: [$((SECONDS - started)) s] $*"
}

# Never skip quietly: a missing tool is a failure.
need cargo "install Rust (https://rustup.rs)"
need rustc "install Rust (https://rustup.rs)"
need x86_64-w64-mingw32-gcc "apt-get install gcc-mingw-w64-x86-64"
need wine "apt-get install wine wine64"
need wineserver "apt-get install wine wine64"
[ -d "$(rustc --print sysroot)/lib/rustlib/$target" ] ||
    fail "the Rust target $target is missing: rustup target add $target"

phase "building klarhet.exe ($target, dev profile)"
cargo build --locked --target "$target" --bin klarhet
exe="${CARGO_TARGET_DIR:-target}/$target/debug/klarhet.exe"
[ -s "$exe" ] || fail "the build left no $exe"

work=$(mktemp -d)
export WINEPREFIX="$work/wineprefix" WINEDEBUG=-all
# Wine turns the command line into UTF-16 with the locale's character set: without
# a UTF-8 locale, å, ä and ö in arguments would not reach klarhet as written.
export LC_ALL=C.UTF-8
cleanup() {
    wineserver -k >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/bin"
cp "$exe" "$work/bin/klarhet.exe"
# TEST-ONLY: the shim Wine 8 needs for Rust's std to start (see the C file). It is
# built here, in the throwaway folder, and never lands in target/ or dist/.
x86_64-w64-mingw32-gcc -shared -O2 -o "$work/bin/bcryptprimitives.dll" \
    scripts/wine-bcryptprimitives.c -ladvapi32 ||
    fail "could not build the bcryptprimitives.dll shim"

# A Unix path as Wine's Z: drive (the whole file system) names it.
winpath() {
    printf 'Z:%s' "${1//\//\\}"
}
klarhet() {
    wine "$work/bin/klarhet.exe" "$@"
}

phase "starting a fresh Wine prefix"
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
out=$(klarhet --version) || fail "klarhet.exe --version exited with $?"
[ "$out" = "klarhet $version" ] || fail "--version printed '$out', not 'klarhet $version'"
phase "--version: $out"

data="$work/Målilla kommun/ö"
klarhet --data-dir "$(winpath "$data")" demo >"$work/demo.out" ||
    fail "demo exited with $?"
sessions=("$data"/sessions/*.ron)
[ "${#sessions[@]}" -eq 1 ] && [ -s "${sessions[0]}" ] ||
    fail "demo left no session file in $data/sessions"
id=$(basename "${sessions[0]}" .ron)
phase "demo: saved $id in $(winpath "$data")"

klarhet --data-dir "$(winpath "$data")" list >"$work/list.out" || fail "list exited with $?"
grep -qF "$id" "$work/list.out" || fail "list does not show $id: $(cat "$work/list.out")"
phase "list: shows $id"

reports="$work/Rapporter åäö"
mkdir -p "$reports"
for format in md html csv json; do
    file="$reports/rapport.$format"
    klarhet --data-dir "$(winpath "$data")" report "$id" --format "$format" \
        -o "$(winpath "$file")" >/dev/null || fail "report --format $format exited with $?"
    [ -s "$file" ] || fail "report --format $format wrote nothing to $file"
done
grep -q "Otydlighet" "$reports/rapport.md" || fail "the Markdown report does not mention Otydlighet"
phase "report: md, html, csv and json written to $(winpath "$reports")"

# -o - is standard output, and the same report as the file.
klarhet --data-dir "$(winpath "$data")" report "$id" -o - >"$work/stdout.md" ||
    fail "report -o - exited with $?"
cmp -s "$work/stdout.md" "$reports/rapport.md" || fail "report -o - differs from the file -o wrote"
# The exit-code rule: a session that is not there is the environment's failure (1).
code=0
klarhet --data-dir "$(winpath "$data")" report "finns-inte" >/dev/null 2>&1 || code=$?
[ "$code" -eq 1 ] || fail "report of a missing session exited with $code, not 1"
phase "report -o -: standard output; a missing session: exit 1"

# A model file with a value missing on line 3, column 13.
broken="$data/trasig modell.ron"
printf 'Assessment(\n    id: "trasig",\n    version: ,\n)\n' >"$broken"
code=0
klarhet validate "$(winpath "$broken")" >/dev/null 2>"$work/validate.err" || code=$?
[ "$code" -eq 2 ] || fail "validate of a broken file exited with $code, not 2"
# Messages wrap between words at 80 columns, and the path has spaces in it.
message=$(tr -s ' \n' '  ' <"$work/validate.err")
case "$message" in
*"$(winpath "$broken"):3:13"*) ;;
*) fail "validate did not name $(winpath "$broken"):3:13: $message" ;;
esac
phase "validate: exit 2, $(winpath "$broken"):3:13"

# The room without the workbench: it takes the session's lock (the hard-link count
# and the lock through Windows' API), listens, and serves a phone its seat page.
# On a new session of three anonymous seats: the demo's results are all shown,
# and a room never takes answers to a challenge whose results the group has seen.
fresh=$(klarhet --data-dir "$(winpath "$data")" new --org "Rumsby kommun" --seats 3 2>/dev/null |
    head -n 1 | tr -d '\r') || fail "new --seats 3 exited with $?"
[ -n "$fresh" ] || fail "new --seats 3 printed no id"
# Wine itself in the background (not the function), so that its pid is the one to end.
wine "$work/bin/klarhet.exe" --data-dir "$(winpath "$data")" room "$fresh" --bind 127.0.0.1:0 \
    >"$work/room.out" 2>&1 &
room=$!
url=
for _ in $(seq 1 60); do
    url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/[A-Z0-9]*/' "$work/room.out" | head -n 1 || true)
    [ -n "$url" ] && break
    kill -0 "$room" 2>/dev/null || break
    sleep 0.5
done
[ -n "$url" ] || fail "room printed no address: $(cat "$work/room.out")"
address=${url#http://}
address=${address%%/*}
# bash's own TCP, so the test needs no HTTP client.
exec 3<>"/dev/tcp/${address%:*}/${address#*:}" || fail "could not connect to the room at $address"
printf 'GET /%s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n' "${url#http://*/}" "$address" >&3
reply=$(cat <&3)
exec 3<&-
kill "$room" 2>/dev/null || true
wait "$room" 2>/dev/null || true
case "$reply" in
"HTTP/1.1 200 OK"*text/html*) ;;
*) fail "the room's seat page did not come back: ${reply:0:200}" ;;
esac
phase "room: listened at $address and served the seat page"

phase "passed (the access list of a session is not checked: Wine 8 keeps none, see above)"
