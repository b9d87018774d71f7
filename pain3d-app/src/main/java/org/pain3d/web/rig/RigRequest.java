package org.pain3d.web.rig;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pain3d.au.ActionUnit;
import org.pain3d.au.AuIntensities;

/**
 * One render request of the rig (the body of {@code POST /api/rig/render} and of the
 * exports). Every field is optional; absent ones take the defaults below, so {@code {}}
 * renders the default identity neutral-faced at 384 px.
 *
 * @param client a client key (a browser tab): a queued render of the same client is replaced
 *     by this one (coalescing); null for none. 1..64 characters of {@code [A-Za-z0-9_.-]}
 * @param identity who is on stage (default {@link RigIdentity#defaults()})
 * @param aus AU intensities by name ({@code AU4}, {@code 4}, {@code AU30L}): integers, FACS
 *     0..5, AU43 0..1; absent AUs are 0
 * @param view the viewpoint (default frontal)
 * @param scene the scene around the face (default {@link RigScene#studio()})
 * @param size image side, pixels, 64..1024 (default 384)
 * @param supersample anti-aliasing, 1 or 2 samples per pixel side (default 2)
 * @param images the images to return (default pain and neutral)
 */
@JsonPropertyOrder({"client", "identity", "aus", "view", "scene", "size", "supersample", "images"})
public record RigRequest(
    @JsonProperty("client") String client,
    @JsonProperty("identity") RigIdentity identity,
    @JsonProperty("aus") Map<String, Double> aus,
    @JsonProperty("view") RigView view,
    @JsonProperty("scene") RigScene scene,
    @JsonProperty("size") Integer size,
    @JsonProperty("supersample") Integer supersample,
    @JsonProperty("images") List<RigImage> images) {
  /** Default image side, pixels. */
  public static final int DEFAULT_SIZE = 384;
  /** Smallest image side. */
  public static final int MIN_SIZE = 64;
  /** Largest image side. */
  public static final int MAX_SIZE = 1024;
  /** Largest supersampling factor. */
  public static final int MAX_SUPERSAMPLE = 2;

  private static final Pattern CLIENT = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  /** Validates every field and fills the defaults. */
  public RigRequest {
    if (client != null && !CLIENT.matcher(client).matches()) {
      throw new IllegalArgumentException("client must be 1..64 characters of A-Z a-z 0-9 _ . -");
    }
    identity = identity == null ? RigIdentity.defaults() : identity;
    aus = checkAus(aus == null ? Map.of() : aus);
    view = view == null ? RigView.frontal() : view;
    scene = scene == null ? RigScene.studio() : scene;
    size = size == null ? DEFAULT_SIZE : size;
    if (size < MIN_SIZE || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be in " + MIN_SIZE + ".." + MAX_SIZE + " px, got " + size);
    }
    supersample = supersample == null ? MAX_SUPERSAMPLE : supersample;
    if (supersample < 1 || supersample > MAX_SUPERSAMPLE) {
      throw new IllegalArgumentException("supersample must be 1 or 2, got " + supersample);
    }
    images = images == null ? List.of(RigImage.PAIN, RigImage.NEUTRAL) : List.copyOf(images);
  }

  /**
   * The AU intensities.
   *
   * @return the configuration (absent AUs 0)
   */
  public AuIntensities intensities() {
    Map<ActionUnit, Integer> m = new EnumMap<>(ActionUnit.class);
    aus.forEach((k, v) -> m.put(ActionUnit.valueOf(k), (int) Math.round(v)));
    return AuIntensities.of(m);
  }

  /**
   * The images asked for.
   *
   * @return a set (possibly empty: then only labels and landmarks come back)
   */
  public Set<RigImage> imageSet() {
    return images.isEmpty() ? EnumSet.noneOf(RigImage.class) : EnumSet.copyOf(images);
  }

  /**
   * The same request with other images (the exports render what they write).
   *
   * @param wanted the images
   * @return the copy, without a client key (never coalesced)
   */
  public RigRequest withImages(List<RigImage> wanted) {
    return new RigRequest(null, identity, aus, view, scene, size, supersample, wanted);
  }

  /** Canonical AU names, integral values in range; a repeated AU (AU4 and 4) is refused. */
  private static Map<String, Double> checkAus(Map<String, Double> raw) {
    Map<String, Double> out = new LinkedHashMap<>();
    AuIntensities check = AuIntensities.none();
    for (Map.Entry<String, Double> e : raw.entrySet()) {
      ActionUnit au = ActionUnit.parse(e.getKey());
      Double v = e.getValue();
      if (v == null || v != Math.rint(v)) {
        throw new IllegalArgumentException(au + " intensity must be an integer 0.." + au.maxIntensity() + ", got " + v);
      }
      check = check.with(au, (int) Math.round(v));
      if (out.put(au.name(), v) != null) {
        throw new IllegalArgumentException(au + " is given twice");
      }
    }
    return Map.copyOf(out);
  }
}
