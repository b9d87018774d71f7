#!/usr/bin/env bash
# Same arguments, two JDKs, the same bytes? (not part of CI; JvmParityTest checks the functions.)
# Runs generate (varied, bedside, studio), video, render and gallery once with each java and
# compares every file's SHA-256 (lock files aside). Prints the differing files; exits 1 if any.
# Usage: tools/jvm-parity.sh OUT_DIR   env: PAIN3D_FACE_MODEL (required), JAVA_A, JAVA_B
#   (java executables; default: the java on the PATH and the launcher's choice).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$1"
: "${PAIN3D_FACE_MODEL:?set PAIN3D_FACE_MODEL to the ICT-FaceKit archive}"
source "$here/tools/choose-java.sh"
a="${JAVA_A:-$(command -v java)}"; b="${JAVA_B:-$(choose_java)}"
if [ "$(readlink -f "$a")" = "$(readlink -f "$b")" ]; then
  echo "jvm-parity: both are $a; set JAVA_A and JAVA_B" >&2; exit 2
fi
m=(--face-model "$PAIN3D_FACE_MODEL" --seed 4)
runs=(
  "generate|generate ${m[*]} --identities 6 --pain-levels 4 --views 3 --size 512"
  "bedside|generate ${m[*]} --identities 4 --pain-levels 3 --views 3 --size 384 --scene bedside"
  "studio|generate ${m[*]} --identities 4 --pain-levels 3 --views 3 --size 512 --scene studio"
  "video|video ${m[*]} --identities 4 --clips 2 --seconds 2 --fps 25 --size 256"
  "render|render ${m[*]} --size 512 --ethnicity Black --age-group elderly --pspi 8 --supersample 2"
  "gallery|gallery ${m[*]} --rows 2 --size 256"
)
for side in a b; do
  java_bin=$([ "$side" = a ] && echo "$a" || echo "$b")
  for r in "${runs[@]}"; do
    name="${r%%|*}"; args="${r#*|}"
    rm -rf "$out/$side/$name"
    # shellcheck disable=SC2086
    PAIN3D_JAVA="$java_bin" "$here/pain3d" $args --out "$out/$side/$name" > /dev/null
  done
  (cd "$out/$side" && find . -type f ! -path '*/locks/*' -print0 | sort -z | xargs -0 sha256sum) > "$out/$side.sha256"
done
echo "A: $("$a" -version 2>&1 | head -n 1)"
echo "B: $("$b" -version 2>&1 | head -n 1)"
echo "files: $(wc -l < "$out/a.sha256") and $(wc -l < "$out/b.sha256")"
if diff "$out/a.sha256" "$out/b.sha256" > "$out/diff.txt"; then
  echo "same bytes"
else
  echo "differ:"; grep '^[<>]' "$out/diff.txt" | awk '{print $3}' | sort -u
  exit 1
fi
