#!/usr/bin/env bash
# The whole test suite, the one command the README gives and .ci/run runs.
#
# On a fresh Debian machine with only Rust installed it first installs what the
# tests need and is missing: rustfmt and clippy, the Windows target, and the
# system tools some tests run (below). Then it runs, each to its end even when
# one before it failed, and times each part:
#   1. cargo fmt --check
#   2. cargo clippy --all-targets -D warnings
#   3. cargo test --locked --no-fail-fast (every test binary runs, whatever fails)
#   4. scripts/windows-smoke.sh (the Windows build's command line under Wine)
# and exits non-zero if any part failed. Nothing is skipped: without root (or
# passwordless sudo) and apt, a missing tool stops it before any test runs,
# naming the packages and the command that installs them.
#
# Environment:
#   KLARHET_TEST_NO_INSTALL=1  never install; report what is missing and fail.
#   KLARHET_TEST_APT_GET=PATH  the apt-get to use (default: the one on PATH).
#   PROPTEST_CASES=N           a long run of every property test (see
#                              tests/it/common/cases.rs; e.g. 2000 for the attack).
set -uo pipefail
cd "$(dirname "$0")/.."

say() { echo "test.sh: $*"; }
die() {
    echo "test.sh: FAIL: $*" >&2
    exit 1
}

# The tools the tests run, each with the Debian package that has it and why.
tools=(
    # build-essential, not gcc: installed without its recommends (as below), gcc
    # brings no libc6-dev, and Rust cannot link without its Scrt1.o and libc.
    "cc build-essential linking the tests (Rust's linker, with the C library's files)"
    "strace strace the no-network tests watch klarhet's sockets (tests/it/crash.rs, tests/it/room.rs)"
    "chattr e2fsprogs a file that cannot be written, even by root (tests/it/lock.rs, tests/it/common/disk.rs)"
    "mount mount a small disk that fills up (tests/it/common/disk.rs)"
    "chromium chromium the room and the report in a browser (tests/it/browser.rs, tests/it/report_browser.rs)"
    "chromedriver chromium-driver driving that browser over WebDriver"
    "pdfinfo poppler-utils reading back the printed report (tests/it/report_browser/print.rs)"
    "pdftotext poppler-utils the same"
    "pdftoppm poppler-utils the same"
    "x86_64-w64-mingw32-gcc gcc-mingw-w64-x86-64 cross-linking klarhet.exe (scripts/windows-smoke.sh)"
    "wine wine running klarhet.exe (scripts/windows-smoke.sh)"
    "wineserver wine64 the same, 64-bit"
)

# The packages whose tools are missing, once each, in order.
missing_packages() {
    local seen=" " line program package
    for line in "${tools[@]}"; do
        read -r program package _ <<<"$line"
        if ! command -v "$program" >/dev/null 2>&1 && [[ $seen != *" $package "* ]]; then
            seen+="$package "
            echo "$package"
        fi
    done
}

# How to run a command as root here: directly, through sudo without a
# password, or not at all (empty).
as_root() {
    if [ "$(id -u)" = 0 ]; then
        echo "env"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        echo "sudo"
    fi
}

started=$SECONDS
root=$(as_root)
apt_get=${KLARHET_TEST_APT_GET:-$(command -v apt-get || true)}

# Rust's own parts, through rustup when it is there.
target=x86_64-pc-windows-gnu
if command -v rustup >/dev/null 2>&1 && [ -z "${KLARHET_TEST_NO_INSTALL:-}" ]; then
    rustup component add rustfmt clippy >/dev/null 2>&1 || say "rustup could not add rustfmt and clippy"
    rustup target add "$target" >/dev/null 2>&1 || say "rustup could not add the target $target"
fi
rust_missing=()
cargo fmt --version >/dev/null 2>&1 || rust_missing+=("rustup component add rustfmt")
cargo clippy --version >/dev/null 2>&1 || rust_missing+=("rustup component add clippy")
[ -d "$(rustc --print sysroot 2>/dev/null)/lib/rustlib/$target" ] ||
    rust_missing+=("rustup target add $target")

mapfile -t missing < <(missing_packages)
tried_apt=
if [ ${#missing[@]} -gt 0 ]; then
    if [ -n "$root" ] && [ -n "$apt_get" ] && [ -z "${KLARHET_TEST_NO_INSTALL:-}" ]; then
        tried_apt=1
        say "installing ${missing[*]} with apt-get"
        $root DEBIAN_FRONTEND=noninteractive "$apt_get" update -qq &&
            $root DEBIAN_FRONTEND=noninteractive "$apt_get" install -y -qq \
                --no-install-recommends "${missing[@]}" >/dev/null ||
            die "apt-get could not install ${missing[*]}"
        mapfile -t missing < <(missing_packages)
    fi
fi
if [ ${#missing[@]} -gt 0 ] || [ ${#rust_missing[@]} -gt 0 ]; then
    echo "test.sh: the tests need tools that are not installed, and none of them is skipped:" >&2
    for line in "${tools[@]}"; do
        read -r program package why <<<"$line"
        command -v "$program" >/dev/null 2>&1 ||
            echo "  - $program (Debian package $package): $why" >&2
    done
    for fix in "${rust_missing[@]}"; do
        echo "  - $fix" >&2
    done
    if [ ${#missing[@]} -gt 0 ]; then
        why="no apt-get here"
        [ -n "$apt_get" ] && why="not root, and no sudo without a password"
        [ -n "${KLARHET_TEST_NO_INSTALL:-}" ] && why="KLARHET_TEST_NO_INSTALL is set"
        [ -n "$tried_apt" ] && why="apt-get ran, but their programs are still not on PATH"
        echo "test.sh: not installed ($why). As root, run:" >&2
        echo "  apt-get update && apt-get install --no-install-recommends ${missing[*]}" >&2
    fi
    exit 1
fi
if [ "$(id -u)" != 0 ]; then
    # Said before the tests, not after: these fail (never skip) without root.
    say "not root: the tests that fill a small disk and make files immutable (tests/it/lost_votes.rs," \
        "tests/it/room_crash.rs) will fail; run as root, as CI does"
fi
say "tools ready in $((SECONDS - started)) s; load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"

# Each part runs to its end; the summary says which failed and how long each took.
results=()
failed=0
part() {
    local name=$1 begun=$SECONDS status
    shift
    say "== $name"
    "$@"
    status=$?
    results+=("$(printf '%-14s %-4s %5d s' "$name" "$([ $status = 0 ] && echo ok || echo FAIL)" $((SECONDS - begun)))")
    [ $status = 0 ] || failed=1
}
part fmt cargo fmt --all -- --check
part clippy cargo clippy --all-targets --locked -- -D warnings
part tests cargo test --locked --no-fail-fast
part windows-smoke bash scripts/windows-smoke.sh

say "summary ($(nproc 2>/dev/null) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)):"
printf '  %s\n' "${results[@]}"
say "total $((SECONDS - started)) s"
[ $failed = 0 ] || die "a part failed (above)"
