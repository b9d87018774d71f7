package org.pain3d.render.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pain3d.render.Appearance;
import org.pain3d.render.Camera;
import org.pain3d.render.Pass;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.Shader;
import org.pain3d.render.SkinLayout;
import org.pain3d.render.SkinRelief;
import org.pain3d.render.SkinTexture;
import org.pain3d.render.SkinTone;
import org.pain3d.render.View;

/**
 * Compositing on synthetic meshes: a "face" square at z = 0 and props in front of it (a
 * garment strip over the left half, a lens over the upper right quarter).
 */
class SceneStageTest {
  private static final int SIZE = 32;

  private static RenderMesh face() {
    float[] p = {-2, -2, 0, 2, -2, 0, -2, 2, 0, 2, 2, 0};
    int[] t = {0, 1, 2, 1, 3, 2};
    float[] uv = {0.1f, 0.1f, 0.9f, 0.1f, 0.1f, 0.9f, 0.9f, 0.9f};
    return new RenderMesh(p, t, uv, t.clone(), new int[2], List.of("M_Face"));
  }

  private static PropSet props(double lensTransmittance) {
    MeshBuilder b = new MeshBuilder();
    int a = b.vertex(-3, -3, 1, 0, 0);
    int c = b.vertex(0, -3, 1, 3, 0);
    int d = b.vertex(0, 3, 1, 3, 6);
    int e = b.vertex(-3, 3, 1, 0, 6);
    b.quad(a, c, d, e, PropMaterial.GARMENT);
    int f = b.vertex(0.5, 0.5, 1.5, 0, 0);
    int g = b.vertex(3, 0.5, 1.5, 1, 0);
    int h = b.vertex(3, 3, 1.5, 1, 1);
    int i = b.vertex(0.5, 3, 1.5, 0, 1);
    b.quad(f, g, h, i, PropMaterial.GLASSES_LENS);
    return PropSetAccess.of(b.build());
  }

  private static Props spec(double t) {
    Garment g = new Garment(GarmentType.T_SHIRT, Fabric.solid(0x2040A0), 0x102050, 20, 10, 0);
    return new Props(g, Optional.empty(), Optional.of(new GlassesSpec(FrameShape.OVAL, 0x101010, 0.1, 2, 1.5,
        0x505050, t)), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static RenderTarget render(double t) {
    RenderMesh face = face();
    Appearance app = Appearance.defaults(SkinTone.MEDIUM);
    Shader shader = new Shader(face, app, SkinTexture.bake(face, new boolean[] {true}, app, 32));
    SceneStage stage = new SceneStage();
    SceneLighting light = new SceneLighting(new LightRig(List.of(new Light(LightRole.KEY, 35, 25, 0.6, 0.6, 0.6)),
        Environment.uniform(0.2)), 1, 1);
    stage.setIdentity(face, face, shader, 0, null, props(t), new PropLook(spec(t), 1), light);
    stage.setPose();
    Camera cam = new Camera(SIZE, SIZE, 30, 0, 0, 0, 15, View.frontal(), 1);
    RenderTarget target = new RenderTarget(SIZE, SIZE, 1, EnumSet.of(Pass.SHADED, Pass.MASK, Pass.DEPTH));
    int[] bg = new int[SIZE * SIZE];
    java.util.Arrays.fill(bg, 0x00FF00);
    stage.render(cam, bg, target, false);
    return target;
  }

  @Test
  void propsCoverTheFaceAndCarryTheirClasses() {
    RenderTarget clear = render(0.9);
    int left = 16 * SIZE + 10;
    int lowerRight = 22 * SIZE + 22;
    int upperRight = 10 * SIZE + 22;
    int corner = 0;
    assertThat(clear.mask[left]).isEqualTo((byte) ItemClass.GARMENT.code());
    assertThat(clear.mask[lowerRight]).isEqualTo((byte) 1);
    assertThat(clear.mask[upperRight]).as("a clear lens shows the class behind it").isEqualTo((byte) 1);
    assertThat(clear.mask[corner]).isEqualTo((byte) 0);
    assertThat(clear.shaded[corner]).isEqualTo(0x00FF00);
    assertThat(clear.shaded[left] & 0xFF).as("blue garment").isGreaterThan(clear.shaded[left] >> 16 & 0xFF);
    assertThat(clear.depthCm[left]).isLessThan(clear.depthCm[lowerRight]);
    RenderTarget tinted = render(0.2);
    assertThat(tinted.mask[upperRight]).isEqualTo((byte) ItemClass.TINTED_LENS.code());
    assertThat(tinted.mask[lowerRight]).isEqualTo((byte) 1);
    assertThat(luma(tinted.shaded[upperRight])).as("a dark lens darkens the face")
        .isLessThan(luma(clear.shaded[upperRight]));
    assertThat(tinted.shaded[lowerRight]).isEqualTo(clear.shaded[lowerRight]);
  }

  /**
   * Exact ties in depth: a garment drawn with the face's own triangles (the face, drawn first,
   * keeps every sample) and a tape that follows the face drawn with the triangles of a fixed
   * patch in front (the patch, drawn first, keeps them), under a fixed translucent lens. Renders that reuse the fixed
   * props' layer, before and after the face moves, give the images of drawing every prop.
   */
  @Test
  void fixedPropLayersKeepTheDrawingOrderOnTies() {
    RenderMesh face = face();
    MeshBuilder b = new MeshBuilder();
    int[] under = {b.vertex(-2, -2, 0, 0, 0), b.vertex(2, -2, 0, 1, 0), b.vertex(-2, 2, 0, 0, 1), b.vertex(2, 2, 0, 1, 1)};
    b.triangle(under[0], under[1], under[2], PropMaterial.GARMENT);
    b.triangle(under[1], under[3], under[2], PropMaterial.GARMENT);
    int[] patch = {b.vertex(0, -1, 0.5, 0, 0), b.vertex(2, -1, 0.5, 1, 0), b.vertex(0, 1, 0.5, 0, 1), b.vertex(2, 1, 0.5, 1, 1)};
    b.triangle(patch[0], patch[1], patch[2], PropMaterial.PILLOW);
    b.triangle(patch[1], patch[3], patch[2], PropMaterial.PILLOW);
    int[] lens = {b.vertex(-1.5, 0, 1, 0, 0), b.vertex(1.5, 0, 1, 1, 0), b.vertex(-1.5, 1.5, 1, 0, 1)};
    b.triangle(lens[0], lens[1], lens[2], PropMaterial.GLASSES_LENS);
    int[] tape = {b.vertex(0, -1, 0.5, 0, 0), b.vertex(2, -1, 0.5, 1, 0), b.vertex(0, 1, 0.5, 0, 1), b.vertex(2, 1, 0.5, 1, 1)};
    b.triangle(tape[0], tape[1], tape[2], PropMaterial.TAPE);
    b.triangle(tape[1], tape[3], tape[2], PropMaterial.TAPE);
    // The tape rides on face vertices 0..3 at z = 0.5 (offset along the normal 0, fixed shifts).
    float[] shift = {2, 1, 0.5f, 0, 1, 0.5f, 2, -3, 0.5f, 0, -1, 0.5f};
    PropSet props = PropSet.of(b.build(), List.of(new Follower(tape, new int[] {0, 1, 2, 3}, new float[4], shift)));
    assertThat(props.fixedTriangles()).as("garment, patch and lens; not the tape").isEqualTo(5);
    Appearance app = Appearance.defaults(SkinTone.MEDIUM);
    Shader shader = new Shader(face, app, SkinTexture.bake(face, new boolean[] {true}, app, 32));
    SceneStage stage = new SceneStage();
    SceneLighting light = new SceneLighting(new LightRig(List.of(new Light(LightRole.KEY, 35, 25, 0.6, 0.6, 0.6)),
        Environment.uniform(0.2)), 1, 1);
    stage.setIdentity(face, face, shader, 0, null, props, new PropLook(spec(0.5), 1), light);
    Camera cam = new Camera(SIZE, SIZE, 30, 0, 0, 0, 15, View.frontal(), 1);
    int[] bg = new int[SIZE * SIZE];
    java.util.Arrays.fill(bg, 0x00FF00);
    for (int pose = 0; pose < 3; pose++) {
      face.positions()[2] = 0.1f * pose; // corner 0 moves: the tape and the face change, the garment stays
      stage.setPose();
      RenderTarget reused = new RenderTarget(SIZE, SIZE, 1, EnumSet.of(Pass.SHADED, Pass.MASK, Pass.DEPTH));
      RenderTarget drawn = new RenderTarget(SIZE, SIZE, 1, EnumSet.of(Pass.SHADED, Pass.MASK, Pass.DEPTH));
      stage.render(cam, bg, reused, false);
      stage.renderDrawingEveryProp(cam, bg, drawn, false);
      assertThat(reused.shaded).as("pose " + pose).isEqualTo(drawn.shaded);
      assertThat(reused.mask).as("pose " + pose).isEqualTo(drawn.mask);
      assertThat(reused.depthCm).as("pose " + pose).isEqualTo(drawn.depthCm);
      int centreLeft = 22 * SIZE + 10;
      int patchCentre = 16 * SIZE + 22;
      assertThat(reused.mask[centreLeft]).as("the face wins its tie with the garment").isEqualTo((byte) 1);
      assertThat(reused.mask[patchCentre]).as("the fixed patch wins its tie with the tape")
          .isEqualTo((byte) ItemClass.PILLOW.code());
    }
  }

  /**
   * A skin relief on the face square: a ramp of heights tilts its normal by (-0.4, 0.2, 0) (5 cm
   * per texture unit), and the skin's diffuse light is the smooth light plus the key light's
   * change on the tilted normal, {@code D + k L . dn}, written out by hand.
   */
  @Test
  void skinReliefAddsTheKeyLightsChangeOnTheTiltedNormal() {
    assertReliefShading(false);
    assertReliefShading(true);
  }

  /**
   * The relief's shading on the face square, upright or rolled by 90 degrees on the neck (its tilt
   * turned with it: (-0.4, 0.2, 0) becomes (-0.2, -0.4, 0)).
   */
  private static void assertReliefShading(boolean rolled) {
    RenderMesh upright = face();
    Appearance app = Appearance.defaults(SkinTone.MEDIUM);
    SkinLayout layout = SkinLayout.of(upright, new boolean[] {true}, 32);
    int albedo = 0xB08060;
    int[] texels = new int[32 * 32];
    java.util.Arrays.fill(texels, albedo);
    SkinTexture skin = SkinTexture.wrap(layout, texels);
    float[] heights = new float[32 * 32];
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 32; x++) {
        heights[y * 32 + x] = 2f * (x + 0.5f) / 32 - 1f * (1 - (y + 0.5f) / 32);
      }
    }
    SkinRelief relief = SkinRelief.of(layout, heights, upright);
    float[] p = upright.positions().clone();
    for (int v = 0; rolled && v < p.length / 3; v++) {
      float x = p[3 * v];
      p[3 * v] = -p[3 * v + 1];
      p[3 * v + 1] = x;
    }
    RenderMesh face = new RenderMesh(p, upright.triangles(), upright.uvs(), upright.triangleUvs(),
        upright.triangleGroups(), upright.groupNames());
    double[] roll = rolled ? new double[] {0, -1, 0, 1, 0, 0, 0, 0, 1} : null;
    Light key = new Light(LightRole.KEY, 35, 25, 0.6, 0.6, 0.6);
    int centre = 16 * SIZE + 16;
    int plain = shadeAlone(face, new Shader(upright, app, skin, null, null), key, roll)[centre];
    int rough = shadeAlone(face, new Shader(upright, app, skin, null, relief), key, roll)[centre];
    double[] l = key.direction();
    double change = rolled ? 0.6 * (-0.2 * l[0] - 0.4 * l[1]) : 0.6 * (-0.4 * l[0] + 0.2 * l[1]);
    assertThat(Math.abs(change)).as("the fixture's tilt changes the light").isGreaterThan(0.05);
    for (int shift = 16; shift >= 0; shift -= 8) {
      float a = Shader.toLinear(albedo >> shift & 255);
      double smooth = Shader.toLinear(plain >> shift & 255) / a;
      assertThat(rough >> shift & 255).as("rolled %s, channel at shift %d", rolled, shift)
          .isCloseTo(Shader.toSrgb((float) (a * (smooth + change))), org.assertj.core.data.Offset.offset(2));
    }
  }

  /** Shades the face alone under one light and a uniform environment, the head turned by a rotation (or null). */
  private static int[] shadeAlone(RenderMesh face, Shader shader, Light key, double[] headRotation) {
    SceneStage stage = new SceneStage();
    SceneLighting light = new SceneLighting(new LightRig(List.of(key), Environment.uniform(0.2)), 1, 1);
    stage.setIdentity(face, face, shader, 0, null, PropSet.empty(), new PropLook(spec(0.9), 1), light);
    stage.setPose(headRotation);
    Camera cam = new Camera(SIZE, SIZE, 30, 0, 0, 0, 15, View.frontal(), 1);
    RenderTarget target = new RenderTarget(SIZE, SIZE, 1, EnumSet.of(Pass.SHADED));
    stage.render(cam, new int[SIZE * SIZE], target, false);
    return target.shaded;
  }

  private static double luma(int c) {
    return 0.2126 * (c >> 16 & 255) + 0.7152 * (c >> 8 & 255) + 0.0722 * (c & 255);
  }
}
