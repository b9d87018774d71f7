package org.pain3d.dataset;

import java.util.Optional;
import java.util.function.Function;

/**
 * Finds an enum constant by the key it is written to files with (a JSON label, a split code,
 * a CSV word): the lookup every label enum of the dataset format ({@link AgeGroup}, {@link
 * Ethnicity}, {@link Gender}, {@link ImageKind}, {@link Split}) and the evaluation's fold part
 * share.
 */
public final class EnumLabels {
  private EnumLabels() {}

  /**
   * The constant whose key equals {@code wanted}.
   *
   * @param <E> the enum
   * @param <K> the key type
   * @param type the enum class
   * @param key the key of a constant
   * @param wanted the key looked for
   * @return the first constant with that key, or empty
   */
  public static <E extends Enum<E>, K> Optional<E> find(
      Class<E> type, Function<? super E, K> key, K wanted) {
    for (E e : type.getEnumConstants()) {
      if (key.apply(e).equals(wanted)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The constant with a text label (case-sensitive).
   *
   * @param <E> the enum
   * @param type the enum class
   * @param label the label of a constant
   * @param wanted the label read
   * @return the constant
   * @throws IllegalArgumentException {@code unknown <Type> '<wanted>'} for an unknown label
   */
  public static <E extends Enum<E>> E byLabel(
      Class<E> type, Function<? super E, String> label, String wanted) {
    return find(type, label, wanted).orElseThrow(() -> new IllegalArgumentException(
        "unknown " + type.getSimpleName() + " '" + wanted + "'"));
  }
}
