/**
 * Checking a dataset's consistency, as {@code pain3d inspect} does: counts and label
 * histograms ({@link org.pain3d.dataset.check.DatasetSummary}), the PSPI formula, pairing of
 * annotations, images and heatmaps, identity-disjoint splits, {@code metadata.jsonl} and the
 * manifest's SHA-256 checksums.
 *
 * <p>{@link org.pain3d.dataset.check.DatasetChecker} is the entry point: it lists the folder
 * with {@link org.pain3d.dataset.DatasetScanner}, runs the annotation, split, metadata and
 * manifest checks and returns every {@link org.pain3d.dataset.check.Problem} found in an
 * {@link org.pain3d.dataset.check.InspectionReport}; it throws only when the folder is not a
 * dataset at all.
 */
package org.pain3d.dataset.check;
