package org.pain3d.render.hair;

import java.util.Arrays;
import org.pain3d.render.FaceLandmarks;
import org.pain3d.render.FaceRegions;
import org.pain3d.render.MaterialKind;
import org.pain3d.render.Noise;
import org.pain3d.render.RenderMesh;
import org.pain3d.render.VertexNormals;
import org.pain3d.render.look.FaceFrame;

/**
 * Builds an identity's {@link HairModel} on its neutral ICT-FaceKit head.
 *
 * <ul>
 *   <li>Cap: every skin triangle where the {@link ScalpMap} grows hair or lies within one growth
 *       unit under the hairline (the contact shadow, {@link HairShading}), pushed out along
 *       the vertex normals by the style's volume (tapering to 1.2 mm at the hairline; lumpy
 *       for curls), refined where that volume rises ({@link CapShell}).
 *   <li>Curtain (styles with a hanging length): a grid of columns every 6 degrees of
 *       azimuth around the sides and back, outside the face opening, from 1.5 cm above the
 *       brows down to the style's length (drawn as a film, {@link HairShading}); the top row on
 *       the cap's surface, flaring out over {@value #HUG_CM} cm; each row keeps clear of the head,
 *       ears, jaw and shoulders below it (radius never shrinks going down), so the hair falls
 *       straight; or, for wavy hair ({@link HairLook#waves}), in waves ({@link #wave}) outside
 *       that straight fall, with rows {@value #WAVY_ROWS} times as close.
 *   <li>Bun (tied back): an ellipsoid at the back of the head.
 *   <li>Facial hair: the face triangles where the style grows ({@link BeardDensity}: beard with
 *       graded edges, moustache, chin; lips excluded), a shell that follows the face vertices,
 *       as high as the hair is dense; its opacity attribute is the density, drawn as whole hairs
 *       ({@link StrandTexture#cover}).
 *   <li>Lashes: ICT-FaceKit's upper lash cards, following the face; texture v is the distance
 *       from the lid ({@link #rootDistances}); with {@link HairLook#lashSeam} their roots are lifted
 *       onto the lid seam as the lid closes ({@link LashSeam}).
 * </ul>
 */
public final class HairBuilder {
  /** Hanging hair's rows, cm apart. */
  static final float ROW_CM = 1.8f;
  /**
   * Wavy hanging hair has this many rows for each of straight hair's (0.6 cm apart: nine or more
   * per wave; at 0.9 cm the strands zigzagged between the rows).
   */
  static final int WAVY_ROWS = 3;
  /** How far hanging hair spreads over a pillow beyond where it reaches it, cm. */
  static final float SPREAD_CM = 10f;
  /**
   * Lying hanging hair within this height of the pillow's surface takes less of the head's turn
   * (none on the surface, all of it this far above), cm.
   */
  static final float PILLOW_HOLD_CM = 2f;
  private static final float COLUMN_DEG = 6f;
  /**
   * Over how far below its top hanging hair flares out from the cap's surface to its stand-off,
   * cm: its top row on the cap, so that the fall's top does not stand out of the cap as a ledge
   * (seen edge-on beside the temples, a square translucent tab).
   */
  static final float HUG_CM = 4f;
  /** How far outside the cap's surface hanging hair's top row lies, cm. */
  static final float HUG_GAP_CM = 0.05f;
  /** Straight hanging hair thins into strands of their own lengths over its last this many cm. */
  static final float HEM_CM = 3.5f;
  /**
   * Curly hanging hair's hem is this many cm deep: its strand thresholds belong to whole curls, so
   * over {@link #HEM_CM} the thinning hem was a band of isolated curls specked over the background
   * below the hair; over 1 cm its ends are a ragged edge of curls (docs/faces.md, "Thirty-eighth
   * session").
   */
  static final float CURLY_HEM_CM = 1f;
  /**
   * Length of one wave of wavy hanging hair (crest to crest) at waves 1, cm; looser waves are
   * longer ({@link #waveLength}).
   */
  public static final float WAVE_CM = 5f;
  /** How far out of the straight fall a wave's crest lies at waves 1, cm (its trough on it). */
  public static final float WAVE_DEPTH_CM = 1f;
  /** How far a wave swings sideways either way at waves 1, cm. */
  static final float WAVE_SWAY_CM = 0.45f;
  /** Below the hanging hair's top, where the waves begin, and over how much they grow, cm. */
  private static final float WAVE_START_CM = 2f;
  private static final float WAVE_RAMP_CM = 6f;
  /**
   * Facial hair's drawn density per unit of area density times the look's density: a beard of
   * density 0.87 and more is full where it grows fully, thinning only at its graded edges.
   */
  private static final float FACIAL_FILL = 1.15f;
  /**
   * The lashes' opacity without mascara ({@link HairLook#lashDarkness} 0); darkness 1 makes
   * them opaque. The root band at 0.55 was a grey smudge, not a lash line.
   */
  private static final float LASH_BASE = 0.55f;
  /** How far around the lash cards skin vertices are searched for their roots, cm. */
  private static final float LASH_REACH_CM = 0.3f;
  private final Parts p = new Parts();

  private HairBuilder() {}

  /**
   * @param neutral the identity's neutral mesh (ICT-FaceKit topology), world cm
   * @param look the hair look
   * @return the hair model (possibly empty)
   */
  public static HairModel build(RenderMesh neutral, HairLook look) {
    return build(neutral, look, HairPose.UPRIGHT);
  }

  /**
   * @param neutral a head (ICT-FaceKit topology), world cm
   * @return the z of the back of its head (the lowest first corner of its M_BackHead triangles),
   *     world cm; {@code Float.MAX_VALUE} if it has none
   */
  static float backOfHead(RenderMesh neutral) {
    int backGroup = neutral.groupIndex("M_BackHead");
    float[] pos = neutral.positions();
    float back = Float.MAX_VALUE;
    for (int t = 0; t < neutral.triangleCount(); t++) {
      if (neutral.triangleGroups()[t] == backGroup) {
        back = Math.min(back, pos[3 * neutral.triangles()[3 * t] + 2]);
      }
    }
    return back;
  }

  /**
   * @param neutral the identity's neutral mesh (ICT-FaceKit topology), world cm
   * @param look the hair look
   * @param pose upright, or lying on a pillow (the hanging hair falls back onto it)
   * @return the hair model (possibly empty)
   */
  public static HairModel build(RenderMesh neutral, HairLook look, HairPose pose) {
    HairBuilder b = new HairBuilder();
    float[] pos = neutral.positions();
    float[] normals = new float[pos.length];
    VertexNormals.compute(pos, neutral.triangles(), normals);
    FaceFrame frame = new FaceFrame(pos, FaceLandmarks.ict68());
    MaterialKind[] kinds = MaterialKind.ofTriangles(neutral);
    float back = backOfHead(neutral);
    ScalpMap scalp = new ScalpMap(frame, back == Float.MAX_VALUE ? frame.z(0) - 12 : back, look);
    if (look.style() != HairStyle.BALD) {
      CapShell cap = CapShell.build(neutral, normals, kinds, scalp, look, b.p);
      if (look.style().hangCm() > 0) {
        b.curtain(neutral, kinds, scalp, frame, look, pose, back, cap);
      }
      if (look.style() == HairStyle.TIED_BACK) {
        b.bun(scalp, look);
      }
    }
    if (look.facialHair() != FacialHairStyle.NONE && look.facialHairDensity() > 0) {
      b.facial(neutral, kinds, frame, look);
    }
    LashSeam seam = look.lashes() ? b.lashes(neutral, kinds, frame, look) : null;
    return b.p.model(look, neutral.vertexCount(), look.lashSeam() ? seam : null);
  }

  /**
   * The density of hanging hair's strands near its hem.
   *
   * @param style the style (curly styles have the shorter hem, {@link #CURLY_HEM_CM})
   * @param aboveEndCm how far above the hair's end (its length less the column's jag), cm
   * @return the density, 0..1: 1 above the hem, falling smoothly to 0 at the end
   */
  static float hemDensity(HairStyle style, float aboveEndCm) {
    return FaceFrame.smooth(aboveEndCm / (style.curly() ? CURLY_HEM_CM : HEM_CM));
  }

  private void curtain(RenderMesh mesh, MaterialKind[] kinds, ScalpMap scalp, FaceFrame frame, HairLook look,
      HairPose pose, float back, CapShell cap) {
    HeadProfile head = HeadProfile.of(mesh, kinds, scalp);
    float[] c = scalp.centre();
    float top = frame.browY() + 1.5f;
    float earBottom = frame.y(33);
    float length = (float) (top - earBottom + look.style().hangCm() * look.length());
    float thick = (float) (look.style().volumeCm() * look.volume());
    double open = look.style().openDeg();
    int cols = (int) Math.ceil((360 - 2 * open) / COLUMN_DEG) + 1;
    boolean wavy = look.wavy();
    // The pillow's surface next to a lying head, world cm.
    float floor = (float) (back + pose.pillowSinkCm()) + 0.3f;
    float rowCm = wavy ? ROW_CM / WAVY_ROWS : ROW_CM;
    int rows = (int) Math.ceil(length / rowCm) + 1;
    int[][] idx = new int[cols][rows];
    float[] uv = new float[2];
    float[] tan = {0, -1, 0};
    float[] q = new float[3];
    for (int j = 0; j < cols; j++) {
      double az = open + j * (360 - 2 * open) / (cols - 1);
      double rad = Math.toRadians(az);
      float sx = (float) Math.sin(rad);
      float sz = (float) Math.cos(rad);
      float headTop = head.radius(az, top);
      float r = headTop + 0.25f + 0.8f * thick;
      // The top row lies on the cap's surface and the fall flares out to its stand-off over
      // HUG_CM below it (docs/faces.md, thirty-ninth session).
      float pull = Math.max(0, r - (headTop + cap.heightAt(c[0] + headTop * sx, top, c[2] + headTop * sz)
          + HUG_GAP_CM));
      scalp.strandCoordinates(c[0] + (r - pull) * sx, top, c[2] + (r - pull) * sz, uv);
      // The strands go on from the cap's: the scalp's strand coordinates at the column's top, its u
      // plus one turn's arc past the back of the head (az over 180 degrees), so that u runs on round
      // the back without a jump. Unparted that is the column's azimuth as arc, in the arithmetic that
      // keeps the earlier builds' bytes.
      float u = !scalp.parted() ? (float) (Math.toRadians(az) * scalp.radius())
          : az > 180 ? uv[0] + (float) (2 * Math.PI * scalp.radius()) : uv[0];
      float edge = Math.min(j, cols - 1 - j) / 2.5f;
      float jag = 2.5f * Noise.value(j * 0.7f, 0.3f, look.seed() + 11);
      // The phase turns over every two or three columns (locks of hair, each waving in its own
      // step); with it four columns wide whole sides waved in step and looked crimped.
      float phase = wavy ? (float) (3 * Math.PI * Noise.value(j * 0.7f, 0.6f, look.seed() + 23)) : 0;
      for (int i = 0; i < rows; i++) {
        float drop = Math.min(length, i * rowCm);
        float y = top - drop;
        if (i > 0) {
          r = Math.max(r, head.radius(az, y) + 0.35f + 0.5f * thick) + 0.03f * rowCm;
        }
        float hung = r - pull * (1 - FaceFrame.smooth(drop / HUG_CM));
        q[0] = c[0] + hung * sx;
        q[1] = y;
        q[2] = c[2] + hung * sz;
        if (wavy) {
          wave(q, tan, sx, sz, drop, phase, (float) look.waves());
        }
        if (pose.lying()) {
          onPillow(q, c, drop, top, floor, head, 0.35f + 0.5f * thick);
        }
        // The hem thins into strands of their own lengths (the texture's thresholds); the front
        // edge fades as a film.
        float hem = hemDensity(look.style(), length - jag - drop);
        idx[j][i] = p.vertex(q, u, uv[1] + drop, hem, tan, -1, 0);
        p.film(idx[j][i], FaceFrame.smooth(edge));
        if (pose.lying()) {
          // Hair lying on the pillow stays there when the head turns; above it, it turns with the head.
          p.turnWeight(idx[j][i], FaceFrame.smooth((q[2] - floor) / PILLOW_HOLD_CM));
        }
      }
    }
    for (int j = 0; j + 1 < cols; j++) {
      for (int i = 0; i + 1 < rows; i++) {
        p.triangle(idx[j][i], idx[j][i + 1], idx[j + 1][i + 1], HairModel.CURTAIN);
        p.triangle(idx[j][i], idx[j + 1][i + 1], idx[j + 1][i], HairModel.CURTAIN);
      }
    }
  }

  /**
   * Puts a point of the straight fall into its wave: out from it by {@code (1 + sin w) / 2} of
   * the crest's depth and sideways (along the azimuth) by {@code cos w} of the sway, where
   * {@code w = 2 pi drop / waveLength(waves) + phase}, both growing from nothing {@value
   * #WAVE_START_CM} cm below the top over {@value #WAVE_RAMP_CM} cm. Never inward, so the wave
   * stays clear of whatever the straight fall clears. The strand's direction there (for the
   * highlights) follows the wave (upright; a lying head's re-hung hair keeps it, as the straight
   * fall keeps its -y).
   *
   * @param q the point of the straight fall, world cm, moved; shape [3]
   * @param tan receives the strand's unit direction down the wave; shape [3]
   * @param sx sine of the column's azimuth (its outward direction is (sx, 0, sz))
   * @param sz cosine of the column's azimuth
   * @param drop how far below the hanging hair's top, cm
   * @param phase the column's phase, radians
   * @param waves the look's waves, 0..1
   */
  static void wave(float[] q, float[] tan, float sx, float sz, float drop, float phase, float waves) {
    float grow = FaceFrame.smooth((drop - WAVE_START_CM) / WAVE_RAMP_CM);
    float k = (float) (2 * Math.PI / waveLength(waves));
    double w = k * drop + phase;
    float depth = WAVE_DEPTH_CM * waves * grow;
    float sway = WAVE_SWAY_CM * waves * grow;
    float out = depth * 0.5f * (1 + (float) Math.sin(w));
    float side = sway * (float) Math.cos(w);
    // Outward (sx, 0, sz); sideways, along increasing azimuth, (sz, 0, -sx).
    q[0] += out * sx + side * sz;
    q[2] += out * sz - side * sx;
    // Down the wave: -y, plus the rates of out and side per cm of drop (the growth's own slope
    // left out, as the wave's is steeper).
    float dOut = depth * 0.5f * k * (float) Math.cos(w);
    float dSide = -sway * k * (float) Math.sin(w);
    float tx = dOut * sx + dSide * sz;
    float tz = dOut * sz - dSide * sx;
    float n = (float) Math.sqrt(tx * tx + 1 + tz * tz);
    tan[0] = tx / n;
    tan[1] = -1 / n;
    tan[2] = tz / n;
  }

  /**
   * @param waves the look's waves, 0..1
   * @return the length of one wave, cm: {@value #WAVE_CM} at waves 1, 1.5 times that as waves fall
   *     to 0 (looser waves are longer as well as shallower)
   */
  static float waveLength(float waves) {
    return WAVE_CM * (1.5f - 0.5f * waves);
  }

  /**
   * Re-hangs a point of upright hanging hair for a head lying on a pillow: the hair falls
   * along -z instead of -y. A point that hung {@code drop} cm below the top keeps its place
   * around the head but goes back by that drop instead of down (kept at its height at the top,
   * sliding back over the side of the head), and once at the pillow's surface ({@code floorZ})
   * spreads over it, away from the head's centre in the pillow's plane, for the rest of its
   * length up to {@value #SPREAD_CM} cm (long hair spread its whole length, past the pillow's
   * edge 16 cm above the head, where it floated in the air as a dark wing).
   *
   * @param q the upright point, world cm, replaced, shape [3]
   * @param c the head centre, world cm, shape [3]
   * @param drop how far below the top the point hung, cm
   * @param top the height of the hanging hair's top, world cm
   * @param floorZ the pillow's surface next to the head, world cm
   * @param head the head's reach, to keep the hair outside it
   * @param clearance the hair's distance outside the head's reach, cm
   */
  static void onPillow(float[] q, float[] c, float drop, float top, float floorZ, HeadProfile head, float clearance) {
    float x = q[0];
    float z = q[2] - drop;
    float y = top;
    float dx0 = x - c[0];
    float dz0 = z - c[2];
    float rr = (float) Math.sqrt(dx0 * dx0 + dz0 * dz0);
    float need = head.radius(Math.toDegrees(Math.atan2(dx0, dz0)), y) + clearance;
    if (rr < need && rr > 1e-3f) {
      // Sliding back over the side of the head, not through it.
      x = c[0] + dx0 * need / rr;
      z = c[2] + dz0 * need / rr;
    }
    if (z < floorZ) {
      // Past the pillow's surface: the rest of the length lies on it, outward from the head, at
      // most SPREAD_CM (gathered beyond).
      float rest = Math.min(floorZ - z, SPREAD_CM);
      z = floorZ;
      float dx = x - c[0];
      float dy = y - c[1];
      float l = (float) Math.sqrt(dx * dx + dy * dy);
      if (l > 1e-3f) {
        x += rest * dx / l;
        y += rest * dy / l;
      }
    }
    q[0] = x;
    q[1] = y;
    q[2] = z;
  }

  private void bun(ScalpMap scalp, HairLook look) {
    float[] c = scalp.centre();
    float cx = c[0];
    float cy = c[1] + 2.2f;
    float cz = c[2] - scalp.radius() - 1.2f;
    int seg = 14;
    int rings = 9;
    int[][] idx = new int[rings + 1][seg];
    float[] q = new float[3];
    float[] tan = new float[3];
    for (int i = 0; i <= rings; i++) {
      double th = Math.PI * i / rings;
      for (int j = 0; j < seg; j++) {
        double ph = 2 * Math.PI * j / seg;
        q[0] = cx + (float) (2.6 * Math.sin(th) * Math.cos(ph));
        q[1] = cy + (float) (2.3 * Math.cos(th));
        q[2] = cz + (float) (2.1 * Math.sin(th) * Math.sin(ph));
        tan[0] = (float) -Math.sin(ph);
        tan[1] = 0;
        tan[2] = (float) Math.cos(ph);
        idx[i][j] = p.vertex(q, (float) (ph * 2.5), (float) (th * 2.5), 1, tan, -1, 0);
      }
    }
    for (int i = 0; i < rings; i++) {
      for (int j = 0; j < seg; j++) {
        int k = (j + 1) % seg;
        p.triangle(idx[i][j], idx[i][k], idx[i + 1][k], HairModel.BUN);
        p.triangle(idx[i][j], idx[i + 1][k], idx[i + 1][j], HairModel.BUN);
      }
    }
  }

  private void facial(RenderMesh mesh, MaterialKind[] kinds, FaceFrame frame, HairLook look) {
    float[] pos = mesh.positions();
    int[] tris = mesh.triangles();
    BeardDensity density = new BeardDensity(frame, new FaceRegions(pos, FaceLandmarks.ict68()), look.seed() + BeardDensity.SEED_OFFSET);
    int faceGroup = mesh.groupIndex("M_Face");
    float[] w = new float[mesh.vertexCount()];
    Arrays.fill(w, Float.NaN);
    int[] map = new int[mesh.vertexCount()];
    Arrays.fill(map, -1);
    float thick = switch (look.facialHair()) {
      case MOUSTACHE -> 0.3f;
      case GOATEE -> 0.4f;
      case SHORT_BEARD -> 0.3f;
      case FULL_BEARD -> 1.1f;
      case NONE -> 0f;
    };
    float amount = (float) look.facialHairDensity();
    float[] q = new float[3];
    float[] tan = {0, -1, 0};
    for (int t = 0; t < kinds.length; t++) {
      if (kinds[t] != MaterialKind.SKIN || mesh.triangleGroups()[t] != faceGroup) {
        continue;
      }
      float max = 0;
      for (int k = 0; k < 3; k++) {
        int v = tris[3 * t + k];
        if (Float.isNaN(w[v])) {
          w[v] = density.of(look.facialHair(), pos[3 * v], pos[3 * v + 1], pos[3 * v + 2]);
        }
        max = Math.max(max, w[v]);
      }
      if (max < 0.02f) {
        continue;
      }
      int[] corner = new int[3];
      for (int k = 0; k < 3; k++) {
        int v = tris[3 * t + k];
        if (map[v] < 0) {
          q[0] = pos[3 * v];
          q[1] = pos[3 * v + 1];
          q[2] = pos[3 * v + 2];
          // The shell's height follows the density: full over the jaw and chin, down to the skin
          // at the graded edges.
          float off = 0.05f + thick * FaceFrame.smooth(w[v] * 1.3f);
          map[v] = p.vertex(q, pos[3 * v], -pos[3 * v + 1], Math.min(1f, FACIAL_FILL * w[v] * amount), tan, v, off);
        }
        corner[k] = map[v];
      }
      p.triangle(corner[0], corner[1], corner[2], HairModel.FACIAL);
    }
    // Every face triangle touching a followed vertex gives it its normal.
    for (int t = 0; t < kinds.length; t++) {
      int a = tris[3 * t];
      int b = tris[3 * t + 1];
      int c = tris[3 * t + 2];
      if (map[a] >= 0 || map[b] >= 0 || map[c] >= 0) {
        p.faceTriangle(a, b, c);
      }
    }
  }

  /**
   * The upper lash cards: texture u from the model's lash UVs (along the lid), texture v the
   * vertex's distance from its root in cm ({@link #rootDistances}), so that the lash texture is
   * dense at the lid margin and thins towards the tips ({@link StrandTexture}).
   *
   * @return the cards' seam lift ({@link LashSeam}), or null when the mesh has no lashes
   */
  private LashSeam lashes(RenderMesh mesh, MaterialKind[] kinds, FaceFrame frame, HairLook look) {
    float eyeY = 0.25f * (frame.y(36) + frame.y(39) + frame.y(42) + frame.y(45));
    int g = mesh.groupIndex("M_EyeLashes");
    if (g < 0) {
      return null;
    }
    float[] pos = mesh.positions();
    int[] tris = mesh.triangles();
    float[] uvs = mesh.uvs();
    float[] root = rootDistances(mesh, kinds, g);
    int[] map = new int[mesh.vertexCount()];
    Arrays.fill(map, -1);
    float[] q = new float[3];
    float[] tan = {0, 1, 0};
    float a = LASH_BASE + (1 - LASH_BASE) * (float) look.lashDarkness();
    for (int t = 0; t < mesh.triangleCount(); t++) {
      if (mesh.triangleGroups()[t] != g) {
        continue;
      }
      if (pos[3 * tris[3 * t] + 1] < eyeY && pos[3 * tris[3 * t + 1] + 1] < eyeY && pos[3 * tris[3 * t + 2] + 1] < eyeY) {
        // Lower lashes are short and sparse: at this resolution a darker lid margin, not cards.
        continue;
      }
      int[] corner = new int[3];
      for (int k = 0; k < 3; k++) {
        int v = tris[3 * t + k];
        int uv = mesh.triangleUvs()[3 * t + k];
        if (map[v] < 0) {
          q[0] = pos[3 * v];
          q[1] = pos[3 * v + 1];
          q[2] = pos[3 * v + 2];
          map[v] = p.vertex(q, uvs[2 * uv] * 40, root[v], a, tan, v, 0);
        }
        corner[k] = map[v];
      }
      p.triangle(corner[0], corner[1], corner[2], HairModel.LASHES);
      p.faceTriangle(tris[3 * t], tris[3 * t + 1], tris[3 * t + 2]);
    }
    return LashSeam.of(pos, FaceLandmarks.ict68(), map);
  }

  /**
   * How far each vertex of a lash group lies from the lid it grows from: the distance (cm) to
   * the nearest skin vertex within {@value #LASH_REACH_CM} cm of the lashes' bounding box (the
   * cards' roots are sunk into the lid margins; their tips stand up to about 0.9 cm off it).
   *
   * @return per mesh vertex, the distance in cm (0 for vertices outside the group)
   */
  static float[] rootDistances(RenderMesh mesh, MaterialKind[] kinds, int lashGroup) {
    float[] pos = mesh.positions();
    int[] tris = mesh.triangles();
    int n = mesh.vertexCount();
    boolean[] lash = new boolean[n];
    float[] box = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
    for (int t = 0; t < mesh.triangleCount(); t++) {
      if (mesh.triangleGroups()[t] != lashGroup) {
        continue;
      }
      for (int k = 0; k < 3; k++) {
        int v = tris[3 * t + k];
        lash[v] = true;
        for (int c = 0; c < 3; c++) {
          box[c] = Math.min(box[c], pos[3 * v + c]);
          box[3 + c] = Math.max(box[3 + c], pos[3 * v + c]);
        }
      }
    }
    boolean[] near = new boolean[n];
    int count = 0;
    for (int t = 0; t < kinds.length; t++) {
      if (kinds[t] != MaterialKind.SKIN) {
        continue;
      }
      for (int k = 0; k < 3; k++) {
        int v = tris[3 * t + k];
        if (!near[v] && inBox(pos, v, box, LASH_REACH_CM)) {
          near[v] = true;
          count++;
        }
      }
    }
    float[] skin = new float[3 * count];
    int s = 0;
    for (int v = 0; v < n; v++) {
      if (near[v]) {
        System.arraycopy(pos, 3 * v, skin, 3 * s++, 3);
      }
    }
    float[] out = new float[n];
    for (int v = 0; v < n; v++) {
      if (!lash[v]) {
        continue;
      }
      float best = Float.MAX_VALUE;
      for (int i = 0; i < skin.length; i += 3) {
        float dx = pos[3 * v] - skin[i];
        float dy = pos[3 * v + 1] - skin[i + 1];
        float dz = pos[3 * v + 2] - skin[i + 2];
        best = Math.min(best, dx * dx + dy * dy + dz * dz);
      }
      out[v] = count == 0 ? 0 : (float) Math.sqrt(best);
    }
    return out;
  }

  private static boolean inBox(float[] pos, int v, float[] box, float grow) {
    for (int c = 0; c < 3; c++) {
      float x = pos[3 * v + c];
      if (x < box[c] - grow || x > box[3 + c] + grow) {
        return false;
      }
    }
    return true;
  }
}
