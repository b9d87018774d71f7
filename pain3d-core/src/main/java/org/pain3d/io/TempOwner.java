package org.pain3d.io;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who writes a temporary file of {@link AtomicFiles}: its tag is part of the temporary name
 * ({@code .<name>.<tag>-<n>.tmp}), so that a cleanup can tell whose a leftover file is.
 *
 * <p>A process-wide owner ({@link #process()}) is tagged by its pid, which says nothing across
 * hosts sharing a folder (NFS). A writer that shares a folder with other live writers (the
 * shards of a job array) uses a named owner instead, the name of a {@link FolderLock} it holds
 * while it writes ({@link WriterLocks}): its leftovers may be deleted exactly when that lock is
 * free.
 *
 * @param tag letters, digits, {@code _} and {@code -}; a named owner starts with a letter, a
 *     process owner is all digits
 */
public record TempOwner(String tag) {
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]{0,63}");
  private static final TempOwner PROCESS = new TempOwner(
      Long.toString(ProcessHandle.current().pid()));

  /** Validates the tag. */
  public TempOwner {
    if (tag == null || !TAG.matcher(tag).matches()) {
      throw new IllegalArgumentException("a temporary-file owner tag must be 1..64 letters, digits,"
          + " '_' or '-', got '" + tag + "'");
    }
  }

  /**
   * This process, tagged by its pid (the default of {@link AtomicFiles}).
   *
   * @return the process owner
   */
  public static TempOwner process() {
    return PROCESS;
  }

  /**
   * A named owner: the name of a lock its writer holds.
   *
   * @param name starts with a letter
   * @return the owner
   * @throws IllegalArgumentException when the name is not a valid tag or starts with a digit
   */
  public static TempOwner named(String name) {
    TempOwner o = new TempOwner(name);
    if (!Character.isLetter(name.charAt(0))) {
      throw new IllegalArgumentException("a named owner must start with a letter, got '" + name + "'");
    }
    return o;
  }

  /**
   * Whether the owner is named (a lock) rather than a pid.
   *
   * @return true for {@link #named} owners
   */
  public boolean isNamed() {
    return Character.isLetter(tag.charAt(0));
  }

  /**
   * The owner of a temporary file, from its name.
   *
   * @param fileName a file name such as {@code .x.png.shard-1-of-2-7.tmp}
   * @return its owner; empty when the name is not one of {@link AtomicFiles}' temporary names
   *     or carries no valid tag
   */
  public static Optional<TempOwner> ofTemporary(String fileName) {
    if (!AtomicFiles.isTemporary(fileName)) {
      return Optional.empty();
    }
    String core = fileName.substring(0, fileName.length() - ".tmp".length());
    String last = core.substring(core.lastIndexOf('.') + 1);
    int dash = last.lastIndexOf('-');
    String tag = dash > 0 && last.substring(dash + 1).chars().allMatch(Character::isDigit)
        ? last.substring(0, dash) : last;
    return TAG.matcher(tag).matches() ? Optional.of(new TempOwner(tag)) : Optional.empty();
  }
}
