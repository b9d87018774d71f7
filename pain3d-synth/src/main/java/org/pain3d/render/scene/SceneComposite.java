package org.pain3d.render.scene;

import org.pain3d.render.Camera;
import org.pain3d.render.FrameBuffer;
import org.pain3d.render.MaterialKind;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.Shader;
import org.pain3d.render.SkinRelief;

/**
 * Resolves a frame buffer that holds the face (triangles {@code < base}) and the props
 * (triangles {@code >= base}), plus an optional translucent layer, into the image passes.
 *
 * <p>Shading per sample: the per-vertex diffuse factor and specular term interpolated with
 * the perspective-correct barycentrics, {@code albedo * diffuse + specular} in linear light;
 * empty samples take the background; a translucent surface in front multiplies what is
 * behind by its transmittance and adds its own lit colour times {@code 1 - transmittance}
 * and its specular highlight. Supersamples are averaged in linear light.
 *
 * <p>With a skin relief ({@link Shader#relief()}) the face's skin samples scale their diffuse
 * light by {@code 1 + g . dn}: {@code dn} the normal's tilt by the relief there ({@link
 * SkinRelief}, in the head's frame), {@code g} the relative gradient of the vertices' diffuse
 * light with respect to the normal ({@link VertexLighting}), given in the head's frame and
 * interpolated like the light itself. Such a sample reads its albedo and its tilt at one texel
 * (the texture and the relief share the layout).
 */
final class SceneComposite {
  private static final PropMaterial[] MATERIALS = PropMaterial.values();
  private final RenderMesh face;
  private final float[] faceDiffuse;
  private final float[] faceSpecular;
  private final Shader shader;
  private final RenderMesh props;
  private final float[] propDiffuse;
  private final float[] propSpecular;
  private final PropLook look;
  private final int base;
  private final float[] c = new float[3];
  /** The skin's bump map, or null. */
  private final SkinRelief relief;
  /** Per face vertex, the relative gradient of its diffuse light, head frame (null without relief). */
  private final float[] faceGradient;
  /** Scratch: a triangle's corners' gradients (x, y, z each) for {@link #tilted}. */
  private final float[] tilt = new float[9];
  /** Props below this triangle index (in frame buffer numbering) have kept colours in {@link #keptRgb}. */
  private int keptBelow;
  private int[] keptRgb;

  /**
   * @param face the face mesh as posed
   * @param faceDiffuse per face vertex, its diffuse factor (linear RGB)
   * @param faceSpecular per face vertex, its specular term
   * @param faceGradient per face vertex, the relative gradient of its diffuse light with respect to
   *     its normal ({@link VertexLighting}), turned into the head's neutral frame (where the
   *     relief's tilts are); null to shade the skin smooth
   * @param shader the face's albedo, material kinds and skin relief
   * @param props the props' mesh
   * @param propDiffuse per prop vertex, its diffuse factor
   * @param propSpecular per prop vertex, its specular term
   * @param look the props' look
   * @param base the first prop triangle in frame buffer numbering
   */
  SceneComposite(RenderMesh face, float[] faceDiffuse, float[] faceSpecular, float[] faceGradient,
      Shader shader, RenderMesh props, float[] propDiffuse, float[] propSpecular, PropLook look, int base) {
    this.relief = faceGradient == null ? null : shader.relief();
    this.faceGradient = faceGradient;
    this.face = face;
    this.faceDiffuse = faceDiffuse;
    this.faceSpecular = faceSpecular;
    this.shader = shader;
    this.props = props;
    this.propDiffuse = propDiffuse;
    this.propSpecular = propSpecular;
    this.look = look;
    this.base = base;
  }

  /**
   * Keeps the shaded colours of the fixed props' samples across renders from one camera
   * ({@link FixedPropLayer}): a sample whose nearest surface is a triangle in {@code [base,
   * below)} with no translucent surface in front takes its colour from {@code rgb}, or computes
   * it and stores it there. Single-sample shading only.
   *
   * @param below one past the last fixed prop triangle, frame buffer numbering
   * @param rgb per sample, packed sRGB or {@link FixedPropLayer#UNSHADED}; shape [w * h]
   */
  void keepShaded(int below, int[] rgb) {
    this.keptBelow = below;
    this.keptRgb = rgb;
  }

  /** Shades every pixel into packed sRGB. */
  void shade(FrameBuffer fb, FrameBuffer ov, int ss, int[] background, int[] out) {
    if (ss == 1) {
      shadeSingle(fb, ov, background, out);
      return;
    }
    int w = fb.width() / ss;
    int h = fb.height() / ss;
    float norm = 1f / (ss * ss);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int bg = background[y * w + x];
        float r = 0;
        float g = 0;
        float b = 0;
        for (int sy = 0; sy < ss; sy++) {
          int row = (y * ss + sy) * fb.width() + x * ss;
          for (int sx = 0; sx < ss; sx++) {
            sample(fb, ov, row + sx, bg);
            r += c[0];
            g += c[1];
            b += c[2];
          }
        }
        out[y * w + x] = Shader.toSrgb(r * norm) << 16 | Shader.toSrgb(g * norm) << 8 | Shader.toSrgb(b * norm);
      }
    }
  }

  /**
   * One sample per pixel: the background copied as it is, the corner data of the last
   * triangle kept in locals (consecutive pixels mostly hit the same triangle); samples under
   * a translucent surface take the general path.
   */
  private void shadeSingle(FrameBuffer fb, FrameBuffer ov, int[] background, int[] out) {
    final int[] tri = fb.triangle;
    final float[] bary1 = fb.bary1;
    final float[] bary2 = fb.bary2;
    final int n = fb.width() * fb.height();
    // The last triangle's corners: diffuse, specular, UVs (corners(), k[0..23]) and, on
    // bumped skin, the light gradients (k[24..32]).
    final float[] k = new float[33];
    int last = -1;
    int material = -1;
    boolean bumped = false;
    for (int s = 0; s < n; s++) {
      int t = tri[s];
      if (ov != null && ov.triangle[s] >= 0 && ov.invDepth[s] > fb.invDepth[s]) {
        sample(fb, ov, s, background[s]);
        out[s] = Shader.toSrgb(c[0]) << 16 | Shader.toSrgb(c[1]) << 8 | Shader.toSrgb(c[2]);
        last = -1;
        continue;
      }
      if (t < 0) {
        out[s] = background[s];
        continue;
      }
      boolean kept = t >= base && t < keptBelow;
      if (kept && keptRgb[s] != FixedPropLayer.UNSHADED) {
        out[s] = keptRgb[s];
        continue;
      }
      if (t != last) {
        material = t < base ? -1 : props.triangleGroups()[t - base];
        if (t < base) {
          corners(face, t, faceDiffuse, faceSpecular, k);
        } else {
          corners(props, t - base, propDiffuse, propSpecular, k);
        }
        bumped = material < 0 && relief != null && shader.kindOf(t) == MaterialKind.SKIN;
        if (bumped) {
          gradients(t, k, 24);
        }
        last = t;
      }
      float b1 = bary1[s];
      float b2 = bary2[s];
      float b0 = 1 - b1 - b2;
      float u = b0 * k[18] + b1 * k[20] + b2 * k[22];
      float v = b0 * k[19] + b1 * k[21] + b2 * k[23];
      int albedo;
      float lit = 1;
      if (bumped) {
        int texel = relief.texel(u, v);
        albedo = shader.skinAlbedo(texel);
        lit = bumpLight(texel, k, 24, b0, b1, b2);
      } else {
        albedo = material < 0 ? shader.albedoAt(t, u, v) : look.albedo(MATERIALS[material], u, v);
      }
      float r = Shader.toLinear(albedo >> 16 & 255) * (b0 * k[0] + b1 * k[3] + b2 * k[6]) * lit
          + b0 * k[9] + b1 * k[12] + b2 * k[15];
      float g = Shader.toLinear(albedo >> 8 & 255) * (b0 * k[1] + b1 * k[4] + b2 * k[7]) * lit
          + b0 * k[10] + b1 * k[13] + b2 * k[16];
      float bl = Shader.toLinear(albedo & 255) * (b0 * k[2] + b1 * k[5] + b2 * k[8]) * lit
          + b0 * k[11] + b1 * k[14] + b2 * k[17];
      out[s] = Shader.toSrgb(r) << 16 | Shader.toSrgb(g) << 8 | Shader.toSrgb(bl);
      if (kept) {
        keptRgb[s] = out[s];
      }
    }
  }

  /** Loads a triangle's corner diffuse (k[0..8]), specular (k[9..17]) and UVs (k[18..23]). */
  private static void corners(RenderMesh mesh, int t, float[] diff, float[] spec, float[] k) {
    int[] tris = mesh.triangles();
    int[] tuv = mesh.triangleUvs();
    float[] uvs = mesh.uvs();
    for (int j = 0; j < 3; j++) {
      int v = 3 * tris[3 * t + j];
      int q = 2 * tuv[3 * t + j];
      k[3 * j] = diff[v];
      k[3 * j + 1] = diff[v + 1];
      k[3 * j + 2] = diff[v + 2];
      k[9 + 3 * j] = spec[v];
      k[10 + 3 * j] = spec[v + 1];
      k[11 + 3 * j] = spec[v + 2];
      k[18 + 2 * j] = uvs[q];
      k[19 + 2 * j] = uvs[q + 1];
    }
  }

  /** Shades one sample into {@link #c}. */
  private void sample(FrameBuffer fb, FrameBuffer ov, int s, int bg) {
    int t = fb.triangle[s];
    if (t < 0) {
      c[0] = Shader.toLinear(bg >> 16 & 255);
      c[1] = Shader.toLinear(bg >> 8 & 255);
      c[2] = Shader.toLinear(bg & 255);
    } else if (t < base) {
      surface(face, t, fb.bary1[s], fb.bary2[s], faceDiffuse, faceSpecular, -1);
    } else {
      int tp = t - base;
      surface(props, tp, fb.bary1[s], fb.bary2[s], propDiffuse, propSpecular, props.triangleGroups()[tp]);
    }
    if (ov != null) {
      int o = ov.triangle[s];
      if (o >= 0 && ov.invDepth[s] > fb.invDepth[s]) {
        translucent(o - base, ov.bary1[s], ov.bary2[s]);
      }
    }
  }

  /** Lit colour of a surface sample; material -1 is the face. */
  private void surface(RenderMesh mesh, int t, float b1, float b2, float[] diff, float[] spec, int material) {
    int[] tris = mesh.triangles();
    float b0 = 1 - b1 - b2;
    int va = 3 * tris[3 * t];
    int vb = 3 * tris[3 * t + 1];
    int vc = 3 * tris[3 * t + 2];
    int[] tuv = mesh.triangleUvs();
    float[] uvs = mesh.uvs();
    int qa = 2 * tuv[3 * t];
    int qb = 2 * tuv[3 * t + 1];
    int qc = 2 * tuv[3 * t + 2];
    float u = b0 * uvs[qa] + b1 * uvs[qb] + b2 * uvs[qc];
    float v = b0 * uvs[qa + 1] + b1 * uvs[qb + 1] + b2 * uvs[qc + 1];
    int albedo = material < 0 ? shader.albedoAt(t, u, v) : look.albedo(MATERIALS[material], u, v);
    float lit = material < 0 && relief != null ? tilted(t, b0, b1, b2, u, v) : 1;
    for (int k = 0; k < 3; k++) {
      float d = (b0 * diff[va + k] + b1 * diff[vb + k] + b2 * diff[vc + k]) * lit;
      float sp = b0 * spec[va + k] + b1 * spec[vb + k] + b2 * spec[vc + k];
      c[k] = Shader.toLinear(albedo >> (16 - 8 * k) & 255) * d + sp;
    }
  }

  /**
   * The factor on a face sample's diffuse light from the skin relief there: {@code 1 + g . dn}
   * (at least 0) on skin, 1 elsewhere; g interpolated from the corners (the general path; the
   * single-sample loop keeps a triangle's corners while it stays on it).
   */
  private float tilted(int t, float b0, float b1, float b2, float u, float v) {
    if (shader.kindOf(t) != MaterialKind.SKIN) {
      return 1;
    }
    gradients(t, tilt, 0);
    return bumpLight(relief.texel(u, v), tilt, 0, b0, b1, b2);
  }

  /** Copies a face triangle's corners' light gradients into {@code dst[at..at+8]} (x, y, z each). */
  private void gradients(int t, float[] dst, int at) {
    int[] tris = face.triangles();
    for (int j = 0; j < 3; j++) {
      int v3 = 3 * tris[3 * t + j];
      dst[at + 3 * j] = faceGradient[v3];
      dst[at + 3 * j + 1] = faceGradient[v3 + 1];
      dst[at + 3 * j + 2] = faceGradient[v3 + 2];
    }
  }

  /**
   * {@code 1 + g . dn} at least 0: g interpolated from the corners' gradients in {@code
   * g[at..at+8]}, dn the relief's tilt at the texel.
   */
  private float bumpLight(int texel, float[] g, int at, float b0, float b1, float b2) {
    float gx = b0 * g[at] + b1 * g[at + 3] + b2 * g[at + 6];
    float gy = b0 * g[at + 1] + b1 * g[at + 4] + b2 * g[at + 7];
    float gz = b0 * g[at + 2] + b1 * g[at + 5] + b2 * g[at + 8];
    return Math.max(0f, 1 + relief.along(texel, gx, gy, gz));
  }

  private void translucent(int t, float b1, float b2) {
    int material = props.triangleGroups()[t];
    float[] tr = look.transmittance(MATERIALS[material]);
    float r = c[0];
    float g = c[1];
    float b = c[2];
    surface(props, t, b1, b2, propDiffuse, propSpecular, material);
    // surface() wrote albedo * diffuse + specular into c; the lens adds its own colour where it
    // does not transmit, and its highlight in full.
    float[] behind = {r, g, b};
    for (int k = 0; k < 3; k++) {
      c[k] = behind[k] * tr[k] + c[k] * (1 - tr[k]) + 0.6f * tr[k] * specularOnly(t, b1, b2, k);
    }
  }

  private float specularOnly(int t, float b1, float b2, int k) {
    int[] tris = props.triangles();
    float b0 = 1 - b1 - b2;
    return b0 * propSpecular[3 * tris[3 * t] + k] + b1 * propSpecular[3 * tris[3 * t + 1] + k]
        + b2 * propSpecular[3 * tris[3 * t + 2] + k];
  }

  /** Segmentation: face group + 1, item class codes, a tinted lens over anything. */
  void mask(FrameBuffer fb, FrameBuffer ov, int ss, byte[] out) {
    int w = fb.width() / ss;
    int h = fb.height() / ss;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int s = (y * ss + ss / 2) * fb.width() + x * ss + ss / 2;
        int t = fb.triangle[s];
        int code = t < 0 ? 0 : t < base ? face.triangleGroups()[t] + 1
            : MATERIALS[props.triangleGroups()[t - base]].itemClass().code();
        if (ov != null && ov.triangle[s] >= 0 && ov.invDepth[s] > fb.invDepth[s]) {
          PropMaterial m = MATERIALS[props.triangleGroups()[ov.triangle[s] - base]];
          float[] tr = look.transmittance(m);
          if ((tr[0] + tr[1] + tr[2]) / 3 < GlassesSpec.OCCLUDING) {
            code = m.itemClass().code();
          }
        }
        out[y * w + x] = (byte) code;
      }
    }
  }

  /** Camera-frame normals (x right, y up, z towards the camera) of the nearest opaque surface. */
  void normals(FrameBuffer fb, int ss, float[] faceNormals, float[] propNormals, Camera camera, float[] out) {
    double[] m = camera.worldToCamera();
    int w = fb.width() / ss;
    int h = fb.height() / ss;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int s = (y * ss + ss / 2) * fb.width() + x * ss + ss / 2;
        int o = 3 * (y * w + x);
        int t = fb.triangle[s];
        if (t < 0) {
          out[o] = 0;
          out[o + 1] = 0;
          out[o + 2] = 0;
          continue;
        }
        boolean isFace = t < base;
        int[] tris = isFace ? face.triangles() : props.triangles();
        float[] vn = isFace ? faceNormals : propNormals;
        int tt = isFace ? t : t - base;
        float b1 = fb.bary1[s];
        float b2 = fb.bary2[s];
        float b0 = 1 - b1 - b2;
        double[] n = new double[3];
        for (int k = 0; k < 3; k++) {
          n[k] = b0 * vn[3 * tris[3 * tt] + k] + b1 * vn[3 * tris[3 * tt + 1] + k] + b2 * vn[3 * tris[3 * tt + 2] + k];
        }
        double cx = m[0] * n[0] + m[1] * n[1] + m[2] * n[2];
        double cy = m[4] * n[0] + m[5] * n[1] + m[6] * n[2];
        double cz = m[8] * n[0] + m[9] * n[1] + m[10] * n[2];
        double len = Math.sqrt(cx * cx + cy * cy + cz * cz);
        double inv = len > 0 ? 1 / len : 0;
        out[o] = (float) (cx * inv);
        out[o + 1] = (float) (cy * inv);
        out[o + 2] = (float) (cz * inv);
      }
    }
  }

  /** Texture coordinates of the face; (-1, -1) on props and the background. */
  void uv(FrameBuffer fb, int ss, float[] out) {
    int w = fb.width() / ss;
    int h = fb.height() / ss;
    int[] tuv = face.triangleUvs();
    float[] uvs = face.uvs();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int s = (y * ss + ss / 2) * fb.width() + x * ss + ss / 2;
        int o = 2 * (y * w + x);
        int t = fb.triangle[s];
        if (t < 0 || t >= base) {
          out[o] = -1;
          out[o + 1] = -1;
          continue;
        }
        float b1 = fb.bary1[s];
        float b2 = fb.bary2[s];
        float b0 = 1 - b1 - b2;
        for (int k = 0; k < 2; k++) {
          out[o + k] = b0 * uvs[2 * tuv[3 * t] + k] + b1 * uvs[2 * tuv[3 * t + 1] + k] + b2 * uvs[2 * tuv[3 * t + 2] + k];
        }
      }
    }
  }
}
