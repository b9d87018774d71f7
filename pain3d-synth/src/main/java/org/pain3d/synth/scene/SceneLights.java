package org.pain3d.synth.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.pain3d.render.scene.ColourTemperature;
import org.pain3d.render.scene.Environment;
import org.pain3d.render.scene.Light;
import org.pain3d.render.scene.LightRig;
import org.pain3d.render.scene.LightRole;
import org.pain3d.render.scene.SceneLighting;

/**
 * Draws the lights of a scene. Lights are placed relative to the face (azimuth 0 in front
 * of it, elevation towards the top of the head), for sitting and lying patients alike: for
 * a lying patient "in front of the face" is the ceiling. The room's environment turns with
 * the posture (a lying patient's face looks at the ceiling: room up becomes the head's
 * +z). The camera
 * exposes automatically for the face, except that dim scenes stay partly dark (the
 * exposure makes up only {@code 1 - 0.45} of the lost light in log terms).
 *
 * @param lighting the rig and exposure for the renderer
 * @param labels the lights as drawn
 * @param kind tungsten, led, fluorescent or daylight
 * @param dim whether the scene is dim
 * @param whiteBalanceKelvin the camera's white balance, K
 * @param backdropBrightness the background's light level times exposure
 */
record SceneLights(SceneLighting lighting, List<LightLabel> labels, String kind, boolean dim,
    double whiteBalanceKelvin, double backdropBrightness) {
  /** Mid-grey target of the auto exposure: face albedo about 0.45 shows at about 0.5 linear. */
  private static final double TARGET = 0.62;
  private static final double DAYLIGHT_K = 5600;

  static SceneLights draw(LightingRanges r, boolean lying, SplittableRandom rnd) {
    int count = (int) Math.round(r.lights().min()) + rnd.nextInt((int) Math.round(r.lights().max())
        - (int) Math.round(r.lights().min()) + 1);
    boolean fluorescent = rnd.nextDouble() < r.fluorescentRate();
    boolean dim = rnd.nextDouble() < r.dimRate();
    double dimFactor = dim ? r.dimFactor().draw(rnd) : 1;
    double kelvin = r.kelvin().draw(rnd);
    double wb = DAYLIGHT_K + (kelvin - DAYLIGHT_K) * r.whiteBalanceAdaptation().draw(rnd);
    double tint = fluorescent ? rnd.nextDouble(0.04, 0.12) : 0;
    double side = rnd.nextBoolean() ? 1 : -1;
    double key = r.keyIntensity().draw(rnd);
    List<LightLabel> labels = new ArrayList<>();
    labels.add(new LightLabel(LightRole.KEY, side * r.keyAzimuthDeg().draw(rnd), r.keyElevationDeg().draw(rnd),
        kelvin, key * dimFactor));
    if (count >= 2) {
      double fillK = rnd.nextDouble() < 0.3 ? rnd.nextDouble(5000, 6500) : kelvin;
      labels.add(new LightLabel(LightRole.FILL, -side * rnd.nextDouble(25, 75), rnd.nextDouble(-5, 30), fillK,
          key * r.fillRatio().draw(rnd) * dimFactor));
    }
    if (count >= 3) {
      labels.add(new LightLabel(LightRole.RIM, (rnd.nextBoolean() ? 1 : -1) * rnd.nextDouble(120, 165),
          rnd.nextDouble(10, 50), kelvin, r.rimIntensity().draw(rnd) * dimFactor));
    }
    List<Light> lights = new ArrayList<>();
    for (LightLabel l : labels) {
      lights.add(Light.of(l.role(), l.azimuthDeg(), l.elevationDeg(), l.kelvin(), wb, tint,
          Math.min(10, l.intensity())));
    }
    double ambient = r.ambient().draw(rnd) * key * dimFactor;
    boolean window = rnd.nextDouble() < r.windowRate();
    Environment env = environment(ambient, kelvin, wb, tint, lying, window, rnd);
    double light = 0;
    for (Light l : lights) {
      light += (l.role() == LightRole.KEY ? 0.7 : l.role() == LightRole.FILL ? 0.45 : 0.05) * l.luminance();
    }
    light += 1.3 * ambient;
    double undimmed = light / dimFactor;
    double exposure = Math.max(0.05, Math.min(20, TARGET / undimmed * Math.pow(dimFactor, -0.55)));
    double backdrop = exposure * (0.5 * labels.get(0).intensity() + 1.2 * ambient) * 0.85;
    String kind = fluorescent ? "fluorescent" : kelvin < 3400 ? "tungsten" : kelvin < 5000 ? "led" : "daylight";
    return new SceneLights(new SceneLighting(new LightRig(lights, env), exposure,
        (int) Math.round(r.shadowSoftness().draw(rnd))), labels, kind, dim, wb, backdrop);
  }

  /** Direction from azimuth (0 = in front of the face, + to its left) and elevation (+ above). */
  static double[] direction(double azimuthDeg, double elevationDeg) {
    double az = Math.toRadians(azimuthDeg);
    double el = Math.toRadians(elevationDeg);
    return new double[] {Math.cos(el) * Math.sin(az), Math.sin(el), Math.cos(el) * Math.cos(az)};
  }

  /** Room to head frame: identity when sitting; lying, room up (+y) becomes +z (a quarter turn about x). */
  static double[] head(double[] d, boolean lying) {
    return lying ? new double[] {d[0], -d[2], d[1]} : d.clone();
  }

  private static Environment environment(double ambient, double kelvin, double wb, double tint, boolean lying,
      boolean window, SplittableRandom rnd) {
    double[] c = ColourTemperature.balanced(kelvin, wb, tint);
    double[] warm = ColourTemperature.balanced(Math.max(1800, kelvin - 600), wb, tint);
    double[] ceiling = scale(c, ambient * 1.3);
    double[] walls = scale(warm, ambient * rnd.nextDouble(0.7, 1.0));
    double[] floor = scale(warm, ambient * rnd.nextDouble(0.2, 0.4));
    double[] win = window ? scale(ColourTemperature.balanced(6500, wb, 0), ambient * rnd.nextDouble(1.5, 3.5))
        : new double[3];
    double[] winDir = head(direction(rnd.nextDouble(-120, 120), rnd.nextDouble(0, 30)), lying);
    return new Environment(head(new double[] {0, 1, 0}, lying), clamp(ceiling), clamp(walls), clamp(floor), winDir,
        clamp(win), rnd.nextDouble(15, 35));
  }

  private static double[] scale(double[] c, double k) {
    return new double[] {c[0] * k, c[1] * k, c[2] * k};
  }

  private static double[] clamp(double[] c) {
    return new double[] {Math.min(20, c[0]), Math.min(20, c[1]), Math.min(20, c[2])};
  }
}
