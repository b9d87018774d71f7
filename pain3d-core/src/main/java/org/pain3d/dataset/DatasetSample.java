package org.pain3d.dataset;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One image of a dataset with its labels.
 *
 * @param image the image file (absolute)
 * @param baseName its annotation base name ({@code sample_00012_pain_3}), or the neutral
 *     base name ({@code sample_00012_neutral})
 * @param subject the identity it shows ({@code sample_00012}); the base name itself when
 *     the name has neither {@code _pain_} nor {@code _neutral}
 * @param neutral whether it is a neutral image
 * @param view view index, when the name has {@code _view_<digits>}
 * @param labels official labels; all 0 for a neutral image
 * @param annotation the annotation file of a pain image; empty for a neutral image
 * @param split the split: a pain image's row in the split file; a neutral image gets its
 *     subject's split when all the subject's pain sets agree. Empty when unknown.
 */
public record DatasetSample(
    Path image,
    String baseName,
    String subject,
    boolean neutral,
    OptionalInt view,
    PainLabels labels,
    Optional<Path> annotation,
    Optional<Split> split) {

  /** Requires every field. */
  public DatasetSample {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(baseName, "baseName");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(annotation, "annotation");
    Objects.requireNonNull(split, "split");
  }
}
