package org.pain3d.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The same arguments write the same bytes whichever JDK runs pain3d (the launcher picks the newest
 * installed one, tools/choose-java.sh): the JVM-dependent functions the dataset code calls give
 * the same bits on every other JDK installed here, and that code calls no other such function.
 */
class JvmParityTest {
  /** Math functions whose results Java fixes exactly (IEEE operations, rounding, integer arithmetic, scaling by a constant). */
  private static final Set<String> EXACT = Set.of("abs", "max", "min", "sqrt", "round", "rint", "floor", "ceil",
      "floorDiv", "floorMod", "signum", "multiplyExact", "addExact", "subtractExact", "toIntExact", "toRadians",
      "toDegrees", "fma", "clamp", "copySign");
  /** Modules whose code writes dataset bytes (images, masks, heatmaps, clips, annotations). */
  private static final List<String> MODULES = List.of("pain3d-core", "pain3d-synth", "pain3d-video");
  private static final Pattern MATH_CALL = Pattern.compile("(?<![A-Za-z0-9_.])Math\\.([a-zA-Z0-9]+)\\(");
  /** A JDK release file's feature version. */
  private static final Pattern FEATURE = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

  @Test
  void theDatasetCodeCallsNoMathFunctionThatIsNotDigested() throws IOException {
    Set<String> called = new TreeSet<>();
    for (String module : MODULES) {
      Path src = Path.of("..", module, "src", "main", "java");
      assertTrue(Files.isDirectory(src), "sources of " + module + " at " + src.toAbsolutePath());
      try (Stream<Path> files = Files.walk(src)) {
        for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
          Matcher m = MATH_CALL.matcher(Files.readString(f, StandardCharsets.UTF_8));
          while (m.find()) {
            called.add(m.group(1));
          }
        }
      }
    }
    assertTrue(called.contains("sin") && called.contains("pow"), "the scan finds the calls: " + called);
    Set<String> unchecked = new TreeSet<>(called);
    unchecked.removeAll(EXACT);
    unchecked.removeAll(JvmDigest.FUNCTIONS.keySet());
    assertEquals(Set.of(), unchecked,
        "Math functions a JVM may compute differently, not in JvmDigest (digest them, or call StrictMath)");
  }

  @Test
  void everyOtherInstalledJdkComputesTheSameBitsAndText() throws Exception {
    List<Path> others = otherJdks();
    assumeFalse(others.isEmpty(), "no JDK of another feature version under /usr/lib/jvm: nothing to compare");
    Map<String, String> here = JvmDigest.digests();
    Path classes = Path.of(JvmDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    for (Path java : others) {
      Process p = new ProcessBuilder(java.toString(), "-cp", classes.toString(), JvmDigest.class.getName())
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), java + " did not finish");
      assertEquals(0, p.exitValue(), java + ": " + out);
      Map<String, String> there = new LinkedHashMap<>();
      for (String line : out.strip().split("\n")) {
        String[] kv = line.strip().split(" ");
        there.put(kv[0], kv[1]);
      }
      assertEquals(here, there, java + " (Java " + Runtime.version().feature() + " here)");
    }
  }

  /** java executables of the JDKs under /usr/lib/jvm whose feature version is not this JVM's. */
  private static List<Path> otherJdks() throws IOException {
    List<Path> out = new ArrayList<>();
    Path root = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(root)) {
      return out;
    }
    Set<Integer> seen = new TreeSet<>();
    seen.add(Runtime.version().feature());
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path d : (Iterable<Path>) dirs.sorted()::iterator) {
        Path release = d.resolve("release");
        Path java = d.resolve("bin").resolve("java");
        if (!Files.isRegularFile(release) || !Files.isExecutable(java)) {
          continue;
        }
        Matcher m = FEATURE.matcher(Files.readString(release));
        if (m.find() && seen.add(Integer.parseInt(m.group(1)))) {
          out.add(java);
        }
      }
    }
    return out;
  }
}
