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
import org.pain3d.dataset.AppearanceAnnotation;
import org.pain3d.dataset.ClipInfo;
import org.pain3d.dataset.ClipManifest;
import org.pain3d.dataset.ClipNaming;
import org.pain3d.dataset.DatasetWriter;
import org.pain3d.dataset.IdentityInfo;
import org.pain3d.face.FaceModel;
import org.pain3d.motion.MotionTrack;
import org.pain3d.render.HeadPose;
import org.pain3d.render.RenderTarget;

/**
 * Makes every clip of one identity: per clip its scene ({@link FaceStage#setScene}: the
 * studio look, or a scene drawn from the clip's seed) and its motion, then frame by frame the
 * rig's weights, the expression and head pose on the stage, the render of the clip's one
 * camera with the clip's degradations and the encoder; then the video, the per-frame label
 * table and the clip's JSON (with the scene's labels). One per worker thread; it reuses its
 * stage and buffers across identities.
 */
final class ClipJob implements AutoCloseable {
  private static final List<String> AU_NAMES =
      java.util.Arrays.stream(ActionUnit.values()).map(Enum::name).toList();

  private final ClipConfig config;
  private final ClipEncoder encoder;
  private final AuRig rig;
  private final FaceStage stage;
  private final float[] aus = new float[MotionTrack.AUS];
  private final float[] weights;

  ClipJob(ClipConfig config, FaceModel model, ClipEncoder encoder) {
    this.config = config;
    this.encoder = encoder;
    this.rig = new AuRig(model.expressionNames(), IntensityCurve.facs());
    GeneratorConfig look = config.look();
    this.stage = FaceStage.forClips(model, config);
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
    List<ClipPlan> clips = ClipPlan.of(config, plan);
    GeneratorConfig look = config.look();
    AppearanceAnnotation appearance = stage.setIdentity(plan, look.look(), Seeds.derive(look.seed(), "look",
        plan.id()), clips.get(0).sceneSeed()).look().annotation();
    IdentityInfo who = new IdentityInfo(plan.id(), plan.coefficientSeed(), plan.demographics());
    List<ClipInfo> infos = new ArrayList<>();
    Map<String, String> sums = new LinkedHashMap<>();
    for (ClipPlan clip : clips) {
      if (clip.clipIndex() > 1) {
        stage.setScene(clip.sceneSeed());
      }
      ClipMotions.Made made = ClipMotions.make(config, clip, rig.curve());
      MotionTrack track = made.track();
      String base = clip.baseName();
      String video = ClipNaming.video(base);
      sums.put(video, writeVideo(writer, video, track, progress));
      String frames = ClipNaming.frames(base);
      sums.put(frames, writer.writeText(frames, table(track).toCsv()));
      int size = look.sizePx();
      ClipInfo info = new ClipInfo(ClipManifest.FORMAT_VERSION, base, clip.clipIndex(), who, plan.split(),
          new ClipInfo.Video(size, size, config.fps(), track.frames(), "h264", "yuv420p", config.qp(),
              stage.faceMesh(), stage.skinTexels()),
          made.label(), made.motion(), CameraAnnotations.of(stage.camera(0)), stage.clipScene(), appearance,
          new ClipInfo.Files(video, frames));
      String json = ClipNaming.info(base);
      sums.put(json, writer.writeJson(json, info));
      infos.add(info);
    }
    return ClipRecord.of(plan.id(), infos, sums);
  }

  /** Renders and encodes every frame into the video's temporary file, then renames it into place. */
  private String writeVideo(DatasetWriter writer, String rel, MotionTrack track, ClipProgress progress)
      throws IOException {
    int size = config.look().sizePx();
    return writer.writeFile(rel, tmp -> {
      ClipEncoder.Video v = encoder.open(tmp, size, size, config.fps(), config.qp());
      try {
        for (int k = 0; k < track.frames(); k++) {
          v.write(render(track, k).shaded);
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
   * Poses the identity as in one frame of a track and renders it as that frame of the clip
   * on stage.
   *
   * @param track the motion
   * @param frame the frame
   * @return the target (reused by the next call)
   */
  RenderTarget render(MotionTrack track, int frame) {
    track.intensities(frame, aus);
    rig.weights(aus, weights);
    stage.setExpression(weights, new HeadPose(track.pose(frame, 0), track.pose(frame, 1), track.pose(frame, 2)));
    return stage.clipFrame(frame);
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
