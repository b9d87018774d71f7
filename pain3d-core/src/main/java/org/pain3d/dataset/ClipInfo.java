package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.pain3d.io.Json;

/**
 * The record of one clip ({@code clips/<base>.json}, and one line of {@code clips.jsonl}):
 * who it shows, its video, its clip-level label and where its motion came from.
 *
 * @param formatVersion {@link ClipManifest#FORMAT_VERSION}
 * @param baseName {@code sample_<id5>_clip_<kk>}
 * @param clipIndex k, 1-based within the identity
 * @param identity the identity (id, coefficient seed, demographics)
 * @param split the identity's split
 * @param video the video file's shape
 * @param label the clip-level label
 * @param motion the motion's source and parameters
 * @param camera the clip's camera (one for every frame; intrinsics and extrinsics, the schema of
 *     an annotation's {@code views[].camera}); null in files written before clips had scenes
 * @param scene the clip's scene (the schema of an image annotation's {@code scene}, one view:
 *     garment, accessories, lights, background, the base head pose and lens of the camera, the
 *     clip's degradations); the per-frame head pose of the frame table turns the head on its
 *     neck on top of it; null in files written before clips had scenes
 * @param appearance how the identity looks (the record of an image annotation's {@code appearance}: the look
 *     features that were on, skin, hair, facial hair, make-up, ...); null in files written before clips recorded it
 * @param files the clip's files, relative to the root
 */
@JsonPropertyOrder({"format_version", "base_name", "clip_index", "identity", "split", "video", "label", "motion",
    "camera", "scene", "appearance", "files"})
public record ClipInfo(
    @JsonProperty("format_version") int formatVersion,
    @JsonProperty("base_name") String baseName,
    @JsonProperty("clip_index") int clipIndex,
    @JsonProperty("identity") IdentityInfo identity,
    @JsonProperty("split") Split split,
    @JsonProperty("video") Video video,
    @JsonProperty("label") Label label,
    @JsonProperty("motion") Motion motion,
    @JsonProperty("camera") @JsonInclude(JsonInclude.Include.NON_NULL) CameraAnnotation camera,
    @JsonProperty("scene") @JsonInclude(JsonInclude.Include.NON_NULL) SceneAnnotation scene,
    @JsonProperty("appearance") @JsonInclude(JsonInclude.Include.NON_NULL) AppearanceAnnotation appearance,
    @JsonProperty("files") Files files) {

  /** Keys that files written before clips had scenes or recorded the look lack (read as null). */
  public static final List<String> OPTIONAL_KEYS = List.of("camera", "scene", "appearance");

  /**
   * Reads a clip record ({@code clips/<base>.json} or a {@code clips.jsonl} line), older ones
   * without {@link #OPTIONAL_KEYS} too.
   *
   * @param json the record's JSON text
   * @return the record
   * @throws JsonProcessingException when it is not a clip record
   */
  public static ClipInfo parse(String json) throws JsonProcessingException {
    JsonNode root = Json.datasetReader().readTree(json);
    fillOptionalKeys(root);
    return Json.datasetReader().treeToValue(root, ClipInfo.class);
  }

  /**
   * Makes a clip record's JSON tree of an older version readable as this one: every one of the
   * {@link #OPTIONAL_KEYS} it lacks is set to null (records inside other records, e.g. a
   * generator's identity record, are read through this too).
   *
   * @param record the record's tree (anything but an object is left alone)
   */
  public static void fillOptionalKeys(JsonNode record) {
    if (record instanceof ObjectNode o) {
      for (String k : OPTIONAL_KEYS) {
        if (!o.has(k)) {
          o.putNull(k);
        }
      }
      AppearanceAnnotation.fillOptionalKeys(o.get("appearance"));
    }
  }

  /** Requires every part. */
  public ClipInfo {
    Objects.requireNonNull(baseName, "base_name");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(video, "video");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(motion, "motion");
    Objects.requireNonNull(files, "files");
    if (scene != null && scene.views().size() != 1) {
      throw new IllegalArgumentException("a clip's scene has one view, got " + scene.views().size());
    }
  }

  /**
   * The video.
   *
   * @param width frame width, pixels
   * @param height frame height, pixels
   * @param fps frames per second (frame k at k / fps s)
   * @param frames number of frames
   * @param codec always {@code h264}
   * @param pixelFormat always {@code yuv420p}
   * @param qp the H.264 quantiser
   * @param mesh the face mesh the frames were drawn with: {@code full} (the model's) or {@code lod} (a coarser
   *     triangle list over the same vertices, for small frames); null in files written before clips recorded it
   * @param skinTexels texels per side of the skin texture tile the face was painted with (512, or 256 for
   *     small frames on the LOD); null in files written before clips recorded it (512)
   */
  @JsonPropertyOrder({"width", "height", "fps", "frames", "codec", "pixel_format", "qp", "mesh", "skin_texels"})
  public record Video(
      @JsonProperty("width") int width,
      @JsonProperty("height") int height,
      @JsonProperty("fps") int fps,
      @JsonProperty("frames") int frames,
      @JsonProperty("codec") String codec,
      @JsonProperty("pixel_format") String pixelFormat,
      @JsonProperty("qp") int qp,
      @JsonProperty("mesh") @JsonInclude(JsonInclude.Include.NON_NULL) String mesh,
      @JsonProperty("skin_texels") @JsonInclude(JsonInclude.Include.NON_NULL) Integer skinTexels) {}

  /**
   * The clip-level label. Episode clips also give the phase times of their episode (null for
   * captured motion).
   *
   * @param apexPspi the largest per-frame PSPI, 0..16
   * @param apexTimeS the time of the first frame with that PSPI, s
   * @param painClass the BioVid-style class of the apex PSPI
   * @param targetPspi the episode's target apex PSPI (null for captured motion)
   * @param onsetStartS when the first AU starts to rise, s (null for captured motion)
   * @param apexStartS when every AU is at its apex, s (null for captured motion)
   * @param apexEndS when the first AU starts to fall, s (null for captured motion)
   * @param offsetEndS when every AU is back at 0, s (null for captured motion)
   */
  @JsonPropertyOrder({"apex_pspi", "apex_time_s", "pain_class", "target_pspi", "onset_start_s", "apex_start_s",
      "apex_end_s", "offset_end_s"})
  public record Label(
      @JsonProperty("apex_pspi") double apexPspi,
      @JsonProperty("apex_time_s") double apexTimeS,
      @JsonProperty("pain_class") PainClass painClass,
      @JsonProperty("target_pspi") Integer targetPspi,
      @JsonProperty("onset_start_s") Double onsetStartS,
      @JsonProperty("apex_start_s") Double apexStartS,
      @JsonProperty("apex_end_s") Double apexEndS,
      @JsonProperty("offset_end_s") Double offsetEndS) {
    /** Checks the class against the apex PSPI. */
    public Label {
      if (painClass != PainClass.ofApexPspi(apexPspi)) {
        throw new IllegalArgumentException("pain class " + painClass + " does not match apex PSPI " + apexPspi);
      }
    }
  }

  /**
   * Where the motion came from.
   *
   * @param source episode, openface or unbc
   * @param recording the recording's name (null for an episode)
   * @param windowStartS where in the recording the clip starts, s (null for an episode)
   * @param parameters the episode's drawn parameters, or what was taken from the recording and
   *     what was added (head sway, gaze, blinks)
   */
  @JsonPropertyOrder({"source", "recording", "window_start_s", "parameters"})
  public record Motion(
      @JsonProperty("source") ClipSource source,
      @JsonProperty("recording") String recording,
      @JsonProperty("window_start_s") Double windowStartS,
      @JsonProperty("parameters") ObjectNode parameters) {}

  /**
   * The clip's files.
   *
   * @param video {@code clips/<base>.mp4}
   * @param frames {@code clips/<base>_frames.csv}
   */
  @JsonPropertyOrder({"video", "frames"})
  public record Files(@JsonProperty("video") String video, @JsonProperty("frames") String frames) {}
}
