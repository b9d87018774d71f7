package org.pain3d.render;

import java.util.Arrays;

/**
 * The face's still triangles (every corner among the vertices no expression moves: the back of
 * the head, the ears, the neck) rasterised once for one camera and merged into every later
 * render from that camera while those vertices stay where they were: the neutral image and
 * the pain images of a view differ only in the triangles the expression moves.
 *
 * <p>Why a render that merges this layer equals one that draws every triangle: see {@link
 * Rasterizer#rasterizeListed}. The layer holds the still vertices' positions it was drawn
 * from and is used only while they are bit for bit the same ({@link #matches}); a render whose
 * still vertices moved (another identity, a turned head) draws every triangle and only notes
 * the positions, and the layer is drawn at the next render that finds them unchanged, so a
 * head that moves every frame costs one comparison per frame.
 *
 * <p>Not thread-safe; owned by one {@link FaceRaster}.
 */
final class FixedFaceLayer {
  private final CoveredSamples samples = new CoveredSamples();
  private Camera camera;
  private int superSample;
  private int width;
  private int height;
  /** The split it was made for (compared by identity). */
  private FaceSplit split;
  /** Positions of {@link FaceSplit#stillVertices()} at the last render, 3 per vertex; null before the first. */
  private float[] noted;
  private boolean drawn;

  /** Returns whether this layer is the one of a camera, supersampling, buffer size and split. */
  boolean isFor(Camera c, int ss, int w, int h, FaceSplit s) {
    return s == split && ss == superSample && w == width && h == height && c.equals(camera);
  }

  /** Makes this layer the (empty) one of a camera, supersampling, buffer size and split. */
  void reset(Camera c, int ss, int w, int h, FaceSplit s) {
    camera = c;
    superSample = ss;
    width = w;
    height = h;
    split = s;
    noted = null;
    drawn = false;
    samples.clear();
  }

  /** Returns whether the still vertices are where they were at the last render ({@link #note}). */
  boolean matches(float[] positions) {
    if (noted == null) {
      return false;
    }
    int k = 0;
    for (int v : split.stillVertices()) {
      int o = 3 * v;
      if (Float.floatToRawIntBits(positions[o]) != Float.floatToRawIntBits(noted[k])
          || Float.floatToRawIntBits(positions[o + 1]) != Float.floatToRawIntBits(noted[k + 1])
          || Float.floatToRawIntBits(positions[o + 2]) != Float.floatToRawIntBits(noted[k + 2])) {
        return false;
      }
      k += 3;
    }
    return true;
  }

  /** Notes the still vertices' positions of a render that drew every triangle; forgets the drawn layer. */
  void note(float[] positions) {
    int[] still = split.stillVertices();
    if (noted == null || noted.length != 3 * still.length) {
      noted = new float[3 * still.length];
    }
    int k = 0;
    for (int v : still) {
      noted[k++] = positions[3 * v];
      noted[k++] = positions[3 * v + 1];
      noted[k++] = positions[3 * v + 2];
    }
    drawn = false;
    samples.clear();
  }

  /** Returns whether the still triangles are drawn and kept. */
  boolean drawn() {
    return drawn;
  }

  /**
   * Draws the still triangles (call when {@link #matches}) and keeps their samples.
   *
   * @param rasterizer the caller's rasteriser
   * @param mesh the face mesh
   * @param sampled the camera scaled to the buffer
   * @param options the face's raster options for this pass
   * @param scratch a buffer of the layer's size, overwritten
   */
  void draw(Rasterizer rasterizer, RenderMesh mesh, Camera sampled, RasterOptions options, FrameBuffer scratch) {
    scratch.clear();
    rasterizer.rasterizeListed(mesh, sampled, options, scratch, split.stillTriangles(), split.stillVertices());
    samples.keep(scratch);
    drawn = true;
  }

  /** Copies the kept samples into a cleared buffer. */
  void mergeInto(FrameBuffer fb) {
    samples.mergeInto(fb);
  }

  /**
   * A triangle list split by a still-vertex mask: the triangles with every corner still and the
   * others, each with the vertices it uses.
   *
   * @param triangles the triangle list it was made for (compared by identity)
   * @param stillTriangles indices of triangles whose corners are all still, ascending
   * @param stillVertices the vertices those use, ascending (the ones {@link #matches} compares)
   * @param movingTriangles the other triangles, ascending
   * @param movingVertices the vertices those use, ascending
   */
  record FaceSplit(int[] triangles, int[] stillTriangles, int[] stillVertices, int[] movingTriangles,
      int[] movingVertices) {
    /**
     * Splits a triangle list.
     *
     * @param triangles vertex indices, shape [t * 3]
     * @param still per vertex, whether no expression moves it, shape [V]
     * @return the split
     */
    static FaceSplit of(int[] triangles, boolean[] still) {
      int n = triangles.length / 3;
      int[] stillT = new int[n];
      int[] movingT = new int[n];
      int s = 0;
      int m = 0;
      boolean[] usedStill = new boolean[still.length];
      boolean[] usedMoving = new boolean[still.length];
      for (int t = 0; t < n; t++) {
        int a = triangles[3 * t];
        int b = triangles[3 * t + 1];
        int c = triangles[3 * t + 2];
        boolean[] used;
        if (still[a] && still[b] && still[c]) {
          stillT[s++] = t;
          used = usedStill;
        } else {
          movingT[m++] = t;
          used = usedMoving;
        }
        used[a] = true;
        used[b] = true;
        used[c] = true;
      }
      return new FaceSplit(triangles, Arrays.copyOf(stillT, s), indices(usedStill), Arrays.copyOf(movingT, m),
          indices(usedMoving));
    }

    private static int[] indices(boolean[] in) {
      return java.util.stream.IntStream.range(0, in.length).filter(v -> in[v]).toArray();
    }
  }
}
