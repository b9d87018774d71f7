package org.pain3d.app;

import java.util.Arrays;
import java.util.Locale;

/**
 * Enum-valued options written in lower case with hyphens ({@code per-image} for {@code
 * PER_IMAGE}).
 */
final class EnumOption {
  private EnumOption() {}

  /**
   * @param <E> the enum
   * @param type the enum class
   * @param text the option's value, any case
   * @param option the option's name, for the message
   * @return the constant
   * @throws IllegalArgumentException naming the option and the accepted values
   */
  static <E extends Enum<E>> E parse(Class<E> type, String text, String option) {
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": unknown value '" + text + "' (expected "
          + Arrays.stream(type.getEnumConstants())
              .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList() + ")", e);
    }
  }
}
