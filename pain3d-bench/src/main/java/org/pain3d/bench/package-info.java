/**
 * JMH benchmarks. Run them with {@code ./bench} at the repository root (see README), which
 * passes the face model locations as system properties {@code pain3d.bench.modelDir} and
 * {@code pain3d.bench.modelArchive}.
 */
package org.pain3d.bench;
