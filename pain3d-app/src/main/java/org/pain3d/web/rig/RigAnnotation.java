package org.pain3d.web.rig;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.pain3d.app.RenderDescription;

/**
 * The annotation JSON of what the rig shows ({@code POST /api/rig/export/json}): the request
 * that reproduces it under {@code rig}, then exactly what {@code pain3d render} writes as
 * {@code render.json} for one view (face, settings, the view's camera and landmarks of the
 * neutral and pain face, the heatmap's scale).
 *
 * @param rig the request (identity, AUs, view, size)
 * @param render the render description (its keys stand at the top level)
 */
@JsonPropertyOrder({"rig"})
public record RigAnnotation(
    @JsonProperty("rig") RigRequest rig,
    @JsonUnwrapped RenderDescription render) {}
