package org.pain3d.dataset;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A dataset split. Written as its integer {@link #code()}, as in the published
 * {@code uniform_data_70_20_10_split.csv}: 0 train, 1 val, 2 test.
 */
public enum Split {
  /** Training split, code 0. */
  TRAIN(0),
  /** Validation split, code 1. */
  VAL(1),
  /** Test split, code 2. */
  TEST(2);

  private final int code;

  Split(int code) {
    this.code = code;
  }

  /**
   * Returns the integer code of the split CSV.
   *
   * @return 0, 1 or 2
   */
  @JsonValue
  public int code() {
    return code;
  }

  /**
   * Returns the split of a code.
   *
   * @param code 0, 1 or 2
   * @return the split
   * @throws IllegalArgumentException for another code
   */
  @JsonCreator
  public static Split fromCode(int code) {
    return EnumLabels.find(Split.class, Split::code, code).orElseThrow(
        () -> new IllegalArgumentException("split code must be 0, 1 or 2, got " + code));
  }
}
