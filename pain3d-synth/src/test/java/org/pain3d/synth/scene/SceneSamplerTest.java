package org.pain3d.synth.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.io.Json;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.render.View;
import org.pain3d.render.scene.CameraEffects;
import org.pain3d.render.scene.HeadwearKind;
import org.pain3d.render.scene.MouthCoverKind;
import org.pain3d.render.scene.Props;

/** The scene draw: determinism and the configured rates of every accessory. */
class SceneSamplerTest {
  private static final Demographics WOMAN = new Demographics(AgeGroup.values()[0], Gender.WOMAN, Ethnicity.values()[0]);
  private static final Demographics MAN = new Demographics(AgeGroup.values()[0], Gender.MAN, Ethnicity.values()[0]);
  private static final List<View> VIEWS = List.of(View.frontal(), View.yaw(30), View.yaw(-30));
  private static final int N = 800;

  private static SceneDraw draw(SceneRanges r, long seed) {
    return draw(r, WOMAN, seed);
  }

  private static SceneDraw draw(SceneRanges r, Demographics who, long seed) {
    return SceneSampler.draw(ScenePreset.VARIED, r, who, VIEWS, 512, seed);
  }

  @Test
  void theSameSeedDrawsTheSameScene() {
    SceneRanges r = ScenePreset.VARIED.ranges();
    assertThat(draw(r, 42)).isEqualTo(draw(r, 42));
    assertThat(draw(r, 42).effects(7)).isEqualTo(draw(r, 42).effects(7));
    assertThat(draw(r, 42)).isNotEqualTo(draw(r, 43));
  }

  /** Asserts a frequency within 4.5 binomial standard errors of the rate (false alarm ~ 1e-5). */
  private static void rate(String what, double rate, int hits) {
    double sd = Math.sqrt(rate * (1 - rate) / N);
    assertThat(hits / (double) N).as(what).isBetween(rate - 4.5 * sd - 1e-9, rate + 4.5 * sd + 1e-9);
  }

  private static int count(List<SceneDraw> draws, Predicate<Props> p) {
    return (int) draws.stream().map(SceneDraw::props).filter(p).count();
  }

  @Test
  void everyAccessoryAppearsAtItsConfiguredRate() throws IOException {
    SceneRanges r = ScenePreset.VARIED.ranges().withOverrides(Json.mapper().readTree(
        "{\"body\": {\"lying_rate\": 0.3},"
            + " \"accessories\": {\"glasses_rate\": 0.4, \"tinted_lens_rate\": 0.25, \"earrings_rate\": 0.35,"
            + " \"headwear_rate\": 0.5, \"headwear\": {\"cap\": 1, \"headscarf\": 1, \"hospital_cap\": 2},"
            + " \"nasal_cannula_rate\": 0.3, \"oxygen_mask_rate\": 0.2, \"face_mask_rate\": 0.15,"
            + " \"medical_tape_rate\": 0.25}}"));
    List<SceneDraw> draws = new java.util.ArrayList<>();
    for (int i = 0; i < N; i++) {
      draws.add(draw(r, 1000 + i));
    }
    rate("lying", 0.3, (int) draws.stream().filter(SceneDraw::lying).count());
    rate("pillow iff lying", 0.3, count(draws, p -> p.pillow().isPresent()));
    assertThat(draws).allMatch(d -> d.lying() == d.props().pillow().isPresent());
    rate("glasses", 0.4, count(draws, p -> p.glasses().isPresent()));
    rate("tinted", 0.4 * 0.25, count(draws, p -> p.glasses().map(g -> g.tinted()).orElse(false)));
    rate("earrings", 0.35, count(draws, p -> p.earrings().isPresent()));
    // A lying identity that draws a cap (a quarter of the headwear) wears none.
    rate("headwear", 0.5 * (1 - 0.25 * 0.3), count(draws, p -> p.headwear().isPresent()));
    rate("cap", 0.125 * 0.7, count(draws, p -> p.headwear().map(h -> h.kind() == HeadwearKind.CAP).orElse(false)));
    assertThat(draws).noneMatch(d -> d.lying() && d.props().headwear().map(h -> h.kind() == HeadwearKind.CAP)
        .orElse(false));
    rate("hospital cap", 0.25,
        count(draws, p -> p.headwear().map(h -> h.kind() == HeadwearKind.HOSPITAL_CAP).orElse(false)));
    rate("cannula", 0.3, count(draws, p -> p.cannulaRgb().isPresent()));
    rate("oxygen mask", 0.2,
        count(draws, p -> p.mouthCover().map(m -> m.kind() == MouthCoverKind.OXYGEN_MASK).orElse(false)));
    rate("face mask", 0.15,
        count(draws, p -> p.mouthCover().map(m -> m.kind() != MouthCoverKind.OXYGEN_MASK).orElse(false)));
    rate("tape", 0.25, count(draws, p -> p.tape().isPresent()));
    // Exclusions hold on every draw.
    assertThat(draws).noneMatch(d -> d.props().cannulaRgb().isPresent()
        && d.props().mouthCover().map(m -> m.kind() == MouthCoverKind.OXYGEN_MASK).orElse(false));
    assertThat(draws).noneMatch(d -> d.props().earrings().isPresent()
        && d.props().headwear().map(h -> h.kind() == HeadwearKind.HEADSCARF).orElse(false));
  }

  @Test
  void menDrawTheirOwnEarringsAndHeadwear() throws IOException {
    SceneRanges r = ScenePreset.VARIED.ranges().withOverrides(Json.mapper().readTree(
        "{\"body\": {\"lying_rate\": 0},"
            + " \"accessories\": {\"earrings_rate\": 0.5, \"earrings_rate_men\": 0.1, \"headwear_rate\": 0.6,"
            + " \"headwear\": {\"cap\": 1, \"headscarf\": 1, \"hospital_cap\": 0},"
            + " \"headwear_men\": {\"cap\": 3, \"headscarf\": 1, \"hospital_cap\": 0}}}"));
    List<SceneDraw> men = new java.util.ArrayList<>();
    List<SceneDraw> women = new java.util.ArrayList<>();
    for (int i = 0; i < N; i++) {
      men.add(draw(r, MAN, 5000 + i));
      women.add(draw(r, WOMAN, 5000 + i));
    }
    Predicate<Props> scarf = p -> p.headwear().map(h -> h.kind() == HeadwearKind.HEADSCARF).orElse(false);
    rate("earrings, men", 0.1, count(men, p -> p.earrings().isPresent()));
    rate("earrings, women", 0.5, count(women, p -> p.earrings().isPresent()));
    rate("headscarf, men", 0.6 / 4, count(men, scarf));
    rate("headscarf, women", 0.6 / 2, count(women, scarf));
    assertThat(men).noneMatch(d -> d.props().earrings().isPresent() && scarf.test(d.props()));
    // The presets: no headscarf on men, earrings much rarer.
    SceneRanges preset = ScenePreset.VARIED.ranges();
    int menEarrings = 0;
    int womenEarrings = 0;
    for (int i = 0; i < N; i++) {
      Props m = draw(preset, MAN, 9000 + i).props();
      assertThat(scarf.test(m)).isFalse();
      menEarrings += m.earrings().isPresent() ? 1 : 0;
      womenEarrings += draw(preset, WOMAN, 9000 + i).props().earrings().isPresent() ? 1 : 0;
    }
    rate("preset earrings, men", 0.04, menEarrings);
    rate("preset earrings, women", 0.35, womenEarrings);
  }

  @Test
  void degradationsAppearAtTheirRatesPerImage() throws IOException {
    SceneRanges r = ScenePreset.VARIED.ranges().withOverrides(Json.mapper().readTree(
        "{\"camera\": {\"noise_rate\": 0.3, \"jpeg_rate\": 0.2, \"motion_blur_rate\": 0.1, \"defocus_rate\": 0.4}}"));
    SceneDraw d = draw(r, 5);
    int noise = 0;
    int jpeg = 0;
    int motion = 0;
    int defocus = 0;
    for (int i = 0; i < N; i++) {
      CameraEffects e = d.effects(i);
      noise += e.noiseSigma() > 0 ? 1 : 0;
      jpeg += e.jpegQuality() > 0 ? 1 : 0;
      motion += e.motionBlurPx() > 0 ? 1 : 0;
      defocus += e.defocusPx() > 0 ? 1 : 0;
    }
    rate("noise", 0.3, noise);
    rate("jpeg", 0.2, jpeg);
    rate("motion", 0.1, motion);
    rate("defocus", 0.4, defocus);
  }

  @Test
  void viewsKeepTheConfiguredLayoutWithinTheJitter() {
    SceneRanges r = ScenePreset.VARIED.ranges();
    for (int i = 0; i < 50; i++) {
      SceneDraw d = draw(r, i);
      if (d.lying()) {
        continue;
      }
      for (int v = 0; v < VIEWS.size(); v++) {
        View got = d.views().get(v).view();
        assertThat(got.yawDeg() - VIEWS.get(v).yawDeg()).isBetween(-12.0, 12.0);
        assertThat(got.pitchDeg()).isBetween(-10.0, 10.0);
        assertThat(got.rollDeg()).isBetween(-8.0, 8.0);
        assertThat(d.views().get(v).fovYDeg()).isBetween(14.0, 40.0);
      }
    }
  }
}
