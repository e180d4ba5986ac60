#!/usr/bin/env bash
# Mutation testing of the core that must not lose a vote or show a person:
# cargo-mutants changes one thing at a time in each file below (a condition
# turned round, a function that returns early) and runs the tests that exercise
# that file; a change no test notices is a place the tests cannot fail.
#
#   scripts/mutants.sh                 # all four files
#   scripts/mutants.sh journal stats   # some of them: journal ballot_box stats privacy
#
# Not part of every CI run: it builds the crate once per mutant (about two
# hundred of them; see docs/reliability.md, "Mutation testing", for the figures).
# It installs cargo-mutants when missing. It fails when a mutant is missed
# (no test failed) unless scripts/mutants-equivalent.txt lists it with the
# reason it cannot change what klarhet does; it warns when a listed one is no
# longer missed. A mutant that times out counts as caught (the tests did not
# pass), and is listed.
#
# By default the mutants are made in one copy of the tree (the files git tracks
# or would, edits included) under $TMPDIR, built from scratch once for all the
# files and removed at the end. MUTANTS_IN_PLACE=1 mutates this tree itself and
# reuses target/: faster, but do not edit or build here while it runs (an
# interrupted run restores the file; a killed one may not: check `git diff`).
# The results go to target/mutants/<file>/mutants.out (MUTANTS_OUT to change
# it). MUTANTS_ARGS adds options of cargo-mutants', e.g. "--jobs 2".
set -euo pipefail
cd "$(dirname "$0")/.."

equivalent=scripts/mutants-equivalent.txt
out=$(realpath -m "${MUTANTS_OUT:-target/mutants}")

# Each file with the tests that exercise it: the lib's unit tests (beside each
# module), always, and the modules of the integration tests (tests/it/NAME.rs)
# written against it. Narrow on purpose: every test named runs for every mutant.
targets() {
    case $1 in
    journal) echo "src/model/journal.rs journal_replay journal" ;;
    ballot_box) echo "src/model/ballot_box.rs sealed_boxes scoring" ;;
    stats) echo "src/model/scoring/stats.rs scoring" ;;
    privacy) echo "src/model/privacy.rs scoring" ;;
    *)
        echo "mutants.sh: no file called '$1' (journal ballot_box stats privacy)" >&2
        exit 2
        ;;
    esac
}

if ! command -v cargo-mutants >/dev/null 2>&1; then
    echo "mutants.sh: installing cargo-mutants" >&2
    cargo install cargo-mutants --locked
fi

# One line per mutant: "path: description | the line it changes  # reason", the
# description as cargo-mutants gives it without line and column, and the
# mutated line as the source has it, trimmed (lines move as the file changes;
# the text tells apart two like mutants of one function).
key_of() {
    local path place line rest
    path=${1%%:*}
    place=${1#*:}
    line=${place%%:*}
    rest=${1#*:*:*: }
    printf '%s: %s | %s\n' "$path" "$rest" "$(sed -n "${line}p" "$path" | sed -E 's/^\s+//; s/\s+$//')"
}
known=""
while IFS= read -r entry; do
    case $entry in '' | '#'*) continue ;; esac
    if ! grep -qE '  # .{8,}$' <<<"$entry"; then
        echo "mutants.sh: $equivalent: no '  # <reason>' in: $entry" >&2
        exit 2
    fi
    known+="${entry%%  # *}"$'\n'
done <"$equivalent"

files=("$@")
[ ${#files[@]} -gt 0 ] || files=(journal ballot_box stats privacy)
# One copy for all the files: cargo-mutants' own would be made, and built from
# scratch, once per file.
tree=$PWD
if [ "${MUTANTS_IN_PLACE:-0}" != 1 ]; then
    tree=$(mktemp -d "${TMPDIR:-/tmp}/klarhet-mutants.XXXXXX")
    trap 'rm -rf "$tree"' EXIT
    git ls-files -z --cached --others --exclude-standard |
        tar --null --ignore-failed-read -T - -cf - | tar -xf - -C "$tree"
fi

# The names of the tests of one test target (`--lib`, `--test it`), from the
# target itself.
tests_of() {
    (cd "$tree" && cargo test -q "$@" -- --list --format terse) | sed -n 's/: test$//p'
}
lib_tests=$(tests_of --lib)
it_tests=$(tests_of --test it)
[ -n "$lib_tests" ] && [ -n "$it_tests" ] || {
    echo "mutants.sh: could not list the tests (cargo test -- --list)" >&2
    exit 1
}

failed=0
summary=""
for name in "${files[@]}"; do
    read -r file modules <<<"$(targets "$name")"
    dir="$out/$name"
    mkdir -p "$dir"
    echo "== $file against the lib's unit tests and tests/it's $modules" >&2
    start=$(date +%s)
    status=0
    # The tests by their exact names: a name given to libtest is matched
    # anywhere in a test's name, so `scoring` alone would run tui_scoring's too,
    # and no filter that takes in all of the lib's tests leaves out the other
    # modules of tests/it. Every unit test of the lib, and each test of those modules.
    for m in $modules; do
        grep -q "^$m::" <<<"$it_tests" || {
            echo "mutants.sh: tests/it/$m.rs has no tests (cargo test --test it -- --list)" >&2
            exit 2
        }
    done
    pattern="^($(tr ' ' '|' <<<"$modules"))::"
    mapfile -t names < <(printf '%s\n' "$lib_tests"; grep -E "$pattern" <<<"$it_tests")
    # --cargo-arg reaches every cargo command, the build of each mutant too:
    # after `--` it would reach only `cargo test`, and the build would make
    # every test target. After a second `--`, what the test binaries are given.
    # shellcheck disable=SC2086 # MUTANTS_ARGS is a list of options
    (cd "$tree" && cargo mutants --in-place ${MUTANTS_ARGS:-} --file "$file" --output "$dir" \
        --cargo-arg=--lib --cargo-arg=--test=it -- -- --exact "${names[@]}") || status=$?
    secs=$(($(date +%s) - start))
    # 0 all caught, 2 some missed, 3 some timed out: anything else is the run failing.
    if [ "$status" != 0 ] && [ "$status" != 2 ] && [ "$status" != 3 ]; then
        echo "mutants.sh: cargo mutants failed on $file (exit $status): see $dir/mutants.out" >&2
        exit 1
    fi
    res="$dir/mutants.out"
    # cargo-mutants calls any failed build unviable and any failed test caught:
    # a full disk would pass for both.
    if grep -lE 'No space left on device|Cannot allocate memory' "$res"/log/*.log >&2; then
        echo "mutants.sh: the machine failed under these mutants (above): run $name again" >&2
        exit 1
    fi
    count() { cat "$res/$1.txt" 2>/dev/null | grep -c . || true; }
    missed=$(while IFS= read -r m; do [ -n "$m" ] && key_of "$m"; done <"$res/missed.txt")
    equiv=0
    unexplained=()
    while IFS= read -r m; do
        [ -n "$m" ] || continue
        if grep -qxF "$m" <<<"$known"; then
            equiv=$((equiv + 1))
        else
            unexplained+=("$m")
        fi
    done <<<"$missed"
    while IFS= read -r k; do
        [ -n "$k" ] || continue
        case $k in "$file: "*) ;; *) continue ;; esac
        grep -qxF "$k" <<<"$missed" || echo "mutants.sh: listed as equivalent but not missed now: $k" >&2
    done <<<"$known"
    line=$(printf '%-28s caught %3s  missed %2s  equivalent %2s  unviable %3s  timeouts %2s  %4ss' \
        "$file" "$(count caught)" "${#unexplained[@]}" "$equiv" "$(count unviable)" "$(count timeout)" "$secs")
    summary+="$line"$'\n'
    if [ ${#unexplained[@]} -gt 0 ]; then
        failed=1
        echo "mutants.sh: missed, and not listed in $equivalent:" >&2
        printf '  %s\n' "${unexplained[@]}" >&2
    fi
    if [ "$(count timeout)" -gt 0 ]; then
        echo "mutants.sh: timed out (counted as caught):" >&2
        sed 's/^/  /' "$res/timeout.txt" >&2
    fi
done
printf '%s' "$summary"
exit "$failed"
