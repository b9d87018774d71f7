package org.pain3d.web.data;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.pain3d.dataset.check.CheckOptions;
import org.pain3d.dataset.check.DatasetChecker;
import org.pain3d.dataset.check.InspectionReport;
import org.pain3d.web.ServedFolder;

/**
 * A dataset folder the server was opened on: read for browsing on first use (then kept), and
 * checked on request ({@code inspect}, with or without checksums; each kind once, on the
 * background executor). A failed read is not kept, so a fixed folder reads on the next request.
 */
final class OpenedDataset {
  final int id;
  final ServedFolder folder;
  private DatasetBrowse browse;
  private final Map<Boolean, CompletableFuture<InspectionReport>> inspections = new ConcurrentHashMap<>();

  OpenedDataset(int id, ServedFolder folder) {
    this.id = id;
    this.folder = folder;
  }

  /**
   * The dataset read for browsing.
   *
   * @return the data (read on the first call)
   * @throws IOException when it cannot be read
   */
  synchronized DatasetBrowse browse() throws IOException {
    if (browse == null) {
      browse = DatasetBrowse.load(folder);
    }
    return browse;
  }

  /** @return whether it has been read */
  synchronized boolean loaded() {
    return browse != null;
  }

  /**
   * Checks the dataset as {@code pain3d inspect} does.
   *
   * @param checksums whether to hash every file against the manifest (slow on big datasets)
   * @param executor where the check runs
   * @return the report (a failed check is retried on the next call)
   */
  CompletableFuture<InspectionReport> inspect(boolean checksums, Executor executor) {
    CompletableFuture<InspectionReport> f = inspections.computeIfAbsent(checksums, c ->
        CompletableFuture.supplyAsync(() -> {
          try {
            return DatasetChecker.check(folder.root(),
                new CheckOptions(Optional.empty(), c, true, Optional.empty()));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }, executor));
    f.whenComplete((r, e) -> {
      if (e != null) {
        inspections.remove(checksums, f);
      }
    });
    return f;
  }
}
