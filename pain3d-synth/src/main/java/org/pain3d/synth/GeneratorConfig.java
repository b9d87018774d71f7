package org.pain3d.synth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.pain3d.io.Json;
import org.pain3d.pspi.Pspi;
import org.pain3d.dataset.DatasetNaming;
import org.pain3d.render.View;
import org.pain3d.synth.look.LookOptions;
import org.pain3d.synth.scene.SceneConfig;

/**
 * Everything that determines the content of a generated dataset. Two runs with equal
 * configs write byte-identical files, whatever their threads or shards ({@link
 * GenerationOptions} holds those).
 *
 * @param identities number of identities, 1..100,000
 * @param painSets pain sets (distinct PSPI levels) per identity, 1..16
 * @param views camera views (yaw, pitch, roll around the head), 1..16; view 0 should be
 *     frontal (the heatmap is always rendered frontally)
 * @param sizePx image width and height, pixels, 64..1024
 * @param superSample anti-aliasing samples per pixel side, 1..4
 * @param seed the master seed
 * @param format image encoding
 * @param balance demographic balance
 * @param look the identities' look features ({@link LookOptions#full()} by default)
 * @param scene the scene around the face (preset and ranges; {@link SceneConfig#studio()}
 *     by default)
 * @param meshDetail the face mesh of the scene images ({@link MeshDetail#FULL} by default;
 *     {@code pain3d generate} defaults to {@link MeshDetail#AUTO})
 */
public record GeneratorConfig(
    int identities, int painSets, List<View> views, int sizePx, int superSample, long seed,
    ImageFormat format, Balance balance, LookOptions look, SceneConfig scene, MeshDetail meshDetail) {

  /** Validates ranges. */
  public GeneratorConfig {
    views = List.copyOf(views);
    if (identities < 1 || identities > DatasetNaming.MAX_IDENTITY + 1) {
      throw new IllegalArgumentException("identities must be in 1..100000, got " + identities);
    }
    if (painSets < 1 || painSets > Pspi.MAX) {
      throw new IllegalArgumentException("pain levels per identity must be in 1.." + Pspi.MAX
          + " (one per PSPI level 1..16, each different), got " + painSets);
    }
    if (views.isEmpty() || views.size() > 16) {
      throw new IllegalArgumentException("need 1..16 views, got " + views.size());
    }
    if (sizePx < 64 || sizePx > 1024) {
      throw new IllegalArgumentException("image size must be in 64..1024 px, got " + sizePx);
    }
    if (superSample < 1 || superSample > 4) {
      throw new IllegalArgumentException("supersampling must be in 1..4, got " + superSample);
    }
    if (format == null || balance == null || look == null || scene == null || meshDetail == null) {
      throw new IllegalArgumentException("format, balance, look, scene and mesh detail must be given");
    }
  }

  /**
   * A config whose images use the full face mesh.
   *
   * @param identities number of identities
   * @param painSets pain sets per identity
   * @param views camera views
   * @param sizePx image side, pixels
   * @param superSample anti-aliasing factor
   * @param seed the master seed
   * @param format image encoding
   * @param balance demographic balance
   * @param look the look features
   * @param scene the scene config
   */
  public GeneratorConfig(int identities, int painSets, List<View> views, int sizePx, int superSample, long seed,
      ImageFormat format, Balance balance, LookOptions look, SceneConfig scene) {
    this(identities, painSets, views, sizePx, superSample, seed, format, balance, look, scene, MeshDetail.FULL);
  }

  /**
   * A config with every look feature on, in the studio scene.
   *
   * @param identities number of identities
   * @param painSets pain sets per identity
   * @param views camera views
   * @param sizePx image side, pixels
   * @param superSample anti-aliasing factor
   * @param seed the master seed
   * @param format image encoding
   * @param balance demographic balance
   */
  public GeneratorConfig(int identities, int painSets, List<View> views, int sizePx, int superSample, long seed,
      ImageFormat format, Balance balance) {
    this(identities, painSets, views, sizePx, superSample, seed, format, balance, LookOptions.full(),
        SceneConfig.studio());
  }

  /**
   * A config with the given look features, in the studio scene.
   *
   * @param identities number of identities
   * @param painSets pain sets per identity
   * @param views camera views
   * @param sizePx image side, pixels
   * @param superSample anti-aliasing factor
   * @param seed the master seed
   * @param format image encoding
   * @param balance demographic balance
   * @param look the look features
   */
  public GeneratorConfig(int identities, int painSets, List<View> views, int sizePx, int superSample, long seed,
      ImageFormat format, Balance balance, LookOptions look) {
    this(identities, painSets, views, sizePx, superSample, seed, format, balance, look, SceneConfig.studio());
  }

  /**
   * A config with every look feature on, in the given scene.
   *
   * @param identities number of identities
   * @param painSets pain sets per identity
   * @param views camera views
   * @param sizePx image side, pixels
   * @param superSample anti-aliasing factor
   * @param seed the master seed
   * @param format image encoding
   * @param balance demographic balance
   * @param scene the scene config
   */
  public GeneratorConfig(int identities, int painSets, List<View> views, int sizePx, int superSample, long seed,
      ImageFormat format, Balance balance, SceneConfig scene) {
    this(identities, painSets, views, sizePx, superSample, seed, format, balance, LookOptions.full(), scene);
  }

  /**
   * The paper's views: frontal and 30 degrees to each side.
   *
   * @param count 1..3 views
   * @return the first {@code count} of frontal, +30, -30 degrees yaw
   */
  public static List<View> paperViews(int count) {
    List<View> all = List.of(View.frontal(), View.yaw(30), View.yaw(-30));
    if (count < 1 || count > all.size()) {
      throw new IllegalArgumentException("--views N takes 1..3 (or a list of yaw[:pitch[:roll]]), got " + count);
    }
    return all.subList(0, count);
  }

  /**
   * @return whether the images are drawn with the {@link FaceLod} mesh ({@link
   *     FaceLod#IMAGE_TARGET_FRACTION}): the detail and the image size decide, and only scenes use
   *     it (the studio look keeps the full mesh and its bytes)
   */
  public boolean usesLod() {
    return meshDetail.usesImageLod(sizePx) && !scene.isStudio();
  }

  /** @return the number of images per identity: (1 neutral + painSets) x views */
  public int imagesPerIdentity() {
    return (1 + painSets) * views.size();
  }

  /** @return the config as JSON (the manifest's {@code config} and the resume check) */
  public ObjectNode toJson() {
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("identities", identities).put("pain_levels", painSets).put("size_px", sizePx)
        .put("supersample", superSample).put("seed", seed).put("format", format.extension())
        .put("balance", balance.name().toLowerCase(java.util.Locale.ROOT));
    ArrayNode v = n.putArray("views");
    for (View view : views) {
      v.addObject().put("yaw_deg", view.yawDeg()).put("pitch_deg", view.pitchDeg()).put("roll_deg", view.rollDeg());
    }
    n.set("look", look.toJson());
    n.set("scene", scene.toJson());
    if (usesLod()) {
      // Only where it changes the images: a dataset drawn with the full mesh (studio, large
      // images, --mesh-detail full) has the manifest (and resume check) of the builds before
      // the option.
      n.put("mesh_detail", meshDetail.label());
    }
    n.put(RendererVersion.KEY, RendererVersion.IMAGES);
    return n;
  }
}
