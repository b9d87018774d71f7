package org.pain3d.synth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.pain3d.au.AuIntensities;
import org.pain3d.au.AuRig;
import org.pain3d.au.IntensityCurve;
import org.pain3d.au.PainSampler;
import org.pain3d.dataset.AgeGroup;
import org.pain3d.dataset.AppearanceAnnotation;
import org.pain3d.dataset.Demographics;
import org.pain3d.dataset.Ethnicity;
import org.pain3d.dataset.Gender;
import org.pain3d.face.FaceModel;
import org.pain3d.render.Appearance;
import org.pain3d.render.ContactSheet;
import org.pain3d.render.Pass;
import org.pain3d.render.View;
import org.pain3d.synth.look.LookOptions;
import org.pain3d.synth.look.LookSampler;

/**
 * A contact sheet of identities across the demographic groups, neutral and in pain side by
 * side, to see a look's diversity at a glance. Row r shows ethnicity r mod 6 (in
 * {@link Ethnicity} order); its four pairs of columns are young man, young woman, elderly
 * man, elderly woman; each pair is the neutral face and the same face at a PSPI. Identities,
 * looks and pain configurations are seeded per cell exactly as the generator seeds an
 * identity (coefficients, appearance, look), so a cell is reproducible alone.
 */
public final class Gallery {
  private static final int GAP = 4;
  private final FaceModel model;

  /** @param model the face model */
  public Gallery(FaceModel model) {
    this.model = model;
  }

  /**
   * One identity of the sheet.
   *
   * @param index cell index (row-major)
   * @param row sheet row
   * @param column pair column (0..3)
   * @param demographics the identity's demographics
   * @param pspi the pain image's PSPI
   * @param appearance its recorded look (null for the plain look)
   */
  public record Cell(int index, int row, int column, Demographics demographics, int pspi,
      AppearanceAnnotation appearance) {}

  /**
   * The rendered sheet.
   *
   * @param sheet the picture
   * @param cells what each cell shows
   */
  public record Result(ContactSheet sheet, List<Cell> cells) {}

  /**
   * Renders the sheet.
   *
   * @param rows rows (each covers one ethnicity, four identities)
   * @param size image side per face, pixels
   * @param pspi PSPI of the pain images, 1..16
   * @param view the camera view
   * @param seed master seed
   * @param look the look options
   * @return the sheet and its cells
   */
  public Result render(int rows, int size, int pspi, View view, long seed, LookOptions look) {
    if (rows < 1 || rows > 60) {
      throw new IllegalArgumentException("gallery rows must be in 1..60, got " + rows);
    }
    if (pspi < 1 || pspi > 16) {
      throw new IllegalArgumentException("gallery PSPI must be in 1..16, got " + pspi);
    }
    IdentityScene scene = new IdentityScene(model, size, 1, EnumSet.of(Pass.SHADED));
    AuRig rig = new AuRig(model.expressionNames(), IntensityCurve.facs());
    LookSampler sampler = new LookSampler(model, look);
    ContactSheet sheet = new ContactSheet(8, rows, size, size, GAP, 0x202020);
    List<Cell> cells = new ArrayList<>();
    Ethnicity[] ethnicities = Ethnicity.values();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < 4; c++) {
        int id = 4 * r + c;
        Demographics d = new Demographics(c < 2 ? AgeGroup.YOUNG : AgeGroup.ELDERLY,
            c % 2 == 0 ? Gender.MAN : Gender.WOMAN, ethnicities[r % ethnicities.length]);
        SplittableRandom app = new SplittableRandom(Seeds.derive(seed, "appearance", id));
        Appearance appearance = Appearance.random(SkinTones.pick(d.ethnicity(), app), app);
        float[] w = new IdentitySampler(model.identityCount(), 1.0).sample(Seeds.derive(seed, "identity", id));
        LookSampler.Sampled s = sampler.sample(d, w, Seeds.derive(seed, "look", id), appearance);
        scene.setIdentity(s.weights(), s.appearance(), s.look());
        var camera = scene.camera(view);
        sheet.put(2 * c, r, scene.renderNeutral(camera).shaded);
        AuIntensities aus = PainSampler.sample(pspi, new SplittableRandom(Seeds.derive(seed, "pain", id)));
        scene.setExpression(rig.weights(aus));
        sheet.put(2 * c + 1, r, scene.renderExpression(camera).shaded);
        cells.add(new Cell(id, r, c, d, pspi, s.look().annotation()));
      }
    }
    return new Result(sheet, cells);
  }
}
