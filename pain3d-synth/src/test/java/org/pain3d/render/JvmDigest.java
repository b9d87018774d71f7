package org.pain3d.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * Digests of the JVM-dependent functions whose results reach a dataset's bytes: the {@code
 * java.lang.Math} functions that the core, synth and video code call and that Java lets a JVM
 * compute to within an ulp (intrinsics differ between JVM versions: {@code Math.cbrt} does between
 * JDK 17 and 25), and the shortest decimal text of doubles and floats (its algorithm changed in
 * JDK 19) over the magnitudes pain3d writes. Each digest folds the exact bits or characters of
 * 100,000 seeded inputs. Run as a program (by {@link JvmParityTest}, under another JDK) it prints
 * one {@code name hex} line per digest.
 */
final class JvmDigest {
  private static final int N = 100_000;

  private JvmDigest() {}

  /** The Math functions digested, by name: a call of any other non-exact Math function in the scanned code fails the source check. */
  static final Map<String, DoubleUnaryOperator> FUNCTIONS = functions();

  private static Map<String, DoubleUnaryOperator> functions() {
    Map<String, DoubleUnaryOperator> f = new LinkedHashMap<>();
    f.put("sin", Math::sin);
    f.put("cos", Math::cos);
    f.put("tan", x -> Math.tan(x * 0.2));
    f.put("asin", x -> Math.asin(x / 8));
    f.put("atan", x -> Math.atan(x * 3));
    f.put("atan2", x -> Math.atan2(x, 0.7 - x));
    f.put("exp", x -> Math.exp(x * 3));
    f.put("expm1", x -> Math.expm1(Math.abs(x) * 4));
    f.put("log", x -> Math.log(Math.abs(x) * 50 + 1e-9));
    f.put("pow", x -> Math.pow(Math.abs(x) / 8, 1 / 2.2));
    f.put("hypot", x -> Math.hypot(x, 1.3));
    return f;
  }

  /**
   * Computes every digest.
   *
   * @return digest name to hexadecimal value, in a fixed order
   */
  static Map<String, String> digests() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, DoubleUnaryOperator> e : FUNCTIONS.entrySet()) {
      SplittableRandom r = new SplittableRandom(e.getKey().hashCode());
      long h = 0;
      for (int i = 0; i < N; i++) {
        // Inputs in [-8, 8): each function maps them into the range pain3d calls it with.
        h = h * 31 + Double.doubleToRawLongBits(e.getValue().applyAsDouble(-8 + 16 * r.nextDouble()));
      }
      out.put(e.getKey(), Long.toHexString(h));
    }
    SplittableRandom r = new SplittableRandom(17);
    long hd = 0;
    long hf = 0;
    for (int i = 0; i < N; i++) {
      // Magnitudes 1e-12 .. 1e7, both signs: what annotations, CSVs and JSONs hold.
      double x = Math.pow(10, -12 + 19 * r.nextDouble()) * (r.nextBoolean() ? 1 : -1);
      hd = hd * 31 + Double.toString(x).hashCode();
      hf = hf * 31 + Float.toString((float) x).hashCode();
    }
    out.put("double-text", Long.toHexString(hd));
    out.put("float-text", Long.toHexString(hf));
    return out;
  }

  /**
   * Prints the digests.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    digests().forEach((k, v) -> System.out.println(k + " " + v));
  }
}
