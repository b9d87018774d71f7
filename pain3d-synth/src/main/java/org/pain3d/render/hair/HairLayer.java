package org.pain3d.render.hair;

import java.util.ArrayList;
import java.util.List;
import org.pain3d.render.Camera;
import org.pain3d.render.FrameBuffer;
import org.pain3d.render.Pass;
import org.pain3d.render.RasterOptions;
import org.pain3d.render.Rasterizer;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.Shader;

/**
 * Draws an identity's {@link HairModel} over an image that has already been rendered: the
 * hair is rasterised into its own visibility buffer (cap, bun and facial hair with back
 * faces culled, hanging hair and lashes two-sided), each hair sample in front of the
 * image's surface (or over the background) is shaded, and the pixel's hair samples are
 * blended over the image in linear light ({@code out = hair * a + image * (1 - a)}, with
 * {@code a} the samples' mean opacity). A translucent scalp-hair sample (the hanging hair's
 * fading front edge and tips, the cap's soft silhouette) lies over the scalp hair behind it:
 * the second layer of the scalp's fixed triangles ({@link HairModel#fixedTriangles}) is peeled
 * into its own buffer ({@link Rasterizer#rasterizeBehind}, kept per camera by the fixed layer)
 * and blended under the sample, so the back of the hair shows through its translucent front
 * instead of the background or the skin (with the nearest layer alone the curtain's front edge
 * drew a light "glass rod" beside the cheeks, and hid the cap at the far temple at +30). Facial
 * hair and lashes have no second layer. Where hair covers a pixel by more than half, the
 * MASK pass (when the target has it) gets the {@link HairClass} code, and visible landmarks
 * under opaque scalp hair are marked hidden by an item (visibility 2).
 *
 * <p>Shading: the strand texture gives brightness, opacity and grey strands; diffuse light
 * wraps past the terminator (hair scatters), a Kajiya-Kay highlight follows the strand
 * direction, and the cap fades where it is seen edge-on (thin, soft silhouettes). The
 * viewer is at infinity along the camera axis, as in {@link Shader}.
 *
 * <p>One per worker thread (it keeps its buffers); not thread-safe.
 */
public final class HairLayer {
  /** Hair this far behind the image's surface still counts as in front (cm): the cap meets the skin at its hairline. */
  private static final float DEPTH_SLACK_CM = 0.06f;
  /**
   * Lashes this far behind the image's surface still count as in front (cm). A lash rests on the
   * skin it meets; the mesh's lower lid, raised and pushed forward by a squeeze (AU6/AU7) under a
   * closed upper lid, passes through the lash cards instead and hid them, a pale oval of lid in the
   * closed lid's lash band ("Twenty-eighth session" in docs/faces.md). On open eyes it adds, on
   * some faces, a few pixels of lash root along the upper lid's margin (a darker lash line); 0.25
   * cm also showed lashes buried deeper in a closed eye's lower lid as a dark crescent.
   */
  static final float LASH_DEPTH_SLACK_CM = 0.15f;
  private static final long OPAQUE = 1L << HairModel.CAP | 1L << HairModel.BUN | 1L << HairModel.FACIAL;
  private static final long TWO_SIDED = 1L << HairModel.CURTAIN | 1L << HairModel.LASHES;
  private static final RasterOptions OPAQUE_PASS = new RasterOptions(true, OPAQUE);
  private static final RasterOptions TWO_SIDED_PASS = new RasterOptions(false, TWO_SIDED);
  /** Cameras whose fixed hair layers are kept (the generator's three views, one spare). */
  private static final int MAX_LAYERS = 4;
  private final Rasterizer rasterizer = new Rasterizer();
  private FrameBuffer fb;
  /** The second layer of scalp hair, behind {@link #fb}'s where that is scalp hair. */
  private FrameBuffer behind;
  private HairModel model;
  private final float[] backSample = new float[4];
  private final float[] hairLinear = new float[3];
  private final float[] greyLinear = new float[3];
  private final float[] lashLinear = new float[3];
  private final float[] sample = new float[4];
  /** Per-vertex lighting arrays, reused by every draw's shading. */
  private final HairShading.Buffers shadingBuffers = new HairShading.Buffers();
  /** Fixed hair layers, most recently used first. */
  private final List<FixedHairLayer> layers = new ArrayList<>();
  /** Where fixed hair layers are rasterised before their samples are kept. */
  private FrameBuffer layerScratch;
  /** This draw's hair triangles below this index are shaded in {@link #kept} (0: none). */
  private int keptBelow;
  private float[] kept;
  /** This draw's fixed layer (it keeps the second layer), or null: the second layer is in {@link #behind}. */
  private FixedHairLayer keptLayer;

  /**
   * Puts an identity's hair on (null or an empty model: no hair).
   *
   * @param hair the hair
   */
  public void setHair(HairModel hair) {
    this.model = hair == null || hair.isEmpty() ? null : hair;
    if (model != null) {
      int c = model.look().rgb();
      linear(c, hairLinear);
      linear(0xBCBAB4, greyLinear);
      lashLinear[0] = 0.35f * hairLinear[0] + 0.004f;
      lashLinear[1] = 0.35f * hairLinear[1] + 0.003f;
      lashLinear[2] = 0.35f * hairLinear[2] + 0.003f;
    }
  }

  /** @return the current hair, or null */
  public HairModel hair() {
    return model;
  }

  /**
   * Moves facial hair and lashes with the face's current positions.
   *
   * @param facePositions world cm, shape [faceVertices * 3]
   */
  public void pose(float[] facePositions) {
    pose(facePositions, null, null);
  }

  /**
   * Turns the scalp hair with the head ({@link HairModel#turn}) and moves facial hair and
   * lashes with the face's current positions.
   *
   * @param facePositions world cm, shape [faceVertices * 3]
   * @param pivot the head rotation's pivot, world cm, shape [3] (unused when at rest)
   * @param rotation row-major 3x3 head rotation, or null for the head at rest
   */
  public void pose(float[] facePositions, double[] pivot, double[] rotation) {
    pose(facePositions, pivot, rotation, LidClosure.OPEN);
  }

  /**
   * As {@link #pose(float[], double[], double[])}, with the lids closed beyond the rest pose by
   * {@code lids} (the lashes of a closing lid are lifted onto its seam, {@link HairModel#pose(float[],
   * LidClosure)}).
   *
   * @param facePositions world cm, shape [faceVertices * 3]
   * @param pivot the head rotation's pivot, world cm, shape [3] (unused when at rest)
   * @param rotation row-major 3x3 head rotation, or null for the head at rest
   * @param lids each lid's closure beyond the rest pose
   */
  public void pose(float[] facePositions, double[] pivot, double[] rotation, LidClosure lids) {
    if (model != null) {
      model.turn(pivot, rotation);
      model.pose(facePositions, lids);
    }
  }

  /**
   * Draws the hair into a rendered target. While the scalp is at rest, its fixed triangles are
   * rasterised and shaded once per camera and light ({@link FixedHairLayer}, up to {@value
   * #MAX_LAYERS} cameras kept); the result is that of {@link #drawEveryTriangle}.
   *
   * @param camera the camera the target was rendered with (not supersampled)
   * @param target the rendered image: its SHADED pixels are blended in place; its visibility
   *     buffer gives the surface depth; MASK and the landmarks are updated
   * @param light the light
   */
  public void draw(Camera camera, RenderTarget target, HairLight light) {
    draw(camera, target, light, true);
  }

  /**
   * The reference of {@link #draw}, for checks: rasterises and shades every hair triangle.
   *
   * @param camera the camera the target was rendered with (not supersampled)
   * @param target the rendered image, as for {@link #draw}
   * @param light the light
   */
  public void drawEveryTriangle(Camera camera, RenderTarget target, HairLight light) {
    draw(camera, target, light, false);
  }

  private void draw(Camera camera, RenderTarget target, HairLight light, boolean reuseFixed) {
    if (model == null) {
      return;
    }
    int[] box = screenBox(model.mesh().positions(), camera);
    if (box == null) {
      return;
    }
    int ss = target.superSample;
    Camera sampled = camera.scaled(ss);
    FrameBuffer main = target.frame;
    if (fb == null || fb.width() != main.width() || fb.height() != main.height()) {
      fb = new FrameBuffer(main.width(), main.height());
      behind = new FrameBuffer(main.width(), main.height());
    }
    HairShading shading = new HairShading(model, camera, light, hairLinear, greyLinear, lashLinear, shadingBuffers);
    FixedHairLayer layer = reuseFixed && model.fixedTriangles() > 0 && model.scalpAtRest()
        ? layer(camera, ss, sampled, light, shading) : null;
    int from = layer == null ? 0 : model.fixedTriangles();
    int n = model.mesh().triangleCount();
    fb.clear();
    if (layer != null) {
      layer.mergeOpaque(fb);
    }
    rasterizer.rasterize(model.mesh(), sampled, OPAQUE_PASS, fb, 0, from, n);
    if (layer != null) {
      layer.mergeTwoSided(fb);
    }
    rasterizer.rasterize(model.mesh(), sampled, TWO_SIDED_PASS, fb, 0, from, n);
    if (layer == null) {
      behind.clear();
      rasterizer.rasterizeBehind(model.mesh(), sampled, OPAQUE_PASS, behind, fb, 0, model.fixedTriangles());
      rasterizer.rasterizeBehind(model.mesh(), sampled, TWO_SIDED_PASS, behind, fb, 0, model.fixedTriangles());
    }
    keptBelow = from;
    kept = layer == null ? null : layer.shaded;
    keptLayer = layer;
    composite(shading, main, ss, target, box);
    if (target.has(Pass.SHADED) || target.has(Pass.MASK)) {
      hideLandmarks(shading, main, ss, target);
    }
  }

  /**
   * The fixed hair layer of a camera: kept from an earlier draw of this hair and light, or drawn
   * now (into the least recently used layer).
   */
  private FixedHairLayer layer(Camera camera, int ss, Camera sampled, HairLight light, HairShading shading) {
    for (int i = 0; i < layers.size(); i++) {
      FixedHairLayer l = layers.get(i);
      if (l.fits(fb.width(), fb.height()) && l.holds(model, camera, ss, light)) {
        layers.add(0, layers.remove(i));
        return l;
      }
    }
    FixedHairLayer l = layers.size() < MAX_LAYERS ? null : layers.remove(layers.size() - 1);
    if (l == null || !l.fits(fb.width(), fb.height())) {
      l = new FixedHairLayer(fb.width(), fb.height());
    }
    if (layerScratch == null || layerScratch.width() != fb.width() || layerScratch.height() != fb.height()) {
      layerScratch = new FrameBuffer(fb.width(), fb.height());
    }
    l.build(rasterizer, layerScratch, behind, model, camera, ss, sampled, light, shading, OPAQUE_PASS, TWO_SIDED_PASS);
    layers.add(0, l);
    return l;
  }

  /** Shades hair sample s of triangle t: kept by the fixed layer for its triangles, else computed. */
  private void shade(HairShading shading, int t, int s, float[] out) {
    if (t < keptBelow) {
      int k = 4 * s;
      out[0] = kept[k];
      out[1] = kept[k + 1];
      out[2] = kept[k + 2];
      out[3] = kept[k + 3];
    } else {
      shading.shade(t, fb.bary1[s], fb.bary2[s], out);
    }
  }

  /**
   * The pixels the hair can cover: the projection of its bounding box's corners, grown by a
   * pixel and clipped to the image ({x0, y0, x1, y1}, inclusive); null when it is entirely
   * behind the camera or outside the image.
   */
  private static int[] screenBox(float[] p, Camera camera) {
    float[] lo = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
    float[] hi = {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
    for (int i = 0; i < p.length; i += 3) {
      for (int k = 0; k < 3; k++) {
        lo[k] = Math.min(lo[k], p[i + k]);
        hi[k] = Math.max(hi[k], p[i + k]);
      }
    }
    double x0 = Double.MAX_VALUE;
    double y0 = Double.MAX_VALUE;
    double x1 = -Double.MAX_VALUE;
    double y1 = -Double.MAX_VALUE;
    double[] q = new double[3];
    for (int c = 0; c < 8; c++) {
      camera.project((c & 1) == 0 ? lo[0] : hi[0], (c & 2) == 0 ? lo[1] : hi[1], (c & 4) == 0 ? lo[2] : hi[2], q);
      if (q[2] < camera.near()) {
        // A corner behind the camera: keep the whole image.
        return new int[] {0, 0, camera.width() - 1, camera.height() - 1};
      }
      x0 = Math.min(x0, q[0]);
      y0 = Math.min(y0, q[1]);
      x1 = Math.max(x1, q[0]);
      y1 = Math.max(y1, q[1]);
    }
    int[] box = {(int) Math.max(0, Math.floor(x0) - 1), (int) Math.max(0, Math.floor(y0) - 1),
        (int) Math.min(camera.width() - 1, Math.ceil(x1) + 1), (int) Math.min(camera.height() - 1, Math.ceil(y1) + 1)};
    return box[0] > box[2] || box[1] > box[3] ? null : box;
  }

  private void composite(HairShading shading, FrameBuffer main, int ss, RenderTarget target, int[] box) {
    if (ss == 1) {
      compositeSingle(shading, main, target, box);
      return;
    }
    int w = target.width;
    int fw = fb.width();
    boolean shaded = target.has(Pass.SHADED);
    boolean mask = target.has(Pass.MASK);
    int[] groups = model.mesh().triangleGroups();
    float norm = 1f / (ss * ss);
    for (int y = box[1]; y <= box[3]; y++) {
      for (int x = box[0]; x <= box[2]; x++) {
        float r = 0;
        float g = 0;
        float b = 0;
        float a = 0;
        int group = -1;
        for (int sy = 0; sy < ss; sy++) {
          int row = (y * ss + sy) * fw + x * ss;
          for (int sx = 0; sx < ss; sx++) {
            int s = row + sx;
            int t = fb.triangle[s];
            if (t < 0 || !inFront(main.invDepth[s], fb.invDepth[s], groups[t])) {
              continue;
            }
            shade(shading, t, s, sample);
            underlay(shading, main, s, t, sample);
            r += sample[0];
            g += sample[1];
            b += sample[2];
            a += sample[3];
            group = groups[t];
          }
        }
        if (a <= 0) {
          continue;
        }
        a *= norm;
        int o = y * w + x;
        if (shaded) {
          int c = target.shaded[o];
          float k = 1 - a;
          target.shaded[o] = Shader.toSrgb(r * norm + k * Shader.toLinear(c >> 16 & 255)) << 16
              | Shader.toSrgb(g * norm + k * Shader.toLinear(c >> 8 & 255)) << 8
              | Shader.toSrgb(b * norm + k * Shader.toLinear(c & 255));
        }
        if (mask && a > 0.5f) {
          target.mask[o] = (byte) classOf(group).code();
        }
      }
    }
  }

  /** The path without supersampling: one hair sample per pixel, blended directly. */
  private void compositeSingle(HairShading shading, FrameBuffer main, RenderTarget target, int[] box) {
    int w = target.width;
    int[] tri = fb.triangle;
    int[] shaded = target.has(Pass.SHADED) ? target.shaded : null;
    byte[] mask = target.has(Pass.MASK) ? target.mask : null;
    int[] groups = model.mesh().triangleGroups();
    float[] out = sample;
    for (int y = box[1]; y <= box[3]; y++) {
      int row = y * w;
      for (int o = row + box[0], end = row + box[2]; o <= end; o++) {
        int t = tri[o];
        if (t < 0 || !inFront(main.invDepth[o], fb.invDepth[o], groups[t])) {
          continue;
        }
        shade(shading, t, o, out);
        underlay(shading, main, o, t, out);
        float a = out[3];
        if (a <= 0) {
          continue;
        }
        if (shaded != null) {
          if (a >= 1) {
            shaded[o] = Shader.toSrgb(out[0]) << 16 | Shader.toSrgb(out[1]) << 8 | Shader.toSrgb(out[2]);
          } else {
            int c = shaded[o];
            float k = 1 - a;
            shaded[o] = Shader.toSrgb(out[0] + k * Shader.toLinear(c >> 16 & 255)) << 16
                | Shader.toSrgb(out[1] + k * Shader.toLinear(c >> 8 & 255)) << 8
                | Shader.toSrgb(out[2] + k * Shader.toLinear(c & 255));
          }
        }
        if (mask != null && a > 0.5f) {
          mask[o] = (byte) classOf(groups[t]).code();
        }
      }
    }
  }

  /**
   * Blends the scalp hair behind a translucent scalp-hair sample under it: where sample s's
   * nearest hair (triangle t, shaded into {@code out}) is a fixed triangle, not opaque, and the
   * second layer holds a fragment there in front of the image's surface, {@code out} becomes the
   * near sample over the second one (premultiplied: {@code near + (1 - a) * behind}). The second
   * layer is scalp hair too, so the sample's mask class stays.
   */
  private void underlay(HairShading shading, FrameBuffer main, int s, int t, float[] out) {
    float a = out[3];
    if (a >= 1 || t >= model.fixedTriangles()) {
      return;
    }
    float[] b = backSample;
    if (keptLayer != null) {
      int k = keptLayer.back(s);
      if (k < 0 || !inFront(main.invDepth[s], keptLayer.backInvDepth(k))) {
        return;
      }
      keptLayer.backShading(k, shading, b);
    } else {
      int back = behind.triangle[s];
      if (back < 0 || !inFront(main.invDepth[s], behind.invDepth[s])) {
        return;
      }
      shading.shade(back, behind.bary1[s], behind.bary2[s], b);
    }
    float k = 1 - a;
    out[0] += k * b[0];
    out[1] += k * b[1];
    out[2] += k * b[2];
    out[3] = a + k * b[3];
  }

  /**
   * Whether a hair sample is in front of the image's surface (within the slack): with
   * inverse depths h (hair) and m (surface), {@code 1/h < 1/m + slack}, i.e.
   * {@code m - h < slack * h * m}; always over the background.
   *
   * @param m the surface's inverse depth at the sample (0: background)
   * @param h the hair sample's inverse depth
   */
  private static boolean inFront(float m, float h) {
    return withinSlack(m, h, DEPTH_SLACK_CM);
  }

  /**
   * {@link #inFront(float, float)} for a sample of a hair part: lashes with {@link
   * #LASH_DEPTH_SLACK_CM}, the other parts with {@link #DEPTH_SLACK_CM}.
   *
   * @param m the surface's inverse depth at the sample (0: background)
   * @param h the hair sample's inverse depth
   * @param part the sample's hair part ({@link HairModel} group)
   */
  static boolean inFront(float m, float h, int part) {
    return withinSlack(m, h, part == HairModel.LASHES ? LASH_DEPTH_SLACK_CM : DEPTH_SLACK_CM);
  }

  /** {@code 1/h < 1/m + slack} (or the background): the test of {@link #inFront(float, float)}. */
  private static boolean withinSlack(float m, float h, float slackCm) {
    return m <= 0 || m - h < slackCm * h * m;
  }

  /** Marks visible landmarks under opaque scalp hair (in front of them) as hidden by an item. */
  private void hideLandmarks(HairShading shading, FrameBuffer main, int ss, RenderTarget target) {
    float[] lm = target.landmarks;
    int[] groups = model.mesh().triangleGroups();
    for (int k = 0; k < lm.length / 4; k++) {
      if (lm[4 * k + 3] != 1f) {
        continue;
      }
      int sx = (int) Math.floor(lm[4 * k] * ss);
      int sy = (int) Math.floor(lm[4 * k + 1] * ss);
      if (sx < 0 || sy < 0 || sx >= fb.width() || sy >= fb.height()) {
        continue;
      }
      int s = sy * fb.width() + sx;
      int t = fb.triangle[s];
      if (t < 0 || classOf(groups[t]) != HairClass.SCALP_HAIR || 1f / fb.invDepth[s] > lm[4 * k + 2] - 0.05f) {
        continue;
      }
      shading.shade(t, fb.bary1[s], fb.bary2[s], sample);
      if (sample[3] > 0.5f) {
        lm[4 * k + 3] = 2f;
      }
    }
  }

  static HairClass classOf(int group) {
    return switch (group) {
      case HairModel.FACIAL -> HairClass.FACIAL_HAIR;
      case HairModel.LASHES -> HairClass.EYELASHES;
      default -> HairClass.SCALP_HAIR;
    };
  }

  private static void linear(int rgb, float[] out) {
    out[0] = Shader.toLinear(rgb >> 16 & 255);
    out[1] = Shader.toLinear(rgb >> 8 & 255);
    out[2] = Shader.toLinear(rgb & 255);
  }
}
