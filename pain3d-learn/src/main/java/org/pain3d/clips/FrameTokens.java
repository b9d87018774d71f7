package org.pain3d.clips;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.pain3d.dataset.DatasetDataException;
import org.pain3d.pairs.FramedImages;
import org.pain3d.pairs.ImageRef;
import org.pain3d.train.TokenCache;
import org.pain3d.train.TokenStore;
import org.pain3d.vitpain.VitPainModel;

/**
 * Per-frame {@code [CLS, patches]} tokens of a frozen backbone for clips, through the frozen
 * mode's {@link TokenCache} and a {@link TokenStore}: each video frame is decoded and goes
 * through the backbone once (a clip's used frames in one pass: always the same group, so the
 * values do not depend on what else is computed), then batches are assembled from the store. A generated clip's neutral reference is its
 * frame 0 (every generated clip starts neutral; {@link ClipSample#neutral()}).
 */
public final class FrameTokens {
  private final TokenCache cache;
  private final TokenStore store;
  private final VideoFrames decoder;
  private final int size;

  /**
   * @param model a frozen-mode model (its backbone makes the tokens)
   * @param store where the tokens are kept
   * @param decoder decodes videos
   */
  public FrameTokens(VitPainModel model, TokenStore store, VideoFrames decoder) {
    this.cache = new TokenCache(model, store);
    this.store = store;
    this.decoder = decoder;
    this.size = model.config().imageSize();
  }

  /**
   * Computes the tokens of every frame the clips use that the store lacks, decoding each such
   * clip once.
   *
   * @param clips the clips
   * @param m parent of temporary arrays
   * @param progress told the number of clips done after each
   * @throws DatasetDataException when a video cannot be decoded, is not square or has another
   *     frame count than its label table
   * @throws IOException on store I/O errors
   */
  public void ensure(List<ClipSample> clips, NDManager m, IntConsumer progress)
      throws IOException {
    int done = 0;
    for (ClipSample c : clips) {
      if (!complete(c)) {
        compute(c, m);
      }
      progress.accept(++done);
    }
  }

  private boolean complete(ClipSample c) {
    for (int f : c.frames()) {
      if (store.get(c.key(f)) == null) {
        return false;
      }
    }
    return true;
  }

  private void compute(ClipSample c, NDManager m) throws IOException {
    Map<Integer, int[]> wanted = new HashMap<>();
    for (int f : c.frames()) {
      wanted.put(f, null);
    }
    int[] side = new int[1];
    int n = decode(c.video(), (k, rgb, w, h) -> {
      if (w != h) {
        throw new DatasetDataException(c.video(), "frames are " + w + "x" + h
            + ", expected square");
      }
      side[0] = w;
      if (wanted.containsKey(k)) {
        wanted.put(k, rgb);
      }
    });
    if (n != c.videoFrames()) {
      throw new DatasetDataException(c.video(), "decodes to " + n + " frames, its label table has "
          + c.videoFrames());
    }
    List<ImageRef> refs = new ArrayList<>();
    for (int f : c.frames()) {
      int[] rgb = wanted.get(f);
      refs.add(new ImageRef(c.key(f), () -> pixels(rgb, side[0], size)));
    }
    try (NDManager sub = m.newSubManager()) {
      cache.tokensInOnePass(refs, sub);
    }
  }

  private int decode(java.nio.file.Path video, VideoFrames.Sink sink) {
    try {
      return decoder.decode(video, sink).frames();
    } catch (DatasetDataException e) {
      throw e;
    } catch (IOException e) {
      throw new DatasetDataException(video, "cannot decode the video: " + e.getMessage(), e);
    }
  }

  /**
   * A decoded frame as network input.
   *
   * @param rgb packed {@code 0xRRGGBB}, {@code side * side}
   * @param side the frame's side, pixels
   * @param size the network input side
   * @return float[3 * size * size], CHW, ImageNet-normalised
   */
  public static float[] pixels(int[] rgb, int side, int size) {
    BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    img.setRGB(0, 0, side, side, rgb, 0, side);
    return FramedImages.toTensor(img, size);
  }

  /**
   * The tokens of arbitrary images, the missing ones computed together in one pass (as a
   * clip's frames are in training, so that a window of a clip's length gives the same values).
   *
   * @param refs the images
   * @param m owns the result
   * @return {@code (N, 1 + P, D)}
   */
  public NDArray tokens(List<ImageRef> refs, NDManager m) {
    return cache.tokensInOnePass(refs, m);
  }

  /**
   * A batch of clips' frame tokens, from the store ({@link #ensure} first).
   *
   * @param clips the clips, all with {@code T} frames
   * @param m owns the result
   * @return {@code (B, T, 1 + P, D)}
   */
  public NDArray frames(List<ClipSample> clips, NDManager m) {
    List<ImageRef> refs = new ArrayList<>();
    for (ClipSample c : clips) {
      for (int f : c.frames()) {
        refs.add(stored(c.key(f)));
      }
    }
    NDArray t = cache.tokens(refs, m);
    long[] s = t.getShape().getShape();
    return t.reshape(clips.size(), clips.get(0).frames().length, s[1], s[2]);
  }

  /**
   * The clips' neutral references ({@link ClipSample#neutral()}: a generated clip's frame 0).
   *
   * @param clips the clips
   * @param m owns the result
   * @return {@code (B, 1 + P, D)}
   */
  public NDArray neutrals(List<ClipSample> clips, NDManager m) {
    return cache.tokens(clips.stream().map(c -> stored(c.key(c.neutral()))).toList(), m);
  }

  private static ImageRef stored(String key) {
    return new ImageRef(key, () -> {
      throw new IllegalStateException("tokens of " + key + " were not computed");
    });
  }
}
