package org.pain3d.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pain3d.dataset.ClipIndex;
import org.pain3d.dataset.check.CheckOptions;
import org.pain3d.dataset.check.ClipChecker;
import org.pain3d.dataset.check.DatasetChecker;
import org.pain3d.dataset.check.InspectionReport;
import org.pain3d.dataset.LayoutKind;
import org.pain3d.dataset.ReleaseScan;
import org.pain3d.dataset.ReleaseShards;
import org.pain3d.video.Mp4Reader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pain3d inspect DIR}: checks a dataset (ours or the published 3DPain layout) and
 * prints counts, label histograms and every problem found.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Check a dataset directory and print counts, label histograms and problems. The 3DPain"
          + " release as downloaded (tar.gz shards in images/, annotations/, heatmaps/,"
          + " textured_meshes/) is read straight from its shards.",
      "Checks: PSPI = AU4 + max(AU6,AU7) + max(AU9,AU10) + AU43 in every annotation; every"
          + " pain image has its annotation; every annotation has its images and heatmap;"
          + " neutral images exist; every image and heatmap decodes (PNG and JPEG, damaged files"
          + " found); splits are identity-disjoint; manifest counts and SHA-256 checksums match;"
          + " metadata.jsonl agrees.",
      "A clip dataset (pain3d video: clips.jsonl) is checked as such: every clip's video, frame"
          + " table and record exist and agree (frames, size, decoded video frame count), per-frame"
          + " PSPI formula and times, apex PSPI, identity-disjoint splits, manifest counts and"
          + " checksums."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the dataset is consistent",
      "5:the dataset has problems (listed)",
      "2:bad arguments",
      "3:not a dataset (no such directory, no annotations/ or image directory)",
      "4:I/O error"
    })
public final class InspectCommand implements Callable<Integer> {
  /** Exit code when the dataset has problems. */
  public static final int INCONSISTENT = 5;

  @Parameters(index = "0", paramLabel = "DIR", description = "The dataset root.")
  Path dir;

  @Option(
      names = "--layout",
      paramLabel = "auto|ours|published",
      converter = LayoutConverter.class,
      description = "Directory layout (default: auto-detected).")
  LayoutKind layout;

  @Option(
      names = "--skip-checksums",
      description = "Do not hash files against the manifest (existence is still checked).")
  boolean skipChecksums;

  @Option(
      names = "--skip-decode",
      description = "Do not decode every image and heatmap (faster; damaged images may go unseen).")
  boolean skipDecode;

  @Option(names = "--no-heatmaps", description = "Do not require a heatmap per pain set.")
  boolean noHeatmaps;

  @Option(
      names = "--split-csv",
      paramLabel = "FILE",
      description = "Split file to use (default: splits/uniform_data_70_20_10_split.csv).")
  Path splitCsv;

  @Option(
      names = "--max-problems",
      paramLabel = "N",
      defaultValue = "50",
      description = "Print at most N problems (default: ${DEFAULT-VALUE}); all are counted.")
  int maxProblems;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (maxProblems < 0) {
      throw new IllegalArgumentException("--max-problems must be >= 0");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (ReleaseShards.readFromShards(dir)) {
      ReleaseScan scan = ReleaseScan.scan(dir, Optional.ofNullable(splitCsv));
      new ReleasePrinter(out, maxProblems).print(dir.toAbsolutePath().normalize(), scan);
      out.flush();
      return scan.problems().isEmpty() ? 0 : INCONSISTENT;
    }
    if (ClipIndex.isClipDataset(dir)) {
      ClipChecker.Report r = ClipChecker.check(dir, !skipChecksums, video -> {
        Mp4Reader.Info i = Mp4Reader.decode(video, (k, rgb, w, h) -> { });
        return new int[] {i.frames(), i.width(), i.height()};
      });
      new InspectionPrinter(out, maxProblems).printClips(dir.toAbsolutePath().normalize(), r);
      out.flush();
      return r.consistent() ? 0 : INCONSISTENT;
    }
    CheckOptions options =
        new CheckOptions(
            Optional.ofNullable(layout), !skipChecksums, !noHeatmaps,
            Optional.ofNullable(splitCsv), !skipDecode);
    InspectionReport report = DatasetChecker.check(dir, options);
    new InspectionPrinter(out, maxProblems).print(dir.toAbsolutePath().normalize(), report);
    out.flush();
    return report.consistent() ? 0 : INCONSISTENT;
  }

  /** Parses {@code auto}, {@code ours}, {@code published} (any case); auto is null. */
  static final class LayoutConverter implements CommandLine.ITypeConverter<LayoutKind> {
    @Override
    public LayoutKind convert(String value) {
      String v = value.toLowerCase(Locale.ROOT);
      switch (v) {
        case "auto":
          return null;
        case "ours":
          return LayoutKind.OURS;
        case "published":
          return LayoutKind.PUBLISHED;
        default:
          throw new CommandLine.TypeConversionException(
              "expected auto, ours or published, got '" + value + "'");
      }
    }
  }
}
