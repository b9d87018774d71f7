package org.pain3d.face;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.pain3d.io.AtomicFiles;

/**
 * Downloads the upstream ICT-FaceKit repository archive into a user cache, with progress
 * reports and integrity checks.
 *
 * <p>GitHub's generated archives are not byte-stable, so integrity is checked on content:
 * after download the archive is opened and the SHA-256 of its {@code
 * generic_neutral_mesh.obj} must equal {@link #NEUTRAL_MESH_SHA256} (the pinned commit's
 * file), and the archive's own SHA-256 is recorded beside it ({@code .sha256}) and verified
 * on later use. The file is written to a temporary name and renamed only after both checks.
 */
public final class ModelDownloader {
  /** The pinned upstream commit of ICT-FaceKit. */
  public static final String COMMIT = "da5f95a607f5e6b37755b38d3385d7f2853732e5";
  /** Upstream archive address for {@link #COMMIT}. */
  public static final URI ARCHIVE_URI =
      URI.create("https://github.com/ICT-VGL/ICT-FaceKit/archive/" + COMMIT + ".zip");
  /** SHA-256 of {@code FaceXModel/generic_neutral_mesh.obj} at {@link #COMMIT}. */
  public static final String NEUTRAL_MESH_SHA256 =
      "eedbc2576d8e5ea57f55255b8f98263213a1efb5431d8bfceed1d7aef10271f9";

  /** Receives download progress. */
  @FunctionalInterface
  public interface Progress {
    /**
     * @param bytesDone bytes received so far
     * @param bytesTotal expected total, or -1 when unknown
     */
    void update(long bytesDone, long bytesTotal);
  }

  private final HttpClient client;

  /** A downloader with a 30 s connect timeout that follows redirects. */
  public ModelDownloader() {
    this.client = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(30))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /**
   * Downloads {@code uri} to {@code target} unless a verified copy is already there.
   *
   * @param uri the archive address
   * @param target where the archive goes
   * @param progress progress callback
   * @return {@code target}
   * @throws IOException when the download fails or the content does not verify
   */
  public Path download(URI uri, Path target, Progress progress) throws IOException {
    Path sumFile = target.resolveSibling(target.getFileName() + ".sha256");
    if (Files.isRegularFile(target) && Files.isRegularFile(sumFile)
        && Files.readString(sumFile).trim().equals(sha256(target))) {
      return target;
    }
    String[] sum = new String[1];
    AtomicFiles.writeFile(target, tmp -> {
      fetch(uri, tmp, progress);
      verifyContent(tmp, uri);
      sum[0] = sha256(tmp);
    });
    AtomicFiles.write(sumFile, (sum[0] + "\n").getBytes(StandardCharsets.UTF_8));
    return target;
  }

  private void fetch(URI uri, Path out, Progress progress) throws IOException {
    HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(30)).GET().build();
    HttpResponse<InputStream> resp;
    try {
      resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("download interrupted");
    } catch (IOException e) {
      throw new IOException("cannot download " + uri + ": " + reason(e) + "; without network, pass"
          + " --face-model PATH (or set " + FaceModelLocator.MODEL_ENV + ") to a local ICT-FaceKit"
          + " folder or archive", e);
    }
    if (resp.statusCode() != 200) {
      resp.body().close();
      throw new IOException("cannot download " + uri + ": HTTP " + resp.statusCode());
    }
    long total = resp.headers().firstValueAsLong("content-length").orElse(-1);
    try (InputStream in = resp.body(); OutputStream os = Files.newOutputStream(out)) {
      copy(in, os, total, progress);
    }
  }

  /**
   * Why a connection failed, in words: the JDK's HTTP client often reports an offline machine
   * as an exception without a message ({@code ConnectException: null}).
   *
   * @param e the failure
   * @return a reason such as "cannot resolve github.com (no network or DNS?)"
   */
  static String reason(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.UnknownHostException u) {
        return "cannot resolve " + (u.getMessage() == null ? "the host" : u.getMessage())
            + " (no network or DNS?)";
      }
      if (t instanceof java.net.http.HttpTimeoutException) {
        return "the connection timed out (no network, or a firewall?)";
      }
      if (t instanceof java.net.ConnectException || t instanceof java.nio.channels.UnresolvedAddressException) {
        return "the connection failed (no network, a proxy or a firewall?)";
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return t.getMessage();
      }
    }
    return "the connection failed";
  }

  /**
   * Copies a stream, reporting progress after every buffer.
   *
   * @param in source
   * @param out sink
   * @param total expected size or -1
   * @param progress callback
   * @return bytes copied
   * @throws IOException on read or write failure, or when fewer than {@code total} bytes came
   */
  static long copy(InputStream in, OutputStream out, long total, Progress progress) throws IOException {
    byte[] buf = new byte[1 << 16];
    long done = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      out.write(buf, 0, n);
      done += n;
      progress.update(done, total);
    }
    if (total >= 0 && done != total) {
      throw new IOException("download ended after " + done + " of " + total + " bytes");
    }
    return done;
  }

  private static void verifyContent(Path archive, URI uri) throws IOException {
    String[] found = new String[1];
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(archive.toFile())) {
      for (var e = zip.entries(); e.hasMoreElements(); ) {
        var entry = e.nextElement();
        if (entry.getName().endsWith(ModelFiles.FOLDER + "/" + ModelFiles.NEUTRAL)) {
          try (InputStream in = zip.getInputStream(entry)) {
            found[0] = sha256(in);
          }
        }
      }
    } catch (java.util.zip.ZipException e) {
      throw new FaceModelFormatException(uri + ": the download is not a zip archive", e);
    }
    if (found[0] == null) {
      throw new FaceModelFormatException(uri + ": the archive holds no " + ModelFiles.NEUTRAL);
    }
    if (!found[0].equals(NEUTRAL_MESH_SHA256)) {
      throw new FaceModelFormatException(
          uri + ": checksum mismatch for " + ModelFiles.NEUTRAL + " (got " + found[0] + ")");
    }
  }

  /**
   * @param file a file
   * @return its SHA-256 in lower-case hex
   * @throws IOException when it cannot be read
   */
  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return sha256(in);
    }
  }

  static String sha256(InputStream in) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
