package org.pain3d.synth.look;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pain3d.dataset.AppearanceAnnotation;
import org.pain3d.render.Appearance;
import org.pain3d.render.Shader;
import org.pain3d.render.SurfaceLook;
import org.pain3d.render.hair.HairLook;
import org.pain3d.render.hair.ScalpMap;
import org.pain3d.render.look.SkinColour;
import org.pain3d.render.look.SkinLook;

/** Builds the recorded {@link AppearanceAnnotation} of a sampled look. */
final class LookAnnotations {
  private LookAnnotations() {}

  static AppearanceAnnotation of(LookOptions options, SkinLook skin, SurfaceLook surface, HairLook hair,
      IdentityLook look, double ageContrast, float[] weights, boolean conditioned, List<String> expressions,
      Appearance plain) {
    List<String> features = new ArrayList<>();
    for (LookFeature f : LookFeature.values()) {
      if (options.has(f)) {
        features.add(f.flag());
      }
    }
    int skinRgb = skin != null ? skin.baseRgb() : plain.skinTone().rgb();
    double ita = SkinColour.ita(skinRgb);
    Map<String, Double> rest = new LinkedHashMap<>();
    if (look.restPose() != null) {
      for (int i = 0; i < look.restPose().length; i++) {
        if (look.restPose()[i] != 0) {
          rest.put(expressions.get(i), number(look.restPose()[i]));
        }
      }
    }
    List<Double> w = new ArrayList<>(weights.length);
    for (float x : weights) {
      w.add(number(x));
    }
    double part = ScalpMap.partingCm(hair);
    int iris = surface != null && surface.hasEyes() ? surface.irisRgb() : plain.irisRgb();
    boolean mouth = surface != null && surface.hasMouth();
    int teeth = mouth ? surface.teethRgb() : Shader.PLAIN_TEETH_RGB;
    int gums = mouth ? surface.gumsRgb() : Shader.PLAIN_GUMS_RGB;
    return new AppearanceAnnotation(features, round(ita), AppearanceAnnotation.hex(skinRgb),
        SkinToneModel.category(ita), amount(skin == null ? 0 : skin.freckles()), skin == null ? 0 : skin.moles(),
        amount(skin == null ? 0 : skin.redness()), amount(skin == null ? 0 : skin.age()), amount(look.ageing()),
        amount(ageContrast), round(look.wrinkleDepth()), hair.style().name().toLowerCase(Locale.ROOT),
        AppearanceAnnotation.hex(hair.rgb()),
        amount(hair.grey()), AppearanceAnnotation.parting(part), Double.isNaN(part) ? 0.0 : round(part),
        hair.wavy() ? amount(hair.waves()) : 0.0, hair.fringed() ? round(hair.fringeCm()) : 0.0,
        hair.facialHair().name().toLowerCase(Locale.ROOT), amount(hair.facialHairDensity()),
        amount(skin == null ? 0 : skin.stubble()), AppearanceAnnotation.hex(iris),
        AppearanceAnnotation.hex(teeth), AppearanceAnnotation.hex(gums),
        amount(skin == null ? 0 : skin.lipstick()), amount(skin == null ? 0 : skin.eyeliner()),
        AppearanceAnnotation.hex(skin == null ? plain.hairRgb() : skin.hairRgb()),
        round(skin == null ? 1 : skin.brows().thickness()), rest, conditioned, w);
  }

  /** A float as the shortest double that round-trips it. */
  private static double number(float x) {
    return Double.parseDouble(Float.toString(x));
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static double amount(double x) {
    return Math.max(0, Math.min(1, round(x)));
  }
}
