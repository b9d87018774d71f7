package org.pain3d.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pain3d.au.AuIntensities;
import org.pain3d.au.AuRig;
import org.pain3d.au.IntensityCurve;
import org.pain3d.face.FaceModel;
import org.pain3d.io.Json;
import org.pain3d.render.Appearance;
import org.pain3d.render.Camera;
import org.pain3d.render.FaceLandmarks;
import org.pain3d.render.MaterialKind;
import org.pain3d.render.Framing;
import org.pain3d.render.Pass;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.SkinTone;
import org.pain3d.render.VertexNormals;
import org.pain3d.render.View;
import org.pain3d.render.scene.GarmentType;
import org.pain3d.render.scene.ItemClass;
import org.pain3d.render.scene.PropLook;
import org.pain3d.render.scene.PropMaterial;
import org.pain3d.render.scene.PropSet;
import org.pain3d.render.scene.SceneStage;
import org.pain3d.synth.scene.SceneDraw;
import org.pain3d.synth.scene.SceneModelData;
import org.pain3d.synth.scene.ScenePreset;
import org.pain3d.synth.scene.SceneRanges;
import org.pain3d.synth.scene.SceneSampler;
import org.pain3d.testing.RealFaceModel;

/**
 * Scenes on the real ICT-FaceKit head: every item's mask class, landmarks flagged where an
 * item covers them (checked by casting rays against the props), and the face still visible
 * under the extremes of the lighting ranges.
 */
@Tag("slow")
@Tag("realmodel")
class SceneRealModelTest {
  private static final int SIZE = 192;
  private static FaceModel model;
  private static SceneModelData data;

  @BeforeAll
  static void load() {
    model = RealFaceModel.get();
    data = SceneModelData.of(model);
  }

  /** The varied preset with a JSON override, every degradation and camera jitter off. */
  private static SceneRanges ranges(String override) throws IOException {
    String still = "\"camera\": {\"yaw_jitter_deg\": [0, 0], \"pitch_jitter_deg\": [0, 0], \"roll_jitter_deg\": [0, 0],"
        + " \"lying_pitch_deg\": [0, 0], \"lying_roll_deg\": [0, 0], \"fov_deg\": [20, 20], \"face_fill\": [0.6, 0.6],"
        + " \"offset\": [0, 0], \"noise_rate\": 0, \"jpeg_rate\": 0, \"motion_blur_rate\": 0, \"defocus_rate\": 0}";
    SceneRanges r = ScenePreset.VARIED.ranges().withOverrides(Json.mapper().readTree("{" + still + "}"));
    return r.withOverrides(Json.mapper().readTree(override));
  }

  /** One identity (the mean face unless given) on stage. */
  private static final class Staged {
    final IdentityScene face = new IdentityScene(model, SIZE, 1);
    final SceneStage stage = new SceneStage();
    final SceneDraw draw;
    final PropSet props;

    Staged(SceneRanges r, List<View> views, long seed) {
      this(r, views, seed, new float[model.identityCount()]);
    }

    Staged(SceneRanges r, List<View> views, long seed, float[] identityWeights) {
      Appearance app = Appearance.defaults(SkinTone.MEDIUM);
      face.setIdentity(identityWeights, app);
      draw = SceneSampler.draw(ScenePreset.VARIED, r, null, views, SIZE, seed);
      props = PropSet.build(draw.props(), face.neutralMesh(), data.anchors().orElseThrow(), seed);
      stage.setIdentity(face.neutralMesh(), face.neutralMesh(), face.shader(), app.specular(), data.ambientOcclusion(),
          props, new PropLook(draw.props(), seed), draw.lighting());
      stage.setPose();
    }

    Camera camera(int v) {
      return new Framing(20, 0.6, 0.1, 1.0).camera(face.neutralPositions(), model.landmarks(),
          draw.views().get(v).view(), SIZE, SIZE);
    }

    RenderTarget render(int v) {
      return render(camera(v));
    }

    RenderTarget render(Camera camera) {
      RenderTarget t = new RenderTarget(SIZE, SIZE, 1, EnumSet.of(Pass.SHADED, Pass.MASK));
      int[] bg = new int[SIZE * SIZE];
      stage.render(camera, bg, t, false);
      return t;
    }
  }

  private static Set<Integer> codes(Staged s, int views) {
    Set<Integer> out = new TreeSet<>();
    for (int v = 0; v < views; v++) {
      for (byte b : s.render(v).mask) {
        out.add(b & 255);
      }
    }
    return out;
  }

  @Test
  void masksCarryEveryItemClass() throws IOException {
    List<View> views = List.of(View.frontal(), View.yaw(50), View.yaw(-50));
    Set<Integer> a = codes(new Staged(ranges("{\"body\": {\"lying_rate\": 0}, \"accessories\": {\"glasses_rate\": 1,"
        + " \"tinted_lens_rate\": 1, \"earrings_rate\": 1, \"headwear_rate\": 1, \"headwear\": {\"cap\": 1,"
        + " \"headscarf\": 0, \"hospital_cap\": 0}, \"nasal_cannula_rate\": 1, \"oxygen_mask_rate\": 0,"
        + " \"face_mask_rate\": 0, \"medical_tape_rate\": 1}}"), views, 3), 3);
    Set<Integer> b = codes(new Staged(ranges("{\"body\": {\"lying_rate\": 1}, \"accessories\": {\"glasses_rate\": 0,"
        + " \"earrings_rate\": 0, \"headwear_rate\": 1, \"headwear\": {\"cap\": 0, \"headscarf\": 1,"
        + " \"hospital_cap\": 0}, \"nasal_cannula_rate\": 0, \"oxygen_mask_rate\": 1, \"face_mask_rate\": 0,"
        + " \"medical_tape_rate\": 0}}"), views, 4), 3);
    Set<Integer> c = codes(new Staged(ranges("{\"body\": {\"lying_rate\": 0}, \"accessories\": {\"glasses_rate\": 0,"
        + " \"earrings_rate\": 0, \"headwear_rate\": 0, \"nasal_cannula_rate\": 0, \"oxygen_mask_rate\": 0,"
        + " \"face_mask_rate\": 1, \"medical_tape_rate\": 0}}"), views, 5), 3);
    Set<Integer> all = new TreeSet<>(a);
    all.addAll(b);
    all.addAll(c);
    for (ItemClass k : ItemClass.values()) {
      if (k == ItemClass.BODY_SKIN) {
        // Reserved: the garment covers the body below the face model's neck.
        assertThat(all).as(k.name()).doesNotContain(k.code());
      } else {
        assertThat(all).as(k.name()).contains(k.code());
      }
    }
    assertThat(a).contains(ItemClass.GLASSES.code(), ItemClass.TINTED_LENS.code(), ItemClass.EARRING.code(),
        ItemClass.HEADWEAR.code(), ItemClass.NASAL_CANNULA.code(), ItemClass.MEDICAL_TAPE.code());
    assertThat(b).contains(ItemClass.PILLOW.code(), ItemClass.OXYGEN_MASK.code(), ItemClass.HEADWEAR.code());
    assertThat(c).contains(ItemClass.FACE_MASK.code(), ItemClass.GARMENT.code());
  }

  /**
   * Every garment hides the face model's skin below its neckline (ICT-FaceKit's neck flares
   * into the tops of the shoulders and the chest above the loop where the torso starts, which
   * was left bare) and leaves the neck above the neckline open: on the mean head and two
   * sampled ones, frontally and from 30 degrees, the face-model skin vertices that face the
   * camera are projected into the mask; those 0.6 cm or more below the neckline (outside a
   * collared shirt's V) must show the garment, those 1 cm or more above it in front (the
   * throat, in the collar's opening) the skin. Without the yoke 86 % of the first showed.
   */
  @Test
  void garmentsCoverTheNeckBaseBelowTheirNeckline() throws IOException {
    RenderMesh mean = RenderMesh.fromTopology(model.topology(), model.neutral().clone());
    int[] loop = data.anchors().orElseThrow().neckLoop();
    MaterialKind[] kinds = MaterialKind.ofTriangles(mean);
    boolean[] skin = new boolean[mean.vertexCount()];
    int[] tris = mean.triangles();
    for (int t = 0; t < kinds.length; t++) {
      for (int k = 0; k < 3 && kinds[t] == MaterialKind.SKIN; k++) {
        skin[tris[3 * t + k]] = true;
      }
    }
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(12);
    List<float[]> identities = new ArrayList<>();
    identities.add(new float[model.identityCount()]);
    for (int i = 0; i < 2; i++) {
      float[] w = new float[model.identityCount()];
      for (int k = 0; k < w.length; k++) {
        w[k] = (float) (0.8 * rnd.nextGaussian());
      }
      identities.add(w);
    }
    List<View> views = List.of(View.frontal(), View.yaw(30));
    for (GarmentType type : GarmentType.values()) {
      SceneRanges r = ranges("{\"body\": {\"lying_rate\": 0, \"garments\": {\"hospital_gown\": "
          + (type == GarmentType.HOSPITAL_GOWN ? 1 : 0) + ", \"t_shirt\": " + (type == GarmentType.T_SHIRT ? 1 : 0)
          + ", \"collared_shirt\": " + (type == GarmentType.COLLARED_SHIRT ? 1 : 0) + ", \"sweater\": "
          + (type == GarmentType.SWEATER ? 1 : 0) + "}}, \"accessories\": {\"glasses_rate\": 0,"
          + " \"earrings_rate\": 0, \"headwear_rate\": 0, \"nasal_cannula_rate\": 0, \"oxygen_mask_rate\": 0,"
          + " \"face_mask_rate\": 0, \"medical_tape_rate\": 0}}");
      int[] below = new int[2];
      int[] above = new int[2];
      for (int i = 0; i < identities.size(); i++) {
        Staged s = new Staged(r, views, 20 + i, identities.get(i));
        assertThat(s.draw.props().garment().type()).isEqualTo(type);
        float[] p = s.face.neutralPositions();
        float[] normals = new float[p.length];
        VertexNormals.compute(p, s.face.neutralMesh().triangles(), normals);
        double cx = 0;
        double cz = 0;
        for (int v : loop) {
          cx += p[3 * v] / loop.length;
          cz += p[3 * v + 2] / loop.length;
        }
        double chin = p[3 * model.landmarks()[8] + 1];
        for (int vi = 0; vi < views.size(); vi++) {
          Camera cam = new Framing(20, 0.3, 0.1, 1.0).camera(p, model.landmarks(), views.get(vi), SIZE, SIZE);
          byte[] mask = s.render(cam).mask;
          double[] eye = cam.eye();
          double[] px = new double[3];
          for (int v = 0; v < skin.length; v++) {
            double x = p[3 * v];
            double y = p[3 * v + 1];
            double z = p[3 * v + 2];
            double phi = Math.atan2(x - cx, z - cz);
            double neckline = chin - type.necklineDepthCm(phi);
            double ex = eye[0] - x;
            double ey = eye[1] - y;
            double ez = eye[2] - z;
            double facing = (normals[3 * v] * ex + normals[3 * v + 1] * ey + normals[3 * v + 2] * ez)
                / Math.sqrt(ex * ex + ey * ey + ez * ez);
            if (!skin[v] || facing < 0.3 || y > chin - 1) {
              continue;
            }
            boolean covered = y < neckline - 0.6 && type.necklineOpening(phi) >= 1;
            boolean open = y > neckline + 1 && Math.cos(phi) > 0.9;
            if (!covered && !open) {
              continue;
            }
            cam.project(x, y, z, px);
            int ix = (int) px[0];
            int iy = (int) px[1];
            if (ix < 0 || iy < 0 || ix >= SIZE || iy >= SIZE) {
              continue;
            }
            int code = mask[iy * SIZE + ix] & 255;
            boolean faceSkin = code > 0 && code < ItemClass.BODY_SKIN.code();
            int[] tally = covered ? below : above;
            tally[0] += faceSkin ? 1 : 0;
            tally[1]++;
          }
        }
      }
      assertThat(below[1]).as("%s: skin vertices checked below the neckline", type).isGreaterThan(200);
      assertThat(above[1]).as("%s: skin vertices checked above the neckline", type).isGreaterThan(50);
      assertThat(below[0] / (double) below[1]).as("%s: share of skin below the neckline that shows", type)
          .isLessThan(0.03);
      assertThat(above[0] / (double) above[1]).as("%s: share of the throat above the neckline that shows", type)
          .isGreaterThan(0.9);
    }
  }

  /**
   * A collared shirt's V shows the chest without slivers of cloth down its middle: its
   * shortest columns, near the V's bottom, cast their rays towards horizontal (tilted along
   * their chords' normals they went down onto the neck and chin, and the yoke's triangles from
   * those hits cut through the skin up the V as a dashed line of cloth). On six sampled heads,
   * frontally and from +-30 degrees, no garment pixel within 3 pixels of the front midline
   * (from the chin to the front of the neck loop, projected) has face skin both left and right
   * of it. Before the fix the first head showed 4 such pixels from 30 degrees. (Gaps of skin
   * between the collar's front ends and the V's upper corners lie off the midline and are not
   * counted: they are still drawn, docs/scenes.md.)
   */
  @Test
  void aCollaredShirtsVShowsNoSliversOfClothDownItsMiddle() throws IOException {
    SceneRanges r = ranges("{\"body\": {\"lying_rate\": 0, \"garments\": {\"hospital_gown\": 0, \"t_shirt\": 0,"
        + " \"collared_shirt\": 1, \"sweater\": 0}}, \"accessories\": {\"glasses_rate\": 0, \"earrings_rate\": 0,"
        + " \"headwear_rate\": 0, \"nasal_cannula_rate\": 0, \"oxygen_mask_rate\": 0, \"face_mask_rate\": 0,"
        + " \"medical_tape_rate\": 0}}");
    List<View> views = List.of(View.frontal(), View.yaw(30), View.yaw(-30));
    int[] loop = data.anchors().orElseThrow().neckLoop();
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(2);
    int checked = 0;
    for (int i = 0; i < 6; i++) {
      float[] w = new float[model.identityCount()];
      for (int k = 0; k < w.length; k++) {
        w[k] = (float) rnd.nextGaussian();
      }
      Staged s = new Staged(r, views, 40 + i, w);
      float[] p = s.face.neutralPositions();
      int front = loop[0];
      for (int v : loop) {
        front = p[3 * v + 2] > p[3 * front + 2] ? v : front;
      }
      int chin = model.landmarks()[8];
      for (int v = 0; v < views.size(); v++) {
        Camera cam = new Framing(20, 0.3, 0.1, 1.0).camera(p, model.landmarks(), views.get(v), SIZE, SIZE);
        byte[] mask = s.render(cam).mask;
        double[] top = new double[3];
        double[] bottom = new double[3];
        cam.project(p[3 * chin], p[3 * chin + 1], p[3 * chin + 2], top);
        cam.project(p[3 * front], p[3 * front + 1], p[3 * front + 2], bottom);
        int slivers = 0;
        for (int y = (int) Math.ceil(top[1]); y <= (int) bottom[1] && y < SIZE; y++) {
          double mid = top[0] + (bottom[0] - top[0]) * (y - top[1]) / (bottom[1] - top[1]);
          for (int x = Math.max(1, (int) mid - 3); x <= Math.min(SIZE - 2, (int) mid + 3); x++) {
            checked++;
            if ((mask[y * SIZE + x] & 255) == ItemClass.GARMENT.code() && faceSkin(mask[y * SIZE + x - 1])
                && faceSkin(mask[y * SIZE + x + 1])) {
              slivers++;
            }
          }
        }
        assertThat(slivers).as("head %d, view %d: garment pixels between skin pixels on the midline", i, v).isZero();
      }
    }
    assertThat(checked).isGreaterThan(6 * 3 * 7 * 20);
  }

  private static boolean faceSkin(byte code) {
    int c = code & 255;
    return c > 0 && c < ItemClass.BODY_SKIN.code();
  }

  @Test
  void aHeadscarfWrapsTheNeckAndLeavesTheFaceOpen() throws IOException {
    Staged s = new Staged(ranges("{\"body\": {\"lying_rate\": 0}, \"accessories\": {\"glasses_rate\": 0,"
        + " \"earrings_rate\": 0, \"headwear_rate\": 1, \"headwear\": {\"cap\": 0, \"headscarf\": 1,"
        + " \"hospital_cap\": 0}, \"nasal_cannula_rate\": 0, \"oxygen_mask_rate\": 0, \"face_mask_rate\": 0,"
        + " \"medical_tape_rate\": 0}}"), List.of(View.frontal()), 6);
    Camera cam = s.camera(0);
    byte[] mask = s.render(0).mask;
    float[] p = s.face.neutralPositions();
    int[] lm = FaceLandmarks.ict68();
    double[] chin = new double[3];
    cam.project(p[3 * lm[8]], p[3 * lm[8] + 1], p[3 * lm[8] + 2], chin);
    int headwear = ItemClass.HEADWEAR.code();
    // The throat: a strip 3..25 px below the chin, +-8 px about its column, is cloth.
    int covered = 0;
    int strip = 0;
    for (int y = (int) chin[1] + 3; y <= (int) chin[1] + 25 && y < SIZE; y++) {
      for (int x = (int) chin[0] - 8; x <= (int) chin[0] + 8; x++) {
        strip++;
        covered += (mask[y * SIZE + x] & 255) == headwear ? 1 : 0;
      }
    }
    assertThat(covered).as("throat pixels under the headscarf").isGreaterThan(strip * 9 / 10);
    // The face stays open: nose, mouth, eyes and brows are not cloth.
    for (int k : new int[] {19, 24, 30, 36, 45, 51, 57, 62}) {
      double[] q = new double[3];
      cam.project(p[3 * lm[k]], p[3 * lm[k] + 1], p[3 * lm[k] + 2], q);
      assertThat(mask[(int) q[1] * SIZE + (int) q[0]] & 255).as("landmark %d", k).isNotEqualTo(headwear);
    }
  }

  /**
   * The headscarf is one sheet (hood and drape joined where the drape hangs from the hood)
   * whose only edges are the face opening and the hem; seen from the front, no garment shows
   * through it between the chin and the frame's bottom.
   */
  @Test
  void aHeadscarfIsOneSheetFromTheFaceOpeningToTheHem() throws IOException {
    // The mean face, and faces 2.5 standard deviations out in random directions of the identity
    // space (their garments drawn by the seed: collared shirts, sweaters, gowns and T-shirts).
    for (long seed : new long[] {6, 11, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 14, 15}) {
      boolean extreme = seed != 6 && seed != 11;
      float[] weights = new float[model.identityCount()];
      java.util.Random rnd = new java.util.Random(seed);
      for (int k = 0; extreme && k < weights.length; k++) {
        weights[k] = (float) (2.5 * rnd.nextGaussian());
      }
      Staged s = new Staged(ranges("{\"body\": {\"lying_rate\": 0}, \"accessories\": {\"glasses_rate\": 0,"
          + " \"earrings_rate\": 0, \"headwear_rate\": 1, \"headwear\": {\"cap\": 0, \"headscarf\": 1,"
          + " \"hospital_cap\": 0}, \"nasal_cannula_rate\": 0, \"oxygen_mask_rate\": 0, \"face_mask_rate\": 0,"
          + " \"medical_tape_rate\": 0}}"), List.of(View.frontal(), View.yaw(40), View.yaw(-40)), seed, weights);
      float[] p = s.face.neutralPositions();
      int[] lm = FaceLandmarks.ict68();
      double browY = Math.max(p[3 * lm[19] + 1], p[3 * lm[24] + 1]);
      double mouthY = p[3 * lm[57] + 1];
      List<List<Integer>> loops = boundaryLoops(s.props.mesh(), PropMaterial.HEADWEAR);
      // Two loops per side (the sheet is double-sided): the face opening, round the face from
      // above the brows to below the mouth, and the hem, nowhere as high as the mouth.
      float[] q = s.props.mesh().positions();
      assertThat(loops).as("seed %d: edges of the headscarf", seed).hasSize(4);
      int face = 0;
      int hem = 0;
      for (List<Integer> loop : loops) {
        double top = -Double.MAX_VALUE;
        double bottom = Double.MAX_VALUE;
        for (int v : loop) {
          top = Math.max(top, q[3 * v + 1]);
          bottom = Math.min(bottom, q[3 * v + 1]);
        }
        face += top > browY && bottom < mouthY ? 1 : 0;
        hem += top < mouthY ? 1 : 0;
      }
      assertThat(face).as("seed %d: face-opening edges", seed).isEqualTo(2);
      assertThat(hem).as("seed %d: hems", seed).isEqualTo(2);
      // The cheeks stay open: no face-opening column hangs from the hood's edge across them.
      byte[] front = s.render(0).mask;
      Camera cam = s.camera(0);
      for (int[] pair : new int[][] {{36, 2}, {45, 14}, {48, 4}, {54, 12}, {31, 3}, {35, 13}}) {
        double[] cheek = new double[3];
        cam.project(0.5f * (p[3 * lm[pair[0]]] + p[3 * lm[pair[1]]]), 0.5f * (p[3 * lm[pair[0]] + 1]
            + p[3 * lm[pair[1]] + 1]), 0.5f * (p[3 * lm[pair[0]] + 2] + p[3 * lm[pair[1]] + 2]), cheek);
        assertThat(front[(int) cheek[1] * SIZE + (int) cheek[0]] & 255).as("seed %d: cheek between landmarks %d and %d", seed,
            pair[0], pair[1]).isNotEqualTo(ItemClass.HEADWEAR.code());
      }
      for (int v = 0; v < 3; v++) {
        // A few pixels between the folds of an uneven hem (seed 12) are not the garment showing
        // through; the hem 0.3 cm over the neck's base with 1 cm of clearance gave 22 there.
        assertThat(garmentInsideScarf(s, v, p, lm)).as("seed %d, view %d: garment pixels inside the headscarf below"
            + " the chin", seed, v).isLessThanOrEqualTo(10);
      }
    }
  }

  /**
   * Garment pixels below the chin enclosed by the headscarf: headwear on their left and right in
   * their row and above and below in their column, more than {@link #HEM_PX} above the column's
   * lowest headwear pixel (garment showing through the cloth, not between the folds of its hem).
   */
  private static final int HEM_PX = SIZE / 24;

  private static int garmentInsideScarf(Staged s, int view, float[] p, int[] lm) {
    Camera cam = s.camera(view);
    byte[] mask = s.render(view).mask;
    double[] chin = new double[3];
    cam.project(p[3 * lm[8]], p[3 * lm[8] + 1], p[3 * lm[8] + 2], chin);
    int headwear = ItemClass.HEADWEAR.code();
    int[] left = new int[SIZE];
    int[] right = new int[SIZE];
    int[] top = new int[SIZE];
    int[] bottom = new int[SIZE];
    java.util.Arrays.fill(left, SIZE);
    java.util.Arrays.fill(right, -1);
    java.util.Arrays.fill(top, SIZE);
    java.util.Arrays.fill(bottom, -1);
    for (int y = 0; y < SIZE; y++) {
      for (int x = 0; x < SIZE; x++) {
        if ((mask[y * SIZE + x] & 255) == headwear) {
          left[y] = Math.min(left[y], x);
          right[y] = x;
          top[x] = Math.min(top[x], y);
          bottom[x] = y;
        }
      }
    }
    int through = 0;
    for (int y = Math.max(0, (int) chin[1] + 2); y < SIZE; y++) {
      for (int x = left[y] + 1; x < right[y]; x++) {
        through += (mask[y * SIZE + x] & 255) == ItemClass.GARMENT.code() && top[x] < y && y < bottom[x] - HEM_PX ? 1 : 0;
      }
    }
    return through;
  }

  /** The boundary loops of a material's triangles: edges used once, joined at shared vertices. */
  private static List<List<Integer>> boundaryLoops(RenderMesh mesh, PropMaterial material) {
    Map<Long, Integer> uses = new LinkedHashMap<>();
    int[] t = mesh.triangles();
    for (int i = 0; i < mesh.triangleCount(); i++) {
      if (mesh.triangleGroups()[i] != material.ordinal()) {
        continue;
      }
      for (int k = 0; k < 3; k++) {
        int a = t[3 * i + k];
        int b = t[3 * i + (k + 1) % 3];
        uses.merge(Math.min(a, b) * (1L << 32) + Math.max(a, b), 1, Integer::sum);
      }
    }
    Map<Integer, List<Integer>> next = new LinkedHashMap<>();
    uses.forEach((e, n) -> {
      if (n == 1) {
        int a = (int) (e >>> 32);
        int b = (int) (e & 0xffffffffL);
        next.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
        next.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
      }
    });
    List<List<Integer>> loops = new ArrayList<>();
    Set<Integer> seen = new TreeSet<>();
    for (int start : next.keySet()) {
      if (!seen.add(start)) {
        continue;
      }
      List<Integer> loop = new ArrayList<>();
      List<Integer> stack = new ArrayList<>(List.of(start));
      while (!stack.isEmpty()) {
        int v = stack.remove(stack.size() - 1);
        loop.add(v);
        for (int w : next.get(v)) {
          if (seen.add(w)) {
            stack.add(w);
          }
        }
      }
      loops.add(loop);
    }
    return loops;
  }

  @Test
  void landmarksCoveredByItemsAreFlaggedWhereRaysHitThem() throws IOException {
    Staged s = new Staged(ranges("{\"body\": {\"lying_rate\": 0}, \"accessories\": {\"glasses_rate\": 1,"
        + " \"tinted_lens_rate\": 1, \"earrings_rate\": 0, \"headwear_rate\": 0, \"nasal_cannula_rate\": 1,"
        + " \"oxygen_mask_rate\": 0, \"face_mask_rate\": 1, \"medical_tape_rate\": 0}}"),
        List.of(View.frontal(), View.yaw(30), View.yaw(-30)), 8);
    RenderMesh props = s.props.mesh();
    float[] p = s.face.neutralPositions();
    int[] lm = FaceLandmarks.ict68();
    int flagged = 0;
    for (int v = 0; v < 3; v++) {
      Camera cam = s.camera(v);
      float[] out = s.render(v).landmarks;
      double[] eye = cam.eye();
      int disagree = 0;
      for (int k = 0; k < lm.length; k++) {
        float state = out[4 * k + 3];
        if (state == 0f) {
          continue;
        }
        double[] q = {p[3 * lm[k]], p[3 * lm[k] + 1], p[3 * lm[k] + 2]};
        boolean hit = coveredAlongRay(props, s, eye, q);
        flagged += state == SceneStage.OCCLUDED_BY_ITEM ? 1 : 0;
        if (hit != (state == SceneStage.OCCLUDED_BY_ITEM)) {
          disagree++;
        }
      }
      // The renderer tests the landmark's pixel, the ray its exact point: they may differ
      // where an item's edge passes within a pixel of a landmark (the chin under a mask's hem).
      assertThat(disagree).as("view %d", v).isLessThanOrEqualTo(2);
    }
    assertThat(flagged).as("the mask covers the mouth and nose").isGreaterThan(3 * 20);
  }

  /** Whether an opaque prop (or a tinted lens) lies between the eye and the point (beyond the tolerance). */
  private static boolean coveredAlongRay(RenderMesh props, Staged s, double[] eye, double[] q) {
    double[] d = {q[0] - eye[0], q[1] - eye[1], q[2] - eye[2]};
    double len = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
    for (int k = 0; k < 3; k++) {
      d[k] /= len;
    }
    float[] p = props.positions();
    int[] t = props.triangles();
    for (int i = 0; i < props.triangleCount(); i++) {
      PropMaterial m = PropMaterial.values()[props.triangleGroups()[i]];
      if (m.translucent() && !(m == PropMaterial.GLASSES_LENS && s.draw.props().glasses().orElseThrow().tinted())) {
        continue;
      }
      double dist = intersect(p, t[3 * i], t[3 * i + 1], t[3 * i + 2], eye, d);
      if (dist > 0 && dist < len - SceneStage.ITEM_TOLERANCE_CM) {
        return true;
      }
    }
    return false;
  }

  private static double intersect(float[] p, int ia, int ib, int ic, double[] o, double[] d) {
    double[] a = {p[3 * ia], p[3 * ia + 1], p[3 * ia + 2]};
    double[] e1 = {p[3 * ib] - a[0], p[3 * ib + 1] - a[1], p[3 * ib + 2] - a[2]};
    double[] e2 = {p[3 * ic] - a[0], p[3 * ic + 1] - a[1], p[3 * ic + 2] - a[2]};
    double[] h = {d[1] * e2[2] - d[2] * e2[1], d[2] * e2[0] - d[0] * e2[2], d[0] * e2[1] - d[1] * e2[0]};
    double det = e1[0] * h[0] + e1[1] * h[1] + e1[2] * h[2];
    if (Math.abs(det) < 1e-12) {
      return -1;
    }
    double[] sv = {o[0] - a[0], o[1] - a[1], o[2] - a[2]};
    double u = (sv[0] * h[0] + sv[1] * h[1] + sv[2] * h[2]) / det;
    if (u < 0 || u > 1) {
      return -1;
    }
    double[] qv = {sv[1] * e1[2] - sv[2] * e1[1], sv[2] * e1[0] - sv[0] * e1[2], sv[0] * e1[1] - sv[1] * e1[0]};
    double w = (d[0] * qv[0] + d[1] * qv[1] + d[2] * qv[2]) / det;
    if (w < 0 || u + w > 1) {
      return -1;
    }
    return (e2[0] * qv[0] + e2[1] * qv[1] + e2[2] * qv[2]) / det;
  }

  @Test
  void scenesLeaveOutOnlyAMouthInteriorThatCannotBeSeen() throws IOException {
    AuRig rig = new AuRig(model.expressionNames(), IntensityCurve.facs());
    Map<String, float[]> faces = new LinkedHashMap<>();
    faces.put("neutral", new float[model.expressionCount()]);
    faces.put("pain, lips closed", rig.weights(AuIntensities.parse("AU4=5,AU6=5,AU7=5,AU9=5,AU43=1")));
    faces.put("mouth open", rig.weights(AuIntensities.parse("AU10=4,AU27=5")));
    Appearance app = Appearance.defaults(SkinTone.MEDIUM);
    IdentityScene face = new IdentityScene(model, SIZE, 1);
    face.setIdentity(new float[model.identityCount()], app);
    SceneDraw draw = SceneSampler.draw(ScenePreset.VARIED, ranges("{}"), null, List.of(View.frontal()), SIZE, 2);
    PropSet props = PropSet.build(draw.props(), face.neutralMesh(), data.anchors().orElseThrow(), 2);
    SceneStage stage = new SceneStage();
    stage.setIdentity(face.neutralMesh(), face.expressionMesh(), face.shader(), app.specular(),
        data.ambientOcclusion(), props, new PropLook(draw.props(), 2), draw.lighting());
    Camera camera = new Framing(20, 0.6, 0.1, 1.0).camera(face.neutralPositions(), model.landmarks(), View.frontal(),
        SIZE, SIZE);
    int[] bg = new int[SIZE * SIZE];
    int teeth = face.neutralMesh().groupIndex("M_Teeth") + 1;
    for (Map.Entry<String, float[]> e : faces.entrySet()) {
      face.setExpression(e.getValue());
      stage.setPose();
      RenderTarget image = new RenderTarget(SIZE, SIZE, 1, EnumSet.of(Pass.SHADED, Pass.MASK));
      RenderTarget frame = new RenderTarget(SIZE, SIZE, 1, EnumSet.of(Pass.SHADED, Pass.MASK));
      stage.renderWithWholeMouth(camera, bg, image);
      stage.render(camera, bg, frame, false);
      assertThat(frame.shaded).as(e.getKey()).isEqualTo(image.shaded);
      assertThat(frame.mask).as(e.getKey()).isEqualTo(image.mask);
      boolean teethShow = false;
      for (byte m : image.mask) {
        teethShow |= m == teeth;
      }
      if (e.getKey().equals("mouth open")) {
        assertThat(teethShow).as("the open mouth shows the teeth, drawn in the second pass").isTrue();
      }
    }
  }

  /**
   * The key light's shadow of the mouth interior follows the pose: the teeth an open mouth bares
   * are lit as on a stage whose shadow map was drawn from that pose for every vertex. Drawn from
   * the neutral pose, whose closed lips cover them from every light, they were in full shadow and
   * darker than the skin around them.
   */
  @Test
  void theTeethAnOpenMouthBaresTakeTheKeyLightOfThatPose() throws IOException {
    AuRig rig = new AuRig(model.expressionNames(), IntensityCurve.facs());
    Appearance app = Appearance.defaults(SkinTone.MEDIUM);
    IdentityScene face = new IdentityScene(model, SIZE, 1);
    face.setIdentity(new float[model.identityCount()], app);
    SceneDraw draw = SceneSampler.draw(ScenePreset.VARIED, ranges("{}"), null, List.of(View.frontal()), SIZE, 2);
    PropSet props = PropSet.build(draw.props(), face.neutralMesh(), data.anchors().orElseThrow(), 2);
    Camera camera = new Framing(20, 0.6, 0.1, 1.0).camera(face.neutralPositions(), model.landmarks(), View.frontal(),
        SIZE, SIZE);
    SceneStage stage = new SceneStage();
    stage.setIdentity(face.neutralMesh(), face.expressionMesh(), face.shader(), app.specular(),
        data.ambientOcclusion(), props, new PropLook(draw.props(), 2), draw.lighting());
    face.setExpression(rig.weights(AuIntensities.parse("AU4=3,AU6=4,AU7=4,AU9=4,AU10=5")));
    stage.setPose();
    RenderTarget posed = new RenderTarget(SIZE, SIZE, 1, EnumSet.of(Pass.SHADED, Pass.MASK));
    stage.render(camera, new int[SIZE * SIZE], posed, false);
    // The reference: the posed face put on stage as its own neutral face.
    SceneStage reference = new SceneStage();
    reference.setIdentity(face.expressionMesh(), face.expressionMesh(), face.shader(), app.specular(),
        data.ambientOcclusion(), props, new PropLook(draw.props(), 2), draw.lighting());
    reference.setPose();
    RenderTarget expected = new RenderTarget(SIZE, SIZE, 1, EnumSet.of(Pass.SHADED, Pass.MASK));
    reference.render(camera, new int[SIZE * SIZE], expected, false);
    assertThat(posed.mask).isEqualTo(expected.mask);
    int teeth = face.neutralMesh().groupIndex("M_Teeth") + 1;
    int shown = 0;
    double lit = 0;
    double skin = 0;
    int skinSamples = 0;
    for (int i = 0; i < posed.mask.length; i++) {
      if (posed.mask[i] == teeth) {
        assertThat(posed.shaded[i]).as("tooth sample %d", i).isEqualTo(expected.shaded[i]);
        shown++;
        lit += luminance(posed.shaded[i]);
      } else if (posed.mask[i] == 1) {
        skin += luminance(posed.shaded[i]);
        skinSamples++;
      }
    }
    assertThat(shown).as("the pain face bares its upper teeth").isGreaterThan(20);
    assertThat(lit / shown).as("lit teeth are brighter than the face's skin").isGreaterThan(skin / skinSamples);
  }

  private static double luminance(int rgb) {
    return 0.2126 * (rgb >> 16 & 255) + 0.7152 * (rgb >> 8 & 255) + 0.0722 * (rgb & 255);
  }

  /**
   * The fixed prop layers ({@code SceneStage} reuses the props that do not move per camera):
   * renders in the generator's order (neutral views, then per expression the heatmap render of
   * view 0 and the other views) equal renders drawing every prop, in scenes with followers (face
   * mask, tape), translucent props (clear and tinted glasses, the oxygen mask), a pillow and
   * headwear.
   */
  @Test
  void fixedPropLayersGiveTheImagesOfDrawingEveryProp() throws IOException {
    AuRig rig = new AuRig(model.expressionNames(), IntensityCurve.facs());
    List<float[]> expressions = List.of(new float[model.expressionCount()],
        rig.weights(AuIntensities.parse("AU4=5,AU6=5,AU7=5,AU9=5,AU10=5,AU27=3,AU43=1")),
        rig.weights(AuIntensities.parse("AU4=2,AU6=3,AU10=4,AU27=5")));
    List<String> scenes = List.of(
        "{\"body\": {\"lying_rate\": 0}, \"accessories\": {\"glasses_rate\": 1, \"tinted_lens_rate\": 1,"
            + " \"headwear_rate\": 1, \"nasal_cannula_rate\": 1, \"oxygen_mask_rate\": 0, \"face_mask_rate\": 0,"
            + " \"medical_tape_rate\": 1}}",
        "{\"body\": {\"lying_rate\": 1}, \"accessories\": {\"glasses_rate\": 1, \"tinted_lens_rate\": 0,"
            + " \"headwear_rate\": 1, \"nasal_cannula_rate\": 0, \"oxygen_mask_rate\": 1, \"face_mask_rate\": 0,"
            + " \"medical_tape_rate\": 0}}",
        "{\"body\": {\"lying_rate\": 0}, \"accessories\": {\"glasses_rate\": 1, \"tinted_lens_rate\": 0,"
            + " \"headwear_rate\": 0, \"nasal_cannula_rate\": 0, \"oxygen_mask_rate\": 0, \"face_mask_rate\": 1,"
            + " \"medical_tape_rate\": 0}}");
    List<View> views = List.of(View.frontal(), View.yaw(35));
    Appearance app = Appearance.defaults(SkinTone.MEDIUM);
    int[] bg = new int[SIZE * SIZE];
    java.util.Arrays.fill(bg, 0x406080);
    boolean someFollow = false;
    for (int k = 0; k < scenes.size(); k++) {
      IdentityScene face = new IdentityScene(model, SIZE, 1);
      face.setIdentity(new IdentitySampler(model.identityCount(), 1.0).sample(k + 7), app);
      SceneDraw draw = SceneSampler.draw(ScenePreset.VARIED, ranges(scenes.get(k)), null, views, SIZE, k + 7);
      PropSet props = PropSet.build(draw.props(), face.neutralMesh(), data.anchors().orElseThrow(), k + 7);
      assertThat(props.fixedTriangles()).isPositive();
      someFollow |= props.fixedTriangles() < props.mesh().triangleCount();
      SceneStage stage = new SceneStage();
      stage.setIdentity(face.neutralMesh(), face.expressionMesh(), face.shader(), app.specular(),
          data.ambientOcclusion(), props, new PropLook(draw.props(), k + 7), draw.lighting());
      List<Camera> cameras = new ArrayList<>();
      for (int v = 0; v < views.size(); v++) {
        cameras.add(new Framing(20, 0.6, 0.1, 1.0).camera(face.neutralPositions(), model.landmarks(),
            draw.views().get(v).view(), SIZE, SIZE));
      }
      for (int e = 0; e < expressions.size(); e++) {
        face.setExpression(expressions.get(e));
        stage.setPose();
        for (int v = 0; v < views.size(); v++) {
          boolean heat = e > 0 && v == 0;
          Set<Pass> passes = heat ? EnumSet.of(Pass.SHADED, Pass.HEATMAP) : EnumSet.of(Pass.SHADED, Pass.MASK);
          RenderTarget reused = new RenderTarget(SIZE, SIZE, 1, passes);
          RenderTarget drawn = new RenderTarget(SIZE, SIZE, 1, passes);
          stage.render(cameras.get(v), bg, reused, heat);
          stage.renderDrawingEveryProp(cameras.get(v), bg, drawn, heat);
          String what = "scene " + k + ", expression " + e + ", view " + v;
          assertThat(reused.shaded).as(what).isEqualTo(drawn.shaded);
          assertThat(reused.mask).as(what).isEqualTo(drawn.mask);
          assertThat(reused.landmarks).as(what).isEqualTo(drawn.landmarks);
          assertThat(reused.heatmapMm).as(what).isEqualTo(drawn.heatmapMm);
        }
      }
    }
    assertThat(someFollow).as("some scene has props that follow the face").isTrue();
  }

  @Test
  void faceMasksHideTheNoseNeutralAndInPain() throws IOException {
    float[] pain = new AuRig(model.expressionNames(), IntensityCurve.facs())
        .weights(AuIntensities.parse("AU4=5,AU6=5,AU7=5,AU9=5,AU10=5,AU27=3,AU43=1"));
    SceneRanges r = ranges("{\"body\": {\"lying_rate\": 0}, \"accessories\": {\"glasses_rate\": 0,"
        + " \"earrings_rate\": 0, \"headwear_rate\": 0, \"nasal_cannula_rate\": 0, \"oxygen_mask_rate\": 0,"
        + " \"face_mask_rate\": 1, \"medical_tape_rate\": 0}}");
    for (long seed = 1; seed <= 4; seed++) {
      Staged s = new Staged(r, List.of(View.frontal(), View.yaw(30)), seed,
          new IdentitySampler(model.identityCount(), 1.0).sample(seed));
      for (boolean inPain : new boolean[] {false, true}) {
        s.face.setExpression(inPain ? pain : new float[model.expressionCount()]);
        s.stage.setPose();
        for (int v = 0; v < 2; v++) {
          RenderTarget t = s.render(v);
          assertThat(uncoveredAroundTheNose(t)).as("seed %d, pain %s, view %d", seed, inPain, v).isZero();
        }
      }
    }
  }

  /** Pixels not of the face mask in the box from landmark 29 (nose ridge) to the nostrils (31..35), 1 px out. */
  private static int uncoveredAroundTheNose(RenderTarget t) {
    float x0 = Float.MAX_VALUE;
    float x1 = -Float.MAX_VALUE;
    float y1 = -Float.MAX_VALUE;
    for (int k = 31; k <= 35; k++) {
      x0 = Math.min(x0, t.landmarks[4 * k]);
      x1 = Math.max(x1, t.landmarks[4 * k]);
      y1 = Math.max(y1, t.landmarks[4 * k + 1]);
    }
    int open = 0;
    for (int y = (int) t.landmarks[4 * 29 + 1]; y <= (int) y1 + 1; y++) {
      for (int x = (int) x0 - 1; x <= (int) x1 + 1; x++) {
        open += (t.mask[y * SIZE + x] & 255) == ItemClass.FACE_MASK.code() ? 0 : 1;
      }
    }
    return open;
  }

  @Test
  void theFaceStaysVisibleAtTheLightingExtremes() throws IOException {
    String darkest = "{\"lighting\": {\"lights\": [1, 1], \"key_intensity\": [1, 1], \"ambient\": [0.15, 0.15],"
        + " \"dim_rate\": 1, \"dim_factor\": [0.12, 0.12], \"kelvin\": [2700, 2700],"
        + " \"white_balance_adaptation\": [0.5, 0.5], \"key_elevation_deg\": [55, 55], \"key_azimuth_deg\": [70, 70]}}";
    String brightest = "{\"lighting\": {\"lights\": [3, 3], \"key_intensity\": [2, 2], \"ambient\": [0.5, 0.5],"
        + " \"fill_ratio\": [0.6, 0.6], \"rim_intensity\": [1.2, 1.2], \"dim_rate\": 0, \"kelvin\": [6500, 6500],"
        + " \"key_elevation_deg\": [5, 5], \"key_azimuth_deg\": [10, 10], \"window_rate\": 1}}";
    List<Double> means = new ArrayList<>();
    for (String extreme : new String[] {darkest, brightest}) {
      for (long seed = 0; seed < 3; seed++) {
        Staged s = new Staged(ranges(extreme), List.of(View.frontal()), seed);
        RenderTarget t = s.render(0);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < t.mask.length; i++) {
          if (t.mask[i] == 1) {
            int c = t.shaded[i];
            sum += 0.2126 * (c >> 16 & 255) + 0.7152 * (c >> 8 & 255) + 0.0722 * (c & 255);
            n++;
          }
        }
        assertThat(n).isGreaterThan(SIZE * SIZE / 10);
        means.add(sum / n);
      }
    }
    // 8-bit luma of the face: neither lost in the dark nor burnt out.
    assertThat(means).allSatisfy(m -> assertThat(m).isBetween(30.0, 215.0));
    assertThat(means.subList(0, 3)).allSatisfy(m -> assertThat(m).isLessThan(means.get(3)));
  }
}
