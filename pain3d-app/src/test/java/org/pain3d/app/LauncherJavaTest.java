package org.pain3d.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's choice of Java ({@code tools/choose-java.sh}, sourced by {@code ./pain3d} and
 * {@code ./bench}): PAIN3D_JAVA, then JAVA_HOME, then the newest JDK under /usr/lib/jvm when it is
 * newer than the PATH's java, then that java; and one line and exit 2 when the choice is no
 * executable.
 */
class LauncherJavaTest {
  private static final Path SCRIPT = Path.of("..", "tools", "choose-java.sh").toAbsolutePath().normalize();

  @Test
  void pain3dJavaComesFirstThenJavaHome(@TempDir Path dir) throws Exception {
    Path home = fakeJdk(dir.resolve("jdk-x"), "99.0.1");
    assertEquals("/opt/some/java", run("choose_java", Map.of("PAIN3D_JAVA", "/opt/some/java",
        "JAVA_HOME", home.toString())).out);
    assertEquals(home.resolve("bin/java").toString(), run("choose_java", Map.of("JAVA_HOME", home.toString())).out);
  }

  @Test
  void withoutEitherTheNewestJdkUnderUsrLibJvmWinsOverAnOlderPathJava() throws Exception {
    String chosen = run("choose_java", Map.of()).out;
    int newest = 0;
    String newestJava = null;
    Path root = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(root)) {
      try (Stream<Path> dirs = Files.list(root)) {
        for (Path d : (Iterable<Path>) dirs.sorted()::iterator) {
          int f = feature(d.resolve("release"));
          if (f > newest && Files.isExecutable(d.resolve("bin/java"))) {
            newest = f;
            newestJava = d.resolve("bin/java").toString();
          }
        }
      }
    }
    int pathFeature = Runtime.version().feature();
    String pathJava = run("command -v java || true", Map.of()).out;
    if (!pathJava.isEmpty()) {
      Path real = Path.of(pathJava).toRealPath();
      pathFeature = feature(real.getParent().getParent().resolve("release"));
    }
    String expected = newest > pathFeature ? newestJava : "java";
    assertEquals(expected, chosen, "newest under /usr/lib/jvm: " + newest + ", PATH java: " + pathFeature);
  }

  @Test
  void aChoiceThatIsNoExecutableIsOneLineAndExit2(@TempDir Path dir) throws Exception {
    Result r = run("java_or_exit", Map.of("PAIN3D_JAVA", dir.resolve("missing/java").toString()));
    assertEquals(2, r.exit);
    assertEquals("", r.out);
    List<String> lines = r.err.lines().toList();
    assertEquals(1, lines.size(), r.err);
    assertTrue(lines.get(0).startsWith("pain3d: no Java to run: ") && lines.get(0).contains("PAIN3D_JAVA"), r.err);
  }

  @Test
  void aJdkOlderThan17IsOneLineAndExit2(@TempDir Path dir) throws Exception {
    Path old = fakeJdk(dir.resolve("jdk-11"), "11.0.2");
    Result r = run("java_or_exit", Map.of("JAVA_HOME", old.toString()));
    assertEquals(2, r.exit);
    assertEquals("", r.out);
    List<String> lines = r.err.lines().toList();
    assertEquals(1, lines.size(), r.err);
    assertTrue(lines.get(0).contains("is Java 11; pain3d needs Java 17 or later"), r.err);
    Path newer = fakeJdk(dir.resolve("jdk-21"), "21.0.4");
    Result ok = run("java_or_exit", Map.of("JAVA_HOME", newer.toString()));
    assertEquals(0, ok.exit, ok.err);
    assertEquals(newer.resolve("bin/java").toString(), ok.out);
  }

  private static Path fakeJdk(Path home, String version) throws IOException {
    Files.createDirectories(home.resolve("bin"));
    Path java = home.resolve("bin/java");
    Files.writeString(java, "#!/bin/sh\nexit 0\n");
    assertTrue(java.toFile().setExecutable(true));
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
    return home;
  }

  private static int feature(Path release) throws IOException {
    if (!Files.isRegularFile(release)) {
      return 0;
    }
    Matcher m = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private record Result(int exit, String out, String err) {}

  /** Runs a command in bash after sourcing the script, with PAIN3D_JAVA and JAVA_HOME unset unless given. */
  private static Result run(String command, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", "source \"$1\"; " + command, "bash", SCRIPT.toString());
    pb.environment().remove("PAIN3D_JAVA");
    pb.environment().remove("JAVA_HOME");
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    return new Result(p.exitValue(), out, err);
  }
}
