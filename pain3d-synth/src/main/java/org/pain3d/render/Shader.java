package org.pain3d.render;

/**
 * Resolves a {@link FrameBuffer} into the lit colour image with the procedural appearance.
 *
 * <p>Per sample: smooth normal, position and UV are interpolated with the perspective-correct
 * weights; the albedo comes from the material kind of the triangle (skin from the
 * {@link SkinTexture}, eyes, teeth and so on procedurally); lighting is ambient + Lambert +
 * Blinn-Phong with a directional light in the world frame and the viewer at infinity along
 * the camera axis (a constant half vector per image), computed on linearised sRGB. With supersampling, the {@code ss x ss} samples of a pixel
 * (background included) are averaged in linear space. With a {@link SkinRelief}, a skin sample's
 * {@code n . l} and {@code n . h} take the relief's tilt there to first order, {@code n . h} held
 * at most 1 (the highlight's peak; a line's steep side would otherwise raise it past its peak).
 *
 * <p>An instance is bound to one mesh topology and appearance and holds lookup tables; it
 * is immutable after construction and may be shared between threads.
 */
public final class Shader {
  private static final float[] TO_LINEAR = new float[256];
  private static final int LUT_BITS = 12;
  private static final byte[] TO_SRGB = new byte[(1 << LUT_BITS) + 1];

  static {
    for (int i = 0; i < 256; i++) {
      TO_LINEAR[i] = (float) Math.pow(i / 255.0, 2.2);
    }
    for (int i = 0; i < TO_SRGB.length; i++) {
      TO_SRGB[i] = (byte) Math.round(255 * Math.pow(i / (double) (1 << LUT_BITS), 1 / 2.2));
    }
  }

  /** The plain look's teeth, packed sRGB (CIELAB L* 88.6, a* -0.9, b* 11.8): one colour for everyone. */
  public static final int PLAIN_TEETH_RGB = 0xE6DEC8;
  /** The plain look's gums, packed sRGB (CIELAB L* 31.5, a* 30.9, b* 12.6). */
  public static final int PLAIN_GUMS_RGB = 0x7A3438;
  private static final int SKIN = MaterialKind.SKIN.ordinal();
  private static final int SCLERA = MaterialKind.SCLERA.ordinal();
  private final MaterialKind[] kinds;
  /** Per triangle, the ordinal of its material kind. */
  private final byte[] kindOrdinals;
  private final Appearance app;
  private final SkinTexture skin;
  private final float lx;
  private final float ly;
  private final float lz;
  private final float ambient;
  private final float diffuse;
  private final float[] specular;
  private final int[] shininessSquarings;
  private final int lashes;
  /** Per material kind: its constant albedo (kinds with a texture or pattern are not used). */
  private final int[] constantAlbedo;
  /** Eye colours and skin wrap; null for the plain look (Lambert skin, one iris colour). */
  private final SurfaceLook surface;
  private final float wrapR;
  private final float wrapG;
  private final float wrapB;
  /** The skin's bump map, or null for smooth skin. */
  private final SkinRelief relief;

  /**
   * @param mesh the mesh whose triangles are classified ({@link MaterialKind#ofTriangles})
   * @param app the appearance
   * @param skin the baked skin texture for this identity
   */
  public Shader(RenderMesh mesh, Appearance app, SkinTexture skin) {
    this(mesh, app, skin, null);
  }

  /**
   * @param mesh the mesh whose triangles are classified ({@link MaterialKind#ofTriangles})
   * @param app the appearance
   * @param skin the baked skin texture for this identity
   * @param surface eye colours and skin wrap, or null for the plain look
   */
  public Shader(RenderMesh mesh, Appearance app, SkinTexture skin, SurfaceLook surface) {
    this(mesh, app, skin, surface, null);
  }

  /**
   * @param mesh the mesh whose triangles are classified ({@link MaterialKind#ofTriangles})
   * @param app the appearance
   * @param skin the baked skin texture for this identity
   * @param surface eye colours and skin wrap, or null for the plain look
   * @param relief the skin's bump map on the texture's layout, or null for smooth skin
   */
  public Shader(RenderMesh mesh, Appearance app, SkinTexture skin, SurfaceLook surface, SkinRelief relief) {
    if (relief != null && (relief.size() != skin.size() || relief.tiles() != skin.tiles())) {
      throw new IllegalArgumentException("the skin relief's layout differs from the skin texture's");
    }
    this.relief = relief;
    this.surface = surface;
    this.wrapR = surface == null ? 0f : (float) surface.wrapRed();
    this.wrapG = surface == null ? 0f : (float) surface.wrapGreen();
    this.wrapB = surface == null ? 0f : (float) surface.wrapBlue();
    this.kinds = MaterialKind.ofTriangles(mesh);
    this.kindOrdinals = new byte[kinds.length];
    for (int t = 0; t < kinds.length; t++) {
      kindOrdinals[t] = (byte) kinds[t].ordinal();
    }
    this.app = app;
    this.skin = skin;
    double[] light = app.lightDirection();
    this.lx = (float) light[0];
    this.ly = (float) light[1];
    this.lz = (float) light[2];
    this.ambient = (float) app.ambient();
    this.diffuse = (float) app.diffuse();
    MaterialKind[] all = MaterialKind.values();
    this.specular = new float[all.length];
    this.shininessSquarings = new int[all.length];
    for (MaterialKind k : all) {
      specular[k.ordinal()] = (float) (app.specular() * k.specularScale());
      shininessSquarings[k.ordinal()] = Integer.numberOfTrailingZeros(k.shininess());
    }
    // Lash cards are drawn opaque: soften them towards the skin so they do not read as liner.
    int h = app.hairRgb();
    int s = app.skinTone().rgb();
    this.lashes = SkinTexture.pack(
        (0.55f * (h >> 16 & 255) + 0.45f * (s >> 16 & 255)) / 255f,
        (0.55f * (h >> 8 & 255) + 0.45f * (s >> 8 & 255)) / 255f,
        (0.55f * (h & 255) + 0.45f * (s & 255)) / 255f);
    this.constantAlbedo = new int[all.length];
    for (MaterialKind k : all) {
      constantAlbedo[k.ordinal()] = k == MaterialKind.SKIN || k == MaterialKind.SCLERA ? 0 : albedo(k, 0f, 0f);
    }
  }

  /**
   * Shades an image.
   *
   * @param fb the visibility buffer
   * @param ss its supersampling factor
   * @param mesh the rendered mesh (same topology as at construction)
   * @param vertexNormals unit world normals per vertex, shape [n * 3]
   * @param camera the camera the buffer was rendered with (any resolution)
   * @param out receives packed sRGB {@code 0xRRGGBB} per pixel, shape [width * height]
   */
  public void resolve(FrameBuffer fb, int ss, RenderMesh mesh, float[] vertexNormals,
      Camera camera, int[] out) {
    resolve(fb, ss, mesh, vertexNormals, camera, null, out);
  }

  /**
   * Shades an image of a head turned on the neck (the skin relief's tilts are the head's own, so
   * the light and the half vector are turned into its frame for them).
   *
   * @param fb the visibility buffer
   * @param ss its supersampling factor
   * @param mesh the rendered mesh (same topology as at construction)
   * @param vertexNormals unit world normals per vertex, shape [n * 3]
   * @param camera the camera the buffer was rendered with (any resolution)
   * @param headRotation the head's turn from its neutral frame to the world, row-major 3x3; null
   *     for none
   * @param out receives packed sRGB {@code 0xRRGGBB} per pixel, shape [width * height]
   */
  public void resolve(FrameBuffer fb, int ss, RenderMesh mesh, float[] vertexNormals,
      Camera camera, double[] headRotation, int[] out) {
    int w = fb.width() / ss;
    int h = fb.height() / ss;
    // The viewer is taken at infinity along the camera axis (constant half vector).
    double[] r = camera.view().cameraToWorld();
    double vx = r[2];
    double vy = r[5];
    double vz = r[8];
    double hxd = lx + vx;
    double hyd = ly + vy;
    double hzd = lz + vz;
    double hl = Math.sqrt(hxd * hxd + hyd * hyd + hzd * hzd);
    hl = hl > 1e-9 ? 1 / hl : 0;
    Scratch sc = new Scratch();
    sc.hx = (float) (hxd * hl);
    sc.hy = (float) (hyd * hl);
    sc.hz = (float) (hzd * hl);
    sc.headLight = inHead(headRotation, lx, ly, lz, sc.hx, sc.hy, sc.hz);
    if (ss == 1) {
      resolveSingle(fb, mesh, vertexNormals, sc.hx, sc.hy, sc.hz, sc.headLight, out);
      return;
    }
    float[] bg = linear(app.backgroundRgb());
    float norm = 1f / (ss * ss);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        sc.r = 0;
        sc.g = 0;
        sc.b = 0;
        if (ss == 1) {
          if (fb.triangle[y * w + x] < 0) {
            out[y * w + x] = app.backgroundRgb();
            continue;
          }
          shade(fb, y * w + x, mesh, vertexNormals, sc);
        } else {
          for (int sy = 0; sy < ss; sy++) {
            int row = (y * ss + sy) * fb.width() + x * ss;
            for (int sx = 0; sx < ss; sx++) {
              if (fb.triangle[row + sx] < 0) {
                sc.r += bg[0];
                sc.g += bg[1];
                sc.b += bg[2];
              } else {
                shade(fb, row + sx, mesh, vertexNormals, sc);
              }
            }
          }
          sc.r *= norm;
          sc.g *= norm;
          sc.b *= norm;
        }
        out[y * w + x] = (srgb(sc.r) << 16) | (srgb(sc.g) << 8) | srgb(sc.b);
      }
    }
  }

  /**
   * The path without supersampling: one sample per pixel, the triangle's corner data held
   * in locals. Same arithmetic as {@link #shade}, so the same bytes.
   */
  private void resolveSingle(FrameBuffer fb, RenderMesh mesh, float[] vn, float hx, float hy,
      float hz, float[] headLight, int[] out) {
    final int[] tri = fb.triangle;
    final float[] bary1 = fb.bary1;
    final float[] bary2 = fb.bary2;
    final int background = app.backgroundRgb();
    final int n = fb.width() * fb.height();
    int last = -1;
    int g = 0;
    int squarings = 0;
    float spec0 = 0;
    float[] c = new float[15];
    for (int s = 0; s < n; s++) {
      int t = tri[s];
      if (t < 0) {
        out[s] = background;
        continue;
      }
      if (t != last) {
        corners(mesh, vn, t, c);
        g = kindOrdinals[t];
        squarings = shininessSquarings[g];
        spec0 = specular[g];
        last = t;
      }
      float b1 = bary1[s];
      float b2 = bary2[s];
      float b0 = 1 - b1 - b2;
      float nx = b0 * c[0] + b1 * c[3] + b2 * c[6];
      float ny = b0 * c[1] + b1 * c[4] + b2 * c[7];
      float nz = b0 * c[2] + b1 * c[5] + b2 * c[8];
      float nl = (float) (1 / Math.sqrt(nx * nx + ny * ny + nz * nz + 1e-30f));
      float u = b0 * c[9] + b1 * c[11] + b2 * c[13];
      float v = b0 * c[10] + b1 * c[12] + b2 * c[14];
      int albedo;
      float dl = 0;
      float dh = 0;
      if (g == SKIN && relief != null) {
        int texel = relief.texel(u, v);
        albedo = skin.texels()[texel];
        dl = relief.along(texel, headLight[0], headLight[1], headLight[2]);
        dh = relief.along(texel, headLight[3], headLight[4], headLight[5]);
      } else {
        albedo = g == SKIN ? skin.sample(u, v) : g == SCLERA ? eye(u - (float) Math.floor(u), v) : constantAlbedo[g];
      }
      float diff = Math.max(0f, (nx * lx + ny * ly + nz * lz) * nl + dl);
      float spec = 0;
      if (diff > 0) {
        float nh = Math.max(0f, Math.min(1f, (nx * hx + ny * hy + nz * hz) * nl + dh));
        for (int k = squarings; k > 0; k--) {
          nh *= nh;
        }
        spec = spec0 * nh;
      }
      float lit = ambient + diffuse * diff;
      if (g == SKIN && surface != null && surface.wraps()) {
        float ndl = (nx * lx + ny * ly + nz * lz) * nl + dl;
        out[s] = srgb(TO_LINEAR[albedo >> 16 & 255] * (ambient + diffuse * wrap(ndl, wrapR)) + spec) << 16
            | srgb(TO_LINEAR[albedo >> 8 & 255] * (ambient + diffuse * wrap(ndl, wrapG)) + spec) << 8
            | srgb(TO_LINEAR[albedo & 255] * (ambient + diffuse * wrap(ndl, wrapB)) + spec);
        continue;
      }
      out[s] = srgb(TO_LINEAR[albedo >> 16 & 255] * lit + spec) << 16
          | srgb(TO_LINEAR[albedo >> 8 & 255] * lit + spec) << 8
          | srgb(TO_LINEAR[albedo & 255] * lit + spec);
    }
  }

  /** Loads triangle t's corner normals (c[0..8]) and UVs (c[9..14]). */
  private static void corners(RenderMesh mesh, float[] vn, int t, float[] c) {
    int[] tris = mesh.triangles();
    int[] triUv = mesh.triangleUvs();
    float[] uvs = mesh.uvs();
    for (int k = 0; k < 3; k++) {
      int v = 3 * tris[3 * t + k];
      c[3 * k] = vn[v];
      c[3 * k + 1] = vn[v + 1];
      c[3 * k + 2] = vn[v + 2];
      int q = 2 * triUv[3 * t + k];
      c[9 + 2 * k] = uvs[q];
      c[10 + 2 * k] = uvs[q + 1];
    }
  }

  /** Per-call state: half vector, colour accumulator and the last triangle's corner data. */
  private static final class Scratch {
    float hx;
    float hy;
    float hz;
    float r;
    float g;
    float b;
    int t = -1;
    MaterialKind kind;
    final float[] n = new float[9];
    final float[] uv = new float[6];
    /** The light and the half vector in the head's frame ({@link Shader#inHead}). */
    float[] headLight;
  }

  /**
   * The light and the half vector turned into the head's frame, where the skin relief's tilts are
   * ({@link SkinRelief}): {@code R^T l} and {@code R^T h}.
   *
   * @param rotation the head's turn, row-major 3x3; null for none
   * @return {lx, ly, lz, hx, hy, hz}
   */
  private static float[] inHead(double[] rotation, float lx, float ly, float lz, float hx, float hy, float hz) {
    float[] out = new float[6];
    SkinRelief.intoHead(rotation, lx, ly, lz, out, 0);
    SkinRelief.intoHead(rotation, hx, hy, hz, out, 3);
    return out;
  }

  private void shade(FrameBuffer fb, int s, RenderMesh mesh, float[] vn, Scratch sc) {
    int t = fb.triangle[s];
    float[] n = sc.n;
    float[] uv = sc.uv;
    if (t != sc.t) {
      // Consecutive samples mostly hit the same triangle: fetch its corners once.
      int[] tris = mesh.triangles();
      int[] triUv = mesh.triangleUvs();
      float[] uvs = mesh.uvs();
      for (int k = 0; k < 3; k++) {
        int v = 3 * tris[3 * t + k];
        n[3 * k] = vn[v];
        n[3 * k + 1] = vn[v + 1];
        n[3 * k + 2] = vn[v + 2];
        int q = 2 * triUv[3 * t + k];
        uv[2 * k] = uvs[q];
        uv[2 * k + 1] = uvs[q + 1];
      }
      sc.kind = kinds[t];
      sc.t = t;
    }
    float b1 = fb.bary1[s];
    float b2 = fb.bary2[s];
    float b0 = 1 - b1 - b2;
    float nx = b0 * n[0] + b1 * n[3] + b2 * n[6];
    float ny = b0 * n[1] + b1 * n[4] + b2 * n[7];
    float nz = b0 * n[2] + b1 * n[5] + b2 * n[8];
    float nl = (float) (1 / Math.sqrt(nx * nx + ny * ny + nz * nz + 1e-30f));
    float u = b0 * uv[0] + b1 * uv[2] + b2 * uv[4];
    float v = b0 * uv[1] + b1 * uv[3] + b2 * uv[5];
    MaterialKind kind = sc.kind;
    int g = kind.ordinal();
    int albedo;
    float dl = 0;
    float dh = 0;
    if (kind == MaterialKind.SKIN && relief != null) {
      int texel = relief.texel(u, v);
      albedo = skin.texels()[texel];
      float[] hl = sc.headLight;
      dl = relief.along(texel, hl[0], hl[1], hl[2]);
      dh = relief.along(texel, hl[3], hl[4], hl[5]);
    } else {
      albedo = kind == MaterialKind.SKIN ? skin.sample(u, v)
          : kind == MaterialKind.SCLERA ? eye(u - (float) Math.floor(u), v) : constantAlbedo[g];
    }
    float diff = Math.max(0f, (nx * lx + ny * ly + nz * lz) * nl + dl);
    float spec = 0;
    if (diff > 0) {
      float nh = Math.max(0f, Math.min(1f, (nx * sc.hx + ny * sc.hy + nz * sc.hz) * nl + dh));
      for (int k = shininessSquarings[g]; k > 0; k--) {
        nh *= nh;
      }
      spec = specular[g] * nh;
    }
    float lit = ambient + diffuse * diff;
    if (kind == MaterialKind.SKIN && surface != null && surface.wraps()) {
      float ndl = (nx * lx + ny * ly + nz * lz) * nl + dl;
      sc.r += TO_LINEAR[albedo >> 16 & 255] * (ambient + diffuse * wrap(ndl, wrapR)) + spec;
      sc.g += TO_LINEAR[albedo >> 8 & 255] * (ambient + diffuse * wrap(ndl, wrapG)) + spec;
      sc.b += TO_LINEAR[albedo & 255] * (ambient + diffuse * wrap(ndl, wrapB)) + spec;
      return;
    }
    sc.r += TO_LINEAR[albedo >> 16 & 255] * lit + spec;
    sc.g += TO_LINEAR[albedo >> 8 & 255] * lit + spec;
    sc.b += TO_LINEAR[albedo & 255] * lit + spec;
  }

  /**
   * The albedo of a triangle at texture coordinates (u, v): the lookup the shading uses
   * (for renderers that light the face their own way, e.g. {@code render.scene}).
   *
   * @param t triangle index of the mesh this shader was built for
   * @param u texture u (tile index + fraction)
   * @param v texture v, up
   * @return packed sRGB {@code 0xRRGGBB}
   */
  public int albedoAt(int t, float u, float v) {
    int g = kindOrdinals[t];
    return g == SKIN ? skin.sample(u, v)
        : g == SCLERA ? eye(u - (float) Math.floor(u), v) : constantAlbedo[g];
  }

  /**
   * The skin's albedo at a texel: what {@link #albedoAt} gives a skin triangle at the u, v whose
   * texel {@link SkinRelief#texel} finds (the relief and the texture share the layout), for
   * shading that reads both at one texel.
   *
   * @param texel the texel
   * @return packed sRGB {@code 0xRRGGBB}
   */
  public int skinAlbedo(int texel) {
    return skin.texels()[texel];
  }

  /** @return the skin's bump map, or null for smooth skin */
  public SkinRelief relief() {
    return relief;
  }

  /**
   * The material kind of a triangle.
   *
   * @param t triangle index of the mesh this shader was built for
   * @return its kind
   */
  public MaterialKind kindOf(int t) {
    return kinds[t];
  }

  private int albedo(MaterialKind kind, float u, float v) {
    switch (kind) {
      case SKIN:
        return skin.sample(u, v);
      case SCLERA:
        return eye(u - (float) Math.floor(u), v);
      case IRIS:
        return app.irisRgb();
      case TEETH:
        return surface != null && surface.hasMouth() ? surface.teethRgb() : PLAIN_TEETH_RGB;
      case GUMS:
        return surface != null && surface.hasMouth() ? surface.gumsRgb() : PLAIN_GUMS_RGB;
      case MOUTH:
        return 0x4A1C20;
      case LASHES:
        return lashes;
      default:
        return 0x808080;
    }
  }

  /** Wrapped diffuse: {@code max(0, (ndl + w) / (1 + w))}. */
  private static float wrap(float ndl, float w) {
    return Math.max(0f, (ndl + w) / (1 + w));
  }

  /** The outer eyeball: pupil and iris around the UV centre, sclera outside. */
  private int eye(float u, float v) {
    if (surface != null && surface.hasEyes()) {
      return SurfaceEyes.albedo(surface, u, v);
    }
    float du = u - 0.5f;
    float dv = v - 0.5f;
    float r = (float) Math.sqrt(du * du + dv * dv);
    if (r < 0.042f) {
      return 0x0C0A0A;
    }
    if (r < 0.105f) {
      int c = app.irisRgb();
      float k = r > 0.095f ? 0.55f : 1.1f - 0.4f * (r - 0.042f) / 0.053f;
      return SkinTexture.pack((c >> 16 & 255) / 255f * k, (c >> 8 & 255) / 255f * k,
          (c & 255) / 255f * k);
    }
    float pink = Math.max(0, Math.min(1, (r - 0.25f) / 0.2f));
    return SkinTexture.pack(0.93f - 0.05f * pink, 0.90f - 0.18f * pink, 0.86f - 0.18f * pink);
  }

  /**
   * Decodes one 8-bit sRGB channel to linear light (the shading's gamma 2.2 table).
   *
   * @param channel the channel value, 0..255
   * @return linear value in [0, 1]
   */
  public static float toLinear(int channel) {
    return TO_LINEAR[channel];
  }

  /**
   * Encodes linear light to an 8-bit sRGB channel (the shading's table; clamps).
   *
   * @param linear linear value
   * @return the channel value, 0..255
   */
  public static int toSrgb(float linear) {
    return srgb(linear);
  }

  private static float[] linear(int rgb) {
    return new float[] {TO_LINEAR[rgb >> 16 & 255], TO_LINEAR[rgb >> 8 & 255], TO_LINEAR[rgb & 255]};
  }

  private static int srgb(float linear) {
    int i = (int) (linear * (1 << LUT_BITS) + 0.5f);
    return TO_SRGB[Math.max(0, Math.min(1 << LUT_BITS, i))] & 255;
  }
}
