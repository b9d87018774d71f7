# Sourced by the pain3d launcher and ./bench: choose_java prints the java executable to run.
# The build targets Java 17, and any later JDK runs it. The order:
#   PAIN3D_JAVA (an executable), else $JAVA_HOME/bin/java, else the newest JDK under /usr/lib/jvm
#   when it is a later feature version than the java on the PATH, else the java on the PATH.
# JDK 25 renders the same bytes as JDK 17 about 1.2x faster (docs/generator.md, "Java runtime").
feature() { # a JDK's release file -> its feature version (0 when unreadable)
  local v
  v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1" 2>/dev/null | head -n 1)
  echo "${v:-0}"
}
choose_java() {
  if [ -n "${PAIN3D_JAVA:-}" ]; then echo "$PAIN3D_JAVA"; return; fi
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then echo "$JAVA_HOME/bin/java"; return; fi
  local best="java" best_f=0 path_java r f
  path_java=$(command -v java 2>/dev/null || true)
  if [ -n "$path_java" ]; then
    best_f=$(feature "$(dirname "$(dirname "$(readlink -f "$path_java")")")/release")
  fi
  for r in /usr/lib/jvm/*/release; do
    [ -f "$r" ] || continue
    f=$(feature "$r")
    if [ "$f" -gt "$best_f" ] && [ -x "$(dirname "$r")/bin/java" ]; then
      best="$(dirname "$r")/bin/java"; best_f=$f
    fi
  done
  echo "$best"
}

# Like choose_java, and exits 2 with one line when that is not an executable, or is a JDK
# whose release file says it is older than 17 (a java without a release file is run as it is).
java_or_exit() {
  local j
  j=$(choose_java)
  if ! command -v "$j" > /dev/null 2>&1; then
    echo "pain3d: no Java to run: '$j' is not an executable (set PAIN3D_JAVA or JAVA_HOME, or install JDK 17 or later)" >&2
    exit 2
  fi
  local f
  f=$(feature "$(dirname "$(dirname "$(readlink -f "$(command -v "$j")")")")/release")
  if [ "$f" -gt 0 ] && [ "$f" -lt 17 ]; then
    echo "pain3d: '$j' is Java $f; pain3d needs Java 17 or later (set PAIN3D_JAVA or JAVA_HOME)" >&2
    exit 2
  fi
  echo "$j"
}
