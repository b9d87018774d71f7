/**
 * Writing files safely and JSON: {@link org.pain3d.io.AtomicFiles} (temporary name in the
 * target's folder, sync, atomic rename, folder sync) and {@link org.pain3d.io.AtomicGroup}
 * for files that belong together; {@link org.pain3d.io.Json}, the one Jackson mapper and its
 * per-use readers and writers (dataset files, run files, command outputs); {@link
 * org.pain3d.io.FolderLock}, one writer per output; {@link org.pain3d.io.CrashPoints}, the
 * crash tests' halts at file boundaries.
 */
package org.pain3d.io;
