#!/usr/bin/env bash
# Start to first frame, side by side (docs/performance.md): two klarhet
# binaries, /bin/true and a bare ratatui program, each started RUNS times in an
# 80×24 pseudo-terminal by examples/first_frame.rs, in ROUNDS alternating rounds.
#
#   cargo build --release --bin klarhet --example first_frame --example bare_frame
#   scripts/first-frame.sh BEFORE_BINARY AFTER_BINARY [ROUNDS] [RUNS]
#
# Cases: the start screen with each shipped theme, in a terminal of 256 colours
# (TERM=xterm-256color, no COLORTERM) and of 24-bit colour (COLORTERM=truecolor),
# and `--resume` of the demo session. Each line is the median, fastest and
# slowest of RUNS starts.
set -euo pipefail
before=$(realpath "${1:?before binary}")
after=$(realpath "${2:?after binary}")
rounds=${3:-3}
runs=${4:-20}
here=$(cd "$(dirname "$0")/.." && pwd)
timer=$here/target/release/examples/first_frame
bare=$here/target/release/examples/bare_frame
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export HOME=$data XDG_CONFIG_HOME=$data/config KLARHET_DATA_DIR=$data KLARHET_LANG=sv
unset NO_COLOR WT_SESSION TZ
"$before" demo > /dev/null 2>&1
demo=$(ls "$data/sessions" | grep -v '^\.' | sed -n 's/\.ron$//p' | head -1)
# The footer is the last line drawn (its help key is on every screen): the
# frame is whole when it is there.
marker="? hjälp"

time_it() { # label, env…, -- program args…
    local label=$1
    shift
    local envs=()
    while [[ $1 != -- ]]; do envs+=("$1"); shift; done
    shift
    printf '%-44s %s\n' "$label" "$(env "${envs[@]}" "$timer" "$runs" "$@")"
}

for round in $(seq "$rounds"); do
    echo "== round $round"
    time_it "/bin/true" TERM=xterm-256color -- "" /bin/true
    time_it "bare ratatui frame" TERM=xterm-256color -- "bare ratatui" "$bare"
    for theme in morkt ljust projektor mono; do
        for depth in 256 truecolor; do
            if [[ $depth == 256 ]]; then set -- TERM=xterm-256color COLORTERM=; else set -- TERM=xterm-256color COLORTERM=truecolor; fi
            for side in before after; do
                bin=$before; [[ $side == after ]] && bin=$after
                time_it "$side start $theme $depth" "$@" -- "$marker" "$bin" --theme "$theme"
            done
        done
    done
    for side in before after; do
        bin=$before; [[ $side == after ]] && bin=$after
        time_it "$side --resume demo morkt 256" TERM=xterm-256color COLORTERM= -- "$marker" "$bin" --resume "$demo"
    done
done
