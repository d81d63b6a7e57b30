#!/usr/bin/env bash
# Briefing's two entry points:
#   ./build.sh sample [generate options]   briefing from seeds/ into out/ (HTML, PDF, Markdown, JSON)
#   ./build.sh test                        the whole test suite
# Missing system packages (chromium, poppler-utils, python3-aiosmtpd, postgresql) are installed with apt-get when running as
# root or with password-less sudo; set BRIEFING_NO_INSTALL=1 to never install.
set -euo pipefail
cd "$(dirname "$0")"

say() { printf '%s\n' "$*" >&2; }

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    say "error: the .NET 10 SDK is not installed (no 'dotnet' on PATH). Install it from https://dotnet.microsoft.com/download/dotnet/10.0 and run again."
    exit 1
  fi
}

# ensure_packages "command:package" ... ; returns 1 if something is still missing. A check starting with "/" is a
# path pattern instead of a command (PostgreSQL's binaries are in /usr/lib/postgresql/<version>/bin, not on PATH).
ensure_packages() {
  local missing=() pair check
  for pair in "$@"; do
    check="${pair%%:*}"
    if [ "${check#/}" != "$check" ]; then
      compgen -G "$check" >/dev/null || missing+=("${pair#*:}")
    else
      command -v "$check" >/dev/null 2>&1 || missing+=("${pair#*:}")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; else sudo="none"; fi
  fi
  if [ "${BRIEFING_NO_INSTALL:-0}" = "1" ] || [ "$sudo" = "none" ] || ! command -v apt-get >/dev/null 2>&1; then
    say "missing: ${missing[*]}. Install with: sudo apt-get install -y ${missing[*]}"
    return 1
  fi
  say "installing ${missing[*]} with apt-get ..."
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
    say "could not install ${missing[*]}; install them by hand: sudo apt-get install -y ${missing[*]}"
    return 1
  fi
}

case "${1:-}" in
  sample)
    shift
    require_dotnet
    if ! ensure_packages chromium:chromium; then
      say "continuing without Chromium: HTML, Markdown and JSON are written, the PDF step will fail (exit code 4)."
    fi
    exec dotnet run --project src/Briefing.Cli -c Release -- generate seeds/lausanne-2016 --out out "$@"
    ;;
  test)
    shift
    require_dotnet
    ensure_packages chromium:chromium pdftotext:poppler-utils || { say "error: PDF tests need chromium and pdftotext."; exit 1; }
    # The storage, two-node and job tests start a throwaway PostgreSQL server; without it they fail saying so
    # (BRIEFING_SKIP_POSTGRES=1 lets them pass without it, unless BRIEFING_REQUIRE_POSTGRES=1).
    ensure_packages '/usr/lib/postgresql/*/bin/pg_ctl:postgresql' || say "warning: PostgreSQL is missing; its tests will fail unless BRIEFING_SKIP_POSTGRES=1."
    log=$(mktemp)
    status=0
    dotnet test Briefing.sln "$@" 2>&1 | tee "$log" || status=$?
    passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
    failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
    skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
    rm -f "$log"
    echo "tests: $passed passed, $failed failed, $skipped skipped"
    exit $status
    ;;
  *)
    say "usage: ./build.sh sample [generate options] | ./build.sh test [dotnet test options]"
    exit 2
    ;;
esac
