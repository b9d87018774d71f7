package org.pain3d.synth.look;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pain3d.au.AuIntensities;
import org.pain3d.au.AuRig;
import org.pain3d.au.IntensityCurve;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.face.FaceModel;
import org.pain3d.render.Appearance;
import org.pain3d.render.SkinTone;
import org.pain3d.render.hair.HairLook;
import org.pain3d.synth.IdentitySampler;
import org.pain3d.testing.RealFaceModel;

/**
 * On the real model: the lips' gap is what the evaluated mesh shows, the seal closes each
 * identity's lips to its drawn press (and leaves lips that already meet alone), the sampled rest
 * pose keeps the lower lip under the upper lip's edge where the earlier draw pushed it millimetres
 * past it, and under a pain expression that raises the upper lip the lower lip settles at its own
 * height instead of covering the upper teeth.
 */
@Tag("realmodel")
class LipSealTest {
  private static final int UPPER = 62;
  private static final int LOWER = 66;

  private static float[] mesh(FaceModel m, float[] identity, float[] expression) {
    float[] p = new float[3 * m.vertexCount()];
    m.evaluate(identity, expression, p);
    return p;
  }

  private static double height(FaceModel m, float[] p, int landmark) {
    return p[3 * m.landmarks()[landmark] + 1];
  }

  private static double gap(FaceModel m, float[] p) {
    return height(m, p, UPPER) - height(m, p, LOWER);
  }

  @Test
  void gapIsTheEvaluatedMeshsAndTheSealClosesTheLipsToTheDrawnPress() {
    FaceModel m = RealFaceModel.get();
    LipSeal seal = LipSeal.of(m);
    int close = m.expressionIndex("mouthClose");
    int sealed = 0;
    int alreadyShut = 0;
    for (int i = 0; i < 40; i++) {
      float[] id = new IdentitySampler(m.identityCount(), 1).sample(700 + i);
      float[] rest = new float[m.expressionCount()];
      rest[close] = 0.3f; // replaced by the seal
      double open = gap(m, mesh(m, id, new float[m.expressionCount()]));
      double draw = (i % 8) / 8.0;
      seal.seal(id, rest, draw);
      double after = gap(m, mesh(m, id, rest));
      assertThat(seal.gapCm(id, rest)).isCloseTo(after, within(1e-4));
      if (open <= -draw * LipSeal.MAX_PRESS_CM) {
        alreadyShut++;
        assertThat(rest[close]).isZero();
        assertThat(after).isCloseTo(open, within(1e-5));
      } else {
        sealed++;
        assertThat(rest[close]).isPositive().isLessThan(0.1f);
        assertThat(after).isCloseTo(-draw * LipSeal.MAX_PRESS_CM, within(1e-4));
      }
    }
    // Most identities' lips are a little apart at ICT-FaceKit's neutral, some already meet.
    assertThat(sealed).isGreaterThan(20);
    assertThat(alreadyShut).isPositive();
    assertThat(LipSeal.of(m)).isSameAs(seal);
  }

  @Test
  void sampledRestPoseMeetsTheUpperLipWhereTheEarlierDrawPushedPastIt() {
    FaceModel m = RealFaceModel.get();
    LookSampler on = new LookSampler(m, LookOptions.full());
    LookSampler off = new LookSampler(m, LookOptions.full().without(EnumSet.of(LookFeature.LIP_SEAL)));
    int close = m.expressionIndex("mouthClose");
    double offPast = 0;
    int n = 24;
    for (int i = 0; i < n; i++) {
      Demographics d = new Demographics(AgeGroup.values()[i % 2], Gender.values()[i / 2 % 2],
          Ethnicity.values()[i % Ethnicity.values().length]);
      float[] base = new IdentitySampler(m.identityCount(), 1).sample(900 + i);
      LookSampler.Sampled a = on.sample(d, base, 31 + i, Appearance.defaults(SkinTone.MEDIUM));
      LookSampler.Sampled b = off.sample(d, base, 31 + i, Appearance.defaults(SkinTone.MEDIUM));
      float[] restOn = a.look().restPose();
      float[] restOff = b.look().restPose();
      // Off: the earlier draw; every other draw of the identity is the same either way.
      assertThat(restOff[close]).isBetween(0.05f, 0.2f);
      assertThat(b.look().lipSeal()).isNull();
      assertThat(a.look().lipSeal()).isSameAs(LipSeal.of(m));
      assertThat(a.weights()).isEqualTo(b.weights());
      assertThat(restOn[m.expressionIndex("eyeBlink_L")]).isEqualTo(restOff[m.expressionIndex("eyeBlink_L")]);
      assertThat(a.look().hair().style()).isEqualTo(b.look().hair().style());
      assertThat(a.look().skin().brows()).isEqualTo(b.look().skin().brows());
      // On: the lips meet, the lower pressed at most MAX_PRESS_CM past the upper's edge (the corners'
      // smile, added after the seal, moves the two lips by nearly the same amount), unless they
      // already overlapped at the model's neutral.
      double gapOn = gap(m, mesh(m, a.weights(), restOn));
      if (restOn[close] > 0) {
        assertThat(gapOn).isBetween(-LipSeal.MAX_PRESS_CM - 0.01, 0.01);
      } else {
        assertThat(gapOn).isLessThan(0.01);
      }
      offPast += -gap(m, mesh(m, b.weights(), restOff)) / n;
    }
    // The earlier draw lifted the lower lip 1.9..7.6 mm: on average it rode 3 mm or more past the
    // upper lip's edge.
    assertThat(offPast).isGreaterThan(0.3);
  }

  @Test
  void painThatRaisesTheUpperLipLetsTheLowerLipSettleAtItsOwnHeight() {
    FaceModel m = RealFaceModel.get();
    LipSeal seal = LipSeal.of(m);
    int close = m.expressionIndex("mouthClose");
    AuRig rig = new AuRig(m.expressionNames(), IntensityCurve.facs());
    int checked = 0;
    for (int i = 0; i < 30 && checked < 8; i++) {
      float[] id = new IdentitySampler(m.identityCount(), 1).sample(1100 + i);
      float[] rest = new float[m.expressionCount()];
      seal.seal(id, rest, 0.5);
      if (rest[close] < 0.02f) {
        continue; // lips nearly meeting already: nothing to relax
      }
      checked++;
      IdentityLook look = new IdentityLook(null, null, HairLook.none(), 0, rest, seal, 0, null, false);
      double restLower = height(m, mesh(m, id, look.over(new float[m.expressionCount()])), LOWER);
      double ownLower = height(m, mesh(m, id, new float[m.expressionCount()]), LOWER);
      assertThat(restLower).isGreaterThan(ownLower + 0.07);
      // AU10 rising: the rest weight falls smoothly to 0, the lips part steadily and the lower lip
      // goes down from its sealed height to its own, never below it.
      double lastClose = rest[close];
      double lastGap = -1;
      for (int k = 0; k <= 5; k++) {
        float[] pain = rig.weights(AuIntensities.parse("AU10=" + k));
        float[] applied = look.over(pain);
        float[] p = mesh(m, id, applied);
        assertThat(applied[close]).isBetween(0f, rest[close]).isLessThanOrEqualTo((float) lastClose);
        assertThat(gap(m, p)).isGreaterThan(lastGap);
        assertThat(height(m, p, LOWER)).isBetween(ownLower - 0.01, restLower + 1e-4);
        lastClose = applied[close];
        lastGap = gap(m, p);
      }
      // A pain face that raises the upper lip well past the seal (PSPI 9 here): no rest close left,
      // the lower lip at its own height.
      float[] grimace = look.over(rig.weights(AuIntensities.parse("AU4=2,AU6=2,AU9=3,AU10=3")));
      assertThat(grimace[close]).isZero();
      assertThat(height(m, mesh(m, id, grimace), LOWER)).isCloseTo(
          height(m, mesh(m, id, rig.weights(AuIntensities.parse("AU4=2,AU6=2,AU9=3,AU10=3"))), LOWER), within(1e-4));
      // Without the seal the rest pose is added as it is.
      IdentityLook unsealed = new IdentityLook(null, null, HairLook.none(), 0, rest, null, 0, null, false);
      assertThat(unsealed.over(rig.weights(AuIntensities.parse("AU9=3,AU10=3")))[close]).isEqualTo(rest[close]);
    }
    assertThat(checked).isEqualTo(8);
  }

  @Test
  void anExpressionThatClosesTheLipsFurtherKeepsTheRestWeight() {
    FaceModel m = RealFaceModel.get();
    LipSeal seal = LipSeal.of(m);
    float[] press = new float[m.expressionCount()];
    press[m.expressionIndex("mouthPress_L")] = 1;
    press[m.expressionIndex("mouthPress_R")] = 1;
    assertThat(seal.relaxedClose(0.04f, press)).isEqualTo(0.04f);
    assertThat(seal.relaxedClose(0.04f, new float[m.expressionCount()])).isEqualTo(0.04f);
    float[] jaw = new float[m.expressionCount()];
    jaw[m.expressionIndex("jawOpen")] = 0.3f;
    assertThat(seal.relaxedClose(0.04f, jaw)).isZero();
  }
}
