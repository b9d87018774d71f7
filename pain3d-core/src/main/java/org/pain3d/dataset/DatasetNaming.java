package org.pain3d.dataset;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Owns every file name of a dataset: the names we write and the rules that parse names of
 * the published 3DPain layout (SPEC.md section 3). Paths returned here are relative to the
 * dataset root and use {@code /} separators.
 *
 * <pre>
 * images/sample_&lt;id5&gt;_pain_&lt;k&gt;_view_&lt;v&gt;.png     pain image, k = 1..K, v = 0..
 * images/sample_&lt;id5&gt;_neutral_view_&lt;v&gt;.png    neutral image
 * heatmaps/&lt;base&gt;_heatmap.png, &lt;base&gt;_heatmap16.png
 * annotations/&lt;base&gt;_annotations.json            base = sample_&lt;id5&gt;_pain_&lt;k&gt;
 * splits/uniform_data_70_20_10_split.csv
 * metadata.jsonl, manifest.json
 * </pre>
 *
 * <p>Parsing follows the reference Python loader: the image's name without its extension
 * is cut before the first of {@link #STRIP_MARKERS} that it contains (markers tried in
 * that order); the subject is the part before {@code _pain_} or {@code _neutral}; a base
 * name containing {@code _neutral} is neutral.
 */
public final class DatasetNaming {
  /** Our image directory. */
  public static final String IMAGES_DIR = "images";
  /** Where the reference Python loader reads images. */
  public static final String PUBLISHED_IMAGES_DIR = "meshes_inpainted";
  /** Heatmap directory. */
  public static final String HEATMAPS_DIR = "heatmaps";
  /** Annotation directory. */
  public static final String ANNOTATIONS_DIR = "annotations";
  /** Split directory. */
  public static final String SPLITS_DIR = "splits";
  /** The split file's name (in {@link #SPLITS_DIR}). */
  public static final String SPLIT_CSV_NAME = "uniform_data_70_20_10_split.csv";
  /** The split file, relative to the root. */
  public static final String SPLIT_CSV = SPLITS_DIR + "/" + SPLIT_CSV_NAME;
  /** Per-image metadata file. */
  public static final String METADATA = "metadata.jsonl";
  /** Manifest file. */
  public static final String MANIFEST = "manifest.json";
  /** Suffix of annotation file names. */
  public static final String ANNOTATION_SUFFIX = "_annotations.json";
  /** Suffix of colourised heatmap names (before {@code .png}). */
  public static final String HEATMAP_SUFFIX = "_heatmap";
  /** Suffix of raw 16-bit heatmap names (before {@code .png}). */
  public static final String HEATMAP16_SUFFIX = "_heatmap16";
  /** Largest identity index that fits {@code <id5>}. */
  public static final int MAX_IDENTITY = 99_999;

  /** Markers cut from image names, in the order the reference loader tries them. */
  public static final List<String> STRIP_MARKERS =
      List.of(
          "_textured_view_", "_view_", "_bg_", "_render_", "_deform_", "_inpainted",
          "_textured");

  private static final Pattern VIEW = Pattern.compile("_view_(\\d+)");
  private static final Pattern PAIN_INDEX = Pattern.compile("_pain_(\\d+)$");
  private static final Pattern SUBJECT_ID = Pattern.compile("sample_(\\d+)$");

  private DatasetNaming() {}

  /**
   * Checks an identity index.
   *
   * @param id the index
   * @throws IllegalArgumentException outside 0..{@link #MAX_IDENTITY}
   */
  public static void checkIdentity(int id) {
    if (id < 0 || id > MAX_IDENTITY) {
      throw new IllegalArgumentException(
          "identity must be in [0, " + MAX_IDENTITY + "], got " + id);
    }
  }

  /**
   * Returns the subject name of an identity, {@code sample_<id5>}.
   *
   * @param id identity index
   * @return the subject name
   */
  public static String subjectName(int id) {
    checkIdentity(id);
    return String.format(Locale.ROOT, "sample_%05d", id);
  }

  /**
   * Returns the annotation base name of a pain set, {@code sample_<id5>_pain_<k>}.
   *
   * @param id identity index
   * @param painIndex k, 1-based
   * @return the base name
   */
  public static String painBase(int id, int painIndex) {
    if (painIndex < 1) {
      throw new IllegalArgumentException("pain index must be >= 1, got " + painIndex);
    }
    return subjectName(id) + "_pain_" + painIndex;
  }

  /**
   * Returns the base name of an identity's neutral images, {@code sample_<id5>_neutral}.
   *
   * @param id identity index
   * @return the base name
   */
  public static String neutralBase(int id) {
    return subjectName(id) + "_neutral";
  }

  /**
   * Path of a pain image.
   *
   * @param id identity index
   * @param painIndex k, 1-based
   * @param view view index, 0-based
   * @return {@code images/sample_<id5>_pain_<k>_view_<v>.png}
   */
  public static String painImage(int id, int painIndex, int view) {
    return IMAGES_DIR + "/" + painBase(id, painIndex) + viewSuffix(view);
  }

  /**
   * Path of a neutral image.
   *
   * @param id identity index
   * @param view view index, 0-based
   * @return {@code images/sample_<id5>_neutral_view_<v>.png}
   */
  public static String neutralImage(int id, int view) {
    return IMAGES_DIR + "/" + neutralBase(id) + viewSuffix(view);
  }

  /**
   * Path of a pain set's colourised heatmap.
   *
   * @param base annotation base name
   * @return {@code heatmaps/<base>_heatmap.png}
   */
  public static String heatmap(String base) {
    return HEATMAPS_DIR + "/" + base + HEATMAP_SUFFIX + ".png";
  }

  /**
   * Path of a pain set's raw 16-bit heatmap.
   *
   * @param base annotation base name
   * @return {@code heatmaps/<base>_heatmap16.png}
   */
  public static String heatmap16(String base) {
    return HEATMAPS_DIR + "/" + base + HEATMAP16_SUFFIX + ".png";
  }

  /**
   * Path of a pain set's annotation.
   *
   * @param base annotation base name
   * @return {@code annotations/<base>_annotations.json}
   */
  public static String annotation(String base) {
    return ANNOTATIONS_DIR + "/" + base + ANNOTATION_SUFFIX;
  }

  private static String viewSuffix(int view) {
    if (view < 0) {
      throw new IllegalArgumentException("view must be >= 0, got " + view);
    }
    return "_view_" + view + ".png";
  }

  /**
   * Tells whether a file name is an image the reader considers ({@code .png}, {@code .jpg},
   * {@code .jpeg}, any case), not a hidden or temporary file.
   *
   * @param fileName a file name without directories
   * @return true for an image
   */
  public static boolean isImageFile(String fileName) {
    if (fileName.startsWith(".")) {
      return false;
    }
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg");
  }

  /**
   * Finds the annotation base name of an image by the reference loader's rules.
   *
   * @param fileName image file name, e.g. {@code
   *     flame_sample_0001_pain_3_textured_view_000_inpainted.jpg}
   * @return the base name, e.g. {@code flame_sample_0001_pain_3}
   */
  public static String baseNameOfImage(String fileName) {
    String stem = stripExtension(fileName);
    for (String marker : STRIP_MARKERS) {
      int at = stem.indexOf(marker);
      if (at >= 0) {
        return stem.substring(0, at);
      }
    }
    return stem;
  }

  /**
   * Finds the base name of a heatmap file ({@code <base>_heatmap*.png}).
   *
   * @param fileName heatmap file name
   * @return the base name, or empty when the name has no {@code _heatmap}
   */
  public static Optional<String> baseNameOfHeatmap(String fileName) {
    String stem = stripExtension(fileName);
    int at = stem.lastIndexOf(HEATMAP_SUFFIX);
    return at > 0 ? Optional.of(stem.substring(0, at)) : Optional.empty();
  }

  /**
   * Finds the base name of an annotation file.
   *
   * @param fileName annotation file name
   * @return {@code <base>} of {@code <base>_annotations.json}, or empty for another name
   */
  public static Optional<String> baseNameOfAnnotation(String fileName) {
    if (fileName.startsWith(".") || !fileName.endsWith(ANNOTATION_SUFFIX)) {
      return Optional.empty();
    }
    String base = fileName.substring(0, fileName.length() - ANNOTATION_SUFFIX.length());
    return base.isEmpty() ? Optional.empty() : Optional.of(base);
  }

  /**
   * Tells whether a base name is a neutral one (contains {@code _neutral}).
   *
   * @param base a base name
   * @return true when neutral
   */
  public static boolean isNeutral(String base) {
    return base.contains("_neutral");
  }

  /**
   * Finds the subject of a base name: the part before {@code _pain_}, else before {@code
   * _neutral}.
   *
   * @param base a base name
   * @return the subject, or empty when the name has neither marker
   */
  public static Optional<String> subjectOf(String base) {
    int at = base.indexOf("_pain_");
    if (at < 0) {
      at = base.indexOf("_neutral");
    }
    return at > 0 ? Optional.of(base.substring(0, at)) : Optional.empty();
  }

  /**
   * Finds the view index in an image name ({@code _view_<digits>}).
   *
   * @param fileName image file name
   * @return the view index, or empty when the name has none
   */
  public static OptionalInt viewOf(String fileName) {
    Matcher m = VIEW.matcher(stripExtension(fileName));
    if (!m.find() || m.group(1).length() > 6) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(m.group(1)));
  }

  /**
   * Finds the pain index k of a base name ending in {@code _pain_<k>}.
   *
   * @param base a base name
   * @return k, or empty for another name
   */
  public static OptionalInt painIndexOf(String base) {
    Matcher m = PAIN_INDEX.matcher(base);
    if (!m.find() || m.group(1).length() > 6) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(m.group(1)));
  }

  /**
   * Finds the identity index in a subject name ending in {@code sample_<digits>}
   * ({@code sample_00012}, {@code flame_sample_0012}).
   *
   * @param subject a subject name
   * @return the index, or empty for another name
   */
  public static OptionalInt identityOf(String subject) {
    Matcher m = SUBJECT_ID.matcher(subject);
    if (!m.find() || m.group(1).length() > 6) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(m.group(1)));
  }

  /**
   * Checks a path relative to the dataset root: non-blank, {@code /} separators, no
   * leading {@code /}, no {@code .} or {@code ..} segment.
   *
   * @param path the relative path
   * @throws IllegalArgumentException when it is not a clean relative path
   */
  public static void checkRelativePath(String path) {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("blank path");
    }
    if (path.startsWith("/") || path.contains("\\")) {
      throw new IllegalArgumentException("not a relative '/' path: " + path);
    }
    for (String seg : path.split("/", -1)) {
      if (seg.isEmpty() || seg.equals(".") || seg.equals("..")) {
        throw new IllegalArgumentException("bad path segment in " + path);
      }
    }
  }

  private static String stripExtension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
