package org.pain3d.app;

import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.face.FaceModel;
import org.pain3d.render.Appearance;
import org.pain3d.synth.look.LookOptions;
import org.pain3d.synth.look.LookSampler;
import picocli.CommandLine.Option;

/**
 * Who {@code pain3d render} shows: demographics and the seed of the look sampled for them.
 */
public final class PersonOptions {
  @Option(names = "--age-group", paramLabel = "young|elderly", defaultValue = "young",
      description = "Age group of the rendered person (default: ${DEFAULT-VALUE}).")
  String ageGroup;

  @Option(names = "--gender", paramLabel = "man|woman", defaultValue = "man",
      description = "Gender of the rendered person (default: ${DEFAULT-VALUE}).")
  String gender;

  @Option(names = "--ethnicity", paramLabel = "NAME", defaultValue = "White",
      description = "Ethnicity: Latino, Middle Eastern, South Asian, White, East Asian, Black (default: ${DEFAULT-VALUE}).")
  String ethnicity;

  @Option(names = "--look-seed", paramLabel = "S", defaultValue = "0",
      description = "Seed of the sampled look: hair, skin detail, eyes, ... (default: ${DEFAULT-VALUE}).")
  long lookSeed;

  /** @return the demographics */
  Demographics demographics() {
    return new Demographics(AgeGroup.fromLabel(ageGroup.trim().toLowerCase(java.util.Locale.ROOT)),
        Gender.fromLabel(gender.trim().toLowerCase(java.util.Locale.ROOT)), ethnicity(ethnicity));
  }

  private static Ethnicity ethnicity(String text) {
    for (Ethnicity e : Ethnicity.values()) {
      if (e.label().equalsIgnoreCase(text.trim()) || e.name().equalsIgnoreCase(text.trim().replace(' ', '_'))) {
        return e;
      }
    }
    throw new IllegalArgumentException("--ethnicity: unknown value '" + text
        + "' (expected Latino, Middle Eastern, South Asian, White, East Asian or Black)");
  }

  /**
   * Samples the person's look.
   *
   * @param model the face model
   * @param look the look options
   * @param weights the identity weights chosen by the face options
   * @param plain the plain appearance
   * @return the look and the (conditioned) weights
   */
  LookSampler.Sampled sample(FaceModel model, LookOptions look, float[] weights, Appearance plain) {
    return new LookSampler(model, look).sample(demographics(), weights, lookSeed, plain);
  }
}
