package org.pain3d.checkpoint;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.razorvine.pickle.PickleException;
import org.pain3d.tensor.HostTensor;
import org.pain3d.tensor.TensorFormatException;

/**
 * A file written by PyTorch's {@code torch.save}, such as a PyTorch Lightning {@code .ckpt},
 * read without Python: the zip format (PyTorch 1.6+) and the older non-zip format.
 *
 * <p>The pickle becomes Java values: {@code None} null, {@code bool} Boolean, {@code int}
 * Integer / Long / BigInteger, {@code float} Double, {@code str} String, {@code bytes} byte[],
 * {@code tuple} an unmodifiable List, {@code list} List, {@code dict} / {@code OrderedDict} Map
 * (LinkedHashMap, file order), {@code set} Set, tensors and Parameters {@link TorchTensor}
 * (values read lazily), dtype objects {@link TorchDType}, {@code torch.Size} a List of Long,
 * {@code torch.device} its String; every other object an inert {@link PickledObject}. Nothing
 * is executed, and globals that only a malicious file would name are refused (see {@link
 * TorchGlobals}).
 *
 * <p>Problems with the file (truncated, not a checkpoint, a refused global, a damaged storage)
 * are {@link TensorFormatException}s naming the file. Close the checkpoint to release the file.
 */
public final class TorchCheckpoint implements AutoCloseable {
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private final Path file;
  private final Object root;
  private final Closeable resource;

  /** The unpickled root and the open file that holds the storages. */
  record Loaded(Object root, Closeable resource) {}

  private TorchCheckpoint(Path file, Loaded loaded) {
    this.file = file;
    this.root = loaded.root();
    this.resource = loaded.resource();
  }

  /**
   * Opens a checkpoint and reads its pickle (storages are read when a tensor's values are).
   *
   * @param file a {@code torch.save} file ({@code .ckpt}, {@code .pt}, {@code .pth}, {@code .bin})
   * @return the checkpoint; close it when done
   * @throws NoSuchFileException if the file does not exist
   * @throws TensorFormatException if it is not a readable torch.save file
   * @throws IOException if it cannot be read
   */
  public static TorchCheckpoint open(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString());
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(16);
    }
    if (startsWith(head, ZIP)) {
      return new TorchCheckpoint(file, ZipTorchFile.read(file));
    }
    if (head.length >= 4 && (head[0] & 0xff) == 0x80 && (head[2] & 0xff) == 0x8a) {
      return new TorchCheckpoint(file, LegacyTorchFile.read(file));
    }
    throw new TensorFormatException(file + ": not a PyTorch checkpoint (" + guess(head) + ")");
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String guess(byte[] head) {
    if (head.length == 0) {
      return "the file is empty";
    }
    if (startsWith(head, new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'})) {
      return "a NumPy .npy file";
    }
    if ((head[0] & 0xff) == 0x80) {
      return "a plain Python pickle, not written by torch.save";
    }
    if (head.length > 8 && head[8] == '{'
        && ByteBuffer.wrap(head, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong() > 0) {
      return "a safetensors file: read it as one";
    }
    StringBuilder sb = new StringBuilder("no zip or pickle signature; first bytes");
    for (int i = 0; i < Math.min(8, head.length); i++) {
      sb.append(String.format(" %02x", head[i] & 0xff));
    }
    return sb.toString();
  }

  /**
   * Runs one pickle and converts its value (shared by both formats).
   *
   * @param in the pickle bytes
   * @param persistent resolves persistent ids
   * @param file for messages
   * @param what which pickle, for messages
   * @return the Java value
   * @throws IOException if the bytes end early or the pickle is malformed or refused
   */
  static Object unpickle(TorchUnpickler.PickleInput in, Function<Object[], Object> persistent,
      Path file, String what) throws IOException {
    try {
      return PythonValues.normalise(TorchUnpickler.load(in, persistent));
    } catch (PickleException e) {
      String msg = e.getCause() instanceof TensorFormatException t
          ? t.getMessage() : e.getMessage();
      throw new TensorFormatException(file + ": " + what + ": " + msg, e);
    } catch (IOException | RuntimeException e) {
      throw new TensorFormatException(file + ": " + what + " is malformed or truncated: "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }
  }

  /** @return the file */
  public Path file() {
    return file;
  }

  /** @return the unpickled object (for a Lightning checkpoint, a Map with {@code state_dict}) */
  public Object root() {
    return root;
  }

  /**
   * Follows string keys through nested dicts, e.g. {@code find("callbacks", "ModelCheckpoint")}.
   *
   * @param keys the keys
   * @return the value, or {@code null} when a key is missing or a level is not a dict
   */
  public Object find(String... keys) {
    Object o = root;
    for (String k : keys) {
      if (!(o instanceof Map<?, ?> m)) {
        return null;
      }
      o = m.get(k);
    }
    return o;
  }

  /**
   * The model weights: the {@code state_dict} of a Lightning checkpoint or of a dict that holds
   * one, or the root itself when it is a dict of tensors ({@code torch.save(model.state_dict())}).
   *
   * @return name to tensor, in file order
   * @throws TensorFormatException if there is no state dict, or entries that are not tensors
   *     (all such entries are listed)
   */
  public Map<String, TorchTensor> stateDict() throws TensorFormatException {
    Object sd = find("state_dict");
    if (!(sd instanceof Map<?, ?>)) {
      sd = root instanceof Map<?, ?> m && !m.isEmpty()
          && m.values().stream().allMatch(v -> v instanceof TorchTensor) ? root : null;
    }
    if (sd == null) {
      throw new TensorFormatException(file + ": no state_dict (the file holds "
          + (root instanceof Map<?, ?> m ? "a dict with keys " + m.keySet()
          : TorchGlobals.describe(root)) + ")");
    }
    Map<String, TorchTensor> out = new LinkedHashMap<>();
    List<String> bad = new ArrayList<>();
    for (Map.Entry<?, ?> e : ((Map<?, ?>) sd).entrySet()) {
      if (e.getKey() instanceof String k && e.getValue() instanceof TorchTensor t) {
        out.put(k, t);
      } else {
        bad.add(e.getKey() + " (" + describe(e.getValue()) + ")");
      }
    }
    if (!bad.isEmpty()) {
      throw new TensorFormatException(file + ": " + bad.size()
          + " state_dict entries are not readable tensors: " + String.join(", ", bad));
    }
    return out;
  }

  private static String describe(Object v) {
    if (v instanceof PickledObject p) {
      return p.type().qualifiedName();
    }
    return TorchGlobals.describe(v);
  }

  /**
   * Every state-dict tensor converted to float32 (see {@link TorchTensor#toHostTensor()}).
   *
   * @return name to values, in file order
   * @throws IOException if a storage cannot be read or converted
   */
  public Map<String, HostTensor> readStateDict() throws IOException {
    Map<String, HostTensor> out = new LinkedHashMap<>();
    for (Map.Entry<String, TorchTensor> e : stateDict().entrySet()) {
      out.put(e.getKey(), e.getValue().toHostTensor());
    }
    return out;
  }

  /**
   * What PyTorch Lightning stored beside the weights.
   *
   * @return present when the root has {@code pytorch-lightning_version}
   */
  public Optional<LightningInfo> lightning() {
    return root instanceof Map<?, ?> m ? LightningInfo.of(m) : Optional.empty();
  }

  @Override
  public void close() throws IOException {
    resource.close();
  }
}
