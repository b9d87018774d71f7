package org.pain3d.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pain3d.au.ActionUnit;
import org.pain3d.au.AuRig;
import org.pain3d.au.IntensityCurve;
import org.pain3d.face.MeshDecimator;
import org.pain3d.face.FaceModel;
import org.pain3d.render.FaceLandmarks;
import org.pain3d.render.HeadPose;
import org.pain3d.render.MaterialKind;
import org.pain3d.render.Pass;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.scene.HeadAnchors;
import org.pain3d.synth.scene.SceneConfig;
import org.pain3d.synth.scene.ScenePreset;
import org.pain3d.testing.ImageDiffs;
import org.pain3d.testing.RealFaceModel;

/** The LOD face mesh of clip frames, on the real ICT-FaceKit model (skipped without it). */
@Tag("realmodel")
class FaceLodTest {
  private static final int SIZE = 256;

  @Test
  void isDeterministicAndMuchSmaller() {
    FaceModel m = RealFaceModel.get();
    FaceLod a = FaceLod.of(m);
    FaceLod b = FaceLod.compute(m);
    assertThat(b.triangles()).isEqualTo(a.triangles());
    assertThat(b.triangleUvs()).isEqualTo(a.triangleUvs());
    assertThat(b.sources()).isEqualTo(a.sources());
    assertThat(FaceLod.of(m)).isSameAs(a);
    assertThat(a.fullTriangles()).isEqualTo(52220);
    assertThat(a.triangleCount()).isLessThan(a.fullTriangles() * 3 / 10);
    System.out.printf("LOD: %d of %d triangles, %d vertices used, built in %d ms%n", a.triangleCount(),
        a.fullTriangles(), used(a, m.vertexCount()).size(), b.buildMillis());
  }

  /** The clips' LOD and the scene images' (generate): the guards hold at either target. */
  @ParameterizedTest
  @ValueSource(doubles = {FaceLod.TARGET_FRACTION, FaceLod.IMAGE_TARGET_FRACTION})
  void keepsTheProtectedVerticesUvsAndGroups(double target) {
    FaceModel m = RealFaceModel.get();
    FaceLod lod = FaceLod.of(m, target);
    assertThat(lod.triangleCount()).isBetween((int) (lod.fullTriangles() * (target - 0.02)),
        (int) (lod.fullTriangles() * (target + 0.02)));
    RenderMesh full = RenderMesh.fromTopology(m.topology(), m.neutral());
    Set<Integer> used = used(lod, m.vertexCount());
    for (int v : FaceLandmarks.ict68()) {
      assertThat(used).as("landmark vertex %d", v).contains(v);
    }
    HeadAnchors anchors = HeadAnchors.find(full);
    assertThat(used).contains(anchors.earTop(true), anchors.earTop(false), anchors.earLobe(true),
        anchors.earLobe(false));
    for (int v : anchors.neckLoop()) {
      assertThat(used).contains(v);
    }
    // Every vertex on an open boundary of the full mesh (eyelid margins, lips, neck) stays, with
    // every one of its boundary edges.
    Map<Long, Integer> edges = edgeCounts(full.triangles());
    Set<Long> lodEdges = edgeCounts(lod.triangles()).keySet();
    int boundary = 0;
    for (Map.Entry<Long, Integer> e : edges.entrySet()) {
      if (e.getValue() == 1) {
        boundary++;
        assertThat(used).contains((int) (e.getKey() >>> 32), (int) (long) e.getKey());
        assertThat(lodEdges).as("boundary edge").contains(e.getKey());
      }
    }
    assertThat(boundary).isGreaterThan(100);
    // Each corner's UV is one the vertex has in the full mesh; each triangle keeps its source's group.
    Map<Integer, Set<Integer>> uvsOf = new HashMap<>();
    for (int c = 0; c < full.triangles().length; c++) {
      uvsOf.computeIfAbsent(full.triangles()[c], k -> new HashSet<>()).add(full.triangleUvs()[c]);
    }
    for (int c = 0; c < lod.triangles().length; c++) {
      assertThat(uvsOf.get(lod.triangles()[c])).contains(lod.triangleUvs()[c]);
    }
    for (int t = 0; t < lod.triangleCount(); t++) {
      assertThat(lod.triangleGroups()[t]).isEqualTo(full.triangleGroups()[lod.sources()[t]]);
    }
    // Groups that are never drawn are untouched.
    Set<Integer> hidden = new HashSet<>();
    for (int g = 0; g < full.groupNames().size(); g++) {
      if (MaterialKind.ofGroup(full.groupNames().get(g)) == MaterialKind.HIDDEN) {
        hidden.add(g);
      }
    }
    long fullHidden = java.util.Arrays.stream(full.triangleGroups()).filter(hidden::contains).count();
    long lodHidden = java.util.Arrays.stream(lod.triangleGroups()).filter(hidden::contains).count();
    assertThat(lodHidden).isEqualTo(fullHidden);
  }

  @ParameterizedTest
  @ValueSource(doubles = {FaceLod.TARGET_FRACTION, FaceLod.IMAGE_TARGET_FRACTION})
  void noTriangleFlipsOrDegeneratesAtNeutralAndExtremes(double target) {
    FaceModel m = RealFaceModel.get();
    FaceLod lod = FaceLod.of(m, target);
    List<float[]> shapes = new ArrayList<>(List.of(FaceLod.shapes(m)));
    assertThat(shapes).hasSize(1 + FaceLod.EXTREMES.size() * FaceLod.EXTREME_WEIGHTS.length);
    // Two shapes the decimation did not look at: every AU of the rig at its maximum, one at a time in turn
    // would be many; the pain AUs at 3 and the mouth AUs at their maximum.
    AuRig rig = new AuRig(m.expressionNames(), IntensityCurve.facs());
    float[] aus = new float[ActionUnit.values().length];
    for (ActionUnit au : List.of(ActionUnit.AU4, ActionUnit.AU6, ActionUnit.AU7, ActionUnit.AU9, ActionUnit.AU10)) {
      aus[au.ordinal()] = 3f;
    }
    shapes.add(posed(m, rig, aus));
    aus = new float[ActionUnit.values().length];
    for (ActionUnit au : List.of(ActionUnit.AU12, ActionUnit.AU20, ActionUnit.AU27, ActionUnit.AU18)) {
      aus[au.ordinal()] = au.maxIntensity();
    }
    shapes.add(posed(m, rig, aus));
    RenderMesh full = RenderMesh.fromTopology(m.topology(), m.neutral());
    int[] t = lod.triangles();
    int[] ft = full.triangles();
    List<String> flipped = new ArrayList<>();
    for (int s = 0; s < shapes.size(); s++) {
      float[] p = shapes.get(s);
      double worst = 1;
      for (int i = 0; i < lod.triangleCount(); i++) {
        double[] tn = MeshDecimator.triangleNormal(p, t[3 * i], t[3 * i + 1], t[3 * i + 2]);
        int f = lod.sources()[i];
        double[] fn = MeshDecimator.triangleNormal(p, ft[3 * f], ft[3 * f + 1], ft[3 * f + 2]);
        double len = Math.sqrt(tn[0] * tn[0] + tn[1] * tn[1] + tn[2] * tn[2]);
        double flen = Math.sqrt(fn[0] * fn[0] + fn[1] * fn[1] + fn[2] * fn[2]);
        assertThat(len).as("shape %d: twice the area of triangle %d, cm²", s, i).isGreaterThan(1e-9);
        if (flen > 1e-9) {
          // Against the full-mesh triangle it comes from: the same side (not flipped).
          double cos = (tn[0] * fn[0] + tn[1] * fn[1] + tn[2] * fn[2]) / (len * flen);
          worst = Math.min(worst, cos);
          if (cos <= 0) {
            flipped.add("shape " + s + ": triangle " + i + " (vertices " + t[3 * i] + " " + t[3 * i + 1] + " "
                + t[3 * i + 2] + ") against its source " + f + ", cos " + cos);
          }
        }
      }
      System.out.printf("shape %d: smallest cosine to the source triangle %.3f%n", s, worst);
    }
    // The shapes the decimation measured: nothing turned past its limit. The two it did not
    // measure: at most a triangle or two may face away (intermediate weights can fold a thin
    // triangle that faces the right way at both ends).
    int measured = FaceLod.shapes(m).length;
    assertThat(flipped).filteredOn(f -> Integer.parseInt(f.split("[ :]")[1]) < measured).isEmpty();
    assertThat(flipped).hasSizeLessThanOrEqualTo(2);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < lod.triangleCount(); i++) {
      int[] c = {t[3 * i], t[3 * i + 1], t[3 * i + 2]};
      java.util.Arrays.sort(c);
      assertThat(c[0] != c[1] && c[1] != c[2]).as("triangle %d has three vertices", i).isTrue();
      assertThat(seen.add(c[0] + " " + c[1] + " " + c[2])).as("triangle %d is not doubled", i).isTrue();
    }
  }

  @Test
  void aFullBlinkStillClosesTheEyes() {
    FaceModel m = RealFaceModel.get();
    FaceLod lod = FaceLod.of(m);
    GeneratorConfig look = ClipConfig.look(3, SIZE, 1, 7, Balance.PAPER, SceneConfig.studio());
    FaceStage full = stage(m, look, null);
    FaceStage coarse = stage(m, look, lod);
    float[] open = new float[m.expressionCount()];
    float[] closed = open.clone();
    closed[m.expressionIndex("eyeBlink_L")] = 1f;
    closed[m.expressionIndex("eyeBlink_R")] = 1f;
    int shut = 0;
    for (IdentityPlan plan : DatasetPlan.create(look).identities()) {
      put(full, look, plan);
      put(coarse, look, plan);
      int[] eyes = new int[4];
      int i = 0;
      for (float[] w : List.of(open, closed)) {
        for (FaceStage s : List.of(full, coarse)) {
          s.setExpression(w, HeadPose.rest());
          eyes[i++] = eyePixels(s.clipFrame(0));
        }
      }
      assertThat(eyes[0]).as("open, full").isGreaterThan(100);
      assertThat(eyes[1]).as("open, LOD").isGreaterThan(eyes[0] * 9 / 10);
      System.out.printf("identity %d eyeball pixels: open %d (LOD %d), closed %d (LOD %d)%n", plan.id(), eyes[0],
          eyes[1], eyes[2], eyes[3]);
      // A full blink closes every identity's lids on the full mesh (BlinkClosure: at most 1 % of
      // the open eye's pixels, a pixel or two at the corners; main's identity-independent blink
      // left slivers), and the LOD's too (the lid margins are boundaries the LOD keeps edge for
      // edge).
      assertThat(eyes[2]).as("closed, full").isLessThanOrEqualTo(eyes[0] / 100);
      assertThat(eyes[3]).as("closed, LOD (full: %d)", eyes[2]).isLessThanOrEqualTo(eyes[1] / 100);
      shut++;
    }
    assertThat(shut).as("identities whose blink shows (almost) no eyeball").isEqualTo(3);
  }

  /**
   * A 256 px clip frame drawn with the LOD against the full mesh's, over identities, scenes,
   * expressions and head poses: PSNR of the shaded frame, IoU of the face mask, landmarks.
   */
  @Test
  void lodFramesAreCloseToFullMeshFrames() {
    FaceModel m = RealFaceModel.get();
    FaceLod lod = FaceLod.of(m);
    AuRig rig = new AuRig(m.expressionNames(), IntensityCurve.facs());
    List<float[]> expressions = new ArrayList<>();
    expressions.add(new float[ActionUnit.values().length]);
    float[] pain = new float[ActionUnit.values().length];
    for (ActionUnit au : List.of(ActionUnit.AU4, ActionUnit.AU6, ActionUnit.AU7, ActionUnit.AU9, ActionUnit.AU10,
        ActionUnit.AU43)) {
      pain[au.ordinal()] = au.maxIntensity();
    }
    expressions.add(pain);
    float[] mouth = new float[ActionUnit.values().length];
    mouth[ActionUnit.AU27.ordinal()] = 4f;
    mouth[ActionUnit.AU20.ordinal()] = 3f;
    expressions.add(mouth);
    List<HeadPose> poses = List.of(HeadPose.rest(), new HeadPose(20, -8, 5));
    double worstPsnr = Double.MAX_VALUE;
    double worstIou = 1;
    int lodFrames = 0;
    int agreeAll = 0;
    for (SceneConfig scene : List.of(SceneConfig.studio(), SceneConfig.of(ScenePreset.VARIED))) {
      GeneratorConfig look = ClipConfig.look(4, SIZE, 1, 11, Balance.PAPER, scene);
      FaceStage full = stage(m, look, null);
      FaceStage coarse = stage(m, look, lod);
      for (IdentityPlan plan : DatasetPlan.create(look).identities()) {
        put(full, look, plan);
        put(coarse, look, plan);
        for (float[] aus : expressions) {
          float[] w = new float[m.expressionCount()];
          rig.weights(aus, w);
          for (HeadPose pose : poses) {
            full.setExpression(w, pose);
            coarse.setExpression(w, pose);
            RenderTarget a = full.clipFrame(3);
            int[] shadedA = a.shaded.clone();
            byte[] maskA = a.mask.clone();
            float[] landmarksA = a.landmarks.clone();
            RenderTarget b = coarse.clipFrame(3);
            if (coarse.faceMesh().equals(MeshDetail.LOD_MESH)) {
              lodFrames++;
            }
            double psnr = psnr(shadedA, b.shaded);
            worstPsnr = Math.min(worstPsnr, psnr);
            double iou = faceIou(maskA, b.mask);
            worstIou = Math.min(worstIou, iou);
            int agree = 0;
            for (int k = 0; k < FaceLandmarks.COUNT; k++) {
              assertThat(b.landmarks[4 * k]).isEqualTo(landmarksA[4 * k]);
              assertThat(b.landmarks[4 * k + 1]).isEqualTo(landmarksA[4 * k + 1]);
              agree += b.landmarks[4 * k + 3] == landmarksA[4 * k + 3] ? 1 : 0;
            }
            assertThat(agree).as("landmarks with the same visibility").isGreaterThanOrEqualTo(FaceLandmarks.COUNT - 6);
            agreeAll += agree;
            System.out.printf("LOD frame: %s identity %d pose %s: PSNR %.2f dB, face IoU %.4f, %d/68 visibility%n",
                scene.isStudio() ? "studio" : "varied", plan.id(), pose, psnr, iou, agree);
          }
        }
      }
    }
    System.out.printf("worst PSNR %.2f dB, worst IoU %.4f, landmark visibility agreement %.4f over %d LOD frames%n",
        worstPsnr, worstIou, agreeAll / (68.0 * 48), lodFrames);
    assertThat(lodFrames).isGreaterThan(30);
    // 31 dB before the studio's camera tone curve, whose mid-tone slope of 1.25 scales every
    // difference up by as much (-1.9 dB): worst 30.8 dB in the studio since, 33.6 in varied scenes
    assertThat(worstPsnr).isGreaterThanOrEqualTo(30);
    assertThat(worstIou).isGreaterThanOrEqualTo(0.99);
  }

  /**
   * Small clip frames paint the skin on a 256-texel tile ({@link ClipConfig#skinTexels}): against
   * the 512-texel tile, on the same LOD, over identities, scenes, expressions and head poses, the
   * geometry is the same (mask and landmarks equal), the shaded frame stays close, and what the
   * pain expression changes in the face (wrinkles included) keeps its size.
   */
  @Test
  void smallFrameSkinTextureIsCloseToTheFullTexture() {
    FaceModel m = RealFaceModel.get();
    FaceLod lod = FaceLod.of(m);
    AuRig rig = new AuRig(m.expressionNames(), IntensityCurve.facs());
    float[] pain = new float[ActionUnit.values().length];
    for (ActionUnit au : List.of(ActionUnit.AU4, ActionUnit.AU6, ActionUnit.AU7, ActionUnit.AU9, ActionUnit.AU10,
        ActionUnit.AU43)) {
      pain[au.ordinal()] = au.maxIntensity();
    }
    float[] neutralWeights = new float[m.expressionCount()];
    float[] painWeights = new float[m.expressionCount()];
    rig.weights(new float[ActionUnit.values().length], neutralWeights);
    rig.weights(pain, painWeights);
    double worstPsnr = Double.MAX_VALUE;
    double worstChangeRatio = 1;
    for (SceneConfig scene : List.of(SceneConfig.studio(), SceneConfig.of(ScenePreset.VARIED))) {
      GeneratorConfig look = ClipConfig.look(4, SIZE, 1, 11, Balance.PAPER, scene);
      FaceStage full = stage(m, look, lod, IdentityScene.SKIN_TEXTURE_SIZE);
      FaceStage small = stage(m, look, lod, IdentityScene.SMALL_FRAME_SKIN_TEXTURE_SIZE);
      assertThat(small.skinTexels()).isEqualTo(IdentityScene.SMALL_FRAME_SKIN_TEXTURE_SIZE);
      for (IdentityPlan plan : DatasetPlan.create(look).identities()) {
        put(full, look, plan);
        put(small, look, plan);
        for (HeadPose pose : List.of(HeadPose.rest(), new HeadPose(20, -8, 5))) {
          int[][] frames = new int[4][];
          int k = 0;
          for (float[] w : List.of(neutralWeights, painWeights)) {
            full.setExpression(w, pose);
            small.setExpression(w, pose);
            RenderTarget a = full.clipFrame(3);
            frames[k++] = a.shaded.clone();
            byte[] maskA = a.mask.clone();
            float[] landmarksA = a.landmarks.clone();
            RenderTarget b = small.clipFrame(3);
            frames[k++] = b.shaded.clone();
            assertThat(b.mask).isEqualTo(maskA);
            assertThat(b.landmarks).isEqualTo(landmarksA);
            double psnr = psnr(frames[k - 2], frames[k - 1]);
            worstPsnr = Math.min(worstPsnr, psnr);
            System.out.printf("skin texels: %s identity %d pose %s: PSNR %.2f dB%n",
                scene.isStudio() ? "studio" : "varied", plan.id(), pose, psnr);
          }
          // What the pain expression changes, 512 texels (frames 0, 2) against 256 (1, 3).
          double changeFull = ImageDiffs.meanAbsolute(frames[0], frames[2]);
          double changeSmall = ImageDiffs.meanAbsolute(frames[1], frames[3]);
          double ratio = changeSmall / changeFull;
          System.out.printf("  pain change: %.3f (512 texels), %.3f (256), ratio %.3f%n", changeFull, changeSmall,
              ratio);
          worstChangeRatio = Math.min(worstChangeRatio, Math.min(ratio, 1 / ratio));
        }
      }
    }
    System.out.printf("worst PSNR %.2f dB, worst pain-change ratio %.3f%n", worstPsnr, worstChangeRatio);
    assertThat(worstPsnr).isGreaterThanOrEqualTo(33);
    assertThat(worstChangeRatio).isGreaterThanOrEqualTo(0.9);
  }

  /**
   * Face masks and tape ride on the skin: with the LOD face their vertices land exactly where
   * the full mesh puts them (the followed vertices and their normals come from the whole
   * mesh), and the frames stay close, over scenes with such props, expressions and head poses.
   */
  @Test
  void propsOnTheSkinFollowTheFullMeshWithTheLod() {
    FaceModel m = RealFaceModel.get();
    FaceLod lod = FaceLod.of(m);
    AuRig rig = new AuRig(m.expressionNames(), IntensityCurve.facs());
    GeneratorConfig look = ClipConfig.look(1, SIZE, 1, 17, Balance.PAPER, SceneConfig.of(ScenePreset.BEDSIDE));
    ScenedStage full = (ScenedStage) stage(m, look, null);
    ScenedStage coarse = (ScenedStage) stage(m, look, lod);
    IdentityPlan plan = DatasetPlan.create(look).identities().get(0);
    float[] pain = new float[ActionUnit.values().length];
    for (ActionUnit au : List.of(ActionUnit.AU4, ActionUnit.AU6, ActionUnit.AU7, ActionUnit.AU9, ActionUnit.AU10,
        ActionUnit.AU43)) {
      pain[au.ordinal()] = au.maxIntensity();
    }
    float[] w = new float[m.expressionCount()];
    rig.weights(pain, w);
    int riding = 0;
    for (long sceneSeed = 0; sceneSeed < 40 && riding < 3; sceneSeed++) {
      long lookSeed = Seeds.derive(look.seed(), "look", plan.id());
      full.setIdentity(plan, look.look(), lookSeed, sceneSeed);
      coarse.setIdentity(plan, look.look(), lookSeed, sceneSeed);
      if (!full.props().hasFollowers()) {
        continue;
      }
      riding++;
      assertThat(coarse.faceMesh()).isEqualTo(MeshDetail.LOD_MESH);
      for (HeadPose pose : List.of(HeadPose.rest(), new HeadPose(20, -8, 5))) {
        full.setExpression(w, pose);
        coarse.setExpression(w, pose);
        RenderTarget a = full.clipFrame(0);
        int[] shadedA = a.shaded.clone();
        RenderTarget b = coarse.clipFrame(0);
        assertThat(coarse.props().mesh().positions()).as("scene %d, pose %s", sceneSeed, pose)
            .containsExactly(full.props().mesh().positions());
        double psnr = psnr(shadedA, b.shaded);
        System.out.printf("LOD frame with skin-riding props: scene %d pose %s: PSNR %.2f dB%n", sceneSeed, pose, psnr);
        assertThat(psnr).isGreaterThanOrEqualTo(31);
      }
    }
    assertThat(riding).as("scenes with a face mask or tape").isEqualTo(3);
  }

  /**
   * Clip frames pose only the vertices the LOD frame reads ({@link IdentityScene#lodVertices}):
   * the positions there and the rendered frame equal those of a full evaluation, for
   * identities with and without facial hair, over expressions, blinks and head poses.
   */
  @Test
  void posingOnlyTheLodsVerticesGivesTheSameFrames() {
    FaceModel m = RealFaceModel.get();
    FaceLod lod = FaceLod.of(m);
    AuRig rig = new AuRig(m.expressionNames(), IntensityCurve.facs());
    GeneratorConfig look = ClipConfig.look(6, SIZE, 1, 13, Balance.PAPER, SceneConfig.studio());
    IdentityScene scene = new IdentityScene(m, SIZE, 1);
    List<HeadPose> poses = List.of(HeadPose.rest(), new HeadPose(14, -6, 3), new HeadPose(-9, 4, -2));
    int followed = 0;
    for (IdentityPlan plan : DatasetPlan.create(look).identities()) {
      scene.setIdentity(plan, look.look(), Seeds.derive(look.seed(), "look", plan.id()));
      org.pain3d.render.Camera camera = scene.camera(org.pain3d.render.View.frontal());
      org.pain3d.face.VertexSubset subset = scene.lodVertices(lod);
      assertThat(subset.size()).isLessThan(m.vertexCount() / 2);
      followed += scene.look().hair().any() ? 1 : 0;
      for (int e = 0; e < 4; e++) {
        float[] aus = new float[ActionUnit.values().length];
        aus[ActionUnit.AU4.ordinal()] = e;
        aus[ActionUnit.AU43.ordinal()] = e == 2 ? ActionUnit.AU43.maxIntensity() : 0f;
        aus[ActionUnit.AU27.ordinal()] = e == 3 ? 4f : 0f;
        aus[ActionUnit.AU10.ordinal()] = e == 1 ? 2.5f : 0f;
        float[] w = new float[m.expressionCount()];
        rig.weights(aus, w);
        HeadPose pose = poses.get(e % poses.size());
        scene.setExpression(w, pose, lod);
        float[] part = scene.expressionPositions().clone();
        int[] partFrame = scene.renderExpression(camera, lod).shaded.clone();
        scene.setExpression(w, pose, null);
        float[] all = scene.expressionPositions();
        for (int v : subset.vertices()) {
          for (int c = 0; c < 3; c++) {
            assertThat(part[3 * v + c]).as("identity %d, expression %d, vertex %d", plan.id(), e, v)
                .isEqualTo(all[3 * v + c]);
          }
        }
        assertThat(scene.renderExpression(camera, lod).shaded).as("identity %d, expression %d", plan.id(), e)
            .isEqualTo(partFrame);
      }
    }
    assertThat(followed).as("identities with hair").isPositive();
  }

  private static FaceStage stage(FaceModel m, GeneratorConfig look, FaceLod lod) {
    return stage(m, look, lod, IdentityScene.SKIN_TEXTURE_SIZE);
  }

  private static FaceStage stage(FaceModel m, GeneratorConfig look, FaceLod lod, int skinTexels) {
    return FaceStage.create(m, look.sizePx(), look.superSample(), EnumSet.of(Pass.SHADED, Pass.MASK), look.scene(),
        look.views(), lod, skinTexels);
  }

  private static void put(FaceStage stage, GeneratorConfig look, IdentityPlan plan) {
    stage.setIdentity(plan, look.look(), Seeds.derive(look.seed(), "look", plan.id()),
        Seeds.derive(look.seed(), "lod-test-scene", plan.id()));
  }

  private static float[] posed(FaceModel m, AuRig rig, float[] aus) {
    float[] w = new float[m.expressionCount()];
    rig.weights(aus, w);
    float[] p = m.neutral();
    m.addExpressions(w, p);
    return p;
  }

  private static Set<Integer> used(FaceLod lod, int vertices) {
    Set<Integer> used = new HashSet<>();
    for (int v : lod.triangles()) {
      used.add(v);
    }
    assertThat(used).allMatch(v -> v >= 0 && v < vertices);
    return used;
  }

  private static Map<Long, Integer> edgeCounts(int[] t) {
    Map<Long, Integer> edges = new HashMap<>();
    for (int i = 0; i < t.length; i += 3) {
      for (int k = 0; k < 3; k++) {
        int a = t[i + k];
        int b = t[i + (k + 1) % 3];
        edges.merge((long) Math.min(a, b) << 32 | Math.max(a, b), 1, Integer::sum);
      }
    }
    return edges;
  }

  /** Pixels of the studio mask showing an eyeball (sclera or iris). */
  private static int eyePixels(RenderTarget t) {
    List<String> groups = RealFaceModel.get().topology().materials();
    int n = 0;
    for (byte code : t.mask) {
      if (code > 0) {
        if (code - 1 >= groups.size()) {
          continue; // hair
        }
        MaterialKind k = MaterialKind.ofGroup(groups.get(code - 1));
        n += k == MaterialKind.SCLERA || k == MaterialKind.IRIS ? 1 : 0;
      }
    }
    return n;
  }

  /** PSNR of two packed sRGB images over all three channels, dB (infinite when equal). */
  static double psnr(int[] a, int[] b) {
    double se = 0;
    for (int i = 0; i < a.length; i++) {
      for (int s = 0; s <= 16; s += 8) {
        double d = (a[i] >> s & 255) - (b[i] >> s & 255);
        se += d * d;
      }
    }
    double mse = se / (3.0 * a.length);
    return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255 * 255 / mse);
  }

  /** IoU of the labelled pixels: pixels where both masks carry the same non-zero label over those where either has one. */
  private static double faceIou(byte[] a, byte[] b) {
    int both = 0;
    int either = 0;
    for (int i = 0; i < a.length; i++) {
      both += a[i] != 0 && a[i] == b[i] ? 1 : 0;
      either += a[i] != 0 || b[i] != 0 ? 1 : 0;
    }
    return either == 0 ? 1 : both / (double) either;
  }
}
