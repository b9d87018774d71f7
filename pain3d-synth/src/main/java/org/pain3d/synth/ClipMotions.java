package org.pain3d.synth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;
import org.pain3d.au.ActionUnit;
import org.pain3d.au.IntensityCurve;
import org.pain3d.dataset.ClipInfo;
import org.pain3d.dataset.ClipSource;
import org.pain3d.io.Json;
import org.pain3d.dataset.PainClass;
import org.pain3d.motion.CapturedMotion;
import org.pain3d.motion.EpisodeMotion;
import org.pain3d.motion.EpisodePlan;
import org.pain3d.motion.EpisodeSampler;
import org.pain3d.motion.MotionSpec;
import org.pain3d.motion.MotionTrack;
import org.pain3d.motion.Retargeter;

/**
 * Makes a planned clip's motion: the per-frame track, what the clip's JSON says about the
 * motion, and the clip-level label.
 */
final class ClipMotions {
  private ClipMotions() {}

  /**
   * A clip's motion.
   *
   * @param track per-frame AUs, pose and blinks
   * @param motion source and parameters, for the clip's JSON
   * @param label the clip-level label
   */
  record Made(MotionTrack track, ClipInfo.Motion motion, ClipInfo.Label label) {}

  static Made make(ClipConfig config, ClipPlan clip, IntensityCurve curve) {
    SplittableRandom rng = new SplittableRandom(clip.seed());
    double seconds = config.seconds();
    int fps = config.fps();
    if (config.motion() instanceof MotionSpec.Recordings r) {
      CapturedMotion m = r.recordings().get(clip.recording());
      double start = Retargeter.windowStart(m, seconds, rng);
      EpisodePlan background = EpisodeSampler.sample(r.episode(), Math.max(seconds, r.episode().shortestEpisodeS()),
          0, rng);
      MotionTrack track = Retargeter.track(m, start, seconds, fps, curve, background);
      ObjectNode p = Json.mapper().createObjectNode();
      p.put("sha256", m.fingerprint()).put("source_frames", m.frames()).put("tracked_frames", m.validFrames());
      p.putPOJO("unmapped", m.unmapped());
      boolean eyes = m.has(ActionUnit.AU43) || m.has(ActionUnit.AU45);
      p.put("head_pose", m.hasPose() ? "recording" : "synthetic").put("blinks", eyes ? "recording" : "synthetic")
          .put("gaze", "synthetic");
      p.set("background", Json.datasetTree(background));
      ClipSource source = m.kind() == CapturedMotion.Kind.OPENFACE ? ClipSource.OPENFACE : ClipSource.UNBC;
      return new Made(track, new ClipInfo.Motion(source, m.name(), start, p), label(track, null));
    }
    EpisodePlan e = EpisodeSampler.sample(config.motion().episode(), seconds, clip.targetPspi(), rng);
    MotionTrack track = EpisodeMotion.track(e, seconds, fps, curve);
    ObjectNode p = (ObjectNode) Json.datasetTree(e);
    return new Made(track, new ClipInfo.Motion(ClipSource.EPISODE, null, null, p), label(track, e));
  }

  private static ClipInfo.Label label(MotionTrack track, EpisodePlan e) {
    int apex = track.apexFrame();
    double pspi = track.pspi(apex);
    PainClass c = PainClass.ofApexPspi(pspi);
    if (e == null) {
      return new ClipInfo.Label(pspi, track.time(apex), c, null, null, null, null, null);
    }
    return new ClipInfo.Label(pspi, track.time(apex), c, e.targetPspi(), e.noPain() ? null : e.onsetStartS(),
        e.noPain() ? null : e.apexStartS(), e.noPain() ? null : e.apexEndS(), e.noPain() ? null : e.offsetEndS());
  }
}
