package org.pain3d.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crash point halts a child JVM at the asked occurrence; the trace lists every point. */
class CrashPointsTest {
  @TempDir Path dir;

  /** The child: marks {@code a}, {@code b}, {@code a}, {@code b}, then exits 0. */
  public static final class Child {
    private Child() {}

    /**
     * @param args unused
     */
    public static void main(String[] args) {
      for (int i = 0; i < 2; i++) {
        CrashPoints.reach("a", "child");
        CrashPoints.reach("b", "child");
      }
    }
  }

  private int run(String... props) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new java.util.ArrayList<>(List.of(java));
    cmd.addAll(List.of(props));
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Child.class.getName()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }

  @Test
  void haltsAtTheNamedOccurrenceAndTracesThePointsBefore() throws Exception {
    Path trace = dir.resolve("trace.txt");
    assertThat(run("-D" + CrashPoints.TRACE_PROPERTY + "=" + trace)).isZero();
    assertThat(Files.readAllLines(trace)).containsExactly("a", "b", "a", "b");
    Path upTo = dir.resolve("upto.txt");
    assertThat(run("-D" + CrashPoints.HALT_PROPERTY + "=b:2", "-D" + CrashPoints.TRACE_PROPERTY + "=" + upTo))
        .isEqualTo(CrashPoints.HALT_EXIT_CODE);
    assertThat(Files.readAllLines(upTo)).containsExactly("a", "b", "a", "b");
    Path first = dir.resolve("first.txt");
    assertThat(run("-D" + CrashPoints.HALT_PROPERTY + "=a:1", "-D" + CrashPoints.TRACE_PROPERTY + "=" + first))
        .isEqualTo(CrashPoints.HALT_EXIT_CODE);
    assertThat(Files.readAllLines(first)).containsExactly("a");
  }

  @Test
  void withoutThePropertiesNothingHappens() {
    CrashPoints.reach("anything", "test");
  }
}
