/**
 * The ICT-FaceKit 3D morphable face model.
 *
 * <p>Coordinate frame: ICT-FaceKit's model frame, right-handed, y up, +z out of the face
 * towards a viewer in front of it, +x towards the subject's left; units are centimetres
 * (the neutral head spans about 25 cm in x). Vertex arrays are flat {@code float[3 * V]}
 * ({@code x0 y0 z0 x1 y1 z1 ...}) in ICT-FaceKit's vertex order, so that indices such as
 * the 68 landmark vertices and the vertex ranges of {@link org.pain3d.face.VertexRegion}
 * keep their published meaning.
 *
 * <p>Evaluation: {@code vertices = neutral + sum_i(idW[i] * identityMode[i]) +
 * sum_j(expW[j] * expressionShape[j])}, where identity modes are dense and expression
 * shapes are sparse (about a third of the vertices move per shape).
 *
 * <p>Loading: {@link org.pain3d.face.FaceModelLoader} reads the published directory layout
 * or an archive of it (.tar.xz, .tar.gz, .zip) and keeps a binary cache keyed by the
 * sources' fingerprint; {@link org.pain3d.face.FaceModelLocator} finds the model (flag,
 * environment, or a user cache filled by {@link org.pain3d.face.ModelDownloader}).
 */
package org.pain3d.face;
