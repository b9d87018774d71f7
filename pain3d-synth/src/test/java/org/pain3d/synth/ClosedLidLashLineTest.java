package org.pain3d.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pain3d.face.FaceModel;
import org.pain3d.render.Camera;
import org.pain3d.render.Pass;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.View;
import org.pain3d.synth.scene.SceneConfig;
import org.pain3d.testing.RealFaceModel;

/**
 * A closed eye shows its lash line: at a full blink (AU43 = 1) the upper lashes' dense roots
 * draw a dark line along the seam where the lids meet, as in a photograph of closed eyes
 * (before, the lashes were a faint stipple over the lower lid, and a face detector missed
 * closed eyes at the side views: docs/faces.md). Measured on the real model at 256 px, studio
 * scene, frontal and +30 deg: per eye and upper-lid landmark (37, 38, 43, 44), the darkest
 * pixel within 3 px of the closed margin against the lid's skin 4-7 px above it.
 */
@Tag("realmodel")
class ClosedLidLashLineTest {
  private static final int IDENTITIES = 8;
  private static final int SIZE = 256;
  private static final int[] UPPER_LID = {37, 38, 43, 44};
  /** The seam's darkest pixel over the lid's skin, median over the landmarks of a view. */
  private static final double MAX_MEDIAN_RATIO = 0.6;

  @Test
  void aClosedEyeShowsADarkLashLineAtTheSeam() {
    FaceModel m = RealFaceModel.get();
    GeneratorConfig look = ClipConfig.look(IDENTITIES, SIZE, 1, 11, Balance.PAPER, SceneConfig.studio());
    IdentityScene scene = new IdentityScene(m, SIZE, 1, EnumSet.of(Pass.SHADED));
    float[] closed = FullBlinkTest.blink(m, 1f);
    int[] lm = m.landmarks();
    for (View view : new View[] {View.frontal(), View.yaw(30)}) {
      List<Double> ratios = new ArrayList<>();
      for (IdentityPlan plan : DatasetPlan.create(look).identities()) {
        scene.setIdentity(plan, look.look(), Seeds.derive(look.seed(), "look", plan.id()));
        scene.setExpression(closed);
        Camera camera = scene.camera(view);
        RenderTarget t = scene.renderExpression(camera);
        float[] p = scene.expressionPositions();
        double[] px = new double[3];
        for (int l : UPPER_LID) {
          int v = lm[l];
          camera.project(p[3 * v], p[3 * v + 1], p[3 * v + 2], px);
          int x = (int) Math.round(px[0]);
          int y = (int) Math.round(px[1]);
          double seam = Double.MAX_VALUE;
          for (int dy = -3; dy <= 3; dy++) {
            seam = Math.min(seam, luminance(t.shaded[(y + dy) * SIZE + x]));
          }
          double lid = 0;
          for (int dy = 4; dy <= 7; dy++) {
            lid += luminance(t.shaded[(y - dy) * SIZE + x]) / 4;
          }
          ratios.add(seam / lid);
        }
      }
      Collections.sort(ratios);
      double median = ratios.get(ratios.size() / 2);
      System.out.printf("view %s: seam/lid luminance median %.3f, range %.3f..%.3f%n", view, median, ratios.get(0),
          ratios.get(ratios.size() - 1));
      assertThat(median).as("view %s: the seam's darkest pixel over the lid's skin, median", view)
          .isLessThan(MAX_MEDIAN_RATIO);
    }
  }

  private static double luminance(int rgb) {
    return 0.299 * (rgb >> 16 & 255) + 0.587 * (rgb >> 8 & 255) + 0.114 * (rgb & 255);
  }
}
