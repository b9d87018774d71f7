package org.pain3d.render.scene;

import java.util.List;
import java.util.Objects;

/**
 * Everything that lights a scene: a few directional lights (the first {@link LightRole#KEY}
 * one casts shadows) and an environment for the diffuse fill from every direction.
 *
 * <p>Shading of a surface point with unit normal n, albedo a, ambient occlusion o and
 * key-light visibility s (both in [0, 1]): {@code a * (o * E(n) + sum_i v_i c_i D(n.l_i))
 * + sum_i v_i c_i S(n.h_i)}, where E is the environment's SH irradiance / pi, c_i the
 * light colours, D and S the material's {@link SurfaceResponse}, and v_i = s for the key
 * light and {@code sqrt(o)} for the others (a cheap soft occlusion of fill and rim).
 *
 * @param lights the lights, 0..8
 * @param environment the environment (diffuse image-based light)
 */
public record LightRig(List<Light> lights, Environment environment) {

  /** Validates the light count. */
  public LightRig {
    lights = List.copyOf(lights);
    Objects.requireNonNull(environment, "environment");
    if (lights.size() > 8) {
      throw new IllegalArgumentException("at most 8 lights, got " + lights.size());
    }
  }

  /** Returns the index of the shadow-casting key light, or -1 when there is none. */
  public int keyIndex() {
    for (int i = 0; i < lights.size(); i++) {
      if (lights.get(i).role() == LightRole.KEY) {
        return i;
      }
    }
    return -1;
  }
}
