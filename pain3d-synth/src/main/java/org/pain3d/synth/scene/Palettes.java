package org.pain3d.synth.scene;

import java.util.random.RandomGenerator;
import org.pain3d.render.scene.GarmentType;
import org.pain3d.render.scene.HeadwearKind;

/** Colour palettes of the scene items (packed sRGB), chosen to look like real ones. */
final class Palettes {
  static final int[] GOWN = {0x9CC3DB, 0xA8D5BA, 0xE6EAEC, 0xB9CFE0, 0xC9D9C4, 0xD8D2E6};
  static final int[] GOWN_PRINT = {0x3F6E9A, 0x4C8A6A, 0x7A86A8, 0x5D7FB0};
  static final int[] TEE = {0xF2F2F2, 0x1E1E22, 0x8A8D91, 0x2B3A5C, 0xB0302E, 0x3D7A45, 0xE0C248, 0xE8A3B8,
    0x86B6DE, 0x6B6B3A, 0x6E2233, 0x2E7F7F};
  static final int[] SHIRT = {0xF5F5F2, 0xC9DDF0, 0xF0D6DC, 0xD8D8D8, 0xE8E2CC, 0x9FB8D6};
  static final int[] SWEATER = {0x7D7F83, 0x283552, 0x6E2430, 0x2F5238, 0xC9B593, 0x6A4A33, 0x222225, 0xE9E2D0};
  static final int[] CAP = {0x1F2E4F, 0xA8262B, 0x222222, 0xE8E8E8, 0x3F6B3A, 0xC8A25A};
  static final int[] SCARF = {0x2D3F74, 0x6B2D4A, 0x1E1E1E, 0xD8C9A8, 0x466E5C, 0xA34E3A, 0x8C6BA0};
  static final int[] HOSPITAL_CAP = {0x8FB8D8, 0x9ED0B8, 0xE2E8EC, 0x7FA6C9};
  static final int[] FRAME = {0x151515, 0x3A2A1E, 0x5B3A22, 0xC8A85A, 0xB8B8C0, 0x2A3550, 0x7A2230};
  static final int[] LENS_TINT = {0x5A5A5A, 0x6A4A2A, 0x3F5A40, 0x3A4A6A};
  static final int[] METAL = {0xD4AF37, 0xC0C0C8, 0xE6C07A};
  static final int[] SURGICAL = {0x9CC7E5, 0xEDEFF1, 0xA8D8C8, 0x9AB6E8};
  static final int[] CLOTH_MASK = {0x222226, 0x2B3A5C, 0x7D7F83, 0xE8E8E8, 0x6E2233, 0x3D7A45};
  static final int[] TAPE = {0xF0EEE8, 0xE6D3B8, 0xF4F1EA, 0xE9DFD0};
  static final int[] PILLOW = {0xECEEF0, 0xDCE6EE, 0xE2ECE2, 0xF2EDE2};
  static final int[] WALL = {0xD9CFBF, 0xE4E1DA, 0xC8D6C8, 0xC6D3DE, 0xCFCBC6, 0xE2D7C6, 0xB9C4B0};
  static final int[] ACCENT = {0x6F8FA8, 0x7DA08A, 0x8C6A4C, 0xB7A07A, 0x5B6B8C, 0xA0785A, 0x9BA6B0};
  static final int[] SHEET = {0xEEF0F2, 0xDDE7EF, 0xE3ECE3, 0xF0EEE8};

  private Palettes() {}

  static int pick(int[] palette, RandomGenerator r) {
    return palette[r.nextInt(palette.length)];
  }

  static int garment(GarmentType t, RandomGenerator r) {
    return pick(switch (t) {
      case HOSPITAL_GOWN -> GOWN;
      case T_SHIRT -> TEE;
      case COLLARED_SHIRT -> SHIRT;
      case SWEATER -> SWEATER;
    }, r);
  }

  static int headwear(HeadwearKind k, RandomGenerator r) {
    return pick(switch (k) {
      case CAP -> CAP;
      case HEADSCARF -> SCARF;
      case HOSPITAL_CAP -> HOSPITAL_CAP;
    }, r);
  }

  /** A colour darker by a factor. */
  static int shade(int rgb, double k) {
    int r = (int) Math.min(255, Math.round((rgb >> 16 & 255) * k));
    int g = (int) Math.min(255, Math.round((rgb >> 8 & 255) * k));
    int b = (int) Math.min(255, Math.round((rgb & 255) * k));
    return r << 16 | g << 8 | b;
  }
}
