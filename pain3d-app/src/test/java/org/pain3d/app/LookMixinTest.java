package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Option;
import org.pain3d.synth.look.LookFeature;
import org.pain3d.synth.look.LookOptions;

/** The look flags: the full look without the opt-in features, {@code --look-on} and {@code --look-off}. */
class LookMixinTest {
  private static LookMixin mixin(String look, String[] on, String[] off) {
    LookMixin m = new LookMixin();
    m.look = look;
    m.on = on;
    m.off = off;
    m.facialHairRate = LookOptions.FACIAL_HAIR_RATE;
    m.makeupRate = LookOptions.MAKEUP_RATE;
    return m;
  }

  @Test
  void theFullLookHasEveryFeatureButTheOptInOnes() {
    LookOptions o = mixin("full", null, null).options();
    assertThat(o).isEqualTo(LookOptions.full());
    assertThat(o.has(LookFeature.CAMERA_TONE)).isTrue();
    assertThat(o.has(LookFeature.FACE_EXPOSURE)).isFalse();
    EnumSet<LookFeature> optIn = EnumSet.allOf(LookFeature.class);
    optIn.removeAll(o.features());
    assertThat(optIn).containsExactly(LookFeature.FACE_EXPOSURE, LookFeature.LINE_FOLDS);
  }

  @Test
  void lookOnAddsAndLookOffRemoves() {
    LookOptions o = mixin("full", new String[] {"face-exposure"}, new String[] {"camera-tone", "hair"}).options();
    assertThat(o.has(LookFeature.FACE_EXPOSURE)).isTrue();
    assertThat(o.has(LookFeature.CAMERA_TONE)).isFalse();
    assertThat(o.has(LookFeature.HAIR)).isFalse();
    assertThat(o.has(LookFeature.SHAPE)).isTrue();
    assertThat(mixin("full", new String[] {"line-folds"}, null).options().has(LookFeature.LINE_FOLDS)).isTrue();
    assertThat(mixin("plain", new String[] {"face-exposure"}, null).options().features())
        .containsExactly(LookFeature.FACE_EXPOSURE);
    assertThatThrownBy(() -> mixin("full", new String[] {"glow"}, null).options())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown look feature 'glow'");
  }

  @Test
  void theHelpNamesEveryFeatureUnderItsFlag() throws NoSuchFieldException {
    String off = String.join(" ", LookMixin.class.getDeclaredField("off").getAnnotation(Option.class).description());
    String on = String.join(" ", LookMixin.class.getDeclaredField("on").getAnnotation(Option.class).description());
    for (LookFeature f : LookFeature.values()) {
      String named = (f.optIn() ? on : off).replaceAll("[.,:]", " ") + " ";
      assertThat(named).as(f.flag()).contains(" " + f.flag() + " ");
    }
  }
}
