package org.pain3d.vitpain;

/**
 * How a head parameter starts (drawn in Java from a seeded generator, so runs are reproducible
 * without relying on the engine's random state).
 */
public sealed interface ParamInit {
  /** Uniform on {@code [-bound, bound]}. @param bound the half-width */
  record Uniform(double bound) implements ParamInit {}

  /** Normal with mean 0. @param std the standard deviation */
  record Normal(double std) implements ParamInit {}

  /** A constant. @param value the value */
  record Constant(double value) implements ParamInit {}

  /**
   * PyTorch's default for {@code nn.Linear} weights and biases: {@code U(-1/sqrt(in), 1/sqrt(in))}.
   *
   * @param in input features
   * @return the init
   */
  static ParamInit linear(int in) {
    return new Uniform(1.0 / Math.sqrt(in));
  }
}
