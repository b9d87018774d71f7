package org.pain3d.synth.scene;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pain3d.dataset.ImageScene;
import org.pain3d.dataset.SceneAnnotation;
import org.pain3d.render.Appearance;
import org.pain3d.render.Camera;
import org.pain3d.render.scene.CameraEffects;
import org.pain3d.render.scene.EarringSpec;
import org.pain3d.render.scene.GlassesSpec;
import org.pain3d.render.scene.HeadwearKind;
import org.pain3d.render.scene.MouthCoverKind;
import org.pain3d.render.scene.Props;

/** Turns drawn scenes into the dataset's labels ({@link ImageScene}, {@link SceneAnnotation}). */
public final class SceneLabels {
  private SceneLabels() {}

  /**
   * The compact scene of a studio image.
   *
   * @param camera its camera
   * @return the labels
   */
  public static ImageScene studioImage(Camera camera) {
    return new ImageScene(ScenePreset.STUDIO.label(), false, "none", List.of(), "flat", "studio", false,
        camera.view().yawDeg(), camera.view().pitchDeg(), camera.view().rollDeg(), camera.fovYDeg(), List.of());
  }

  /**
   * The full scene of a studio pain set.
   *
   * @param app the identity's look (light direction and strengths, background colour)
   * @param cameras the cameras of the views
   * @return the annotation's scene
   */
  public static SceneAnnotation studio(Appearance app, List<Camera> cameras) {
    Map<String, Object> light = new LinkedHashMap<>();
    light.put("role", "key");
    light.put("azimuth_deg", app.lightAzimuthDeg());
    light.put("elevation_deg", app.lightElevationDeg());
    light.put("kelvin", 0.0);
    light.put("intensity", app.diffuse());
    Map<String, String> bg = new LinkedHashMap<>();
    bg.put("kind", "flat");
    bg.put("colour", hex(app.backgroundRgb()));
    List<SceneAnnotation.ViewScene> views = new ArrayList<>();
    for (int v = 0; v < cameras.size(); v++) {
      views.add(new SceneAnnotation.ViewScene(v, studioImage(cameras.get(v)), cameras.get(v).distance(),
          new double[2], Map.of()));
    }
    return new SceneAnnotation(ScenePreset.STUDIO.label(), Map.of(), Map.of(), List.of(light), 0, 1, bg, views);
  }

  /**
   * The compact scene of one image.
   *
   * @param d the identity's scene
   * @param camera the image's camera
   * @param effects the image's degradations
   * @return the labels
   */
  public static ImageScene image(SceneDraw d, Camera camera, CameraEffects effects) {
    return new ImageScene(d.preset().label(), d.lying(), name(d.props().garment().type()), accessories(d.props()),
        name(d.backdrop().kind()), d.lightingKind(), d.dim(), camera.view().yawDeg(), camera.view().pitchDeg(),
        camera.view().rollDeg(), camera.fovYDeg(), effectNames(effects));
  }

  /**
   * The full scene of a pain set.
   *
   * @param d the identity's scene
   * @param cameras the cameras of the views
   * @param effects the degradations of the pain set's image per view
   * @return the annotation's scene
   */
  public static SceneAnnotation annotation(SceneDraw d, List<Camera> cameras, List<CameraEffects> effects) {
    List<Map<String, Object>> lights = new ArrayList<>();
    for (LightLabel l : d.lights()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("role", name(l.role()));
      m.put("azimuth_deg", round(l.azimuthDeg()));
      m.put("elevation_deg", round(l.elevationDeg()));
      m.put("kelvin", round(l.kelvin()));
      m.put("intensity", round(l.intensity()));
      lights.add(m);
    }
    Map<String, String> bg = new LinkedHashMap<>();
    bg.put("kind", name(d.backdrop().kind()));
    bg.put("colour", hex(d.backdrop().wallRgb()));
    bg.put("accent", hex(d.backdrop().accentRgb()));
    bg.put("blur", Double.toString(round(d.backdrop().blur())));
    List<SceneAnnotation.ViewScene> views = new ArrayList<>();
    for (int v = 0; v < cameras.size(); v++) {
      ViewSetup s = d.views().get(v);
      CameraEffects e = effects.get(v);
      Map<String, Double> fx = new LinkedHashMap<>();
      fx.put("defocus_px", round(e.defocusPx()));
      fx.put("motion_blur_px", round(e.motionBlurPx()));
      fx.put("motion_blur_angle_deg", round(e.motionAngleDeg()));
      fx.put("noise_sigma", round(e.noiseSigma()));
      fx.put("jpeg_quality", (double) e.jpegQuality());
      views.add(new SceneAnnotation.ViewScene(v, image(d, cameras.get(v), e), cameras.get(v).distance(),
          new double[] {round(s.offsetX()), round(s.offsetY())}, fx));
    }
    return new SceneAnnotation(d.preset().label(), garment(d.props()), accessoryDetails(d.props()), lights,
        round(d.whiteBalanceKelvin()), round(d.lighting().exposure()), bg, views);
  }

  /** Worn items in a fixed order. */
  static List<String> accessories(Props p) {
    List<String> out = new ArrayList<>();
    p.glasses().ifPresent(g -> {
      out.add("glasses");
      if (g.tinted()) {
        out.add("tinted_lenses");
      }
    });
    p.earrings().ifPresent(e -> out.add("earrings"));
    p.headwear().ifPresent(h -> out.add(name(h.kind())));
    p.cannulaRgb().ifPresent(c -> out.add("nasal_cannula"));
    p.mouthCover().ifPresent(m -> out.add(m.kind() == MouthCoverKind.OXYGEN_MASK ? "oxygen_mask" : "face_mask"));
    p.tape().ifPresent(t -> out.add("medical_tape"));
    return out;
  }

  private static Map<String, String> garment(Props p) {
    Map<String, String> g = new LinkedHashMap<>();
    g.put("type", name(p.garment().type()));
    g.put("pattern", name(p.garment().fabric().pattern()));
    g.put("colour", hex(p.garment().fabric().primaryRgb()));
    g.put("trim", hex(p.garment().trimRgb()));
    return g;
  }

  private static Map<String, Map<String, String>> accessoryDetails(Props p) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    p.glasses().ifPresent(g -> out.put("glasses", glasses(g)));
    p.earrings().ifPresent(e -> out.put("earrings", earrings(e)));
    p.headwear().ifPresent(h -> out.put("headwear", details("kind", name(h.kind()), "colour",
        hex(h.fabric().primaryRgb()), "pattern", name(h.fabric().pattern()))));
    p.cannulaRgb().ifPresent(c -> out.put("nasal_cannula", details("colour", hex(c))));
    p.mouthCover().ifPresent(m -> out.put(m.kind() == MouthCoverKind.OXYGEN_MASK ? "oxygen_mask" : "face_mask",
        details("kind", name(m.kind()), "colour", hex(m.fabric().primaryRgb()), "strap", hex(m.strapRgb()))));
    p.tape().ifPresent(t -> out.put("medical_tape", details("place", name(t.place()), "colour", hex(t.rgb()),
        "length_cm", Double.toString(round(t.lengthCm())), "width_cm", Double.toString(round(t.widthCm())))));
    return out;
  }

  private static Map<String, String> glasses(GlassesSpec g) {
    return details("shape", name(g.shape()), "frame", hex(g.frameRgb()), "tint", hex(g.tintRgb()),
        "transmittance", Double.toString(round(g.transmittance())));
  }

  private static Map<String, String> earrings(EarringSpec e) {
    return details("kind", name(e.kind()), "metal", hex(e.metalRgb()), "size_cm", Double.toString(round(e.sizeCm())));
  }

  private static Map<String, String> details(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  static List<String> effectNames(CameraEffects e) {
    List<String> out = new ArrayList<>();
    if (e.defocusPx() > 0) {
      out.add("defocus");
    }
    if (e.motionBlurPx() >= 1) {
      out.add("motion_blur");
    }
    if (e.noiseSigma() > 0) {
      out.add("noise");
    }
    if (e.jpegQuality() > 0) {
      out.add("jpeg");
    }
    return out;
  }

  static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  static String hex(int rgb) {
    return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
  }

  /** Rounds to 4 decimals (labels need no more, and files stay short). */
  static double round(double v) {
    return Math.round(v * 1e4) / 1e4;
  }

  /** Unused kinds are named too, so that histograms show zeros. */
  static List<String> headwearNames() {
    List<String> out = new ArrayList<>();
    for (HeadwearKind k : HeadwearKind.values()) {
      out.add(name(k));
    }
    return out;
  }
}
