package org.pain3d.app;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pain3d.error.ErrorKind;
import picocli.CommandLine;

/**
 * Maps exceptions to one clear line on stderr and an exit code: the code of the failure's
 * {@link ErrorKind} ({@link ErrorKind#of}), so the CLI and the web layer classify alike.
 *
 * <ul>
 *   <li>2: usage errors (picocli parameter errors, {@link IllegalArgumentException}, an output
 *       folder that may not be used as asked)
 *   <li>3: input data errors (missing or malformed files)
 *   <li>4: other I/O errors (unwritable output, full disk)
 *   <li>6: training diverged
 *   <li>7: the output is locked by another live pain3d process
 *   <li>1: anything unexpected (with the stack trace when {@code PAIN3D_DEBUG} is set), and
 *       running out of memory (with the fix)
 * </ul>
 *
 * <p>Open progress bars are ended first, so the error line always starts a line.
 */
public final class CliErrors {
  /** Exit code for bad arguments. */
  public static final int USAGE = ErrorKind.USAGE.exitCode();
  /** Exit code for missing or malformed input data. */
  public static final int BAD_INPUT = ErrorKind.BAD_INPUT.exitCode();
  /** Exit code for I/O failures on output. */
  public static final int IO = ErrorKind.IO.exitCode();
  /** Exit code for a training run that diverged. */
  public static final int DIVERGED = ErrorKind.DIVERGED.exitCode();

  private static final double GIB = 1024.0 * 1024 * 1024;
  private static final Pattern ALLOCATE = Pattern.compile("allocate (\\d+) bytes");

  private CliErrors() {}

  /**
   * Installs the handlers on a command line.
   *
   * @param cl the command line
   */
  public static void install(CommandLine cl) {
    cl.setExecutionStrategy(parseResult -> {
      try {
        return new CommandLine.RunLast().execute(parseResult);
      } catch (OutOfMemoryError e) {
        throw new CommandLine.ExecutionException(parseResult.commandSpec().commandLine(),
            "out of memory", e);
      }
    });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          ProgressLine.endAll();
          commandLine.getErr().println("pain3d: error: " + message(ex));
          if (System.getenv("PAIN3D_DEBUG") != null) {
            ex.printStackTrace(commandLine.getErr());
          }
          commandLine.getErr().flush();
          return exitCode(ex);
        });
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          ProgressLine.endAll();
          c.getErr().println("pain3d: error: " + ex.getMessage());
          c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
          return USAGE;
        });
  }

  static int exitCode(Throwable ex) {
    for (Throwable c = ex; c != null; c = c.getCause()) {
      if (c instanceof OutOfMemoryError) {
        return ErrorKind.INTERNAL.exitCode();
      }
    }
    return ErrorKind.of(cause(ex)).exitCode();
  }

  /**
   * The one-line message of a failure: ours as they are; out of memory (Java heap or native)
   * with the fix; the first line of anything else, never a stack trace.
   *
   * @param ex the failure
   * @return the text after {@code pain3d: error: }
   */
  public static String message(Throwable ex) {
    for (Throwable c = ex; c != null; c = c.getCause()) {
      if (c instanceof OutOfMemoryError) {
        return String.format(Locale.ROOT, "out of memory (the Java heap is %.1f GiB): give Java more with"
            + " PAIN3D_JAVA_OPTS=-Xmx<size> (the launcher's default is -Xmx8g), or ask for less work"
            + " at once (smaller --batch, --threads, --size)", Runtime.getRuntime().maxMemory() / GIB);
      }
    }
    for (Throwable c = ex; c != null; c = c.getCause()) {
      String n = nativeOutOfMemory(c.getMessage());
      if (n != null) {
        return n;
      }
    }
    Throwable t = cause(ex);
    if (t instanceof NoSuchFileException) {
      return "no such file: " + t.getMessage();
    }
    if (t instanceof AccessDeniedException) {
      return "permission denied: " + t.getMessage();
    }
    String m = t.getMessage() == null ? "" : t.getMessage().strip().lines().findFirst().orElse("");
    if (m.isEmpty()) {
      return "unexpected internal error (" + t.getClass().getSimpleName()
          + "); PAIN3D_DEBUG=1 prints the stack trace";
    }
    return m;
  }

  /** Removes picocli's and the JDK's wrappers. */
  private static Throwable cause(Throwable ex) {
    Throwable t = ErrorKind.unwrap(ex);
    while (t instanceof CommandLine.ExecutionException && t.getCause() != null) {
      t = ErrorKind.unwrap(t.getCause());
    }
    return t;
  }

  /** libtorch's allocation failures ("not enough memory: you tried to allocate N bytes", CUDA). */
  private static String nativeOutOfMemory(String message) {
    if (message == null) {
      return null;
    }
    String m = message.toLowerCase(Locale.ROOT);
    if (!m.contains("not enough memory") && !m.contains("cuda out of memory")) {
      return null;
    }
    Matcher bytes = ALLOCATE.matcher(message);
    String size = bytes.find()
        ? String.format(Locale.ROOT, " (it asked for %.1f GiB)", Double.parseDouble(bytes.group(1)) / GIB)
        : "";
    return "PyTorch ran out of " + (m.contains("cuda") ? "GPU" : "native") + " memory" + size
        + "; use smaller inputs (image size, --batch) or a machine with more memory";
  }
}
