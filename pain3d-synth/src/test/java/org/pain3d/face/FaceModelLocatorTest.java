package org.pain3d.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaceModelLocatorTest {
  @Test
  void flagBeatsEnvironmentBeatsCache() {
    FaceModelLocator env = new FaceModelLocator(Map.of(FaceModelLocator.MODEL_ENV, "/m/env.tar.xz",
        FaceModelLocator.CACHE_ENV, "/c"));
    assertThat(env.resolveWithoutDownload(Path.of("/m/flag"))).isEqualTo(Path.of("/m/flag"));
    assertThat(env.resolveWithoutDownload(null)).isEqualTo(Path.of("/m/env.tar.xz"));
    assertThat(env.cacheDirectory()).isEqualTo(Path.of("/c"));
    assertThat(env.downloadTarget()).isEqualTo(Path.of("/c/ICT-FaceKit-da5f95a.zip"));
    FaceModelLocator none = new FaceModelLocator(Map.of("XDG_CACHE_HOME", "/x"));
    assertThat(none.resolveWithoutDownload(null)).isNull();
    assertThat(none.cacheDirectory()).isEqualTo(Path.of("/x/pain3d"));
  }
}
