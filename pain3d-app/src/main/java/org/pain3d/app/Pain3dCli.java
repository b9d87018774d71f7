package org.pain3d.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code pain3d} command line: one picocli command with a subcommand per job.
 *
 * <p>Errors of ours ({@link org.pain3d.app.CliErrors}) become one line on stderr and a
 * non-zero exit code; only {@link #main} calls {@link System#exit}.
 */
@Command(
    name = "pain3d",
    mixinStandardHelpOptions = true,
    versionProvider = Pain3dVersion.class,
    description = "Synthetic 3D pain faces and pain assessment from faces.",
    subcommands = {
      CommandLine.HelpCommand.class,
      MeshCommand.class,
      MetricsCommand.class,
      InspectCommand.class,
      RenderCommand.class,
      GalleryCommand.class,
      GenerateCommand.class,
      VideoCommand.class,
      EmbedCommand.class,
      TrainCommand.class,
      CvCommand.class,
      PredictCommand.class,
      ImportCheckpointCommand.class,
      ServeCommand.class,
    })
public final class Pain3dCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * {@code --verbose} (any command): shows every log message, the libraries' and (with the
   * launcher) native warnings included, which otherwise go to the log file only.
   *
   * @param verbose whether to show everything
   */
  @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "Show every log message, library and native warnings included (otherwise in $PAIN3D_LOG).")
  void setVerbose(boolean verbose) {
    CliLogging.configure(verbose);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /**
   * Builds the configured command line (shared by {@link #main} and the tests).
   *
   * @return a command line whose {@code execute} returns the exit code
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Pain3dCli());
    CliErrors.install(cl);
    return cl;
  }

  /**
   * Runs the CLI and exits with its code.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    CliLogging.install();
    System.exit(commandLine().execute(args));
  }
}
