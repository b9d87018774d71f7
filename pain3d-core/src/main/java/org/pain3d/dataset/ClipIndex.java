package org.pain3d.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pain3d.io.Json;

/**
 * Reads a clip dataset's index ({@code clips.jsonl}, one {@link ClipInfo} per line): what a
 * temporal model and {@code inspect} start from.
 */
public final class ClipIndex {
  private ClipIndex() {}

  /**
   * Whether a folder looks like a clip dataset (it has {@code clips.jsonl}).
   *
   * @param root the dataset root
   * @return true when the index exists
   */
  public static boolean isClipDataset(Path root) {
    return Files.isRegularFile(root.resolve(ClipNaming.INDEX));
  }

  /**
   * Reads every clip record.
   *
   * @param root the dataset root
   * @return the records in file order
   * @throws DatasetDataException when the index is missing, empty or a line is not a clip
   *     record (naming the line)
   * @throws IOException when it cannot be read
   */
  public static List<ClipInfo> read(Path root) throws IOException {
    Path file = root.resolve(ClipNaming.INDEX);
    if (!Files.isRegularFile(file)) {
      throw new DatasetDataException(root, "not a clip dataset (no " + ClipNaming.INDEX + ")");
    }
    List<ClipInfo> out = new ArrayList<>();
    String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        out.add(ClipInfo.parse(lines[i]));
      } catch (IOException | IllegalArgumentException e) {
        throw new DatasetDataException(file, "line " + (i + 1) + " is not a clip record: "
            + firstLine(e.getMessage()), e);
      }
    }
    if (out.isEmpty()) {
      throw new DatasetDataException(file, "no clips");
    }
    return out;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "malformed";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
