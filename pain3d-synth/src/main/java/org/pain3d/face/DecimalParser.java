package org.pain3d.face;

/**
 * Parses decimal numbers ({@code -1.25}, {@code 4.54747e-13}, {@code 7}) straight from
 * ASCII bytes, without allocating; the hot path of OBJ reading.
 *
 * <p>Up to 18 significant digits are accumulated exactly in a {@code long} and scaled by an
 * exact power of ten in double precision (one rounding), then narrowed to float; the result
 * is within one float ulp of {@link Float#parseFloat}. Longer mantissas or exponents beyond
 * the table fall back to {@link Double#parseDouble}.
 */
final class DecimalParser {
  private static final double[] POW10 = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10;
    }
  }

  /** Position just after the last parsed number. */
  int end;

  /**
   * Parses one number starting at {@code pos} (no leading blanks).
   *
   * @param b the bytes
   * @param pos start index
   * @param limit end index (exclusive)
   * @return the value, or NaN when no number starts at {@code pos}
   */
  double parse(byte[] b, int pos, int limit) {
    int i = pos;
    boolean negative = false;
    if (i < limit && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int scale = 0;
    boolean any = false;
    while (i < limit && b[i] >= '0' && b[i] <= '9') {
      any = true;
      if (digits < 18) {
        mantissa = mantissa * 10 + (b[i] - '0');
        if (mantissa != 0) {
          digits++;
        }
      } else {
        scale++;
      }
      i++;
    }
    if (i < limit && b[i] == '.') {
      i++;
      while (i < limit && b[i] >= '0' && b[i] <= '9') {
        any = true;
        if (digits < 18) {
          mantissa = mantissa * 10 + (b[i] - '0');
          if (mantissa != 0) {
            digits++;
          }
          scale--;
        }
        i++;
      }
    }
    if (!any) {
      end = pos;
      return Double.NaN;
    }
    if (i < limit && (b[i] == 'e' || b[i] == 'E')) {
      int j = i + 1;
      boolean expNegative = false;
      if (j < limit && (b[j] == '-' || b[j] == '+')) {
        expNegative = b[j] == '-';
        j++;
      }
      int exp = 0;
      boolean expAny = false;
      while (j < limit && b[j] >= '0' && b[j] <= '9') {
        expAny = true;
        if (exp < 100000) {
          exp = exp * 10 + (b[j] - '0');
        }
        j++;
      }
      if (!expAny) {
        end = pos;
        return Double.NaN;
      }
      scale += expNegative ? -exp : exp;
      i = j;
    }
    end = i;
    double value;
    if (mantissa == 0) {
      value = 0;
    } else if (digits <= 15 && scale >= 0 && scale < POW10.length) {
      value = mantissa * POW10[scale];
    } else if (digits <= 15 && scale < 0 && -scale < POW10.length) {
      value = mantissa / POW10[-scale];
    } else {
      value = Double.parseDouble(new String(b, pos, i - pos, java.nio.charset.StandardCharsets.US_ASCII));
      return value;
    }
    return negative ? -value : value;
  }
}
