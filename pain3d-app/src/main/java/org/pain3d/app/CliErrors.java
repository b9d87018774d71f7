package org.pain3d.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Maps exceptions to one clear line on stderr and an exit code.
 *
 * <ul>
 *   <li>2: usage errors (picocli parameter errors, {@link IllegalArgumentException}, an output
 *       folder that may not be used as asked)
 *   <li>3: input data errors (missing or malformed files)
 *   <li>4: other I/O errors (unwritable output, full disk)
 *   <li>1: anything unexpected (with the stack trace when {@code PAIN3D_DEBUG} is set)
 * </ul>
 */
public final class CliErrors {
  /** Exit code for bad arguments. */
  public static final int USAGE = 2;
  /** Exit code for missing or malformed input data. */
  public static final int BAD_INPUT = 3;
  /** Exit code for I/O failures on output. */
  public static final int IO = 4;

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
    Throwable t = unwrap(ex);
    if (t instanceof IllegalArgumentException || t instanceof org.pain3d.synth.GenerationException) {
      return USAGE;
    }
    if (t instanceof NoSuchFileException || isInputError(t)) {
      return BAD_INPUT;
    }
    if (t instanceof IOException) {
      return IO;
    }
    return 1;
  }

  private static boolean isInputError(Throwable t) {
    for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getSimpleName().endsWith("FormatException")
          || c.getSimpleName().endsWith("DataException")) {
        return true;
      }
    }
    return false;
  }

  static String message(Throwable ex) {
    Throwable t = unwrap(ex);
    if (t instanceof NoSuchFileException) {
      return "no such file: " + t.getMessage();
    }
    if (t instanceof AccessDeniedException) {
      return "permission denied: " + t.getMessage();
    }
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }

  private static Throwable unwrap(Throwable ex) {
    Throwable t = ex;
    while (t instanceof UncheckedIOException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
