package org.pain3d.dataset;

import java.util.Locale;

/**
 * File names of a clip dataset ({@code pain3d video}); paths are relative to its root with
 * {@code /} separators.
 *
 * <pre>
 * clips/&lt;base&gt;.mp4              the video, base = sample_&lt;id5&gt;_clip_&lt;kk&gt; (k = 1..K)
 * clips/&lt;base&gt;_frames.csv       per-frame labels ({@link ClipFrameTable})
 * clips/&lt;base&gt;.json            the clip's record ({@link ClipInfo})
 * splits/clips_70_20_10_split.csv  annotation_base_name,split (0 train, 1 val, 2 test), by identity
 * clips.jsonl                      every clip's record, one per line, in identity and clip order
 * manifest.json                    {@link ClipManifest}: config, counts, SHA-256 of every file
 * </pre>
 */
public final class ClipNaming {
  /** The clip folder. */
  public static final String CLIPS_DIR = "clips";
  /** The split file, relative to the root. */
  public static final String SPLIT_CSV = DatasetNaming.SPLITS_DIR + "/clips_70_20_10_split.csv";
  /** The clip index. */
  public static final String INDEX = "clips.jsonl";
  /** The manifest. */
  public static final String MANIFEST = DatasetNaming.MANIFEST;
  /** Largest clip index per identity (two digits). */
  public static final int MAX_CLIPS = 99;

  private ClipNaming() {}

  /**
   * @param identity identity index
   * @param clip clip index, 1..{@link #MAX_CLIPS}
   * @return {@code sample_<id5>_clip_<kk>}
   */
  public static String base(int identity, int clip) {
    if (clip < 1 || clip > MAX_CLIPS) {
      throw new IllegalArgumentException("clip index must be in 1.." + MAX_CLIPS + ", got " + clip);
    }
    return DatasetNaming.subjectName(identity) + String.format(Locale.ROOT, "_clip_%02d", clip);
  }

  /**
   * @param base clip base name
   * @return {@code clips/<base>.mp4}
   */
  public static String video(String base) {
    return CLIPS_DIR + "/" + base + ".mp4";
  }

  /**
   * @param base clip base name
   * @return {@code clips/<base>_frames.csv}
   */
  public static String frames(String base) {
    return CLIPS_DIR + "/" + base + "_frames.csv";
  }

  /**
   * @param base clip base name
   * @return {@code clips/<base>.json}
   */
  public static String info(String base) {
    return CLIPS_DIR + "/" + base + ".json";
  }
}
