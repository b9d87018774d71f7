package org.pain3d.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pain3d.face.FaceModel;
import org.pain3d.face.ObjWriter;
import org.pain3d.io.AtomicGroup;
import org.pain3d.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pain3d mesh}: writes one deformed ICT-FaceKit mesh as OBJ (ICT vertex order) and,
 * beside it, a JSON file with the identity weights, blendshape weights, AUs and PSPI applied.
 */
@Command(
    name = "mesh",
    mixinStandardHelpOptions = true,
    description = "Write a face mesh (identity + AU expression) as OBJ, with a JSON of everything applied.")
public final class MeshCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin FaceOptions face;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output OBJ file (the JSON goes beside it).")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".obj")) {
      throw new IllegalArgumentException("--out must name an .obj file, got " + out);
    }
    String base = out.getFileName().toString();
    Path json = out.resolveSibling(base.substring(0, base.length() - 4) + ".json");
    face.refuseAsOutput("--out", out);
    face.refuseAsOutput("--out (its JSON)", json);
    FaceModel model = ModelLoading.load(face.faceModel, spec.commandLine().getErr());
    FaceSelection sel = FaceSelection.from(face, model);
    float[] vertices = new float[3 * model.vertexCount()];
    model.evaluate(sel.identityWeights(), sel.expressionWeights(), vertices);
    try (AtomicGroup files = new AtomicGroup()) {
      files.addText(out, w -> ObjWriter.write(vertices, model.topology(),
          List.of("pain3d mesh: ICT-FaceKit vertex order, units cm", "AUs: " + sel.aus() + "  PSPI " + sel.pspi()), w));
      files.addText(json, w -> Json.pretty().writeValue(w, FaceDescription.of(model, sel, base)));
      files.commit();
    }
    spec.commandLine().getOut().printf("wrote %s and %s (%d vertices, PSPI %d, AUs %s)%n",
        out, json, model.vertexCount(), sel.pspi(), sel.aus().toString().isEmpty() ? "none" : sel.aus());
    return 0;
  }
}
