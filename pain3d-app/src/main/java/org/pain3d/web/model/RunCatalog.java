package org.pain3d.web.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pain3d.web.ServedFolder;
import org.pain3d.web.WebErrorKind;
import org.pain3d.web.WebException;

/** The run folders given to {@code pain3d serve --run}, by index; the model view can open these and no others. */
public final class RunCatalog {
  private final List<OpenedRun> runs;

  /**
   * Opens the folders (they must exist; nothing is read yet).
   *
   * @param dirs the run folders
   * @throws IOException when one does not exist or is not a directory
   */
  public RunCatalog(List<Path> dirs) throws IOException {
    List<OpenedRun> list = new ArrayList<>();
    for (Path d : dirs) {
      list.add(new OpenedRun(list.size(), ServedFolder.of(d)));
    }
    this.runs = List.copyOf(list);
  }

  /** @return how many runs are open */
  public int size() {
    return runs.size();
  }

  /** @return the runs, by id */
  List<OpenedRun> all() {
    return runs;
  }

  /**
   * A run by its id.
   *
   * @param id the path parameter
   * @return the run
   * @throws WebException NOT_FOUND for an unknown id
   */
  OpenedRun get(String id) {
    try {
      int i = Integer.parseInt(id);
      if (i >= 0 && i < runs.size()) {
        return runs.get(i);
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new WebException(WebErrorKind.NOT_FOUND, "no run '" + id + "' (pain3d serve --run DIR opens one)");
  }
}
