package org.pain3d.synth;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pain3d.au.ActionUnit;
import org.pain3d.au.AuRig;
import org.pain3d.au.IntensityCurve;
import org.pain3d.dataset.ClipFrameTable;
import org.pain3d.dataset.ClipInfo;
import org.pain3d.dataset.ClipManifest;
import org.pain3d.dataset.ClipNaming;
import org.pain3d.dataset.DatasetWriter;
import org.pain3d.dataset.IdentityInfo;
import org.pain3d.face.FaceModel;
import org.pain3d.motion.MotionTrack;
import org.pain3d.render.Camera;
import org.pain3d.render.HeadPose;
import org.pain3d.render.RenderTarget;
import org.pain3d.render.View;

/**
 * Makes every clip of one identity: per clip its motion, then frame by frame the rig's
 * weights, the expression and head pose on the identity's scene, the frontal render and the
 * encoder; then the video, the per-frame label table and the clip's JSON. One per worker
 * thread; it reuses its scene and buffers across identities.
 */
final class ClipJob implements AutoCloseable {
  private static final List<String> AU_NAMES =
      java.util.Arrays.stream(ActionUnit.values()).map(Enum::name).toList();

  private final ClipConfig config;
  private final ClipEncoder encoder;
  private final AuRig rig;
  private final IdentityScene scene;
  private final float[] aus = new float[MotionTrack.AUS];
  private final float[] weights;

  ClipJob(ClipConfig config, FaceModel model, ClipEncoder encoder) {
    this.config = config;
    this.encoder = encoder;
    this.rig = new AuRig(model.expressionNames(), IntensityCurve.facs());
    this.scene = new IdentityScene(model, config.look().sizePx(), config.look().superSample());
    this.weights = new float[model.expressionCount()];
  }

  /**
   * Writes the identity's clips.
   *
   * @param plan the identity
   * @param writer the dataset writer
   * @param progress receives one call per frame
   * @return what was written
   * @throws IOException when a file cannot be written
   */
  ClipRecord run(IdentityPlan plan, DatasetWriter writer, ClipProgress progress) throws IOException {
    scene.setIdentity(plan);
    Camera camera = scene.camera(View.frontal());
    IdentityInfo who = new IdentityInfo(plan.id(), plan.coefficientSeed(), plan.demographics());
    List<ClipInfo> infos = new ArrayList<>();
    Map<String, String> sums = new LinkedHashMap<>();
    for (ClipPlan clip : ClipPlan.of(config, plan)) {
      ClipMotions.Made made = ClipMotions.make(config, clip, rig.curve());
      MotionTrack track = made.track();
      String base = clip.baseName();
      String video = ClipNaming.video(base);
      sums.put(video, writeVideo(writer, video, track, camera, progress));
      String frames = ClipNaming.frames(base);
      sums.put(frames, writer.writeText(frames, table(track).toCsv()));
      int size = config.look().sizePx();
      ClipInfo info = new ClipInfo(ClipManifest.FORMAT_VERSION, base, clip.clipIndex(), who, plan.split(),
          new ClipInfo.Video(size, size, config.fps(), track.frames(), "h264", "yuv420p", config.qp()),
          made.label(), made.motion(), new ClipInfo.Files(video, frames));
      String json = ClipNaming.info(base);
      sums.put(json, writer.writeJson(json, info));
      infos.add(info);
    }
    return ClipRecord.of(plan.id(), infos, sums);
  }

  /** Renders and encodes every frame into the video's temporary file, then renames it into place. */
  private String writeVideo(DatasetWriter writer, String rel, MotionTrack track, Camera camera,
      ClipProgress progress) throws IOException {
    int size = config.look().sizePx();
    return writer.writeFile(rel, tmp -> {
      ClipEncoder.Video v = encoder.open(tmp, size, size, config.fps(), config.qp());
      try {
        for (int k = 0; k < track.frames(); k++) {
          v.write(render(track, k, camera).shaded);
          progress.frame();
        }
      } catch (IOException | RuntimeException e) {
        v.abort();
        throw e;
      }
      v.close();
    });
  }

  /**
   * Poses the identity as in one frame of a track and renders it frontally.
   *
   * @param track the motion
   * @param frame the frame
   * @param camera the clip's camera
   * @return the target (reused by the next call)
   */
  RenderTarget render(MotionTrack track, int frame, Camera camera) {
    track.intensities(frame, aus);
    rig.weights(aus, weights);
    scene.setExpression(weights, new HeadPose(track.pose(frame, 0), track.pose(frame, 1), track.pose(frame, 2)));
    return scene.renderExpression(camera);
  }

  static ClipFrameTable table(MotionTrack track) {
    ClipFrameTable t = ClipFrameTable.create(AU_NAMES, track.frames());
    ActionUnit[] all = ActionUnit.values();
    for (int k = 0; k < track.frames(); k++) {
      t.set(k, "frame", k).set(k, "time_s", track.time(k));
      for (ActionUnit au : all) {
        t.set(k, au.name(), track.intensity(k, au));
      }
      t.set(k, "pspi", track.pspi(k)).set(k, "yaw_deg", track.pose(k, 0)).set(k, "pitch_deg", track.pose(k, 1))
          .set(k, "roll_deg", track.pose(k, 2)).set(k, "blink", track.blink(k) ? 1 : 0);
    }
    return t;
  }

  @Override
  public void close() {}
}
