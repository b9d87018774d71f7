/**
 * JMH benchmarks. Run them with {@code ./bench} at the repository root (see README): it sets
 * {@code PAIN3D_FACE_MODEL} (read by the render benchmarks through the face package's loader
 * and its cache) and the system properties {@code pain3d.bench.modelDir} and {@code
 * pain3d.bench.modelArchive} (read by the face-model benchmarks, which time cold loads of
 * both forms).
 */
package org.pain3d.bench;
