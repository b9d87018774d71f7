package org.pain3d.synth.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Gender;
import org.pain3d.render.View;
import org.pain3d.render.scene.BackdropKind;
import org.pain3d.render.scene.BackdropSpec;
import org.pain3d.render.scene.EarringKind;
import org.pain3d.render.scene.EarringSpec;
import org.pain3d.render.scene.Fabric;
import org.pain3d.render.scene.FabricPattern;
import org.pain3d.render.scene.FrameShape;
import org.pain3d.render.scene.Garment;
import org.pain3d.render.scene.GarmentType;
import org.pain3d.render.scene.GlassesSpec;
import org.pain3d.render.scene.HeadwearKind;
import org.pain3d.render.scene.HeadwearSpec;
import org.pain3d.render.scene.MouthCoverKind;
import org.pain3d.render.scene.MouthCoverSpec;
import org.pain3d.render.scene.PillowSpec;
import org.pain3d.render.scene.Props;
import org.pain3d.render.scene.TapePlace;
import org.pain3d.render.scene.TapeSpec;

/**
 * Draws an identity's scene from the ranges. Draws come from one seeded stream in a fixed
 * order, so the same seed gives the same scene whatever thread or shard draws it; the
 * per-image degradations have their own stream ({@link SceneDraw#effects}).
 */
public final class SceneSampler {
  private SceneSampler() {}

  /**
   * Draws a scene.
   *
   * @param preset the preset (recorded)
   * @param r the ranges
   * @param demographics the identity's labels (body width follows gender), or null
   * @param baseViews the configured views (the published layout by default)
   * @param sizePx image side, pixels
   * @param seed the identity's scene seed
   * @return the scene
   */
  public static SceneDraw draw(ScenePreset preset, SceneRanges r, Demographics demographics, List<View> baseViews,
      int sizePx, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    boolean lying = rnd.nextDouble() < r.body().lyingRate();
    Props props = props(r, demographics, lying, rnd);
    SceneLights lights = SceneLights.draw(r.lighting(), lying, rnd);
    BackdropKind kind = lying ? BackdropKind.BED : drawBackdrop(r.background(), rnd);
    int wall = kind == BackdropKind.BED ? Palettes.pick(Palettes.SHEET, rnd) : Palettes.pick(Palettes.WALL, rnd);
    BackdropSpec backdrop = new BackdropSpec(kind, wall, Palettes.pick(Palettes.ACCENT, rnd),
        r.background().blur().draw(rnd), rnd.nextLong());
    List<ViewSetup> views = views(r.camera(), lying, baseViews, rnd);
    return new SceneDraw(preset, lying, props, lights.lighting(), lights.labels(), lights.kind(), lights.dim(),
        lights.whiteBalanceKelvin(), backdrop, lights.backdropBrightness(), views, rnd.nextLong(), r.camera(), sizePx);
  }

  private static BackdropKind drawBackdrop(BackgroundRanges b, SplittableRandom rnd) {
    java.util.Map<String, Double> upright = new java.util.LinkedHashMap<>(b.kinds());
    upright.put("bed", 0.0);
    return Weights.draw(upright, BackdropKind.class, rnd);
  }

  private static Props props(SceneRanges r, Demographics d, boolean lying, SplittableRandom rnd) {
    AccessoryRates a = r.accessories();
    Garment garment = garment(r.body(), d, rnd);
    Optional<PillowSpec> pillow = lying
        ? Optional.of(new PillowSpec(fabric(Palettes.pick(Palettes.PILLOW, rnd), r.body(), rnd, 0.4),
            rnd.nextDouble(1.5, 4))) : Optional.empty();
    Optional<GlassesSpec> glasses = Optional.empty();
    if (rnd.nextDouble() < a.glassesRate()) {
      glasses = Optional.of(glasses(rnd.nextDouble() < a.tintedLensRate(), rnd));
    }
    boolean man = d != null && d.gender() == Gender.MAN;
    Optional<HeadwearSpec> headwear = Optional.empty();
    if (rnd.nextDouble() < a.headwearRate()) {
      HeadwearKind k = Weights.draw(a.headwear(man), HeadwearKind.class, rnd);
      int c = Palettes.headwear(k, rnd);
      Fabric f = k == HeadwearKind.HEADSCARF && rnd.nextBoolean()
          ? new Fabric(FabricPattern.PRINT, c, Palettes.pick(Palettes.SCARF, rnd), rnd.nextDouble(1, 2.5))
          : Fabric.solid(c);
      // Nobody lies in bed in a cap: the draw is made all the same, so the other items' draws
      // do not depend on the posture.
      if (!(lying && k == HeadwearKind.CAP)) {
        headwear = Optional.of(new HeadwearSpec(k, f));
      }
    }
    boolean scarf = headwear.map(h -> h.kind() == HeadwearKind.HEADSCARF).orElse(false);
    double earrings = conditional(a.earringsRate(man), a.headscarfRate(man));
    Optional<EarringSpec> ear = Optional.empty();
    if (rnd.nextDouble() < earrings && !scarf) {
      boolean hoop = rnd.nextDouble() < 0.4;
      ear = Optional.of(new EarringSpec(hoop ? EarringKind.HOOP : EarringKind.STUD, Palettes.pick(Palettes.METAL, rnd),
          hoop ? rnd.nextDouble(0.6, 1.5) : rnd.nextDouble(0.18, 0.32)));
    }
    double u = rnd.nextDouble();
    Optional<MouthCoverSpec> mouth = Optional.empty();
    if (u < a.oxygenMaskRate()) {
      mouth = Optional.of(new MouthCoverSpec(MouthCoverKind.OXYGEN_MASK, Fabric.solid(0xC8E8D8),
          rnd.nextBoolean() ? 0x5FA888 : 0xE8ECEA));
    } else if (u < a.oxygenMaskRate() + a.faceMaskRate()) {
      boolean surgical = rnd.nextDouble() < 0.7;
      int c = Palettes.pick(surgical ? Palettes.SURGICAL : Palettes.CLOTH_MASK, rnd);
      mouth = Optional.of(new MouthCoverSpec(surgical ? MouthCoverKind.SURGICAL_MASK : MouthCoverKind.CLOTH_MASK,
          Fabric.solid(c), surgical ? 0xF2F2F2 : Palettes.shade(c, 0.8)));
    }
    boolean oxygen = mouth.map(m -> m.kind() == MouthCoverKind.OXYGEN_MASK).orElse(false);
    double cannulaRate = conditional(a.nasalCannulaRate(), a.oxygenMaskRate());
    Optional<Integer> cannula = rnd.nextDouble() < cannulaRate && !oxygen
        ? Optional.of(rnd.nextBoolean() ? 0xD4E8DC : 0xE6EEEE) : Optional.empty();
    Optional<TapeSpec> tape = Optional.empty();
    if (rnd.nextDouble() < a.medicalTapeRate()) {
      TapePlace place = TapePlace.values()[rnd.nextInt(TapePlace.values().length)];
      tape = Optional.of(new TapeSpec(place, Palettes.pick(Palettes.TAPE, rnd), rnd.nextDouble(2.5, 5),
          rnd.nextDouble(1.0, 2.2), rnd.nextDouble(-35, 35)));
    }
    return new Props(garment, pillow, glasses, ear, headwear, cannula, mouth, tape);
  }

  /** P(item | not excluded) so that P(item) = rate when the exclusion has probability p. */
  static double conditional(double rate, double excluded) {
    return excluded >= 1 ? 0 : Math.min(1, rate / (1 - excluded));
  }

  private static Garment garment(BodyRanges b, Demographics d, SplittableRandom rnd) {
    GarmentType type = Weights.draw(b.garments(), GarmentType.class, rnd);
    int primary = Palettes.garment(type, rnd);
    Fabric f = fabric(primary, b, rnd, 1);
    if (type == GarmentType.HOSPITAL_GOWN && f.pattern() != FabricPattern.SOLID) {
      f = new Fabric(FabricPattern.PRINT, primary, Palettes.pick(Palettes.GOWN_PRINT, rnd), rnd.nextDouble(1.2, 2.5));
    }
    int trim = type == GarmentType.HOSPITAL_GOWN ? Palettes.shade(primary, 0.8)
        : type == GarmentType.SWEATER ? Palettes.shade(primary, 0.9) : Palettes.shade(primary, 0.85);
    boolean man = d == null ? rnd.nextBoolean() : d.gender() == Gender.MAN;
    double shoulders = man ? rnd.nextDouble(19.5, 23) : rnd.nextDouble(17.5, 20.5);
    double chest = man ? rnd.nextDouble(10, 12.5) : rnd.nextDouble(9, 11.5);
    return new Garment(type, f, trim, shoulders, chest, b.shoulderTwistDeg().draw(rnd));
  }

  private static Fabric fabric(int primary, BodyRanges b, SplittableRandom rnd, double contrast) {
    FabricPattern p = Weights.draw(b.patterns(), FabricPattern.class, rnd);
    int second = p == FabricPattern.SOLID ? primary
        : rnd.nextBoolean() ? 0xF0F0F0 : Palettes.shade(primary, 1 - 0.45 * contrast);
    return new Fabric(p, primary, second, rnd.nextDouble(0.8, 3.0));
  }

  private static GlassesSpec glasses(boolean tinted, SplittableRandom rnd) {
    FrameShape shape = FrameShape.values()[rnd.nextInt(FrameShape.values().length)];
    double half = rnd.nextDouble(2.1, 2.8);
    return new GlassesSpec(shape, Palettes.pick(Palettes.FRAME, rnd), rnd.nextDouble(0.06, 0.2), half,
        half * rnd.nextDouble(0.62, 0.8), tinted ? Palettes.pick(Palettes.LENS_TINT, rnd) : 0xC8CCC8,
        tinted ? rnd.nextDouble(0.12, 0.4) : rnd.nextDouble(0.88, 0.96));
  }

  private static List<ViewSetup> views(CameraRanges c, boolean lying, List<View> base, SplittableRandom rnd) {
    double bedRoll = lying ? c.lyingRollDeg().draw(rnd) : 0;
    double bedPitch = lying ? c.lyingPitchDeg().draw(rnd) : 0;
    List<ViewSetup> out = new ArrayList<>();
    for (View v : base) {
      double yaw = clamp(v.yawDeg() + c.yawJitterDeg().draw(rnd), 180);
      double pitch = clamp(v.pitchDeg() + (lying ? bedPitch : 0) + c.pitchJitterDeg().draw(rnd) * (lying ? 0.3 : 1), 80);
      double roll = clamp(v.rollDeg() + bedRoll + c.rollJitterDeg().draw(rnd), 180);
      double fov = c.fovDeg().draw(rnd);
      double fill = c.faceFill().draw(rnd);
      double off = c.offset().draw(rnd);
      double angle = rnd.nextDouble(0, 2 * Math.PI);
      out.add(new ViewSetup(new View(yaw, pitch, roll), fov, fill, off * Math.cos(angle), off * Math.sin(angle)));
    }
    return out;
  }

  private static double clamp(double v, double limit) {
    return Math.max(-limit, Math.min(limit, v));
  }
}
