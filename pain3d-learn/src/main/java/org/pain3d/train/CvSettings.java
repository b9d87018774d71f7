package org.pain3d.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The settings file of a cross-validation folder (image {@code cv}: {@code cv.json}, sequence
 * {@code cv}: {@code sequence-cv.json}): written when the cross-validation starts, and a folder
 * run again resumes only with equal settings, so that finished folds are never mixed with folds
 * of another protocol in one report.
 */
public final class CvSettings {
  private CvSettings() {}

  /**
   * Refuses a folder whose settings file records other settings (a folder without the file,
   * new or of an earlier version, passes).
   *
   * @param file the settings file
   * @param settings the settings now (a record that {@link RunFiles#read} reads back equal)
   * @throws RunFormatException when the recorded settings differ
   * @throws IOException when the file cannot be read
   */
  public static void check(Path file, Record settings) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    Record was = RunFiles.read(file, settings.getClass());
    if (!was.equals(settings)) {
      throw new RunFormatException(file, "the cross-validation was started with other settings: "
          + was + " (now " + settings + "); use a new --out folder", null);
    }
  }
}
