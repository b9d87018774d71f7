package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Renders of the real ICT-FaceKit neutral face (skipped without PAIN3D_FACE_MODEL). */
@Tag("slow")
@Tag("realmodel")
class RealFaceRenderTest {
  private static RenderMesh neutral;

  @BeforeEach
  void load() {
    if (neutral != null) {
      return;
    }
    neutral = TestFaceModel.neutral();
  }

  private static Camera camera(View view, int size) {
    return Framing.defaults().camera(neutral.positions(), FaceLandmarks.ict68(), view, size, size);
  }

  @Test
  void meshHasTheExpectedTopology() {
    assertThat(neutral.vertexCount()).isEqualTo(26719);
    assertThat(neutral.triangleCount()).isBetween(52000, 53000);
    assertThat(neutral.groupNames()).hasSize(12).contains("M_Face", "M_ScleraLeft", "M_Teeth");
  }

  @Test
  void fastRasteriserAgreesWithTheReferenceOnTheRealMesh() {
    for (View view : new View[] {View.frontal(), View.yaw(-30), new View(30, 15, 5)}) {
      Camera cam = camera(view, 256);
      RasterOptions opts = FaceRenderer.faceOptions(neutral);
      FrameBuffer fast = new FrameBuffer(256, 256);
      FrameBuffer ref = new FrameBuffer(256, 256);
      new Rasterizer().rasterize(neutral, cam, opts, fast);
      new ReferenceRasterizer().rasterize(neutral, cam, opts, ref);
      int covered = 0;
      int coverageDiff = 0;
      int triangleDiff = 0;
      int farPoints = 0;
      for (int i = 0; i < fast.triangle.length; i++) {
        boolean a = fast.triangle[i] >= 0;
        boolean b = ref.triangle[i] >= 0;
        covered += a ? 1 : 0;
        if (a != b) {
          coverageDiff++;
        } else if (a) {
          if (fast.triangle[i] != ref.triangle[i]) {
            // A neighbour triangle (or, on a silhouette, the surface behind) won the sample.
            triangleDiff++;
            continue;
          }
          assertThat(Math.abs(fast.depth(i) - ref.depth(i))).isLessThan(0.05f);
          // The surface point seen agrees closely (barycentrics of sub-pixel triangles are
          // sensitive to the 1/256 px snapping, the point is not).
          double d = distance(surfacePoint(fast, i), surfacePoint(ref, i));
          assertThat(d).isLessThan(0.1);
          farPoints += d > 0.01 ? 1 : 0;
        }
      }
      assertThat(covered).isGreaterThan(10000);
      // Only samples within ~1/512 px of a silhouette edge may differ.
      assertThat(coverageDiff).as("coverage differences, view %s", view).isLessThan(covered / 500);
      assertThat(triangleDiff).as("triangle differences, view %s", view).isLessThan(covered / 100);
      assertThat(farPoints).as("surface points > 0.1 mm apart, view %s", view).isLessThan(covered / 200);
    }
  }

  @Test
  void faceFillsTheFrameWithAllLandmarksInside() {
    RenderTarget t = new RenderTarget(256, 256, 1, EnumSet.of(Pass.DEPTH, Pass.MASK));
    FaceRenderer r = new FaceRenderer();
    for (View view : new View[] {View.frontal(), View.yaw(-30), View.yaw(30)}) {
      r.render(neutral, camera(view, 256), null, null, t);
      int covered = 0;
      int face = 0;
      int faceLabel = neutral.groupIndex("M_Face") + 1;
      for (int i = 0; i < t.mask.length; i++) {
        covered += t.mask[i] != 0 ? 1 : 0;
        face += t.mask[i] == faceLabel ? 1 : 0;
      }
      assertThat(covered / (double) t.mask.length).as("covered fraction").isBetween(0.3, 0.85);
      assertThat(face / (double) t.mask.length).as("face fraction").isBetween(0.2, 0.7);
      // The border rows and columns are mostly background (head not cut off at the sides).
      int visible = 0;
      for (int k = 0; k < 68; k++) {
        float x = t.landmarks[4 * k];
        float y = t.landmarks[4 * k + 1];
        assertThat(x).isBetween(0.1f * 256, 0.9f * 256);
        assertThat(y).isBetween(0.1f * 256, 0.95f * 256);
        visible += t.landmarks[4 * k + 3] > 0 ? 1 : 0;
      }
      if (view.yawDeg() == 0) {
        StringBuilder hidden = new StringBuilder();
        for (int k = 0; k < 68; k++) {
          if (t.landmarks[4 * k + 3] == 0) {
            hidden.append(k).append(' ').append(t.landmarks[4 * k + 2]).append(' ')
                .append(t.frame.depth((int) t.landmarks[4 * k + 1] * 256 + (int) t.landmarks[4 * k])).append("; ");
          }
        }
        assertThat(visible).as(hidden.toString()).isEqualTo(68);
      } else {
        assertThat(visible).isBetween(50, 68);
      }
    }
  }

  @Test
  void framingGivesEveryIdentityTheSameFaceSizeInPixels() {
    org.pain3d.face.FaceModel model = TestFaceModel.model();
    RenderTarget t = new RenderTarget(256, 256, 1, EnumSet.of(Pass.MASK));
    FaceRenderer r = new FaceRenderer();
    double[] sizes = new double[4];
    double[] rawExtents = new double[4];
    for (int id = 0; id < sizes.length; id++) {
      float[] w = new org.pain3d.synth.IdentitySampler(model.identityCount(), 1.5).sample(100 + id);
      float[] pos = new float[3 * model.vertexCount()];
      model.evaluateIdentity(w, pos);
      RenderMesh m = RenderMesh.fromTopology(model.topology(), pos);
      Camera cam = Framing.defaults().camera(pos, FaceLandmarks.ict68(), View.frontal(), 256, 256);
      r.render(m, cam, null, null, t);
      // Face size in pixels: the landmarks' largest distance from the image centre; in cm
      // for comparison: the jaw width (0 to 16) plus the brow-to-chin height.
      double maxR = 0;
      for (int k = 0; k < 68; k++) {
        maxR = Math.max(maxR, Math.hypot(t.landmarks[4 * k] - 128, t.landmarks[4 * k + 1] - 128));
      }
      sizes[id] = maxR;
      int[] lm = FaceLandmarks.ict68();
      rawExtents[id] = (pos[3 * lm[16]] - pos[3 * lm[0]]) + (pos[3 * lm[19] + 1] - pos[3 * lm[8] + 1]);
    }
    double minS = java.util.Arrays.stream(sizes).min().orElseThrow();
    double maxS = java.util.Arrays.stream(sizes).max().orElseThrow();
    double minR = java.util.Arrays.stream(rawExtents).min().orElseThrow();
    double maxR = java.util.Arrays.stream(rawExtents).max().orElseThrow();
    // The identities differ in size by several percent; framed, they fill the image alike.
    assertThat(maxR / minR).isGreaterThan(1.04);
    assertThat(maxS / minS).isLessThan(1.03);
  }

  @Test
  void frontalLandmarksAreMirrorSymmetric() {
    RenderTarget t = new RenderTarget(256, 256, 1, EnumSet.of(Pass.MASK));
    new FaceRenderer().render(neutral, camera(View.frontal(), 256), null, null, t);
    // Jaw point 0 (subject's right) is on the image left, point 16 on the right, mirrored.
    assertThat(t.landmarks[0]).isLessThan(128);
    assertThat(t.landmarks[4 * 16]).isGreaterThan(128);
    assertThat(t.landmarks[0] + t.landmarks[4 * 16]).isCloseTo(256f, org.assertj.core.api.Assertions.within(0.5f));
    // Chin (8) below the nose tip (30), brows (19, 24) above the eyes (37, 44).
    assertThat(t.landmarks[4 * 8 + 1]).isGreaterThan(t.landmarks[4 * 30 + 1]);
    assertThat(t.landmarks[4 * 19 + 1]).isLessThan(t.landmarks[4 * 37 + 1]);
  }

  @Test
  void shadedFaceHasRedderLipsDarkerBrowsAndDarkPupils() {
    int size = 256;
    Appearance app = Appearance.defaults(SkinTone.LIGHT);
    Shader shader = new Shader(neutral, app, SkinTexture.bake(neutral, skinGroups(neutral), app, 512));
    RenderTarget t = new RenderTarget(size, size, 1, EnumSet.of(Pass.SHADED));
    new FaceRenderer().render(neutral, camera(View.frontal(), size), shader, null, t);
    // Upper lip (between 51 and 62) vs the cheek halfway between the nose wing (31) and the jaw (3).
    int lip = pixelAt(t, (t.landmarks[4 * 51] + t.landmarks[4 * 62]) / 2,
        (t.landmarks[4 * 51 + 1] + t.landmarks[4 * 62 + 1]) / 2);
    int cheek = pixelAt(t, (t.landmarks[4 * 31] + t.landmarks[4 * 3]) / 2,
        (t.landmarks[4 * 31 + 1] + t.landmarks[4 * 3 + 1]) / 2);
    assertThat(redness(lip)).isGreaterThan(redness(cheek) + 0.05);
    // Brow (19) vs the forehead above it.
    int brow = pixelAt(t, t.landmarks[4 * 19], t.landmarks[4 * 19 + 1] + 1);
    int forehead = pixelAt(t, t.landmarks[4 * 19], t.landmarks[4 * 19 + 1] - 15);
    assertThat(luma(brow)).isLessThan(0.7 * luma(forehead));
    // Pupil: the middle of the right eye (landmarks 36..41) is dark.
    float ex = 0;
    float ey = 0;
    for (int k = 36; k <= 41; k++) {
      ex += t.landmarks[4 * k] / 6;
      ey += t.landmarks[4 * k + 1] / 6;
    }
    assertThat(luma(pixelAt(t, ex, ey))).isLessThan(0.5 * luma(cheek));
  }

  private static int pixelAt(RenderTarget t, float x, float y) {
    return t.shaded[(int) y * t.width + (int) x];
  }

  private static double luma(int rgb) {
    return 0.299 * (rgb >> 16 & 255) + 0.587 * (rgb >> 8 & 255) + 0.114 * (rgb & 255);
  }

  private static double redness(int rgb) {
    double sum = (rgb >> 16 & 255) + (rgb >> 8 & 255) + (rgb & 255) + 1e-9;
    return (rgb >> 16 & 255) / sum;
  }

  @Test
  void writesAContactSheetForVisualChecks() throws IOException {
    int size = 256;
    Appearance app = Appearance.defaults(SkinTone.MEDIUM);
    SkinTexture tex = SkinTexture.bake(neutral, skinGroups(neutral), app, 512);
    Shader shader = new Shader(neutral, app, tex);
    RenderTarget t = new RenderTarget(size, size, 2, EnumSet.of(Pass.SHADED, Pass.MASK, Pass.HEATMAP));
    FaceRenderer r = new FaceRenderer();
    RenderMesh pain = neutral.withPositionsCopy();
    pain.setPositions(TestFaceModel.withAus("AU4=4,AU7=4,AU9=4,AU10=2,AU6=3"));
    View[] views = {View.yaw(-30), View.frontal(), View.yaw(30)};
    ContactSheet sheet = new ContactSheet(2, 4, size, size, 4, 0x202020);
    for (int v = 0; v < views.length; v++) {
      Camera cam = camera(views[v], size);
      r.render(neutral, cam, shader, neutral.positions(), t);
      sheet.put(0, v, t.shaded);
      r.render(pain, cam, shader, neutral.positions(), t);
      sheet.put(1, v, t.shaded);
    }
    r.render(pain, camera(View.frontal(), size), shader, neutral.positions(), t);
    int[] heat = new int[size * size];
    PainHeatmap.colourise(t.heatmapMm, t.mask, HeatmapScale.defaults(), 0, heat);
    sheet.put(0, 3, heat);
    Path dir = Path.of("target", "render-check");
    Files.createDirectories(dir);
    try (PngWriter png = PngWriter.fast(); OutputStream out = Files.newOutputStream(dir.resolve("contact_sheet.png"))) {
      png.writeRgb(sheet.pixels(), sheet.width(), sheet.height(), out);
    }
    assertThat(dir.resolve("contact_sheet.png")).exists();
  }

  private static double[] surfacePoint(FrameBuffer fb, int i) {
    int t = fb.triangle[i];
    float[] p = neutral.positions();
    int[] tri = neutral.triangles();
    double[] w = {1 - fb.bary1[i] - fb.bary2[i], fb.bary1[i], fb.bary2[i]};
    double[] out = new double[3];
    for (int k = 0; k < 3; k++) {
      for (int c = 0; c < 3; c++) {
        out[c] += w[k] * p[3 * tri[3 * t + k] + c];
      }
    }
    return out;
  }

  private static double distance(double[] a, double[] b) {
    return Math.sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1])
        + (a[2] - b[2]) * (a[2] - b[2]));
  }

  static boolean[] skinGroups(RenderMesh mesh) {
    boolean[] skin = new boolean[mesh.groupNames().size()];
    for (int g = 0; g < skin.length; g++) {
      skin[g] = MaterialKind.ofGroup(mesh.groupNames().get(g)) == MaterialKind.SKIN;
    }
    return skin;
  }
}
