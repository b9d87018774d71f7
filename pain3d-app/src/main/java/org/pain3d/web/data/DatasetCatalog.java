package org.pain3d.web.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.pain3d.web.ServedFolder;
import org.pain3d.web.WebErrorKind;
import org.pain3d.web.WebException;

/**
 * The dataset folders given to {@code pain3d serve --dataset}, by index; the browser can open
 * these and no others. Checks run on one background thread.
 */
public final class DatasetCatalog implements AutoCloseable {
  private final List<OpenedDataset> datasets;
  private final ExecutorService background;
  private final Thumbnails thumbnails = new Thumbnails(2000);

  /**
   * Opens the folders (they must exist; nothing is read yet).
   *
   * @param dirs the dataset roots
   * @throws IOException when one does not exist or is not a directory
   */
  public DatasetCatalog(List<Path> dirs) throws IOException {
    List<OpenedDataset> list = new ArrayList<>();
    for (Path d : dirs) {
      list.add(new OpenedDataset(list.size(), ServedFolder.of(d)));
    }
    this.datasets = List.copyOf(list);
    this.background = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "pain3d-inspect");
      t.setDaemon(true);
      return t;
    });
  }

  /** @return the datasets, by id */
  List<OpenedDataset> all() {
    return datasets;
  }

  /** @return how many datasets are open */
  public int size() {
    return datasets.size();
  }

  /**
   * A dataset by its id.
   *
   * @param id the path parameter
   * @return the dataset
   * @throws WebException NOT_FOUND for an unknown id
   */
  OpenedDataset get(String id) {
    try {
      int i = Integer.parseInt(id);
      if (i >= 0 && i < datasets.size()) {
        return datasets.get(i);
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new WebException(WebErrorKind.NOT_FOUND, "no dataset '" + id + "' (open: 0.." + (datasets.size() - 1)
        + "; pain3d serve --dataset DIR opens one)");
  }

  /**
   * A file of an open dataset, for predictions on picked images.
   *
   * @param id the dataset's id
   * @param relative the file, relative to its root
   * @return the file's real path inside the dataset
   * @throws WebException NOT_FOUND or FORBIDDEN as {@link ServedFolder#resolve}
   */
  public Path file(String id, String relative) {
    return get(id).folder.resolve(relative);
  }

  /** @return the background executor of checks */
  ExecutorService background() {
    return background;
  }

  /** @return the thumbnail cache */
  Thumbnails thumbnails() {
    return thumbnails;
  }

  @Override
  public void close() {
    background.shutdownNow();
  }
}
