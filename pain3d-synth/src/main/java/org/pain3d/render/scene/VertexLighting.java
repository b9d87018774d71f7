package org.pain3d.render.scene;

/**
 * Lights a mesh per vertex (the scene renderer interpolates the results over each
 * triangle, as Gouraud shading): the diffuse factor that multiplies the albedo and the
 * specular term added to it, both linear RGB and already scaled by the camera exposure.
 *
 * <p>The diffuse factor does not depend on the viewer, so a pose lit once serves every view;
 * the specular term is per view (viewer at infinity along the camera axis). See {@link
 * LightRig} for the formula. Immutable; thread-safe.
 */
public final class VertexLighting {
  private final ShIrradiance sh;
  private final int lights;
  private final float[] dir;
  private final float[] rgb;
  private final int key;

  /** @param rig the lights and environment */
  public VertexLighting(LightRig rig) {
    this.sh = rig.environment().irradiance();
    this.lights = rig.lights().size();
    this.dir = new float[3 * lights];
    this.rgb = new float[3 * lights];
    for (int i = 0; i < lights; i++) {
      Light l = rig.lights().get(i);
      double[] d = l.direction();
      for (int k = 0; k < 3; k++) {
        dir[3 * i + k] = (float) d[k];
      }
      rgb[3 * i] = (float) l.red();
      rgb[3 * i + 1] = (float) l.green();
      rgb[3 * i + 2] = (float) l.blue();
    }
    this.key = rig.keyIndex();
  }

  /**
   * Diffuse factors per vertex.
   *
   * @param normals unit world normals, shape [n * 3]
   * @param material per vertex, the index of its response in {@code responses}, shape [n]
   * @param responses the material responses
   * @param ao ambient occlusion per vertex in [0, 1], shape [n]; null for none
   * @param keyVisibility the key light's visibility per vertex in [0, 1], shape [n]; null
   *     for unshadowed
   * @param exposure multiplier of the result, >= 0
   * @param out receives linear RGB per vertex, shape [n * 3]
   */
  public void diffuse(float[] normals, byte[] material, SurfaceResponse[] responses, float[] ao,
      float[] keyVisibility, float exposure, float[] out) {
    diffuse(normals, material, responses, ao, keyVisibility, exposure, out, null, normals.length / 3);
  }

  /**
   * Diffuse factors of some vertices (the others' entries of {@code out} are left as they
   * are); each listed vertex gets exactly what {@link #diffuse(float[], byte[],
   * SurfaceResponse[], float[], float[], float, float[])} gives it.
   *
   * @param normals unit world normals, shape [n * 3]
   * @param material per vertex, the index of its response in {@code responses}, shape [n]
   * @param responses the material responses
   * @param ao ambient occlusion per vertex in [0, 1], shape [n]; null for none
   * @param keyVisibility the key light's visibility per vertex in [0, 1], shape [n]; null
   *     for unshadowed
   * @param exposure multiplier of the result, >= 0
   * @param out receives linear RGB per listed vertex, shape [n * 3]
   * @param vertices the vertex indices to light (the first {@code count}); null for 0..count-1
   * @param count how many
   */
  public void diffuse(float[] normals, byte[] material, SurfaceResponse[] responses, float[] ao,
      float[] keyVisibility, float exposure, float[] out, int[] vertices, int count) {
    diffuse(normals, material, responses, ao, keyVisibility, exposure, out, null, vertices, count);
  }

  /**
   * Diffuse factors of some vertices, as {@link #diffuse(float[], byte[], SurfaceResponse[],
   * float[], float[], float, float[], int[], int)}, and with them the relative gradient of each
   * vertex's diffuse light with respect to its normal: the vector {@code g} such that tilting the
   * normal by a small {@code dn} scales the light by {@code 1 + g . dn}, from the lights' wrapped
   * Lambert terms (summed over the channels; the environment's far smoother change is left out).
   * A bump map ({@link org.pain3d.render.SkinRelief}) shades with it between the vertices.
   *
   * @param normals unit world normals, shape [n * 3]
   * @param material per vertex, the index of its response in {@code responses}, shape [n]
   * @param responses the material responses
   * @param ao ambient occlusion per vertex in [0, 1], shape [n]; null for none
   * @param keyVisibility the key light's visibility per vertex in [0, 1], shape [n]; null
   *     for unshadowed
   * @param exposure multiplier of the result, >= 0
   * @param out receives linear RGB per listed vertex, shape [n * 3]
   * @param gradient receives g per listed vertex (world frame, per unit of normal tilt), shape
   *     [n * 3]; null for none
   * @param vertices the vertex indices to light (the first {@code count}); null for 0..count-1
   * @param count how many
   */
  public void diffuse(float[] normals, byte[] material, SurfaceResponse[] responses, float[] ao,
      float[] keyVisibility, float exposure, float[] out, float[] gradient, int[] vertices, int count) {
    float[] env = new float[3];
    float[] wrap = wraps(responses);
    for (int k = 0; k < count; k++) {
      int v = vertices == null ? k : vertices[k];
      float nx = normals[3 * v];
      float ny = normals[3 * v + 1];
      float nz = normals[3 * v + 2];
      sh.eval(nx, ny, nz, env);
      float o = ao == null ? 1f : ao[v];
      float soft = (float) Math.sqrt(o);
      int m = 3 * material[v];
      float r = o * env[0];
      float g = o * env[1];
      float b = o * env[2];
      float gx = 0;
      float gy = 0;
      float gz = 0;
      for (int i = 0; i < lights; i++) {
        float ndl = nx * dir[3 * i] + ny * dir[3 * i + 1] + nz * dir[3 * i + 2];
        float vis = i == key ? (keyVisibility == null ? 1f : keyVisibility[v]) : soft;
        if (vis <= 0) {
          continue;
        }
        r += vis * rgb[3 * i] * wrapped(ndl, wrap[m]);
        g += vis * rgb[3 * i + 1] * wrapped(ndl, wrap[m + 1]);
        b += vis * rgb[3 * i + 2] * wrapped(ndl, wrap[m + 2]);
        if (gradient != null) {
          float d = vis * (slope(ndl, wrap[m]) * rgb[3 * i] + slope(ndl, wrap[m + 1]) * rgb[3 * i + 1]
              + slope(ndl, wrap[m + 2]) * rgb[3 * i + 2]);
          gx += d * dir[3 * i];
          gy += d * dir[3 * i + 1];
          gz += d * dir[3 * i + 2];
        }
      }
      out[3 * v] = r * exposure;
      out[3 * v + 1] = g * exposure;
      out[3 * v + 2] = b * exposure;
      if (gradient != null) {
        float total = r + g + b;
        float inv = total > 1e-6f ? 1 / total : 0;
        gradient[3 * v] = gx * inv;
        gradient[3 * v + 1] = gy * inv;
        gradient[3 * v + 2] = gz * inv;
      }
    }
  }

  /**
   * Specular terms per vertex for one view (zero on vertices facing more than 120 degrees
   * away from the viewer, which only back faces and silhouettes use).
   *
   * @param normals unit world normals, shape [n * 3]
   * @param material per vertex, the index of its response, shape [n]
   * @param responses the material responses
   * @param ao ambient occlusion per vertex, shape [n]; null for none
   * @param keyVisibility the key light's visibility per vertex, shape [n]; null for none
   * @param toViewer unit direction from the scene towards the camera, world frame, shape [3]
   * @param exposure multiplier of the result
   * @param out receives linear RGB per vertex, shape [n * 3]
   */
  public void specular(float[] normals, byte[] material, SurfaceResponse[] responses, float[] ao,
      float[] keyVisibility, double[] toViewer, float exposure, float[] out) {
    specular(normals, material, responses, ao, keyVisibility, toViewer, exposure, out, null, normals.length / 3);
  }

  /**
   * Specular terms of some vertices for one view (the others' entries of {@code out} are
   * left as they are); each listed vertex gets exactly what {@link #specular(float[], byte[],
   * SurfaceResponse[], float[], float[], double[], float, float[])} gives it.
   *
   * @param normals unit world normals, shape [n * 3]
   * @param material per vertex, the index of its response, shape [n]
   * @param responses the material responses
   * @param ao ambient occlusion per vertex, shape [n]; null for none
   * @param keyVisibility the key light's visibility per vertex, shape [n]; null for none
   * @param toViewer unit direction from the scene towards the camera, world frame, shape [3]
   * @param exposure multiplier of the result
   * @param out receives linear RGB per listed vertex, shape [n * 3]
   * @param vertices the vertex indices to light (the first {@code count}); null for 0..count-1
   * @param count how many
   */
  public void specular(float[] normals, byte[] material, SurfaceResponse[] responses, float[] ao,
      float[] keyVisibility, double[] toViewer, float exposure, float[] out, int[] vertices, int count) {
    float[] half = new float[3 * lights];
    for (int i = 0; i < lights; i++) {
      double hx = dir[3 * i] + toViewer[0];
      double hy = dir[3 * i + 1] + toViewer[1];
      double hz = dir[3 * i + 2] + toViewer[2];
      double len = Math.sqrt(hx * hx + hy * hy + hz * hz);
      double inv = len > 1e-9 ? 1 / len : 0;
      half[3 * i] = (float) (hx * inv);
      half[3 * i + 1] = (float) (hy * inv);
      half[3 * i + 2] = (float) (hz * inv);
    }
    float[] strength = new float[responses.length];
    int[] squarings = new int[responses.length];
    for (int m = 0; m < responses.length; m++) {
      strength[m] = (float) responses[m].specular() * exposure;
      squarings[m] = responses[m].squarings();
    }
    float vx = (float) toViewer[0];
    float vy = (float) toViewer[1];
    float vz = (float) toViewer[2];
    for (int k = 0; k < count; k++) {
      int v = vertices == null ? k : vertices[k];
      float nx = normals[3 * v];
      float ny = normals[3 * v + 1];
      float nz = normals[3 * v + 2];
      int m = material[v];
      float r = 0;
      float g = 0;
      float b = 0;
      // Vertices facing well away from the viewer only touch back faces and silhouettes.
      float facing = nx * vx + ny * vy + nz * vz;
      if (strength[m] > 0 && facing > -0.5f) {
        float soft = ao == null ? 1f : (float) Math.sqrt(ao[v]);
        for (int i = 0; i < lights; i++) {
          float ndl = nx * dir[3 * i] + ny * dir[3 * i + 1] + nz * dir[3 * i + 2];
          if (ndl <= 0) {
            continue;
          }
          float vis = i == key ? (keyVisibility == null ? 1f : keyVisibility[v]) : soft;
          float nh = Math.max(0f, nx * half[3 * i] + ny * half[3 * i + 1] + nz * half[3 * i + 2]);
          for (int q = squarings[m]; q > 0; q--) {
            nh *= nh;
          }
          float s = vis * strength[m] * nh;
          r += s * rgb[3 * i];
          g += s * rgb[3 * i + 1];
          b += s * rgb[3 * i + 2];
        }
      }
      out[3 * v] = r;
      out[3 * v + 1] = g;
      out[3 * v + 2] = b;
    }
  }

  private static float[] wraps(SurfaceResponse[] responses) {
    float[] w = new float[3 * responses.length];
    for (int m = 0; m < responses.length; m++) {
      w[3 * m] = (float) responses[m].wrapRed();
      w[3 * m + 1] = (float) responses[m].wrapGreen();
      w[3 * m + 2] = (float) responses[m].wrapBlue();
    }
    return w;
  }

  private static float wrapped(float ndl, float wrap) {
    return Math.max(0f, (ndl + wrap) / (1 + wrap));
  }

  /** The derivative of {@link #wrapped} with respect to n.l. */
  private static float slope(float ndl, float wrap) {
    return ndl + wrap > 0 ? 1 / (1 + wrap) : 0;
  }
}
