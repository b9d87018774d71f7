package org.pain3d.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pain3d.face.FaceModel;
import org.pain3d.render.View;
import org.pain3d.synth.look.LookOptions;
import org.pain3d.testing.FileTrees;
import org.pain3d.testing.RealFaceModel;

/** With every look feature on, the same arguments give the same bytes whatever the threads or shards. */
@Tag("slow")
class LookDeterminismTest {
  @TempDir Path tmp;

  static final GeneratorConfig CONFIG = new GeneratorConfig(4, 2, List.of(View.frontal(), View.yaw(-30)), 96, 1, 5,
      ImageFormat.PNG, Balance.PAPER, LookOptions.full());

  private Map<String, String> run(String name, GenerationOptions... runs) throws IOException {
    FaceModel m = RealFaceModel.get();
    Path out = tmp.resolve(name);
    for (GenerationOptions o : runs) {
      new DatasetGenerator(m).run(CONFIG, o, out, GenerationProgress.NONE);
    }
    return FileTrees.sha256(out);
  }

  @Test
  void sameBytesWhateverThreadsOrShards() throws IOException {
    Map<String, String> one = run("one", new GenerationOptions(1, Shard.all(), false, false));
    Map<String, String> two = run("two", new GenerationOptions(2, Shard.all(), false, false));
    Map<String, String> shards = run("shards", new GenerationOptions(1, Shard.parse("2/2"), false, false),
        new GenerationOptions(2, Shard.parse("1/2"), false, false));
    assertThat(two).isEqualTo(one);
    assertThat(shards).isEqualTo(one);
    assertThat(one.keySet()).anyMatch(k -> k.startsWith("annotations/neutral/"));
  }
}
