package org.pain3d.vitpain;

import java.util.Map;
import org.pain3d.tensor.HostTensor;

/**
 * A plain double-precision implementation of {@link TemporalHeads}' maths, written from the
 * description (loops, no DJL), to check the DJL block against.
 */
final class TemporalReference {
  private final Map<String, HostTensor> p;
  private final int d;
  private final int heads;
  private final int layers;
  private final boolean causal;
  private final boolean reference;

  TemporalReference(Map<String, HostTensor> p, int d, int heads, int layers, boolean causal,
      boolean reference) {
    this.p = p;
    this.d = d;
    this.heads = heads;
    this.layers = layers;
    this.causal = causal;
    this.reference = reference;
  }

  /** @return {@code [pspiUnit (B*T), clipLogit (B)]} */
  double[][] forward(float[] frames, float[] neutral, int b, int t, int n) {
    double[] pspi = new double[b * t];
    double[] clip = new double[b];
    for (int bi = 0; bi < b; bi++) {
      double[][] x = new double[t][];
      double[][] ref = neutral == null ? null : rows(neutral, bi * n, n);
      for (int ti = 0; ti < t; ti++) {
        double[][] tok = rows(frames, (bi * t + ti) * n, n);
        x[ti] = reference ? crossCls(tok, ref) : tok[0];
      }
      if (layers > 0) {
        double[] pos = p.containsKey("pos") ? data("pos") : new double[t * d];
        for (int ti = 0; ti < t; ti++) {
          for (int j = 0; j < d; j++) {
            x[ti][j] += pos[ti * d + j];
          }
        }
        for (int l = 0; l < layers; l++) {
          x = layer("layer" + l + ".", x);
        }
        for (int ti = 0; ti < t; ti++) {
          x[ti] = norm("norm.", x[ti]);
        }
      }
      double[] max = new double[d];
      java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
      for (int ti = 0; ti < t; ti++) {
        double[] h = gelu(linear("pspi.fc0.", norm("pspi.norm.", x[ti])));
        pspi[bi * t + ti] = 1 / (1 + Math.exp(-linear("pspi.fc1.", h)[0]));
        for (int j = 0; j < d; j++) {
          max[j] = Math.max(max[j], x[ti][j]);
        }
      }
      clip[bi] = linear("clip.fc.", norm("clip.norm.", max))[0];
    }
    return new double[][] {pspi, clip};
  }

  private double[][] rows(float[] v, int first, int count) {
    double[][] out = new double[count][d];
    for (int r = 0; r < count; r++) {
      for (int j = 0; j < d; j++) {
        out[r][j] = v[(first + r) * d + j];
      }
    }
    return out;
  }

  /** Row 0 of ViTPain's fusion: 8-head cross-attention from the CLS query, residual, LN. */
  private double[] crossCls(double[][] tok, double[][] ref) {
    double[] q = linear("cross.q.", tok[0]);
    double[][] k = new double[ref.length][];
    double[][] v = new double[ref.length][];
    for (int r = 0; r < ref.length; r++) {
      k[r] = linear("cross.k.", ref[r]);
      v[r] = linear("cross.v.", ref[r]);
    }
    double[] o = attend(q, k, v, HeadsConfig.CROSS_HEADS, ref.length);
    double[] out = linear("cross.out.", o);
    for (int j = 0; j < d; j++) {
      out[j] += tok[0][j];
    }
    return norm("cross.norm.", out);
  }

  private double[][] layer(String pre, double[][] x) {
    int t = x.length;
    double[][] q = new double[t][];
    double[][] k = new double[t][];
    double[][] v = new double[t][];
    for (int i = 0; i < t; i++) {
      double[] h = norm(pre + "norm1.", x[i]);
      q[i] = linear(pre + "q.", h);
      k[i] = linear(pre + "k.", h);
      v[i] = linear(pre + "v.", h);
    }
    double[][] y = new double[t][];
    for (int i = 0; i < t; i++) {
      double[] a = linear(pre + "out.", attend(q[i], k, v, heads, causal ? i + 1 : t));
      y[i] = new double[d];
      for (int j = 0; j < d; j++) {
        y[i][j] = x[i][j] + a[j];
      }
      double[] m = linear(pre + "fc2.", gelu(linear(pre + "fc1.", norm(pre + "norm2.", y[i]))));
      for (int j = 0; j < d; j++) {
        y[i][j] += m[j];
      }
    }
    return y;
  }

  /** Multi-head attention of one query over the first {@code visible} keys. */
  private double[] attend(double[] q, double[][] k, double[][] v, int h, int visible) {
    int hd = d / h;
    double[] out = new double[d];
    for (int head = 0; head < h; head++) {
      double[] s = new double[visible];
      double max = Double.NEGATIVE_INFINITY;
      for (int r = 0; r < visible; r++) {
        for (int j = head * hd; j < (head + 1) * hd; j++) {
          s[r] += q[j] * k[r][j];
        }
        s[r] /= Math.sqrt(hd);
        max = Math.max(max, s[r]);
      }
      double sum = 0;
      for (int r = 0; r < visible; r++) {
        s[r] = Math.exp(s[r] - max);
        sum += s[r];
      }
      for (int r = 0; r < visible; r++) {
        for (int j = head * hd; j < (head + 1) * hd; j++) {
          out[j] += s[r] / sum * v[r][j];
        }
      }
    }
    return out;
  }

  private double[] data(String key) {
    float[] f = p.get(key).data();
    double[] out = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      out[i] = f[i];
    }
    return out;
  }

  private double[] linear(String pre, double[] x) {
    double[] w = data(pre + "weight");
    double[] b = data(pre + "bias");
    double[] y = new double[b.length];
    for (int o = 0; o < b.length; o++) {
      y[o] = b[o];
      for (int i = 0; i < x.length; i++) {
        y[o] += w[o * x.length + i] * x[i];
      }
    }
    return y;
  }

  private double[] norm(String pre, double[] x) {
    double mean = 0;
    for (double v : x) {
      mean += v / x.length;
    }
    double var = 0;
    for (double v : x) {
      var += (v - mean) * (v - mean) / x.length;
    }
    double[] g = data(pre + "weight");
    double[] b = data(pre + "bias");
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = (x[i] - mean) / Math.sqrt(var + 1e-5) * g[i] + b[i];
    }
    return y;
  }

  /** Exact GELU, {@code x Phi(x)}, with erf by Abramowitz and Stegun 7.1.26 (error < 1.5e-7). */
  private static double[] gelu(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = 0.5 * x[i] * (1 + erf(x[i] / Math.sqrt(2)));
    }
    return y;
  }

  private static double erf(double z) {
    double a = Math.abs(z);
    double t = 1 / (1 + 0.3275911 * a);
    double e = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741
        + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-a * a);
    return z < 0 ? -e : e;
  }
}
