package org.pain3d.synth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.pain3d.dataset.ClipNaming;
import org.pain3d.motion.EpisodeMotion;
import org.pain3d.motion.MotionSpec;
import org.pain3d.render.View;
import org.pain3d.synth.look.LookOptions;
import org.pain3d.synth.scene.SceneConfig;

/**
 * Everything that determines the content of a clip dataset ({@code pain3d video}). Equal
 * configs give byte-identical datasets, whatever the threads or shards.
 *
 * <p>The identities (demographics, split, shape, look) come from {@link #look()}, the same
 * config and plan objects as {@code pain3d generate}: with the same seed, identity count and
 * balance, clip {@code sample_i} is image dataset {@code sample_i}'s person, and the look
 * options of the image generator apply to clips as well.
 *
 * @param look identities, image size, supersampling, seed and balance (one frontal view)
 * @param clipsPerIdentity clips per identity, 1..99
 * @param seconds clip length, s, in (0, 600]
 * @param fps frames per second, 1..120
 * @param qp H.264 quantiser, 0..51
 * @param motion where the motion comes from
 * @param meshDetail which face mesh the frames use ({@link MeshDetail})
 */
public record ClipConfig(GeneratorConfig look, int clipsPerIdentity, double seconds, int fps, int qp,
    MotionSpec motion, MeshDetail meshDetail) {

  /**
   * A config whose frames use the full face mesh (see the canonical constructor).
   *
   * @param look identities, image size, supersampling, seed and balance (one frontal view)
   * @param clipsPerIdentity clips per identity, 1..99
   * @param seconds clip length, s, in (0, 600]
   * @param fps frames per second, 1..120
   * @param qp H.264 quantiser, 0..51
   * @param motion where the motion comes from
   */
  public ClipConfig(GeneratorConfig look, int clipsPerIdentity, double seconds, int fps, int qp, MotionSpec motion) {
    this(look, clipsPerIdentity, seconds, fps, qp, motion, MeshDetail.FULL);
  }

  /** Validates, and checks that an episode fits in a clip. */
  public ClipConfig {
    if (look == null || motion == null || meshDetail == null) {
      throw new IllegalArgumentException("look, motion and mesh detail must be given");
    }
    if (clipsPerIdentity < 1 || clipsPerIdentity > ClipNaming.MAX_CLIPS) {
      throw new IllegalArgumentException("clips per identity must be in 1.." + ClipNaming.MAX_CLIPS + ", got "
          + clipsPerIdentity);
    }
    if (!(seconds > 0 && seconds <= 600)) {
      throw new IllegalArgumentException("clip length must be in (0, 600] s, got " + seconds);
    }
    if (fps < 1 || fps > 120) {
      throw new IllegalArgumentException("frame rate must be in 1..120 fps, got " + fps);
    }
    if (qp < 0 || qp > 51) {
      throw new IllegalArgumentException("video quality (H.264 quantiser) must be in 0..51, got " + qp);
    }
    if (look.sizePx() % 2 != 0) {
      throw new IllegalArgumentException("video frames need an even size, got " + look.sizePx() + " px");
    }
    if (motion instanceof MotionSpec.Episodes e) {
      e.episode().checkFits(seconds);
    }
  }

  /**
   * The look config of a clip dataset in the studio scene (see {@link #look(int, int, int,
   * long, Balance, SceneConfig)}).
   *
   * @param identities number of identities
   * @param sizePx frame side, pixels (even)
   * @param superSample anti-aliasing factor
   * @param seed master seed
   * @param balance demographic balance
   * @return the look config
   */
  public static GeneratorConfig look(int identities, int sizePx, int superSample, long seed, Balance balance) {
    return look(identities, sizePx, superSample, seed, balance, SceneConfig.studio());
  }

  /**
   * The look config of a clip dataset with every look feature on (see {@link #look(int, int,
   * int, long, Balance, SceneConfig, LookOptions)}).
   *
   * @param identities number of identities
   * @param sizePx frame side, pixels (even)
   * @param superSample anti-aliasing factor
   * @param seed master seed
   * @param balance demographic balance
   * @param scene the scene around the face (one drawn per clip)
   * @return the look config
   */
  public static GeneratorConfig look(int identities, int sizePx, int superSample, long seed, Balance balance,
      SceneConfig scene) {
    return look(identities, sizePx, superSample, seed, balance, scene, LookOptions.full());
  }

  /**
   * The look config of a clip dataset: one frontal view (a scene turns it by the camera
   * jitter and the bed's pitch and roll per clip), the face look of {@code pain3d generate}'s
   * look options, PNG (unused), {@code painSets} 1 (unused; the plan's pain levels of images do
   * not drive clips).
   *
   * @param identities number of identities
   * @param sizePx frame side, pixels (even)
   * @param superSample anti-aliasing factor
   * @param seed master seed
   * @param balance demographic balance
   * @param scene the scene around the face (one drawn per clip)
   * @param lookOptions the look features that are on and the facial-hair and make-up rates
   * @return the look config
   */
  public static GeneratorConfig look(int identities, int sizePx, int superSample, long seed, Balance balance,
      SceneConfig scene, LookOptions lookOptions) {
    return new GeneratorConfig(identities, 1, List.of(View.frontal()), sizePx, superSample, seed, ImageFormat.PNG,
        balance, lookOptions, scene);
  }

  /** @return whether the frames use the {@link FaceLod} mesh (the detail and the frame size decide) */
  public boolean usesLod() {
    return meshDetail.usesLod(look.sizePx());
  }

  /**
   * Texels per side of the skin texture tile: {@link IdentityScene#SMALL_FRAME_SKIN_TEXTURE_SIZE}
   * where the frames use the LOD (frames of at most {@link MeshDetail#MAX_LOD_SIZE_PX} px with
   * {@code --mesh-detail auto}), {@link IdentityScene#SKIN_TEXTURE_SIZE} otherwise ({@code
   * --mesh-detail full} keeps the full detail of mesh and texture, the ablation reference).
   *
   * @return the texels
   */
  public int skinTexels() {
    return usesLod() ? IdentityScene.SMALL_FRAME_SKIN_TEXTURE_SIZE : IdentityScene.SKIN_TEXTURE_SIZE;
  }

  /** @return frames per clip, {@code round(seconds * fps)} */
  public int framesPerClip() {
    return EpisodeMotion.frames(seconds, fps);
  }

  /** @return the config as JSON (the manifest's config and the resume check) */
  public ObjectNode toJson() {
    ObjectNode n = look.toJson();
    n.remove("pain_levels");
    n.remove("format");
    n.remove("views");
    n.put("clips_per_identity", clipsPerIdentity).put("seconds", seconds).put("fps", fps).put("video_qp", qp);
    n.set("motion", motion.toJson());
    n.put("mesh_detail", meshDetail.label());
    n.put(RendererVersion.KEY, RendererVersion.CLIPS);
    return n;
  }
}
