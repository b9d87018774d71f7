package org.pain3d.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pain3d.dataset.Sha256;
import org.pain3d.face.FaceModel;
import org.pain3d.face.FaceModelLoader;
import org.pain3d.render.View;
import org.pain3d.synth.look.LookFeature;
import org.pain3d.synth.look.LookOptions;
import org.pain3d.synth.scene.SceneConfig;
import org.pain3d.testing.RealFaceModel;
import org.pain3d.testing.TinyFaceModel;

/**
 * {@code --scene studio} writes the same image and heatmap bytes as the plain generator
 * without scenes: hashes in {@code studio-golden-sha256.txt}. The tiny model's hashes are
 * main's build before scenes were merged (commit b47c81d, faces' full look, run-length PNG
 * deflate; the tiny model always renders the plain look). The real model's hashes were
 * regenerated on branch perception when the third perception pass changed the full look
 * (women's resting lids lowered less, women's hair styles and hairline, hanging hair closer to
 * the face, the key light within 30 degrees of the front; before that the second pass: eye
 * protrusion held in the shape conditioning, rest pose, facial hair by age, skin-tone spreads,
 * hair, make-up, nasolabial crease; docs/faces.md), and again on main when the fourth session's
 * age contrast, eye shape and facial-hair changes were merged, and on branch face for the fifth
 * pass's moustache shape (one bearded man's images), and on branch blink for the full-blink fix
 * (the woman's AU43 = 1 pain images and heatmaps), on branch lashlift for the lash seam, and on main
 * for the resting mouth corners (eleventh session: all 26 files), and on main for the camera's tone
 * curve (seventeenth session: the 18 images), and on main for the hair behind translucent hair
 * (twentieth session: the 18 images of every real tag), with the CLI command in the file's
 * header. A change of the look changes these bytes; a change of the renderer must not.
 */
class StudioGoldenTest {
  @TempDir Path tmp;

  private static Map<String, String> golden(String tag) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (InputStream in = StudioGoldenTest.class.getResourceAsStream("studio-golden-sha256.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.trim().split(" ");
        if (f.length == 3 && f[0].equals(tag)) {
          m.put(f[1], f[2]);
        }
      }
    }
    return m;
  }

  private static Map<String, String> hashes(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (rel.startsWith("images/") || rel.startsWith("heatmaps/")) {
          m.put(rel, Sha256.hex(Files.readAllBytes(p)));
        }
      }
    }
    return m;
  }

  @Test
  void tinyModelStudioImagesAreByteIdenticalToMain() throws IOException {
    FaceModel tiny = new FaceModelLoader(new FaceModelLoader.Options(null, 1))
        .load(new TinyFaceModel(21).writeDirectory(tmp.resolve("model")));
    GeneratorConfig c = new GeneratorConfig(4, 2, List.of(View.frontal(), View.yaw(30)), 64, 1, 11,
        ImageFormat.PNG, Balance.PAPER, SceneConfig.studio());
    new DatasetGenerator(tiny).run(c, new GenerationOptions(2, Shard.all(), false, false), tmp.resolve("out"),
        GenerationProgress.NONE);
    Map<String, String> expected = golden("tiny");
    assertThat(expected).hasSize(40);
    assertThat(hashes(tmp.resolve("out"))).isEqualTo(expected);
  }

  @Test
  @Tag("slow")
  @Tag("realmodel")
  void realModelStudioImagesAreByteIdenticalToMain() throws IOException {
    generateReal(LookOptions.full());
    Map<String, String> expected = golden("real");
    assertThat(expected).hasSize(26);
    assertThat(hashes(tmp.resolve("out"))).isEqualTo(expected);
  }

  /**
   * The real goldens are tied to the {@link RendererVersion} they belong to: the file's {@code
   * renderer_version} line names the version and the SHA-256 of the {@code real} entries. A change
   * that regenerates those hashes (the same arguments now draw other bytes) fails here until it
   * bumps {@code RendererVersion.IMAGES} and records the new digest under it, so that {@code
   * --resume} refuses folders of the older renderer.
   */
  @Test
  void realGoldensBelongToThisBuildsRendererVersion() throws IOException {
    String digest = Sha256.hex(golden("real").toString().getBytes(StandardCharsets.UTF_8));
    assertThat(golden("renderer_version"))
        .as("studio-golden-sha256.txt must read 'renderer_version %d %s' (when the real hashes change, bump"
            + " RendererVersion.IMAGES first)", RendererVersion.IMAGES, digest)
        .isEqualTo(Map.of(String.valueOf(RendererVersion.IMAGES), digest));
  }

  /**
   * Switching a later look feature off writes the bytes of the build before it (with {@code
   * --look-on face-exposure}, on in those builds; these two identities' skin is lighter than its
   * reference, so it moves none of their bytes): {@code --look-off brow-place} the brows on
   * ICT-FaceKit's brow landmarks (tag {@code real-place-off}: the {@code real} hashes of renderer
   * version 24), with {@code waves} off too straight hanging hair (tag
   * {@code real-waves-off}: the {@code real} hashes of renderer version 22), with {@code brow-shade}
   * off too the brows in the scalp hair's colour (tag {@code real-shade-off}: the {@code real} hashes
   * of renderer version 21), with {@code line-relief} off too the pores' relief
   * without the lines' (tag {@code real-lines-off}: renderer version 18's pores stored more finely,
   * with the highlight held at its peak, so not version 18's bytes), with {@code pore-relief} off too
   * those before the skin's relief (tag {@code real-relief-off}: the {@code real} hashes of renderer
   * version 17), with {@code mouth-colour} off too those before the mouth's colours (tag {@code
   * real-mouth-off}: the {@code real} hashes of renderer version 14), with {@code lip-seal} off too
   * those before the
   * lips' seal (tag {@code real-seal-off}: the {@code real} hashes of renderer version 12), with
   * {@code parting} off too those before the parting (tag {@code real-parting-off}: the {@code
   * real} hashes of renderer version 9), with
   * {@code line-sheen} off too those before the lines' sheen (tag {@code real-sheen-off}: the
   * {@code real} hashes of main 6cc5004, renderer version 8), with {@code camera-tone} off too
   * those before the camera's tone curve (tag {@code real-tone-off}: the {@code real} hashes of
   * main 7f8d071), with {@code mouth-corners} off too those before the resting mouth corners (tag
   * {@code real-corners-off}: the {@code real} hashes of main 07eb59e), and with {@code lash-seam}
   * off too those before the lash seam (tag {@code real-seam-off}: the {@code real} hashes of main
   * 3283318). For the last three that held up to renderer version 4; since version 5 (the hair
   * behind translucent hair, a compositing fix with no switch) they hold the bytes of the build
   * with those features off, so they still pin what each switch turns off.
   */
  @ParameterizedTest
  @MethodSource("earlierBuilds")
  @Tag("slow")
  @Tag("realmodel")
  void realModelWithoutALaterFeatureIsByteIdenticalToTheEarlierBuild(String tag, Set<LookFeature> off)
      throws IOException {
    generateReal(LookOptions.full().with(EnumSet.of(LookFeature.FACE_EXPOSURE)).without(off));
    Map<String, String> expected = golden(tag);
    assertThat(expected).hasSize(26);
    assertThat(hashes(tmp.resolve("out"))).isEqualTo(expected);
  }

  /**
   * The opt-in fold-shaped lines ({@code --look-on line-folds}, tag {@code real-folds-on}) change the
   * images and leave the heatmaps (they follow the geometry), and the default leaves them off.
   */
  @Test
  @Tag("slow")
  @Tag("realmodel")
  void realModelWithTheOptInLineFoldsWritesItsOwnGoldens() throws IOException {
    generateReal(LookOptions.full().with(EnumSet.of(LookFeature.LINE_FOLDS)));
    Map<String, String> folds = golden("real-folds-on");
    assertThat(folds).hasSize(26);
    assertThat(hashes(tmp.resolve("out"))).isEqualTo(folds);
    Map<String, String> real = golden("real");
    for (String f : folds.keySet()) {
      assertThat(folds.get(f).equals(real.get(f))).as(f).isEqualTo(f.startsWith("heatmaps/"));
    }
  }

  static Stream<Arguments> earlierBuilds() {
    LookFeature[] later = {LookFeature.BROW_PLACE, LookFeature.WAVES, LookFeature.BROW_SHADE, LookFeature.LINE_RELIEF, LookFeature.PORE_RELIEF, LookFeature.MOUTH_COLOUR, LookFeature.LIP_SEAL, LookFeature.PARTING,
        LookFeature.LINE_SHEEN, LookFeature.CAMERA_TONE, LookFeature.MOUTH_CORNERS, LookFeature.LASH_SEAM};
    String[] tags = {"real-place-off", "real-waves-off", "real-shade-off", "real-lines-off", "real-relief-off", "real-mouth-off", "real-seal-off", "real-parting-off", "real-sheen-off", "real-tone-off",
        "real-corners-off", "real-seam-off"};
    return IntStream.range(0, tags.length).mapToObj(
        i -> Arguments.of(tags[i], EnumSet.copyOf(Arrays.asList(later).subList(0, i + 1))));
  }

  /** Generates the real-model golden set (2 identities, 2 pain levels, 3 views, 96 px, seed 7, studio) into tmp/out. */
  private void generateReal(LookOptions look) throws IOException {
    GeneratorConfig c = new GeneratorConfig(2, 2, GeneratorConfig.paperViews(3), 96, 1, 7, ImageFormat.PNG,
        Balance.PAPER, look, SceneConfig.studio());
    new DatasetGenerator(RealFaceModel.get()).run(c, new GenerationOptions(2, Shard.all(), false, false),
        tmp.resolve("out"), GenerationProgress.NONE);
  }
}
