#!/usr/bin/env bash
# Briefing's two entry points:
#   ./build.sh sample [generate options]   briefing from seeds/ into out/ (HTML, PDF, Markdown, JSON)
#   ./build.sh test                        the whole test suite
#   ./build.sh serve [--urls URL]          the web service on http://127.0.0.1:5080 (SQLite in ./data)
# Missing system packages (chromium, poppler-utils, python3-aiosmtpd, postgresql, and the Noto CJK and colour emoji
# fonts the PDF needs) are installed with apt-get when running as root or with password-less sudo; set
# BRIEFING_NO_INSTALL=1 to never install.
set -euo pipefail
cd "$(dirname "$0")"

say() { printf '%s\n' "$*" >&2; }

# What the clock-ahead pass of `test` runs again: every suite that reads dates from a clock.
CLOCK_AHEAD_FILTER='FullyQualifiedName~Topics|FullyQualifiedName~Edition|FullyQualifiedName~Feeds|FullyQualifiedName~Nodes|FullyQualifiedName~RunTopic|FullyQualifiedName~Delivery|FullyQualifiedName~Subscri|FullyQualifiedName~Jobs|FullyQualifiedName~Storage'


# Without these, Chinese, Japanese, Korean and emoji print as empty boxes in the PDF; everything else still works.
ensure_fonts() {
  ensure_packages /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc:fonts-noto-cjk \
    /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf:fonts-noto-color-emoji ||
    say "warning: without fonts-noto-cjk and fonts-noto-color-emoji, CJK text and emoji show as empty boxes in the PDF."
}

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
    ensure_fonts
    exec dotnet run --project src/Briefing.Cli -c Release -- generate seeds/lausanne-2016 --out out "$@"
    ;;
  test)
    shift
    require_dotnet
    ensure_packages chromium:chromium pdftotext:poppler-utils aiosmtpd:python3-aiosmtpd || { say "error: PDF tests need chromium and pdftotext, email tests python3-aiosmtpd."; exit 1; }
    ensure_fonts
    # The storage, two-node and job tests start a throwaway PostgreSQL server; without it they fail saying so
    # (BRIEFING_SKIP_POSTGRES=1 lets them pass without it, unless BRIEFING_REQUIRE_POSTGRES=1).
    ensure_packages '/usr/lib/postgresql/*/bin/pg_ctl:postgresql' || say "warning: PostgreSQL is missing; its tests will fail unless BRIEFING_SKIP_POSTGRES=1."
    log=$(mktemp)
    status=0
    dotnet test Briefing.sln "$@" 2>&1 | tee "$log" || status=$?
    # The clock-ahead pass: the suites that work with dates, feeds, editions, schedules and links run once more with
    # the clock of the test processes (and of everything they start) 400 days ahead, through Debian's libfaketime. A
    # test that only holds near the day it was written fails here on the day it is written, not weeks later. It runs
    # on the whole suite's command only (not when options such as --filter are given); BRIEFING_CLOCK_AHEAD=0 skips it.
    if [ $# -eq 0 ] && [ "${BRIEFING_CLOCK_AHEAD:-1}" != "0" ]; then
      if ensure_packages faketime:faketime; then
        say "clock-ahead pass: $CLOCK_AHEAD_FILTER with the clock 400 days ahead"
        faketime -f '+400d' dotnet test Briefing.sln --no-build --filter "$CLOCK_AHEAD_FILTER" 2>&1 | tee -a "$log" || status=$?
      else
        say "error: the clock-ahead pass needs faketime (sudo apt-get install -y faketime); BRIEFING_CLOCK_AHEAD=0 skips it."
        status=1
      fi
    fi
    passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
    failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
    skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
    rm -f "$log"
    echo "tests: $passed passed, $failed failed, $skipped skipped"
    exit $status
    ;;
  serve)
    shift
    require_dotnet
    if ! ensure_packages chromium:chromium; then
      say "continuing without Chromium: briefings are made and served, without PDFs."
    fi
    exec dotnet run --project src/Briefing.Web -c Release -- "$@"
    ;;
  *)
    say "usage: ./build.sh sample [generate options] | ./build.sh test [dotnet test options] | ./build.sh serve [--urls URL]"
    exit 2
    ;;
esac
