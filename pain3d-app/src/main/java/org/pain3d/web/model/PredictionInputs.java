package org.pain3d.web.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.pain3d.web.Api;
import org.pain3d.web.Images;
import org.pain3d.web.WebErrorKind;
import org.pain3d.web.WebException;
import org.pain3d.web.data.DatasetCatalog;

/**
 * The images of a prediction request, uploaded or picked from an open dataset:
 *
 * <ul>
 *   <li>{@code multipart/form-data}: files {@code neutral} and {@code frame} (each repeatable),
 *       and/or text fields {@code dataset} with {@code neutral_path} / {@code frame_path}
 *       (relative paths in that dataset);
 *   <li>{@code application/json}: {@code {"dataset": 0, "neutral": ["images/..."], "frame":
 *       ["images/..."]}}.
 * </ul>
 *
 * <p>Each side needs 1..{@link #MAX_IMAGES} images. An upload over the size limit is refused
 * (413), one that is not PNG or JPEG by its bytes (415), a corrupt or oversized one (422).
 *
 * @param neutrals the neutral references
 * @param frames the frames to score
 */
record PredictionInputs(List<NamedImage> neutrals, List<NamedImage> frames) {
  /** Images per side at most. */
  static final int MAX_IMAGES = 8;

  /** The JSON form of a request that picks dataset images. */
  record Picks(
      @JsonProperty("dataset") String dataset,
      @JsonProperty("neutral") List<String> neutral,
      @JsonProperty("frame") List<String> frame) {}

  PredictionInputs {
    check("neutral", neutrals);
    check("frame", frames);
  }

  /**
   * Reads the request.
   *
   * @param ctx the request
   * @param datasets the open datasets (for picks)
   * @param maxBytes the largest image, bytes
   * @return the inputs
   */
  static PredictionInputs read(Context ctx, DatasetCatalog datasets, long maxBytes) throws IOException {
    if (ctx.isJson()) {
      Picks p = Api.body(ctx, Picks.class);
      return new PredictionInputs(picked(datasets, p.dataset(), p.neutral(), maxBytes),
          picked(datasets, p.dataset(), p.frame(), maxBytes));
    }
    if (!ctx.isMultipartFormData()) {
      throw new WebException(WebErrorKind.UNSUPPORTED_MEDIA,
          "send multipart/form-data (files neutral, frame) or application/json (dataset picks)");
    }
    long limit = (2L * MAX_IMAGES) * maxBytes + (1 << 20);
    if (ctx.contentLength() > limit) {
      throw new WebException(WebErrorKind.TOO_LARGE, "the request is " + ctx.contentLength()
          + " bytes; at most " + limit);
    }
    String dataset = ctx.formParam("dataset");
    List<NamedImage> n = uploaded(ctx.uploadedFiles("neutral"), maxBytes);
    n.addAll(picked(datasets, dataset, ctx.formParams("neutral_path"), maxBytes));
    List<NamedImage> f = uploaded(ctx.uploadedFiles("frame"), maxBytes);
    f.addAll(picked(datasets, dataset, ctx.formParams("frame_path"), maxBytes));
    return new PredictionInputs(n, f);
  }

  private static List<NamedImage> uploaded(List<UploadedFile> files, long maxBytes) throws IOException {
    List<NamedImage> out = new ArrayList<>();
    for (UploadedFile u : files) {
      if (u.size() > maxBytes) {
        throw new WebException(WebErrorKind.TOO_LARGE, "upload " + u.filename() + " is " + u.size()
            + " bytes; at most " + maxBytes);
      }
      byte[] bytes;
      try (InputStream in = u.content()) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      }
      if (bytes.length > maxBytes) {
        throw new WebException(WebErrorKind.TOO_LARGE, "upload " + u.filename() + " is over " + maxBytes + " bytes");
      }
      String name = "upload:" + u.filename();
      out.add(new NamedImage(name, Images.decode(bytes, name)));
    }
    return out;
  }

  private static List<NamedImage> picked(DatasetCatalog datasets, String dataset, List<String> paths,
      long maxBytes) throws IOException {
    List<NamedImage> out = new ArrayList<>();
    if (paths == null || paths.isEmpty()) {
      return out;
    }
    if (dataset == null || dataset.isBlank()) {
      throw new IllegalArgumentException("picked images need the dataset's id ('dataset')");
    }
    for (String rel : paths) {
      java.nio.file.Path file = datasets.file(dataset, rel);
      if (Files.size(file) > maxBytes) {
        throw new WebException(WebErrorKind.TOO_LARGE, rel + " is over " + maxBytes + " bytes");
      }
      String name = "dataset " + dataset + ":" + rel;
      out.add(new NamedImage(name, Images.decode(Files.readAllBytes(file), name)));
    }
    return out;
  }

  private static void check(String side, List<NamedImage> images) {
    if (images.isEmpty()) {
      throw new IllegalArgumentException("give at least one " + side + " image (upload '" + side
          + "' or pick '" + side + "_path')");
    }
    if (images.size() > MAX_IMAGES) {
      throw new IllegalArgumentException("at most " + MAX_IMAGES + " " + side + " images, got " + images.size());
    }
  }
}
