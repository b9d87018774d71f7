package org.pain3d.app;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
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
 *   <li>1: anything unexpected (with the stack trace when {@code PAIN3D_DEBUG} is set)
 * </ul>
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

  private CliErrors() {}

  /**
   * Installs the handlers on a command line.
   *
   * @param cl the command line
   */
  public static void install(CommandLine cl) {
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("pain3d: error: " + message(ex));
          if (System.getenv("PAIN3D_DEBUG") != null) {
            ex.printStackTrace(commandLine.getErr());
          }
          return exitCode(ex);
        });
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("pain3d: error: " + ex.getMessage());
          c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
          return USAGE;
        });
  }

  static int exitCode(Throwable ex) {
    return ErrorKind.of(ex).exitCode();
  }

  /**
   * One line for a failure: the message, or what the JDK exception means.
   *
   * @param ex the failure
   * @return the line (without the "pain3d: error: " prefix)
   */
  public static String message(Throwable ex) {
    Throwable t = ErrorKind.unwrap(ex);
    if (t instanceof NoSuchFileException) {
      return "no such file: " + t.getMessage();
    }
    if (t instanceof AccessDeniedException) {
      return "permission denied: " + t.getMessage();
    }
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }
}
