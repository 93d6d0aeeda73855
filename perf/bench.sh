#!/usr/bin/env bash
# Side-by-side throughput against redis-server with the shared harness (../shared/perf),
# ringkv on one thread so the comparison is core for core. Extra arguments go to the harness,
# e.g. `perf/bench.sh --quick` or `perf/bench.sh --tests SET,GET --pipelines 1,16`.
set -euo pipefail
cd "$(dirname "$0")/.."
threads=${RINGKV_THREADS:-1}
cargo build --release --quiet
harness=../shared/perf/bench.sh
[ -x "$harness" ] || harness=$(git rev-parse --show-toplevel)/../shared/perf/bench.sh
exec "$harness" --cand "target/release/ringkv --port {port} --threads $threads" "$@"
