package org.pain3d.unbc;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.pain3d.pairs.ImageRef;
import org.pain3d.pairs.PairSource;

/**
 * UNBC-McMaster pairs: every frame of the given subjects with a random PSPI 0 frame of the same
 * subject, redrawn on every access; images are face-cropped from the AAM landmarks
 * ({@link FaceCropper}).
 */
public final class UnbcPairs implements PairSource {
  private final List<UnbcFrame> frames;
  private final NeutralReferenceSampler sampler;
  private final FaceCropper cropper;

  /**
   * @param frames the frames to predict
   * @param neutralPool frames the references are drawn from (PSPI 0 frames of the same subjects)
   * @param cropper the face cropper (its size is the network input side)
   * @throws UnbcDataException when a subject has no PSPI 0 frame
   */
  public UnbcPairs(List<UnbcFrame> frames, List<UnbcFrame> neutralPool, FaceCropper cropper) {
    this.frames = List.copyOf(frames);
    this.cropper = cropper;
    this.sampler = NeutralReferenceSampler.seeded(neutralPool, 0);
    sampler.requireNeutralFrames(frames.stream().map(UnbcFrame::subject).distinct().toList());
  }

  @Override
  public int size() {
    return frames.size();
  }

  @Override
  public float pspi(int i) {
    return frames.get(i).pspi();
  }

  @Override
  public float[] au(int i) {
    return frames.get(i).painTargets();
  }

  @Override
  public String subject(int i) {
    return frames.get(i).subject();
  }

  @Override
  public ImageRef pain(int i) {
    return ref(frames.get(i));
  }

  @Override
  public List<ImageRef> neutrals(int i, int k, RandomGenerator rng) {
    List<ImageRef> out = new ArrayList<>(k);
    for (UnbcFrame f : sampler.sample(frames.get(i).subject(), k, rng)) {
      out.add(ref(f));
    }
    return out;
  }

  private ImageRef ref(UnbcFrame f) {
    return new ImageRef(f.key(), () -> cropper.load(f));
  }
}
