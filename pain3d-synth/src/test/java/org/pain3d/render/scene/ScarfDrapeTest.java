package org.pain3d.render.scene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pain3d.face.FaceModel;
import org.pain3d.render.Appearance;
import org.pain3d.render.SkinTone;
import org.pain3d.synth.IdentityScene;
import org.pain3d.synth.scene.SceneModelData;
import org.pain3d.testing.RealFaceModel;

/**
 * {@link ScarfDrape} on the real model's mean head under a made-up hood edge: a ring at brow
 * height round the neck's axis. The face-opening columns reach from just past one end of the
 * jaw contour (landmarks 0-16) to just past the other, so the outermost open column lies where
 * the jaw has no height of its own; its drape must still start on the jaw, not hang from the
 * hood's edge across the cheek.
 */
@Tag("realmodel")
class ScarfDrapeTest {
  private static final int COLS = 56;

  @Test
  void everyFaceOpeningColumnStartsOnTheJawEvenPastItsEnds() {
    FaceModel model = RealFaceModel.get();
    IdentityScene face = new IdentityScene(model, 64, 1);
    face.setIdentity(new float[model.identityCount()], Appearance.defaults(SkinTone.MEDIUM));
    HeadContext h = new HeadContext(face.neutralMesh(), SceneModelData.of(model).anchors().orElseThrow());
    NeckBase neck = new NeckBase(h);
    double browY = h.lm(19)[1];
    double jawTop = Math.max(h.lm(0)[1], h.lm(16)[1]);
    double end = Math.max(Math.abs(azimuth(neck, h.lm(0))), Math.abs(azimuth(neck, h.lm(16))));
    SkinGrid.Cast hood = new SkinGrid.Cast(2, COLS, true);
    MeshBuilder b = new MeshBuilder();
    boolean[] open = new boolean[COLS];
    boolean pastEnd = false;
    for (int c = 0; c < COLS; c++) {
      double psi = 2 * Math.PI * c / COLS;
      double wrapped = Math.abs(Math.atan2(Math.sin(psi), Math.cos(psi)));
      double[] q = {neck.cx + 12 * Math.sin(psi), browY, neck.cz + 12 * Math.cos(psi)};
      hood.lifted[c] = q;
      hood.lifted[COLS + c] = new double[] {q[0], q[1] + 3, q[2]};
      // Open up to one column (6.4 degrees) past the jaw's end azimuth.
      open[c] = wrapped <= end + 2 * Math.PI / COLS;
      pastEnd |= open[c] && wrapped > end;
    }
    assertThat(pastEnd).as("an open column lies past the jaw's end").isTrue();
    int first = b.vertexCount();
    for (int k = 0; k < 2 * COLS; k++) {
      b.vertex(hood.lifted[k][0], hood.lifted[k][1], hood.lifted[k][2], 0, 0);
    }
    int drape = b.vertexCount();
    ScarfDrape.add(b, h, hood, first, open, 3);
    // Vertices per column: a new top on the jaw for an open column, then the rows below.
    int v = drape;
    for (int c = 0; c < COLS; c++) {
      int count = ScarfDrape.ROWS - 1 + (open[c] ? 1 : 0);
      for (int r = 0; open[c] && r < count; r++) {
        assertThat((double) b.position(v + r, 1)).as("column %d, row %d: below the jaw's top", c, r)
            .isLessThan(jawTop + ScarfDrape.JAW_RISE_CM + 0.5);
      }
      v += count;
    }
    assertThat(v).isEqualTo(b.vertexCount());
  }

  private static double azimuth(NeckBase neck, double[] q) {
    return Math.atan2(q[0] - neck.cx, q[2] - neck.cz);
  }
}
