package org.pain3d.checkpoint;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import net.razorvine.pickle.PickleException;

/**
 * The storages of one file, by key and element type: a persistent id {@code ('storage',
 * StorageClass, key, location, numel[, view_metadata])} becomes one shared {@link TorchStorage}
 * (the same instance for every tensor that names it). A storage class this reader does not know
 * becomes an inert {@link PickledObject}, so only the tensors that use it fail, when used.
 */
final class StorageTable {
  private final Map<String, TorchStorage> storages = new HashMap<>();
  private final TorchStorage.StorageSource source;

  StorageTable(TorchStorage.StorageSource source) {
    this.source = source;
  }

  /**
   * Resolves a persistent id (the pickle's BINPERSID opcode).
   *
   * @param pid the id tuple
   * @return the storage or a placeholder
   */
  Object resolve(Object[] pid) {
    if (pid.length < 5 || !"storage".equals(pid[0])) {
      throw new PickleException("unknown persistent id " + Arrays.deepToString(pid));
    }
    if (!(pid[1] instanceof TorchGlobals.StorageClass type)) {
      return new PickledObject(new PickledGlobal("torch", "storage"),
          new ArrayList<>(Arrays.asList(pid)));
    }
    String key = String.valueOf(pid[2]);
    long numel = ((Number) pid[4]).longValue();
    if (numel < 0) {
      throw new PickleException("storage " + key + " has " + numel + " elements");
    }
    String location = String.valueOf(pid[3]);
    TorchStorage s = storages.computeIfAbsent(key + "/" + type.dtype(),
        k -> new TorchStorage(key, type.dtype(), numel, location, source));
    if (s.numel() != numel) {
      throw new PickleException("storage " + key + " is named with " + s.numel() + " and "
          + numel + " elements");
    }
    return s;
  }

  /**
   * The element size of a storage named by the pickle (legacy files size their storages by it).
   *
   * @param key the storage key
   * @return bytes per element
   * @throws PickleException if no tensor names the key
   */
  int elementSize(String key) {
    for (TorchStorage s : storages.values()) {
      if (s.key().equals(key)) {
        return s.dtype().bytes();
      }
    }
    throw new PickleException("storage " + key + " is listed but no tensor uses it");
  }

  /**
   * Converts big-endian elements to little-endian in place.
   *
   * @param b the bytes, position 0
   * @param order the file's byte order
   * @param elementSize bytes per element
   * @return {@code b}
   */
  static ByteBuffer toLittleEndian(ByteBuffer b, ByteOrder order, int elementSize) {
    if (order == ByteOrder.LITTLE_ENDIAN || elementSize == 1) {
      return b;
    }
    byte[] a = b.array();
    for (int at = 0; at + elementSize <= a.length; at += elementSize) {
      for (int i = 0, j = elementSize - 1; i < j; i++, j--) {
        byte t = a[at + i];
        a[at + i] = a[at + j];
        a[at + j] = t;
      }
    }
    return b;
  }
}
