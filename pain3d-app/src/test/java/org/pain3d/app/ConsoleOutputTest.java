package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Finding 11 of issue 11: progress only as a bar on a terminal, plain lines otherwise; the error
 * line always starts a line; library warnings in the log, not on the user's stderr, unless
 * --verbose.
 */
class ConsoleOutputTest {
  @AfterEach
  void reset() {
    System.clearProperty("pain3d.progress");
    System.clearProperty("pain3d.progress.seconds");
    ProgressLine.endAll();
    CliLogging.use(System.err, null);
    CliLogging.configure(false);
  }

  /** A command that shows progress and then fails, as generate or train do. */
  @Command(name = "failing")
  static final class Failing implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      ProgressLine bar = ProgressLine.count(spec.commandLine().getErr(), "identities", 10);
      for (int i = 0; i < 3; i++) {
        bar.step();
      }
      throw new IllegalStateException("disk on fire");
    }
  }

  private static String runFailing() {
    CommandLine cl = new CommandLine(new Failing());
    CliErrors.install(cl);
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    assertThat(cl.execute()).isEqualTo(1);
    return err.toString();
  }

  @Test
  void theErrorLineStartsALineAfterABar() throws Exception {
    System.setProperty("pain3d.progress", "bar");
    String err = runFailing();
    assertThat(err).contains("\r");
    assertThat(err.lines().filter(l -> l.startsWith("pain3d: error: disk on fire")).count())
        .as(err).isEqualTo(1);
  }

  @Test
  void withoutATerminalProgressIsPlainLines() {
    System.setProperty("pain3d.progress", "plain");
    System.setProperty("pain3d.progress.seconds", "0");
    String err = runFailing();
    assertThat(err).doesNotContain("\r");
    java.util.List<String> lines = err.lines().toList();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(4);
    assertThat(lines.subList(0, lines.size() - 1))
        .allMatch(l -> l.matches("identities: [1-3]/10 \\([1-3]0%\\).*"), "plain progress lines");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("pain3d: error: disk on fire");
  }

  @Test
  void progressOffShowsNothing() {
    System.setProperty("pain3d.progress", "off");
    assertThat(runFailing()).isEqualTo("pain3d: error: disk on fire" + System.lineSeparator());
  }

  @Test
  void libraryWarningsGoToTheLogAndOursToTheUserUnlessVerbose() {
    ByteArrayOutputStream user = new ByteArrayOutputStream();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    CliLogging.use(new PrintStream(user, true, StandardCharsets.UTF_8), new PrintStream(log, true, StandardCharsets.UTF_8));
    CliLogging.configure(false);
    Logger.getLogger("ai.djl.util.cuda.CudaUtils").warning("Failed to detect GPU count");
    Logger.getLogger("org.pain3d.synth.DoneRecords").warning("identity 3: images/x.png is missing");
    Logger.getLogger("org.pain3d.vit.VitLoader").fine("a debug detail");
    assertThat(user.toString(StandardCharsets.UTF_8))
        .isEqualTo("[WARN] identity 3: images/x.png is missing" + System.lineSeparator());
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("[WARN] ai.djl.util.cuda.CudaUtils: Failed to detect GPU count")
        .contains("[WARN] org.pain3d.synth.DoneRecords: identity 3");
    user.reset();
    Pain3dCli.commandLine().parseArgs("--verbose", "inspect", "x");
    Logger.getLogger("ai.djl.util.cuda.CudaUtils").warning("Failed to detect GPU count");
    Logger.getLogger("org.pain3d.vit.VitLoader").log(Level.FINE, "a debug detail");
    assertThat(user.toString(StandardCharsets.UTF_8)).contains("[WARN] Failed to detect GPU count")
        .contains("[DEBUG] a debug detail");
  }

  @Test
  void outOfMemoryIsOneLineWithTheFix() {
    assertThat(CliErrors.message(new OutOfMemoryError("Java heap space")))
        .startsWith("out of memory (the Java heap is ").contains("PAIN3D_JAVA_OPTS=-Xmx").doesNotContain("\n");
    assertThat(CliErrors.message(new RuntimeException(new RuntimeException(
        "DefaultCPUAllocator: not enough memory: you tried to allocate 68719476736 bytes.\nException raised from ..."))))
        .isEqualTo("PyTorch ran out of native memory (it asked for 64.0 GiB); use smaller inputs (image size,"
            + " --batch) or a machine with more memory");
    assertThat(CliErrors.exitCode(new java.io.IOException(new OutOfMemoryError("in a worker")))).isEqualTo(1);
    assertThat(CliErrors.message(new NegativeArraySizeException()))
        .isEqualTo("unexpected internal error (NegativeArraySizeException); PAIN3D_DEBUG=1 prints the stack trace");
    @Command(name = "oom")
    final class Oom implements Callable<Integer> {
      @Override
      public Integer call() {
        throw new OutOfMemoryError("Java heap space");
      }
    }
    CommandLine cl = new CommandLine(new Oom());
    CliErrors.install(cl);
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    assertThat(cl.execute()).isEqualTo(1);
    assertThat(err.toString()).startsWith("pain3d: error: out of memory").hasLineCount(1);
  }
}
