package org.pain3d.bench;

import java.io.IOException;
import java.util.SplittableRandom;
import org.pain3d.au.AuRig;
import org.pain3d.au.IntensityCurve;
import org.pain3d.face.FaceModel;
import org.pain3d.motion.EpisodeConfig;
import org.pain3d.motion.EpisodeMotion;
import org.pain3d.motion.EpisodePlan;
import org.pain3d.motion.EpisodeSampler;
import org.pain3d.motion.MotionTrack;
import org.pain3d.render.Camera;
import org.pain3d.render.HeadPose;
import org.pain3d.render.View;
import org.pain3d.synth.Balance;
import org.pain3d.synth.ClipConfig;
import org.pain3d.synth.DatasetPlan;
import org.pain3d.synth.IdentityScene;

/**
 * One clip of the real model on stage for the video benchmarks: identity 0 of a seeded plan,
 * a 4 s, 25 fps pain episode (PSPI 12, head sway, gaze, blinks), the frontal camera.
 */
final class BenchClip {
  final IdentityScene scene;
  final MotionTrack track;
  final Camera camera;
  private final AuRig rig;
  private final float[] aus = new float[MotionTrack.AUS];
  private final float[] weights;

  BenchClip(int size) throws IOException {
    FaceModel model = BenchFace.load();
    scene = new IdentityScene(model, size, 1);
    scene.setIdentity(DatasetPlan.create(ClipConfig.look(1, size, 1, 1, Balance.PAPER)).identities().get(0));
    rig = new AuRig(model.expressionNames(), IntensityCurve.facs());
    EpisodePlan ep = EpisodeSampler.sample(EpisodeConfig.defaults(), 4, 12, new SplittableRandom(3));
    track = EpisodeMotion.track(ep, 4, 25, rig.curve());
    camera = scene.camera(View.frontal());
    weights = new float[model.expressionCount()];
  }

  /**
   * Poses frame k and renders it.
   *
   * @param k frame index (wraps)
   * @return the shaded pixels (reused)
   */
  int[] render(int k) {
    int f = k % track.frames();
    track.intensities(f, aus);
    rig.weights(aus, weights);
    scene.setExpression(weights, new HeadPose(track.pose(f, 0), track.pose(f, 1), track.pose(f, 2)));
    return scene.renderExpression(camera).shaded;
  }
}
