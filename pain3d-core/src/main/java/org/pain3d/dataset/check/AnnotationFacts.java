package org.pain3d.dataset.check;

import java.util.Optional;
import org.pain3d.dataset.IdentityInfo;
import org.pain3d.dataset.PainLabels;

/**
 * What the checker keeps of each annotation once its own checks are done: the labels and,
 * for our annotations, the identity (not the landmarks and cameras, to bound memory).
 *
 * @param labels the official labels as written
 * @param identity the identity of our annotation; empty for a published one
 */
record AnnotationFacts(PainLabels labels, Optional<IdentityInfo> identity) {}
