package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Cameras, views, framing and the small records' validation. */
class CameraTest {

  @Test
  void frontalCameraMapsTheTargetToTheImageCentre() {
    Camera cam = new Camera(64, 48, 30, 1, 2, 3, 50, View.frontal(), 1);
    double[] p = new double[3];
    cam.project(1, 2, 3, p);
    assertThat(p[0]).isCloseTo(32, within(1e-9));
    assertThat(p[1]).isCloseTo(24, within(1e-9));
    assertThat(p[2]).isCloseTo(50, within(1e-9));
    // +x goes right, +y goes up (smaller pixel y) in the frontal view.
    cam.project(2, 3, 3, p);
    assertThat(p[0]).isGreaterThan(32);
    assertThat(p[1]).isLessThan(24);
    assertThat(cam.focalPx()).isCloseTo(24 / Math.tan(Math.toRadians(15)), within(1e-9));
  }

  @Test
  void positiveYawMovesTheEyeTowardsPlusX() {
    Camera cam = new Camera(64, 64, 30, 0, 0, 0, 10, View.yaw(90), 1);
    double[] eye = cam.eye();
    assertThat(eye[0]).isCloseTo(10, within(1e-9));
    assertThat(eye[2]).isCloseTo(0, within(1e-9));
    Camera up = new Camera(64, 64, 30, 0, 0, 0, 10, new View(0, 30, 0), 1);
    assertThat(up.eye()[1]).isCloseTo(5, within(1e-9));
  }

  @Test
  void rollTurnsTheImageAboutItsCentre() {
    Camera cam = new Camera(64, 64, 30, 0, 0, 0, 10, new View(0, 0, 90), 1);
    double[] p = new double[3];
    cam.project(1, 0, 0, p);
    // Camera rolled counter-clockwise: world +x appears straight down in the image.
    assertThat(p[0]).isCloseTo(32, within(1e-9));
    assertThat(p[1]).isGreaterThan(32);
  }

  @Test
  void scaledCameraKeepsThePoseAndMultipliesPixels() {
    Camera cam = new Camera(20, 10, 40, 0, 0, 0, 30, View.yaw(20), 1);
    double[] a = new double[3];
    double[] b = new double[3];
    cam.project(1, 2, 3, a);
    cam.scaled(3).project(1, 2, 3, b);
    assertThat(b[0]).isCloseTo(3 * a[0], within(1e-9));
    assertThat(b[1]).isCloseTo(3 * a[1], within(1e-9));
  }

  @Test
  void framingScalesTheDistanceWithTheFaceSize() {
    float[] small = {-1, -1, 0, 1, 1, 0};
    float[] large = {-2, -2, 0, 2, 2, 0};
    Framing f = new Framing(20, 0.5, 0, 1);
    Camera a = f.camera(small, new int[] {0, 1}, View.frontal(), 100, 100);
    Camera b = f.camera(large, new int[] {0, 1}, View.frontal(), 100, 100);
    assertThat(b.distance()).isCloseTo(2 * a.distance(), within(1e-9));
    double[] p = new double[3];
    a.project(1, 1, 0, p);
    double ra = Math.hypot(p[0] - 50, p[1] - 50);
    b.project(2, 2, 0, p);
    assertThat(Math.hypot(p[0] - 50, p[1] - 50)).isCloseTo(ra, within(1e-9));
    // The anchor sphere's radius projects to about fill x half the height.
    assertThat(ra).isCloseTo(0.5 * 50, within(0.5));
  }

  @Test
  void recordsRejectBadValues() {
    assertThatThrownBy(() -> new View(0, 90, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Camera(0, 10, 30, 0, 0, 0, 1, View.frontal(), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Camera(10, 10, 180, 0, 0, 0, 1, View.frontal(), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Framing(20, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HeatmapScale(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RenderMesh(new float[9], new int[] {0, 1, 3}, new float[6],
        new int[] {0, 1, 2}, new int[1], List.of("g"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RenderTarget(8, 8, 5, java.util.Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void positionsAreReplacedInPlace() {
    RenderMesh m = TinyMeshes.triangle();
    float[] array = m.positions();
    float[] next = array.clone();
    next[0] = 5;
    m.setPositions(next);
    assertThat(m.positions()).isSameAs(array);
    assertThat(array[0]).isEqualTo(5f);
    assertThatThrownBy(() -> m.setPositions(new float[3])).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void randomAppearanceIsReproducibleFromItsSeed() {
    Appearance a = Appearance.random(SkinTone.DARK, new SplittableRandom(9));
    Appearance b = Appearance.random(SkinTone.DARK, new SplittableRandom(9));
    assertThat(a).isEqualTo(b);
    double[] l = a.lightDirection();
    assertThat(l[0] * l[0] + l[1] * l[1] + l[2] * l[2]).isCloseTo(1, within(1e-12));
    assertThat(l[2]).isPositive();
  }
}
