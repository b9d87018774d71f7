package org.pain3d.dataset.check;

/** The kinds of inconsistency {@link DatasetChecker} reports. */
public enum ProblemKind {
  /** An annotation file is not JSON, lacks an official key or has a bad value. */
  MALFORMED_ANNOTATION,
  /** An annotation's PSPI differs from AU4 + max(AU6, AU7) + max(AU9, AU10) + AU43. */
  PSPI_MISMATCH,
  /** An annotation's extras disagree with its labels, its file name or other files. */
  EXTRAS_MISMATCH,
  /** A pain image has no annotation file. */
  IMAGE_WITHOUT_ANNOTATION,
  /** An annotation has no image. */
  ANNOTATION_WITHOUT_IMAGES,
  /** A pain set has no heatmap (or our layout lacks the colourised or raw one). */
  MISSING_HEATMAP,
  /** An image or heatmap does not decode: damaged, truncated, not an image, too large. */
  CORRUPT_IMAGE,
  /** A file named by an annotation or the manifest does not exist. */
  MISSING_FILE,
  /** A subject with pain images lacks a neutral image (ours: for one of its views). */
  MISSING_NEUTRAL,
  /** The split file is missing (our layout) or malformed. */
  SPLIT_FILE,
  /** The split file names a base name without annotation. */
  SPLIT_UNKNOWN_BASE,
  /** An annotation is not in the split file. */
  SPLIT_MISSING_BASE,
  /** One identity's pain sets are in more than one split. */
  SPLIT_NOT_DISJOINT,
  /** The manifest is missing (our layout) or malformed. */
  MANIFEST,
  /** The manifest's counts differ from the files. */
  MANIFEST_COUNTS,
  /** A file's SHA-256 differs from the manifest's. */
  CHECKSUM_MISMATCH,
  /** A dataset file is not listed in the manifest's checksums. */
  UNLISTED_FILE,
  /** {@code metadata.jsonl} is malformed or disagrees with the images and annotations. */
  METADATA,
  /** A clip's video cannot be decoded or disagrees with its record (frames, size). */
  VIDEO,
  /** A clip's frame table or clip-level label disagrees with its record or itself. */
  CLIP_LABELS
}
