package org.pain3d.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shader colours teeth and gums by the identity's surface look, or by its plain constants. */
class ShaderMouthColourTest {
  private static final int TEETH = 0xC9B687;
  private static final int GUMS = 0xA6675F;

  @Test
  void teethAndGumsTakeTheSurfaceLooksColoursElseThePlainOnes() {
    RenderMesh q = TinyMeshes.quadPair();
    RenderMesh mouth = new RenderMesh(q.positions(), q.triangles(), q.uvs(), q.triangleUvs(), new int[] {0, 1},
        List.of("M_Teeth", "M_GumsTongue"));
    Appearance app = Appearance.defaults(SkinTone.MEDIUM);
    SkinTexture skin = SkinTexture.bake(mouth, new boolean[] {false, false}, app, 16);
    Shader coloured = new Shader(mouth, app, skin, new SurfaceLook(-1, -1, -1, TEETH, GUMS, 0, 0, 0));
    assertThat(coloured.kindOf(0)).isEqualTo(MaterialKind.TEETH);
    assertThat(coloured.albedoAt(0, 0.5f, 0.5f)).isEqualTo(TEETH);
    assertThat(coloured.albedoAt(1, 0.5f, 0.5f)).isEqualTo(GUMS);
    for (Shader plain : List.of(new Shader(mouth, app, skin),
        new Shader(mouth, app, skin, new SurfaceLook(-1, -1, -1, -1, -1, 0.35, 0.18, 0.12)))) {
      assertThat(plain.albedoAt(0, 0.5f, 0.5f)).isEqualTo(Shader.PLAIN_TEETH_RGB);
      assertThat(plain.albedoAt(1, 0.5f, 0.5f)).isEqualTo(Shader.PLAIN_GUMS_RGB);
    }
    assertThatThrownBy(() -> new SurfaceLook(-1, -1, -1, TEETH, -1, 0, 0, 0)).hasMessageContaining("together");
  }
}
