#!/usr/bin/env bash
# Run a real Neo4j Community server (5.26, from pinned Maven Central artifacts) on 127.0.0.1, no Docker.
#
#   scripts/neo4j.sh build                  mvn package neo4j-server/ (skipped when up to date)
#   scripts/neo4j.sh start [DIR]            build if needed, start in the background, wait for READY,
#                                           print the bolt URI (DIR defaults to .neo4j/ in the repo)
#   scripts/neo4j.sh stop [DIR]             SIGTERM (clean shutdown), SIGKILL after 60 s
#   scripts/neo4j.sh status [DIR]           exit 0 and print the URIs when running, else exit 3
#   scripts/neo4j.sh run [DIR]              run in the foreground (Ctrl-C stops it)
#   scripts/neo4j.sh cds                    optional: record a class-data-sharing archive so later starts
#                                           are a few seconds faster (used automatically when present)
#   scripts/neo4j.sh java-cmd HOME BOLT HTTP  print the java command line, one argument per line
#                                           (tests/neo4j_server.py launches exactly this)
#
# Environment:
#   NEO4J_PASSWORD     password of user neo4j, >= 8 characters (set on every start); required unless
#   NEO4J_AUTH=none    which disables authentication instead
#   NEO4J_BOLT_PORT    default 7687          NEO4J_HTTP_PORT   default 7474 (Browser: /browser/)
#   NEO4J_PAGECACHE    default 64m           NEO4J_JAVA_OPTS   extra JVM flags, e.g. "-Xmx1g"
#   NEO4J_START_TIMEOUT  seconds to wait for READY, default 120
#   JAVA               java binary (default: java on PATH; Java 17 or 21)
#
# DIR is the Neo4j home: DIR/data (databases), DIR/logs/debug.log, DIR/server.log (stdout+stderr),
# DIR/neo4j.pid.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROJECT="$ROOT/neo4j-server"
TARGET="$PROJECT/target"
JAR="$TARGET/neo4j-server.jar"
LIB="$TARGET/lib"
STAMP="$TARGET/.build-stamp"
JVM_OPTIONS="$PROJECT/src/main/jvm.options"
CDS_ARCHIVE="$TARGET/neo4j-server.jsa"
MAIN_CLASS="claimgraph.Neo4jServer"
JAVA="${JAVA:-java}"

die() { echo "neo4j.sh: $*" >&2; exit 1; }

is_built() {
    [[ -f "$JAR" && -f "$STAMP" && -d "$LIB" ]] || return 1
    # Anything in the Maven project newer than the last successful build?
    [[ -z "$(find "$PROJECT/pom.xml" "$PROJECT/src" -newer "$STAMP" -print -quit)" ]]
}

cmd_build() {
    if is_built; then
        return 0
    fi
    command -v mvn >/dev/null || die "mvn (Maven 3) is required to build neo4j-server/"
    echo "neo4j.sh: building neo4j-server/ (first build downloads ~140 MB from Maven Central)" >&2
    # Stale jars of another version must not stay on the classpath.
    rm -rf "$LIB"
    # (Debian's mvn prints stray ANSI resets even with -q -B: strip them, keep errors on stderr.)
    mvn -q -B -Dstyle.color=never -f "$PROJECT/pom.xml" package 2>&1 | sed -e 's/\x1b\[[0-9;]*m//g' -e '/^$/d' >&2
    touch "$STAMP"
}

# java_cmd HOME BOLT HTTP -> fills the global array CMD
java_cmd() {
    local home="$1" bolt="$2" http="$3"
    CMD=("$JAVA" "@$JVM_OPTIONS")
    # A class-data-sharing archive is only valid for the jars it was recorded with.
    if [[ -f "$CDS_ARCHIVE" && -z "$(find "$JAR" "$LIB" -newer "$CDS_ARCHIVE" -print -quit)" ]]; then
        CMD+=("-XX:SharedArchiveFile=$CDS_ARCHIVE" "-Xshare:auto")
    fi
    local extra=()
    if [[ -n "${NEO4J_JAVA_OPTS:-}" ]]; then
        read -r -a extra <<<"$NEO4J_JAVA_OPTS"
        CMD+=("${extra[@]}")
    fi
    CMD+=(-cp "$JAR:$LIB/*" "$MAIN_CLASS" "$home" "$bolt" "$http")
}

check_auth_env() {
    local pw="${NEO4J_PASSWORD:-}"
    if [[ "${NEO4J_AUTH:-}" != "none" && ${#pw} -lt 8 ]]; then
        die "set NEO4J_PASSWORD (at least 8 characters) for user neo4j, or NEO4J_AUTH=none to disable auth"
    fi
}

home_dir() {
    local dir="${1:-$ROOT/.neo4j}"
    mkdir -p "$dir"
    (cd "$dir" && pwd)
}

running_pid() {  # prints the pid when DIR's server is alive
    local pidfile="$1/neo4j.pid" pid
    [[ -f "$pidfile" ]] || return 1
    pid="$(cat "$pidfile")"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
    # Guard against a recycled pid.
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$MAIN_CLASS" || return 1
    echo "$pid"
}

ready_line() { grep -a -m1 '^READY ' "$1/server.log" 2>/dev/null; }

cmd_start() {
    local home pid log deadline line
    home="$(home_dir "${1:-}")"
    if pid="$(running_pid "$home")"; then
        line="$(ready_line "$home" || true)"
        echo "neo4j.sh: already running (pid $pid)" >&2
        [[ -n "$line" ]] && echo "$line" | awk '{print $2}'
        return 0
    fi
    check_auth_env
    cmd_build
    java_cmd "$home" "${NEO4J_BOLT_PORT:-7687}" "${NEO4J_HTTP_PORT:-7474}"
    log="$home/server.log"
    [[ -f "$log" ]] && mv -f "$log" "$log.1"
    nohup "${CMD[@]}" >"$log" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$home/neo4j.pid"
    deadline=$((SECONDS + ${NEO4J_START_TIMEOUT:-120}))
    while ! line="$(ready_line "$home")"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            rm -f "$home/neo4j.pid"
            tail -n 40 "$log" >&2
            die "server exited before READY (log: $log)"
        fi
        if ((SECONDS >= deadline)); then
            kill -TERM "$pid" 2>/dev/null || true
            tail -n 40 "$log" >&2
            die "no READY within ${NEO4J_START_TIMEOUT:-120} s (log: $log)"
        fi
        sleep 0.2
    done
    echo "neo4j.sh: started pid $pid, Browser at $(echo "$line" | awk '{print $3}')/browser/, log $log" >&2
    echo "$line" | awk '{print $2}'
}

cmd_stop() {
    local home pid i
    home="$(home_dir "${1:-}")"
    if ! pid="$(running_pid "$home")"; then
        rm -f "$home/neo4j.pid"
        echo "neo4j.sh: not running" >&2
        return 0
    fi
    kill -TERM "$pid"
    for ((i = 0; i < 600; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "neo4j.sh: no clean shutdown after 60 s, killing pid $pid" >&2
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$home/neo4j.pid"
    echo "neo4j.sh: stopped" >&2
}

cmd_status() {
    local home pid line
    home="$(home_dir "${1:-}")"
    if pid="$(running_pid "$home")"; then
        line="$(ready_line "$home" || true)"
        if [[ -n "$line" ]]; then
            echo "running pid $pid ${line#READY }"
        else
            echo "starting pid $pid"
        fi
        return 0
    fi
    echo "not running"
    return 3
}

cmd_run() {
    local home
    home="$(home_dir "${1:-}")"
    check_auth_env
    cmd_build
    java_cmd "$home" "${NEO4J_BOLT_PORT:-7687}" "${NEO4J_HTTP_PORT:-7474}"
    exec "${CMD[@]}"
}

cmd_cds() {
    local tmp pid line i pw
    cmd_build
    tmp="$(mktemp -d)"
    rm -f "$CDS_ARCHIVE"
    # Record the classes loaded by a start, an authenticated query over HTTP and a stop.
    pw="cds-$RANDOM$RANDOM$RANDOM"
    NEO4J_PASSWORD="$pw" NEO4J_AUTH="" "$JAVA" "@$JVM_OPTIONS" "-XX:ArchiveClassesAtExit=$CDS_ARCHIVE" \
        -cp "$JAR:$LIB/*" "$MAIN_CLASS" "$tmp/home" 0 0 >"$tmp/server.log" 2>&1 </dev/null &
    pid=$!
    for ((i = 0; i < 1200; i++)); do
        line="$(grep -a -m1 '^READY ' "$tmp/server.log" || true)"
        [[ -n "$line" ]] && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if [[ -n "$line" ]]; then
        # shellcheck disable=SC2016  # $t is a Cypher parameter
        curl -s -o /dev/null -u "neo4j:$pw" -H 'Content-Type: application/json' \
            -d '{"statements":[{"statement":"CREATE (n:Cds {t: $t}) WITH n MATCH (m:Cds) RETURN count(m)","parameters":{"t":"x"}}]}' \
            "$(echo "$line" | awk '{print $3}')/db/neo4j/tx/commit" || true
    fi
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" || true
    rm -rf "$tmp"
    if [[ -f "$CDS_ARCHIVE" ]]; then
        echo "neo4j.sh: wrote $CDS_ARCHIVE" >&2
    else
        die "no CDS archive was written"
    fi
}

case "${1:-}" in
    build) cmd_build ;;
    start) cmd_start "${2:-}" ;;
    stop) cmd_stop "${2:-}" ;;
    status) cmd_status "${2:-}" ;;
    run) cmd_run "${2:-}" ;;
    cds) cmd_cds ;;
    java-cmd)
        [[ $# -eq 4 ]] || die "usage: $0 java-cmd HOME BOLT_PORT HTTP_PORT"
        java_cmd "$2" "$3" "$4"
        printf '%s\n' "${CMD[@]}"
        ;;
    *)
        sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' >&2
        exit 2
        ;;
esac
