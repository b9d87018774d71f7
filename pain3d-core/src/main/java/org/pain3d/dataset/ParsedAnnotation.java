package org.pain3d.dataset;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An annotation file read leniently: the official labels (PSPI not checked against the
 * formula) and the extras when the file has them.
 *
 * @param file the file read
 * @param labels the official labels
 * @param extras our extras; empty for a published annotation
 */
public record ParsedAnnotation(Path file, PainLabels labels, Optional<AnnotationExtras> extras) {}
