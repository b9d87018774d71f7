/**
 * JMH benchmarks. They read the ICT-FaceKit model from {@code PAIN3D_FACE_MODEL} (a
 * directory or an archive) through the face package's loader, with its binary cache.
 */
package org.pain3d.bench;
