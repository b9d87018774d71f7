package org.pain3d.vit;

import ai.djl.ndarray.NDArray;

/**
 * Arithmetic with a constant on arrays that autograd may record.
 *
 * <p>DJL's {@code Number} overloads ({@code x.mul(2f)}, {@code x.div(8f)}, {@code x.maximum(0f)})
 * wrap the constant in a tensor over a direct buffer and close that tensor as soon as the op
 * returns. Autograd keeps it for the backward pass (the gradients of mul, div and maximum read
 * it), and once the garbage collector frees the buffer, backward reads whatever memory took its
 * place: gradients then differ from run to run, by little or by a lot. These helpers make the
 * constant a float32 scalar in the manager of the array, so that it lives as long as the array
 * (a training step's manager closes only after the backward pass).
 *
 * <p>Use them for every constant operand in model and loss code; only the optimizer's update,
 * which runs with gradient recording off, uses the {@code Number} overloads.
 */
public final class Scalars {
  private Scalars() {}

  /** A float32 scalar (shape {@code ()}) owned by {@code like}'s manager. */
  private static NDArray like(NDArray like, double value) {
    return like.getManager().create((float) value);
  }

  /**
   * {@code x * value}.
   *
   * @param x any shape
   * @param value the constant
   * @return the product, x's shape
   */
  public static NDArray mul(NDArray x, double value) {
    return x.mul(like(x, value));
  }

  /**
   * {@code x / value}.
   *
   * @param x any shape
   * @param value the constant (not 0)
   * @return the quotient, x's shape
   */
  public static NDArray div(NDArray x, double value) {
    return x.div(like(x, value));
  }

  /**
   * {@code x + value}.
   *
   * @param x any shape
   * @param value the constant
   * @return the sum, x's shape
   */
  public static NDArray add(NDArray x, double value) {
    return x.add(like(x, value));
  }

  /**
   * {@code max(x, value)} element-wise.
   *
   * @param x any shape
   * @param value the floor
   * @return x's shape
   */
  public static NDArray maximum(NDArray x, double value) {
    return x.maximum(like(x, value));
  }

  /**
   * {@code x >= value} element-wise (no gradient; for masks and targets).
   *
   * @param x any shape
   * @param value the threshold
   * @return booleans, x's shape
   */
  public static NDArray atLeast(NDArray x, double value) {
    return x.gte(like(x, value));
  }
}
