package org.pain3d.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.dataset.DatasetWriter;

/**
 * Files written on the background thread: all there, in order, with their SHA-256; failures
 * reach the worker; each folder synced once per batch, after its last file.
 */
class BackgroundWritesTest {
  @TempDir
  Path dir;

  private static String sha256(byte[] data) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
  }

  @Test
  void everyFileIsWrittenAndListedInSubmissionOrder() throws Exception {
    DatasetWriter writer = new DatasetWriter(dir);
    List<String> names = new ArrayList<>();
    try (BackgroundWrites writes = new BackgroundWrites()) {
      for (int batch = 0; batch < 2; batch++) {
        names.clear();
        // More files than may wait, so submit blocks and resumes.
        for (int i = 0; i < 3 * BackgroundWrites.MAX_PENDING; i++) {
          String name = "images/b" + batch + "_" + (47 - i) + ".txt";
          names.add(name);
          writes.submit(writer, name, out -> out.write(name.getBytes(StandardCharsets.UTF_8)));
        }
        Map<String, String> sums = writes.finish();
        assertThat(sums.keySet()).containsExactlyElementsOf(names);
        for (String name : names) {
          byte[] onDisk = Files.readAllBytes(dir.resolve(name));
          assertThat(onDisk).isEqualTo(name.getBytes(StandardCharsets.UTF_8));
          assertThat(sums.get(name)).isEqualTo(sha256(onDisk));
        }
      }
    }
  }

  @Test
  void aFailedWriteIsReportedAfterTheOthersAreDone() throws Exception {
    DatasetWriter writer = new DatasetWriter(dir);
    // A file where a folder must go makes the next write under it fail.
    Files.writeString(dir.resolve("blocked"), "x");
    try (BackgroundWrites writes = new BackgroundWrites()) {
      writes.submit(writer, "a.txt", out -> out.write(new byte[] {1}));
      writes.submit(writer, "blocked/b.txt", out -> out.write(new byte[] {2}));
      // The writer thread may fail on b before c is submitted (then submit reports it, after
      // the queued files, and queues nothing) or after (then finish reports it, after c).
      IOException reported = null;
      try {
        writes.submit(writer, "c.txt", out -> out.write(new byte[] {3}));
      } catch (IOException e) {
        reported = e;
      }
      boolean cQueued = reported == null;
      if (cQueued) {
        reported = catchThrowableOfType(IOException.class, writes::finish);
      }
      assertThat(reported).isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("blocked");
      assertThat(Files.readAllBytes(dir.resolve("a.txt"))).containsExactly(1);
      assertThat(Files.exists(dir.resolve("c.txt"))).isEqualTo(cQueued);
      if (cQueued) {
        assertThat(Files.readAllBytes(dir.resolve("c.txt"))).containsExactly(3);
      }
      // The next batch starts clean.
      writes.submit(writer, "d.txt", out -> out.write(new byte[] {4}));
      assertThat(writes.finish()).containsOnlyKeys("d.txt");
    }
  }

  @Test
  void eachFolderIsSyncedOnceABatchAfterAllItsFilesAreInPlace() throws Exception {
    DatasetWriter writer = new DatasetWriter(dir);
    List<String> synced = Collections.synchronizedList(new ArrayList<>());
    try (BackgroundWrites writes = new BackgroundWrites(folder -> {
      try (Stream<Path> files = Files.list(folder)) {
        // What the folder holds when it is synced: every file of the batch, no temporary.
        synced.add(dir.relativize(folder) + ": " + files.map(f -> f.getFileName().toString()).sorted().toList());
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    })) {
      for (String name : List.of("images/a.png", "heatmaps/a.png", "images/b.png", "annotations/a.json",
          "images/c.png")) {
        writes.submit(writer, name, out -> out.write(name.getBytes(StandardCharsets.UTF_8)));
      }
      assertThat(synced).as("nothing synced before finish").isEmpty();
      writes.finish();
      assertThat(synced).containsExactly("images: [a.png, b.png, c.png]", "heatmaps: [a.png]",
          "annotations: [a.json]");
      synced.clear();
      writes.submit(writer, "images/d.png", out -> out.write(new byte[] {1}));
      writes.finish();
      assertThat(synced).containsExactly("images: [a.png, b.png, c.png, d.png]");
    }
  }

  @Test
  @org.junit.jupiter.api.Timeout(60)
  void aBodyThatFailsQueuesNothingAndGivesItsBufferBack() throws Exception {
    DatasetWriter writer = new DatasetWriter(dir);
    try (BackgroundWrites writes = new BackgroundWrites()) {
      // More failures than there are buffers: a buffer kept by a failed body would block submit.
      for (int i = 0; i <= BackgroundWrites.MAX_PENDING; i++) {
        assertThatThrownBy(() -> writes.submit(writer, "images/bad.png", out -> {
          out.write(new byte[] {9, 9});
          throw new IOException("encoder failed");
        })).isInstanceOf(IOException.class).hasMessage("encoder failed");
      }
      // A short file after a long one in the same buffer: only its own bytes reach the disk.
      byte[] longer = new byte[5000];
      java.util.Arrays.fill(longer, (byte) 7);
      for (int i = 0; i < 2 * BackgroundWrites.MAX_PENDING; i++) {
        writes.submit(writer, "images/long" + i + ".bin", out -> out.write(longer));
      }
      writes.submit(writer, "images/short.bin", out -> out.write(new byte[] {1, 2, 3}));
      Map<String, String> sums = writes.finish();
      assertThat(sums).doesNotContainKey("images/bad.png").hasSize(2 * BackgroundWrites.MAX_PENDING + 1);
      assertThat(Files.exists(dir.resolve("images/bad.png"))).isFalse();
      assertThat(Files.readAllBytes(dir.resolve("images/short.bin"))).containsExactly(1, 2, 3);
    }
  }
}
