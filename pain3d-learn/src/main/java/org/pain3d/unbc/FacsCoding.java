package org.pain3d.unbc;

import java.util.Arrays;
import org.pain3d.pspi.Pspi;

/**
 * The FACS coding of one UNBC frame: which of the ten coded action units have a row in the
 * frame's {@code _facs.txt} file, and the intensity column of that row.
 *
 * <p>Intensities are FACS 0..5 as written in the file (0 when the AU has no row). AU43 is an
 * occurrence code: it counts as 1 when its row is present, whatever its intensity column
 * says ({@link #binaryAu43()}); the real archive writes the row for closed eyes.
 *
 * @param intensities length {@code UnbcActionUnit.values().length} (10), indexed by {@link
 *     UnbcActionUnit#ordinal()}; copied in and out
 * @param presentMask bit {@code 1 << ordinal} set when the AU has a row in the file
 */
public record FacsCoding(float[] intensities, int presentMask) {

  private static final int N = UnbcActionUnit.values().length;

  /** The coding of an empty {@code _facs.txt} file: no AU active. */
  public static final FacsCoding NONE = new FacsCoding(new float[N], 0);

  /**
   * Validates and copies.
   *
   * @param intensities see {@link #intensities()}
   * @param presentMask see {@link #presentMask()}
   */
  public FacsCoding {
    if (intensities == null || intensities.length != N) {
      throw new IllegalArgumentException("need " + N + " AU intensities");
    }
    if ((presentMask & ~((1 << N) - 1)) != 0) {
      throw new IllegalArgumentException("presentMask has bits beyond " + N + " AUs");
    }
    intensities = intensities.clone();
    for (int i = 0; i < N; i++) {
      float v = intensities[i];
      if (!(v >= 0f && v <= Pspi.MAX_INTENSITY)) {
        throw new IllegalArgumentException("AU intensity out of 0..5: " + v);
      }
      if (v > 0f && (presentMask & (1 << i)) == 0) {
        throw new IllegalArgumentException("AU with an intensity must be marked present");
      }
    }
  }

  /**
   * The intensities, a copy.
   *
   * @return float[10] indexed by {@link UnbcActionUnit#ordinal()}
   */
  @Override
  public float[] intensities() {
    return intensities.clone();
  }

  /**
   * The intensity column of one AU.
   *
   * @param au the AU
   * @return 0..5, 0 when the AU has no row
   */
  public float intensity(UnbcActionUnit au) {
    return intensities[au.ordinal()];
  }

  /**
   * Whether the AU has a row in the file.
   *
   * @param au the AU
   * @return true when coded in this frame
   */
  public boolean present(UnbcActionUnit au) {
    return (presentMask & (1 << au.ordinal())) != 0;
  }

  /**
   * AU43 as a binary occurrence.
   *
   * @return 1 when AU43 has a row (or a positive intensity), else 0
   */
  public float binaryAu43() {
    return present(UnbcActionUnit.AU43) ? 1f : 0f;
  }

  /**
   * PSPI computed from the AUs: AU4 + max(AU6, AU7) + max(AU9, AU10) + AU43 (binary).
   *
   * @return 0..16
   */
  public float pspi() {
    return Pspi.formula(intensity(UnbcActionUnit.AU4), intensity(UnbcActionUnit.AU6),
        intensity(UnbcActionUnit.AU7), intensity(UnbcActionUnit.AU9),
        intensity(UnbcActionUnit.AU10), binaryAu43());
  }

  /**
   * The AU training targets of ViTPain: the six pain AUs, raw intensities, AU43 binarised.
   *
   * @return float[6] in the order of {@link UnbcActionUnit#PAIN} (4, 6, 7, 9, 10, 43)
   */
  public float[] painTargets() {
    float[] t = new float[UnbcActionUnit.PAIN.size()];
    for (int i = 0; i < t.length - 1; i++) {
      t[i] = intensity(UnbcActionUnit.PAIN.get(i));
    }
    t[t.length - 1] = binaryAu43();
    return t;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FacsCoding f
        && presentMask == f.presentMask
        && Arrays.equals(intensities, f.intensities);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(intensities) + presentMask;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("FacsCoding[");
    String sep = "";
    for (UnbcActionUnit au : UnbcActionUnit.values()) {
      if (present(au)) {
        sb.append(sep).append(au).append('=').append(intensity(au));
        sep = ", ";
      }
    }
    return sb.append(']').toString();
  }
}
