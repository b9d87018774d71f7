package org.pain3d.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pain3d.au.ActionUnit;
import org.pain3d.au.AuIntensities;
import org.pain3d.au.AuRig;
import org.pain3d.au.IntensityCurve;
import org.pain3d.testing.RawObjReader;
import org.pain3d.testing.RealFaceModel;

/** Checks on the real ICT-FaceKit model from PAIN3D_FACE_MODEL (skipped without it). */
@Tag("realmodel")
class RealFaceModelTest {
  /** The 68 Multi-PIE landmark vertices as published (SPEC.md section 4). */
  static final int[] MULTI_PIE_68 = {
    1225, 1888, 1052, 367, 1719, 1722, 2199, 1447, 966, 3661, 4390, 3927, 3924, 2608, 3272, 4088, 3443,
    268, 493, 1914, 2044, 1401, 3615, 4240, 4114, 2734, 2509, 978, 4527, 4942, 4857, 1140, 2075, 1147,
    4269, 3360, 1507, 1542, 1537, 1528, 1518, 1511, 3742, 3751, 3756, 3721, 3725, 3732, 5708, 5695, 2081,
    0, 4275, 6200, 6213, 6346, 6461, 5518, 5957, 5841, 5702, 5711, 5533, 6216, 6207, 6470, 5517, 5966
  };

  @Test
  void hasThePublishedSizes() {
    FaceModel m = RealFaceModel.get();
    assertThat(m.vertexCount()).isEqualTo(26719).isEqualTo(VertexRegion.FULL_MODEL_VERTICES);
    assertThat(m.topology().faceCount()).isEqualTo(26384);
    assertThat(m.topology().triangleCount()).isEqualTo(548 + 2 * 25836);
    assertThat(m.topology().uvCount()).isEqualTo(28911);
    assertThat(m.topology().materials()).hasSize(12).contains("M_Face", "M_Teeth", "M_EyeLashes", "M_IrisLeft");
    assertThat(m.identityCount()).isEqualTo(100);
    assertThat(m.expressionCount()).isEqualTo(57);
    assertThat(m.expressionNames().subList(0, 53)).startsWith("browDown_L", "browDown_R").endsWith("noseSneer_R");
    assertThat(m.expressionNames().subList(53, 57))
        .containsExactlyInAnyOrder("cheekRaiser_L", "cheekRaiser_R", "PupilDilate_L", "PupilDilate_R");
    assertThat(m.landmarks()).containsExactly(MULTI_PIE_68);
  }

  @Test
  void everyActionUnitShapeExists() {
    FaceModel m = RealFaceModel.get();
    for (ActionUnit au : ActionUnit.values()) {
      for (String s : au.blendshapes()) {
        assertThat(m.hasExpression(s)).as("%s needs %s", au, s).isTrue();
      }
    }
  }

  @Test
  void materialGroupsLieInTheirVertexRanges() {
    FaceModel m = RealFaceModel.get();
    MeshTopology t = m.topology();
    Map<String, VertexRegion> expected = Map.of(
        "M_Teeth", VertexRegion.TEETH, "M_EyeLashes", VertexRegion.EYELASHES,
        "M_ScleraLeft", VertexRegion.EYEBALLS, "M_IrisRight", VertexRegion.EYEBALLS,
        "M_GumsTongue", VertexRegion.GUMS_AND_TONGUE);
    for (int f = 0; f < t.faceCount(); f++) {
      VertexRegion r = expected.get(t.materials().get(t.faceMaterials()[f]));
      if (r != null) {
        for (int c = t.faceStarts()[f]; c < t.faceStarts()[f + 1]; c++) {
          assertThat(r.contains(t.cornerVertices()[c])).isTrue();
        }
      }
    }
    int next = 0;
    for (VertexRegion r : VertexRegion.values()) {
      if (r != VertexRegion.NARROW_FACE) {
        assertThat(r.first()).isEqualTo(next);
        next = r.last() + 1;
      }
    }
    assertThat(next).isEqualTo(m.vertexCount());
  }

  @Test
  void deformationEqualsAPlainReferenceComputation() throws Exception {
    FaceModel m = RealFaceModel.get();
    Map<String, Float> expr = Map.of("browDown_L", 0.8f, "eyeBlink_R", 1f, "mouthShrugUpper", 0.35f,
        "noseSneer_L", 0.6f, "cheekRaiser_R", 0.5f, "jawOpen", 0.25f);
    Map<Integer, Float> ids = Map.of(0, 1.5f, 7, -0.9f, 99, 2.2f);
    Set<String> files = new HashSet<>(List.of("generic_neutral_mesh.obj"));
    ids.keySet().forEach(i -> files.add(String.format("identity%03d.obj", i)));
    expr.keySet().forEach(n -> files.add(n + ".obj"));
    Map<String, double[]> raw = RawObjReader.read(RealFaceModel.source(), files);
    double[] n = raw.get("generic_neutral_mesh.obj");
    float[] idW = new float[m.identityCount()];
    ids.forEach((i, w) -> idW[i] = w);
    float[] expW = new float[m.expressionCount()];
    expr.forEach((name, w) -> expW[m.expressionIndex(name)] = w);
    float[] out = new float[3 * m.vertexCount()];
    m.evaluate(idW, expW, out);
    MorphableFace face = m.newFace();
    face.setIdentity(idW);
    face.setExpression(expW);
    // eyeBlink_R at 1 applies at the identity's blink scale (BlinkClosure): the reference uses
    // the weight the closure gives, every other shape its own, plus the closure's eyeball moves.
    BlinkClosure blink = face.blinkClosure();
    assertThat(blink.weight(m.expressionIndex("eyeBlink_R"), 1f)).isNotEqualTo(1f);
    double maxErr = 0;
    for (int k = 0; k < n.length; k++) {
      double ref = n[k];
      for (Map.Entry<Integer, Float> e : ids.entrySet()) {
        ref += e.getValue() * (raw.get(String.format("identity%03d.obj", e.getKey()))[k] - n[k]);
      }
      for (Map.Entry<String, Float> e : expr.entrySet()) {
        ref += blink.weight(m.expressionIndex(e.getKey()), e.getValue()) * (raw.get(e.getKey() + ".obj")[k] - n[k]);
      }
      for (int eye = 0; eye < 2; eye++) {
        ref += blink.eyeballWeight(eye, expW) * blink.eyeball(eye).delta(k / 3, k % 3);
      }
      maxErr = Math.max(maxErr, Math.abs(out[k] - ref));
      maxErr = Math.max(maxErr, Math.abs(face.vertices()[k] - ref));
    }
    assertThat(maxErr).as("max |model - reference| in cm").isLessThan(1e-4);
  }

  @Test
  void expressionShapesAreSparse() {
    FaceModel m = RealFaceModel.get();
    long total = 0;
    for (ExpressionShape s : m.expressions()) {
      assertThat(s.size()).as(s.name()).isPositive().isLessThan(m.vertexCount());
      total += s.size();
    }
    assertThat(total).isLessThan((long) m.expressionCount() * m.vertexCount() / 2);
  }

  /** Displacement-weighted mean height (y, cm) of what an AU moves in the narrow face. */
  private static double movedHeight(FaceModel m, String aus) {
    float[] w = new AuRig(m.expressionNames(), IntensityCurve.facs()).weights(AuIntensities.parse(aus));
    float[] p = new float[3 * m.vertexCount()];
    m.evaluate(new float[0], w, p);
    float[] n = m.neutral();
    double sw = 0;
    double sy = 0;
    for (int v = VertexRegion.NARROW_FACE.first(); v <= VertexRegion.NARROW_FACE.last(); v++) {
      double d = Math.hypot(Math.hypot(p[3 * v] - n[3 * v], p[3 * v + 1] - n[3 * v + 1]), p[3 * v + 2] - n[3 * v + 2]);
      sw += d;
      sy += d * n[3 * v + 1];
    }
    assertThat(sw).as(aus + " moves the face").isPositive();
    return sy / sw;
  }

  @Test
  void painActionUnitsMoveTheRightPartsOfTheFace() {
    FaceModel m = RealFaceModel.get();
    float[] n = m.neutral();
    int[] lm = m.landmarks();
    double eyes = (n[3 * lm[36] + 1] + n[3 * lm[45] + 1]) / 2;
    double noseTip = n[3 * lm[30] + 1];
    double mouth = (n[3 * lm[48] + 1] + n[3 * lm[54] + 1]) / 2;
    assertThat(movedHeight(m, "AU4=5")).as("brow lowerer acts above the eyes").isGreaterThan(eyes);
    assertThat(movedHeight(m, "AU43=1")).as("eye closure acts at eye level").isBetween(eyes - 1.5, eyes + 1.5);
    assertThat(movedHeight(m, "AU10=5")).as("upper lip raiser acts between nose and mouth")
        .isBetween(mouth - 1.0, noseTip + 1.0);
    assertThat(movedHeight(m, "AU9=5")).as("nose wrinkler acts below the eyes").isLessThan(eyes).isGreaterThan(mouth);
  }
}
