package org.pain3d.bench;

import java.io.IOException;
import java.util.Locale;
import java.util.SplittableRandom;
import org.pain3d.au.AuRig;
import org.pain3d.au.IntensityCurve;
import org.pain3d.face.FaceModel;
import org.pain3d.motion.EpisodeConfig;
import org.pain3d.motion.EpisodeMotion;
import org.pain3d.motion.EpisodePlan;
import org.pain3d.motion.EpisodeSampler;
import org.pain3d.motion.MotionSpec;
import org.pain3d.motion.MotionTrack;
import org.pain3d.render.HeadPose;
import org.pain3d.synth.Balance;
import org.pain3d.synth.ClipConfig;
import org.pain3d.synth.ClipPlan;
import org.pain3d.synth.DatasetPlan;
import org.pain3d.synth.FaceStage;
import org.pain3d.synth.GeneratorConfig;
import org.pain3d.synth.IdentityPlan;
import org.pain3d.synth.MeshDetail;
import org.pain3d.synth.Seeds;
import org.pain3d.synth.scene.SceneConfig;
import org.pain3d.synth.scene.ScenePreset;

/**
 * One clip of the real model on stage for the video benchmarks, as {@code pain3d video}
 * makes it: identity 0 of a seeded plan with its look, the scene of its first clip (studio
 * or a drawn scene), a 4 s, 25 fps pain episode (PSPI 12, head sway, gaze, blinks), the
 * clip's camera, and the face mesh {@code --mesh-detail} chooses (the LOD for small frames
 * under {@code auto}, the video command's default).
 */
final class BenchClip {
  final FaceStage stage;
  final MotionTrack track;
  private final AuRig rig;
  private final float[] aus = new float[MotionTrack.AUS];
  private final float[] weights;

  /**
   * @param size frame side, pixels
   * @param scene the scene preset's name ({@code studio}, {@code varied}, {@code bedside})
   * @param meshDetail the {@code --mesh-detail} value ({@code full}, {@code auto})
   */
  BenchClip(int size, String scene, String meshDetail) throws IOException {
    FaceModel model = BenchFace.load();
    GeneratorConfig look = ClipConfig.look(1, size, 1, 1, Balance.PAPER,
        SceneConfig.of(ScenePreset.valueOf(scene.toUpperCase(Locale.ROOT))));
    ClipConfig clips = new ClipConfig(look, 1, 4, 25, 20, new MotionSpec.Episodes(EpisodeConfig.defaults()),
        MeshDetail.valueOf(meshDetail.toUpperCase(Locale.ROOT)));
    IdentityPlan plan = DatasetPlan.create(look).identities().get(0);
    stage = FaceStage.forClips(model, clips);
    stage.setIdentity(plan, look.look(), Seeds.derive(look.seed(), "look", plan.id()),
        ClipPlan.of(clips, plan).get(0).sceneSeed());
    rig = new AuRig(model.expressionNames(), IntensityCurve.facs());
    EpisodePlan ep = EpisodeSampler.sample(EpisodeConfig.defaults(), 4, 12, new SplittableRandom(3));
    track = EpisodeMotion.track(ep, 4, 25, rig.curve());
    weights = new float[model.expressionCount()];
  }

  /**
   * Poses frame k and renders it as a clip frame.
   *
   * @param k frame index (wraps)
   * @return the shaded pixels (reused)
   */
  int[] render(int k) {
    int f = k % track.frames();
    track.intensities(f, aus);
    rig.weights(aus, weights);
    stage.setExpression(weights, new HeadPose(track.pose(f, 0), track.pose(f, 1), track.pose(f, 2)));
    return stage.clipFrame(f).shaded;
  }
}
