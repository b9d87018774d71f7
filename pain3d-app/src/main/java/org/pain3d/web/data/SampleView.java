package org.pain3d.web.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * One image of a dataset as the browser lists it.
 *
 * @param id its index in the dataset's sample list (stable while the server runs)
 * @param image the image file, relative to the dataset root
 * @param base its pain set's base name, or the neutral base name
 * @param subject the identity ({@code sample_00012})
 * @param kind {@code pain} or {@code neutral}
 * @param view the view index, or null when the name has none
 * @param pspi the PSPI label (0 for neutral images)
 * @param aus the official AU labels (AU4, AU6, AU7, AU9, AU10, AU43)
 * @param split {@code train}, {@code val}, {@code test}, or null when unknown
 * @param attributes demographics and other per-image attributes (look, scene) by name, as
 *     strings; empty when the dataset records none
 */
@JsonPropertyOrder({"id", "image", "base", "subject", "kind", "view", "pspi", "aus", "split", "attributes"})
public record SampleView(
    @JsonProperty("id") int id,
    @JsonProperty("image") String image,
    @JsonProperty("base") String base,
    @JsonProperty("subject") String subject,
    @JsonProperty("kind") String kind,
    @JsonProperty("view") Integer view,
    @JsonProperty("pspi") double pspi,
    @JsonProperty("aus") Map<String, Double> aus,
    @JsonProperty("split") String split,
    @JsonProperty("attributes") Map<String, String> attributes) {}
