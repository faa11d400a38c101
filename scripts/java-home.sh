# Sourced by ./stepguard, ./run-tests and .ci/run: exports JAVA_HOME for a JDK 25 or newer.
# Order: $JAVA_HOME if it is 25+, else the newest JDK 25+ under /usr/lib/jvm. Never the default java.
stepguard_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}
stepguard_select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    local v; v=$(stepguard_java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 25 ] 2>/dev/null; then export JAVA_HOME; return 0; fi
  fi
  local best="" bestv=0 d v
  for d in /usr/lib/jvm/*; do
    [ -x "$d/bin/javac" ] || continue
    v=$(stepguard_java_major "$d")
    if [ -n "$v" ] && [ "$v" -ge 25 ] 2>/dev/null && [ "$v" -gt "$bestv" ]; then best=$d; bestv=$v; fi
  done
  if [ -z "$best" ]; then
    echo "stepguard: no JDK 25 found (JAVA_HOME=${JAVA_HOME:-unset}, nothing suitable in /usr/lib/jvm)." >&2
    echo "  Install one, e.g. Temurin 25: https://adoptium.net/installation/linux/ (apt-get install temurin-25-jdk)," >&2
    echo "  or set JAVA_HOME to a JDK 25 or newer." >&2
    return 1
  fi
  export JAVA_HOME=$best
}
