package org.pain3d.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.pain3d.io.Json;
import org.pain3d.train.PairPrediction;
import org.pain3d.vitpain.VitPainConfig;

/**
 * The JSON of predictions, as {@code pain3d predict --json} prints it and {@code POST
 * /api/runs/{id}/predict} answers: the model, its backbone (and whether it is random-init),
 * the number of neutral references, and per frame its PSPI (0..16), P(PSPI >= 1, 2, 3) and
 * AU4/6/7/9/10/43.
 */
public final class PredictionJson {
  private static final String[] AUS = {"AU4", "AU6", "AU7", "AU9", "AU10", "AU43"};

  private PredictionJson() {}

  /**
   * Builds the JSON.
   *
   * @param model names the model (the run folder)
   * @param cfg its config
   * @param references how many neutral references each frame was scored against
   * @param frames names of the frames, in order
   * @param preds one prediction per frame
   * @return the object
   */
  public static ObjectNode of(String model, VitPainConfig cfg, int references, List<String> frames,
      List<PairPrediction> preds) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("model", model);
    root.put("backbone", cfg.backbone());
    root.put("random_init_backbone", cfg.spec().random());
    root.put("backbone_mode", cfg.mode().name().toLowerCase(Locale.ROOT));
    root.put("references", references);
    ArrayNode arr = root.putArray("frames");
    for (int i = 0; i < frames.size(); i++) {
      PairPrediction p = preds.get(i);
      ObjectNode f = arr.addObject();
      f.put("frame", frames.get(i));
      f.put("pspi", p.pspi());
      ObjectNode prob = f.putObject("pain_probability");
      for (int t = 0; t < p.painProbability().length; t++) {
        prob.put("pspi_ge_" + (t + 1), p.painProbability()[t]);
      }
      ObjectNode au = f.putObject("au");
      for (int a = 0; a < p.au().length; a++) {
        au.put(AUS[a], p.au()[a]);
      }
    }
    return root;
  }

  /**
   * The AU names of the AU head's outputs, in order.
   *
   * @param a an output index
   * @return its AU's name
   */
  static String au(int a) {
    return AUS[a];
  }
}
