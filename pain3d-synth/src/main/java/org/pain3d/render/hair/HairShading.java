package org.pain3d.render.hair;

import org.pain3d.render.Camera;
import org.pain3d.render.look.FaceFrame;

/**
 * The colour and opacity of one hair sample (see {@link HairLayer}): per-vertex attributes
 * interpolated with the sample's barycentrics, the strand texture, wrapped diffuse light and
 * a Kajiya-Kay highlight, premultiplied by opacity, linear RGB. Built per draw (it holds the
 * camera's view direction and the half vectors).
 */
final class HairShading {
  private static final float WRAP = 0.3f;
  private static final float SPECULAR = 0.035f;
  /** Shift of the highlight along the strand (cuticle tilt): it forms a band instead of covering the cap. */
  private static final float SHIFT = 0.25f;
  private final HairModel m;
  private final float[] ambient;
  private final float[] dirs;
  private final float[] colours;
  private final float[] halves;
  private final float vx;
  private final float vy;
  private final float vz;
  private final float[] hair;
  private final float[] grey;
  private final float[] lash;
  private final boolean curly;

  HairShading(HairModel model, Camera camera, HairLight light, float[] hair, float[] grey, float[] lash) {
    this.m = model;
    this.ambient = light.ambient();
    this.dirs = light.directions();
    this.colours = light.colours();
    double[] r = camera.view().cameraToWorld();
    this.vx = (float) r[2];
    this.vy = (float) r[5];
    this.vz = (float) r[8];
    this.halves = new float[dirs.length];
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
    this.hair = hair;
    this.grey = grey;
    this.lash = lash;
    this.curly = model.look().style().curly();
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
    int[] tris = m.mesh().triangles();
    int a = tris[3 * t];
    int b = tris[3 * t + 1];
    int c = tris[3 * t + 2];
    float b0 = 1 - b1 - b2;
    float[] nv = m.normals();
    float nx = b0 * nv[3 * a] + b1 * nv[3 * b] + b2 * nv[3 * c];
    float ny = b0 * nv[3 * a + 1] + b1 * nv[3 * b + 1] + b2 * nv[3 * c + 1];
    float nz = b0 * nv[3 * a + 2] + b1 * nv[3 * b + 2] + b2 * nv[3 * c + 2];
    float nl = (float) Math.sqrt(nx * nx + ny * ny + nz * nz);
    nl = nl > 1e-9f ? 1 / nl : 0;
    nx *= nl;
    ny *= nl;
    nz *= nl;
    float facing = nx * vx + ny * vy + nz * vz;
    if (facing < 0) {
      nx = -nx;
      ny = -ny;
      nz = -nz;
      facing = -facing;
    }
    int group = m.mesh().triangleGroups()[t];
    int kind = group == HairModel.FACIAL ? StrandTexture.FACIAL : group == HairModel.LASHES ? StrandTexture.LASH
        : curly && group != HairModel.CURTAIN ? StrandTexture.CURLY : StrandTexture.STRAIGHT;
    float[] tv = m.tangent();
    float tx = b0 * tv[3 * a] + b1 * tv[3 * b] + b2 * tv[3 * c];
    float ty = b0 * tv[3 * a + 1] + b1 * tv[3 * b + 1] + b2 * tv[3 * c + 1];
    float tz = b0 * tv[3 * a + 2] + b1 * tv[3 * b + 2] + b2 * tv[3 * c + 2];
    float tl = (float) Math.sqrt(tx * tx + ty * ty + tz * tz);
    tl = tl > 1e-9f ? 1 / tl : 0;
    float u = b0 * m.u()[a] + b1 * m.u()[b] + b2 * m.u()[c];
    float v = b0 * m.v()[a] + b1 * m.v()[b] + b2 * m.v()[c];
    float base = b0 * m.alpha()[a] + b1 * m.alpha()[b] + b2 * m.alpha()[c];
    if (group == HairModel.CAP) {
      base = ScalpMap.coverage(base);
    }
    StrandTexture tex = m.texture();
    int i = tex.index(kind, u, v);
    float rim = kind == StrandTexture.LASH ? 1 : FaceFrame.smooth((facing - 0.02f) / 0.12f);
    float alpha = base * tex.opacity(kind, i) * rim;
    if (alpha <= 0) {
      out[0] = 0;
      out[1] = 0;
      out[2] = 0;
      out[3] = 0;
      return;
    }
    float[] col = kind == StrandTexture.LASH ? lash : tex.grey(kind, i) ? grey : hair;
    float bright = tex.brightness(kind, i);
    float dr = ambient[0];
    float dg = ambient[1];
    float db = ambient[2];
    float spec = 0;
    for (int l = 0; l < dirs.length; l += 3) {
      float nd = nx * dirs[l] + ny * dirs[l + 1] + nz * dirs[l + 2];
      float d = Math.max(0, (nd + WRAP) / (1 + WRAP));
      dr += colours[l] * d;
      dg += colours[l + 1] * d;
      db += colours[l + 2] * d;
      if (nd > -WRAP) {
        float nh = nx * halves[l] + ny * halves[l + 1] + nz * halves[l + 2];
        float th = (tx * halves[l] + ty * halves[l + 1] + tz * halves[l + 2]) * tl - SHIFT * nh;
        float s = Math.max(0, 1 - th * th);
        s *= s;
        s *= s;
        s *= s;
        s *= s;
        s *= s;
        spec += s * (colours[l] + colours[l + 1] + colours[l + 2]) * (1f / 3);
      }
    }
    // The highlight takes half its colour from the hair (light scattered inside the strands).
    float sp = SPECULAR * spec * (kind == StrandTexture.LASH ? 0.2f : bright);
    float tint = 0.5f / Math.max(1e-3f, Math.max(col[0], Math.max(col[1], col[2])));
    out[0] = alpha * (col[0] * bright * dr + sp * (0.5f + tint * col[0]));
    out[1] = alpha * (col[1] * bright * dg + sp * (0.5f + tint * col[1]));
    out[2] = alpha * (col[2] * bright * db + sp * (0.5f + tint * col[2]));
    out[3] = alpha;
  }
}
