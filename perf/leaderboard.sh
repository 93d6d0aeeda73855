#!/usr/bin/env bash
# A leaderboard end to end: one sorted set of N members (1k and 1M by default) loaded into
# redis-server and into ringkv --threads 1 in turn, each pinned to cpu 0, then
# redis-benchmark (cpu 1) runs ZADD, ZINCRBY, ZREVRANK, ZREVRANGE 0 9 WITHSCORES and ZSCORE
# on random members. Prints requests/s per server, size and command, and the 1M/1k cost
# ratio (rps at 1k / rps at 1M) for each server.
#   perf/leaderboard.sh [--sizes 1000,1000000] [--requests 200000] [--pipeline 16]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=1000,1000000
requests=200000
pipeline=16
while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) sizes=$2; shift 2 ;;
        --requests) requests=$2; shift 2 ;;
        --pipeline) pipeline=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
command -v redis-server >/dev/null || { echo "needs redis-server and redis-tools" >&2; exit 1; }
cargo build --release --quiet
port=7391
declare -A rps

start() {
    case "$1" in
        redis) taskset -c 0 redis-server --port $port --bind 127.0.0.1 --save '' --appendonly no \
                   --daemonize no >/dev/null 2>&1 & ;;
        ringkv) taskset -c 0 target/release/ringkv --port $port --threads 1 --save '' \
                   --appendonly no >/dev/null 2>&1 & ;;
    esac
    pid=$!
    for _ in $(seq 100); do
        redis-cli -p $port PING >/dev/null 2>&1 && return
        sleep 0.1
    done
    echo "$1 did not start" >&2
    exit 1
}

load() {
    # Members m:000000000000.. as redis-benchmark's __rand_int__ writes them (12 digits), with
    # scores spread over 0..N*10 (Knuth's multiplicative hash).
    python3 - "$1" <<'EOF' | redis-cli -p $port --pipe >/dev/null
import sys
n = int(sys.argv[1])
out = sys.stdout.buffer
for i in range(0, n, 1000):
    parts = [b"ZADD", b"lb"]
    for j in range(i, min(n, i + 1000)):
        parts += [str((j * 2654435761) % (n * 10)).encode(), b"m:%012d" % j]
    out.write(b"*%d\r\n" % len(parts))
    for p in parts:
        out.write(b"$%d\r\n%s\r\n" % (len(p), p))
EOF
}

for server in redis ringkv; do
    for n in ${sizes//,/ }; do
        start $server
        load "$n"
        got=$(redis-cli -p $port ZCARD lb)
        [ "$got" = "$n" ] || { echo "$server: loaded $got of $n" >&2; exit 1; }
        for test in "ZADD lb __rand_int__ m:__rand_int__" \
                    "ZINCRBY lb 1 m:__rand_int__" \
                    "ZREVRANK lb m:__rand_int__" \
                    "ZREVRANGE lb 0 9 WITHSCORES" \
                    "ZSCORE lb m:__rand_int__"; do
            name=${test%% *}
            r=$(taskset -c 1 redis-benchmark -p $port -q -n "$requests" -P "$pipeline" -r "$n" \
                    $test 2>/dev/null | tr '\r' '\n' | grep -o '[0-9.]* requests per second' |
                    tail -1 | cut -d' ' -f1)
            rps[$server,$n,$name]=$r
        done
        kill $pid
        wait $pid 2>/dev/null || true
    done
done

first=${sizes%%,*}
last=${sizes##*,}
printf "%-10s %-8s %14s %14s %12s\n" server command "rps@$first" "rps@$last" "cost ratio"
for server in redis ringkv; do
    for name in ZADD ZINCRBY ZREVRANK ZREVRANGE ZSCORE; do
        a=${rps[$server,$first,$name]}
        b=${rps[$server,$last,$name]}
        printf "%-10s %-8s %14s %14s %12s\n" $server $name "$a" "$b" \
            "$(python3 -c "print(f'{$a/$b:.2f}x')")"
    done
done
