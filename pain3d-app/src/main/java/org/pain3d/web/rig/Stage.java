package org.pain3d.web.rig;

import java.util.EnumSet;
import java.util.SplittableRandom;
import org.pain3d.face.FaceModel;
import org.pain3d.render.Appearance;
import org.pain3d.render.Pass;
import org.pain3d.render.PngWriter;
import org.pain3d.synth.IdentitySampler;
import org.pain3d.synth.IdentityScene;
import org.pain3d.synth.SkinTones;

/**
 * One pooled scene of the rig: an {@link IdentityScene} of one image size and supersampling
 * factor, the identity now on it, and a PNG encoder. Used by one worker at a time ({@link
 * ScenePool}).
 */
final class Stage implements AutoCloseable {
  final int size;
  final int superSample;
  final IdentityScene scene;
  final PngWriter png = PngWriter.fast();
  private final FaceModel model;
  private RigIdentity identity;

  Stage(FaceModel model, int size, int superSample) {
    this.model = model;
    this.size = size;
    this.superSample = superSample;
    this.scene = new IdentityScene(model, size, superSample, EnumSet.of(Pass.SHADED));
  }

  /** @return the identity on stage, or null */
  RigIdentity identity() {
    return identity;
  }

  /**
   * Puts an identity on stage (nothing to do when it is already there): as the generator does
   * ({@link IdentityScene#setIdentity(org.pain3d.synth.IdentityPlan)}), or with the skin tone
   * fixed, the rest of the look drawn from the same look seed as the generator draws it.
   *
   * @param id the identity
   */
  void show(RigIdentity id) {
    if (id.equals(identity)) {
      return;
    }
    identity = null;
    if (id.skinTone() == null) {
      scene.setIdentity(id.plan());
    } else {
      SplittableRandom look = new SplittableRandom(id.lookSeed());
      SkinTones.pick(id.demographics().ethnicity(), look);
      scene.setIdentity(new IdentitySampler(model.identityCount(), 1.0).sample(id.seed()),
          Appearance.random(id.skinTone(), look));
    }
    identity = id;
  }

  @Override
  public void close() {
    png.close();
  }
}
