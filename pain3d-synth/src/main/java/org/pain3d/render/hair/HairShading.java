package org.pain3d.render.hair;

import org.pain3d.render.Camera;
import org.pain3d.render.look.FaceFrame;

/**
 * The colour and opacity of hair samples (see {@link HairLayer}). Lighting is computed per hair
 * vertex for a view, when a sample first reads the vertex — wrapped diffuse (hair scatters light
 * past the terminator), a Kajiya-Kay highlight along the strand direction shifted towards the root
 * (a band rather than a sheen over the whole cap), and how squarely the surface faces the viewer
 * (signed, so that its interpolated magnitude falls to 0 across a two-sided silhouette) — and
 * interpolated per sample with the perspective-correct barycentrics, like the scene renderer's
 * per-vertex lighting. Per sample: the strand texture's brightness, opacity and grey strands, the
 * density asked for (base opacity times a fade where the surface is seen edge-on) turned into whole
 * strands ({@link StrandTexture#cover}), and under the cap's hairline a contact shadow (the skin
 * there darkened by up to {@link #CONTACT_SHADOW}: no colour, only opacity). With {@link
 * HairLook#beardLight} facial hair adds a broad sheen on its lit side ({@link #BEARD_SHEEN}).
 * Output is linear RGB premultiplied by opacity.
 */
final class HairShading {
  private static final float WRAP = 0.3f;
  private static final float SPECULAR = 0.035f;
  /** Shift of the highlight along the strand (cuticle tilt). */
  private static final float SHIFT = 0.25f;
  /** Darkening of the skin just under the hairline (occlusion by the hair), 0..1. */
  static final float CONTACT_SHADOW = 0.3f;
  /**
   * Strength of facial hair's broad sheen with {@link HairLook#beardLight} (of the light's
   * intensity, before the hair's brightness): short beard hairs point every way, so their
   * highlights add up to a sheen over the beard's lit side rather than a band along one direction.
   */
  static final float BEARD_SHEEN = 0.15f;
  /** Per vertex, the beard's sheen (null without facial hair or without the beard's light). */
  private final float[] sheen;
  /** Per vertex, {@link #current} where {@link #light} has filled its entries of the per-vertex arrays. */
  private final int[] stamp;
  private final int current;
  /** The view direction (towards the viewer), world. */
  private final float vx;
  private final float vy;
  private final float vz;
  /** The lights' directions, colours and half vectors with the view, 3 per light. */
  private final float[] dirs;
  private final float[] colours;
  private final float[] halves;
  private final float[] ambient;
  private final HairModel m;
  private final float[] lit;
  private final float[] spec;
  private final float[] facing;
  private final float[] hair;
  private final float[] grey;
  private final float[] lash;
  private final boolean curly;
  /** Highlight colours: half white, half the strand colour scaled to a maximum of 1. */
  private final float[] hairSpec;
  private final float[] greySpec;
  private final float[] lashSpec;
  private final float[] mixed = new float[3];
  private final float[] mixedSpec = new float[3];
  /** The last shaded triangle's corner data (consecutive samples mostly share a triangle). */
  private final float[] corner = new float[24];
  /** Its corners' film factors ({@link HairModel#film}). */
  private final float[] cornerFilm = new float[3];
  private int last = -1;
  private int group;
  private int kind;

  /**
   * The per-vertex arrays of a {@link HairShading}, kept across draws (a shading per frame would
   * otherwise allocate and clear them for every hair vertex). A vertex's entries belong to the
   * current shading when its stamp is the current one.
   */
  static final class Buffers {
    private float[] lit = new float[0];
    private float[] spec = new float[0];
    private float[] facing = new float[0];
    private float[] sheen = new float[0];
    private int[] stamp = new int[0];
    private int current;

    /** Starts a shading over {@code count} vertices: no vertex is lit yet. */
    private void begin(int count) {
      if (stamp.length < count) {
        lit = new float[3 * count];
        spec = new float[count];
        facing = new float[count];
        sheen = new float[count];
        stamp = new int[count];
        current = 0;
      }
      if (current == Integer.MAX_VALUE) {
        java.util.Arrays.fill(stamp, 0);
        current = 0;
      }
      current++;
    }
  }

  /**
   * Shades with fresh per-vertex arrays (for checks and one-off draws).
   *
   * @see #HairShading(HairModel, Camera, HairLight, float[], float[], float[], Buffers)
   */
  HairShading(HairModel model, Camera camera, HairLight light, float[] hair, float[] grey, float[] lash) {
    this(model, camera, light, hair, grey, lash, new Buffers());
  }

  /**
   * Prepares the shading of a hair model for one view.
   *
   * @param model the hair
   * @param camera the view's camera
   * @param light the hair's lights
   * @param hair the hair colour, linear RGB
   * @param grey the grey strands' colour, linear RGB
   * @param lash the lashes' colour, linear RGB
   * @param buffers per-vertex arrays to reuse; the previous shading that used them must no longer be used
   */
  HairShading(HairModel model, Camera camera, HairLight light, float[] hair, float[] grey, float[] lash,
      Buffers buffers) {
    this.m = model;
    this.hair = hair;
    this.grey = grey;
    this.lash = lash;
    this.curly = model.look().style().curly();
    this.hairSpec = highlight(hair);
    this.greySpec = highlight(grey);
    this.lashSpec = highlight(lash);
    double[] r = camera.view().cameraToWorld();
    float vx = (float) r[2];
    float vy = (float) r[5];
    float vz = (float) r[8];
    float[] dirs = light.directions();
    float[] colours = light.colours();
    float[] halves = new float[dirs.length];
    for (int l = 0; l < dirs.length; l += 3) {
      float hx = dirs[l] + vx;
      float hy = dirs[l + 1] + vy;
      float hz = dirs[l + 2] + vz;
      float n = (float) Math.sqrt(hx * hx + hy * hy + hz * hz);
      n = n > 1e-6f ? 1 / n : 0;
      halves[l] = hx * n;
      halves[l + 1] = hy * n;
      halves[l + 2] = hz * n;
    }
    this.vx = vx;
    this.vy = vy;
    this.vz = vz;
    this.dirs = dirs;
    this.colours = colours;
    this.halves = halves;
    this.ambient = light.ambient();
    buffers.begin(model.mesh().vertexCount());
    this.lit = buffers.lit;
    this.spec = buffers.spec;
    this.facing = buffers.facing;
    this.stamp = buffers.stamp;
    this.current = buffers.current;
    boolean beard = model.look().beardLight() && model.look().facialHair() != FacialHairStyle.NONE;
    this.sheen = beard ? buffers.sheen : null;
  }

  /**
   * Lights hair vertex v for this view (its {@link #lit}, {@link #spec}, {@link #facing} and
   * {@link #sheen}). Done when a sample first reads the vertex: hair the view does not show
   * (behind the head, outside the frame) is never lit.
   */
  private void light(int v) {
    float[] nv = m.normals();
    float[] tv = m.tangent();
    float nx = nv[3 * v];
    float ny = nv[3 * v + 1];
    float nz = nv[3 * v + 2];
    float f = nx * vx + ny * vy + nz * vz;
    facing[v] = f;
    if (f < 0) {
      nx = -nx;
      ny = -ny;
      nz = -nz;
    }
    float dr = ambient[0];
    float dg = ambient[1];
    float db = ambient[2];
    float s = 0;
    for (int l = 0; l < dirs.length; l += 3) {
      float nd = nx * dirs[l] + ny * dirs[l + 1] + nz * dirs[l + 2];
      float d = Math.max(0, (nd + WRAP) / (1 + WRAP));
      dr += colours[l] * d;
      dg += colours[l + 1] * d;
      db += colours[l + 2] * d;
      if (nd > -WRAP) {
        float nh = nx * halves[l] + ny * halves[l + 1] + nz * halves[l + 2];
        float th = tv[3 * v] * halves[l] + tv[3 * v + 1] * halves[l + 1] + tv[3 * v + 2] * halves[l + 2] - SHIFT * nh;
        float k = Math.max(0, 1 - th * th);
        k *= k;
        k *= k;
        k *= k;
        k *= k;
        k *= k;
        s += k * (colours[l] + colours[l + 1] + colours[l + 2]) * (1f / 3);
      }
    }
    if (sheen != null) {
      // Short beard hairs point every way: their highlights add up to a broad sheen over the
      // shell's normal on the lit side instead of a band along one strand direction.
      float sh = 0;
      for (int l = 0; l < dirs.length; l += 3) {
        float nd = nx * dirs[l] + ny * dirs[l + 1] + nz * dirs[l + 2];
        if (nd > 0) {
          // A broad Blinn-Phong lobe, (n.h)^4, on the lit side.
          float nh = Math.max(0, nx * halves[l] + ny * halves[l + 1] + nz * halves[l + 2]);
          nh *= nh;
          sh += nd * nh * nh * (colours[l] + colours[l + 1] + colours[l + 2]) * (1f / 3);
        }
      }
      sheen[v] = BEARD_SHEEN * sh;
    }
    lit[3 * v] = dr;
    lit[3 * v + 1] = dg;
    lit[3 * v + 2] = db;
    spec[v] = SPECULAR * s;
    stamp[v] = current;
  }

  /**
   * Shades a sample of hair triangle t.
   *
   * @param t hair triangle
   * @param b1 barycentric weight of its second corner
   * @param b2 barycentric weight of its third corner
   * @param out receives premultiplied linear r, g, b and the opacity
   */
  void shade(int t, float b1, float b2, float[] out) {
    if (t != last) {
      load(t);
    }
    float b0 = 1 - b1 - b2;
    float[] k = corner;
    float base = b0 * k[0] + b1 * k[8] + b2 * k[16];
    // The cap carries the scalp's growth value: coverage above the hairline, a contact shadow
    // for a growth unit below it.
    float growth = base;
    if (group == HairModel.CAP) {
      base = ScalpMap.coverage(base);
    }
    // The cap fades where it is seen edge-on (a soft silhouette); hanging hair is a volume, so
    // only its exact edge-on parts thin out; facial hair thins at the jaw's silhouette but
    // keeps its volume there; lashes never.
    float face = Math.abs(b0 * k[1] + b1 * k[9] + b2 * k[17]);
    StrandTexture tex = m.texture();
    int i = tex.index(kind, b0 * k[2] + b1 * k[10] + b2 * k[18], b0 * k[3] + b1 * k[11] + b2 * k[19]);
    float alpha;
    if (kind == StrandTexture.LASH) {
      alpha = base * tex.opacity(kind, i);
    } else {
      float rim = group == HairModel.CURTAIN ? 0.6f + 0.4f * FaceFrame.smooth(face / 0.08f)
          : group == HairModel.FACIAL ? 0.3f + 0.7f * FaceFrame.smooth(face / 0.3f)
          : FaceFrame.smooth((face - 0.02f) / 0.12f);
      // Hanging hair's front edge and its edge-on parts stay a film (whole strands there, opaque or
      // thinning, hid the cheek's outline and cost SSD women and the gender models at +30,
      // docs/faces.md); its hem, the cap, bun and facial hair are drawn as whole strands.
      alpha = group == HairModel.CURTAIN
          ? (b0 * cornerFilm[0] + b1 * cornerFilm[1] + b2 * cornerFilm[2]) * rim * tex.cover(kind, i, base)
          : tex.cover(kind, i, base * rim);
    }
    float shadow = group == HairModel.CAP && growth > -1 ? CONTACT_SHADOW * FaceFrame.smooth(1 + growth)
        * FaceFrame.smooth((face - 0.02f) / 0.12f) : 0;
    if (alpha <= 0) {
      out[0] = 0;
      out[1] = 0;
      out[2] = 0;
      out[3] = shadow;
      return;
    }
    float g = kind == StrandTexture.LASH ? 0 : tex.grey(kind, i);
    float[] col = mixed;
    float[] spc = mixedSpec;
    if (kind == StrandTexture.LASH) {
      col = lash;
      spc = lashSpec;
    } else {
      for (int c = 0; c < 3; c++) {
        mixed[c] = hair[c] + g * (grey[c] - hair[c]);
        mixedSpec[c] = hairSpec[c] + g * (greySpec[c] - hairSpec[c]);
      }
    }
    float bright = tex.brightness(kind, i);
    float dr = b0 * k[4] + b1 * k[12] + b2 * k[20];
    float dg = b0 * k[5] + b1 * k[13] + b2 * k[21];
    float db = b0 * k[6] + b1 * k[14] + b2 * k[22];
    // The highlight takes half its colour from the hair (light scattered inside the strands).
    float sp = (b0 * k[7] + b1 * k[15] + b2 * k[23]) * (kind == StrandTexture.LASH ? 0.2f : bright);
    out[0] = alpha * (col[0] * bright * dr + sp * spc[0]);
    out[1] = alpha * (col[1] * bright * dg + sp * spc[1]);
    out[2] = alpha * (col[2] * bright * db + sp * spc[2]);
    out[3] = alpha + (1 - alpha) * shadow;
  }

  private static float[] highlight(float[] col) {
    float tint = 0.5f / Math.max(1e-3f, Math.max(col[0], Math.max(col[1], col[2])));
    return new float[] {0.5f + tint * col[0], 0.5f + tint * col[1], 0.5f + tint * col[2]};
  }

  /** Loads triangle t's corners: per corner alpha, facing, u, v, lit r g b, specular. */
  private void load(int t) {
    int[] tris = m.mesh().triangles();
    group = m.mesh().triangleGroups()[t];
    boolean withSheen = sheen != null && group == HairModel.FACIAL;
    for (int c = 0; c < 3; c++) {
      int v = tris[3 * t + c];
      if (stamp[v] != current) {
        light(v);
      }
      int o = 8 * c;
      corner[o] = m.alpha()[v];
      cornerFilm[c] = m.film()[v];
      corner[o + 1] = facing[v];
      corner[o + 2] = m.u()[v];
      corner[o + 3] = m.v()[v];
      corner[o + 4] = lit[3 * v];
      corner[o + 5] = lit[3 * v + 1];
      corner[o + 6] = lit[3 * v + 2];
      corner[o + 7] = withSheen ? spec[v] + sheen[v] : spec[v];
    }
    kind = group == HairModel.FACIAL ? StrandTexture.FACIAL : group == HairModel.LASHES ? StrandTexture.LASH
        : curly ? StrandTexture.CURLY : StrandTexture.STRAIGHT;
    last = t;
  }
}
