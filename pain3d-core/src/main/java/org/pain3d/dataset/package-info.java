/**
 * The on-disk dataset format: the contract between the generator and the learner.
 *
 * <p>It lives in pain3d-core, which pain3d-synth (writes datasets) and pain3d-learn (reads
 * them) both depend on; no face, au or render type crosses it. It owns:
 *
 * <ul>
 *   <li>the records written to disk: {@link org.pain3d.dataset.PainAnnotation} (one JSON
 *       file per pain set, official keys {@code AU4 AU6 AU7 AU9 AU10 AU43 PSPI} at the top
 *       level and extras under their own keys), {@link org.pain3d.dataset.MetadataRow} (one
 *       JSONL line per image), {@link org.pain3d.dataset.DatasetManifest} and {@link
 *       org.pain3d.dataset.SplitRow};
 *   <li>file naming and the published 3DPain name-parsing rules ({@link
 *       org.pain3d.dataset.DatasetNaming});
 *   <li>identity-disjoint splits ({@link org.pain3d.dataset.SplitAssigner}, {@link
 *       org.pain3d.dataset.SplitCsv});
 *   <li>atomic writing with SHA-256 checksums ({@link org.pain3d.io.AtomicFiles},
 *       {@link org.pain3d.dataset.DatasetWriter});
 *   <li>reading our layout and the published 3DPain layout ({@link
 *       org.pain3d.dataset.DatasetReader}, {@link org.pain3d.dataset.DatasetScanner}), also the
 *       release as downloaded, straight from its tar.gz shards ({@link
 *       org.pain3d.dataset.ReleaseShards}, {@link org.pain3d.dataset.ReleaseScan}).
 * </ul>
 *
 * <p>Checking a dataset's consistency is the sub-package {@link org.pain3d.dataset.check}.
 *
 * <p>Malformed input raises {@link org.pain3d.dataset.DatasetDataException}, which names
 * the offending file.
 */
package org.pain3d.dataset;

import org.pain3d.io.AtomicFiles;
