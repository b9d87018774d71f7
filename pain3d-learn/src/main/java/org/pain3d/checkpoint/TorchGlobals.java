package org.pain3d.checkpoint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.razorvine.pickle.PickleException;
import org.pain3d.tensor.TensorFormatException;

/**
 * What the globals named in a {@code torch.save} pickle become. Nothing is ever executed; each
 * global is one of:
 *
 * <ul>
 *   <li>constructed (the allow-list): {@code collections.OrderedDict}, PyTorch's tensor and
 *       Parameter rebuild functions, storage classes and dtype objects, {@code torch.Size},
 *       {@code torch.device}, {@code builtins.set / frozenset / bytearray} and {@code
 *       _codecs.encode} (how protocol 2 writes {@code bytes});
 *   <li>refused at once: anything from modules that run code or touch the system ({@code os},
 *       {@code posix}, {@code subprocess}, {@code sys}, {@code builtins.eval}, ...), which no
 *       checkpoint needs and only a malicious file names;
 *   <li>kept inert ({@link PickledGlobal} / {@link PickledObject}): every other class, e.g. a
 *       callback's state class, so that parts nobody reads do not stop the weights from loading.
 * </ul>
 */
final class TorchGlobals {
  private static final Set<String> DENIED_MODULES = Set.of("os", "posix", "nt", "subprocess",
      "sys", "shutil", "socket", "importlib", "runpy", "pickle", "_pickle", "marshal", "ctypes",
      "code", "codeop", "pty", "webbrowser", "types", "inspect", "io", "_io", "operator",
      "functools", "platform", "multiprocessing", "signal", "threading", "asyncio", "pdb",
      "tempfile", "glob", "urllib", "http", "commands", "popen2", "timeit", "cProfile",
      "profile", "trace", "site", "zipimport", "ftplib", "smtplib", "telnetlib");
  private static final Set<String> INERT_BUILTINS = Set.of("complex", "slice", "range",
      "object", "list", "tuple", "dict", "int", "float", "str", "bool", "bytes");

  private TorchGlobals() {}

  /** A storage class named in a persistent id, e.g. {@code torch.FloatStorage}. */
  record StorageClass(TorchDType dtype) {}

  /** The callables this reader constructs. */
  enum Builtin {
    ORDERED_DICT, REBUILD_TENSOR_V2, REBUILD_TENSOR, REBUILD_PARAMETER, REBUILD_FROM_TYPE_V2,
    TORCH_SIZE, TORCH_DEVICE, SET, BYTEARRAY, CODECS_ENCODE
  }

  /**
   * Resolves a GLOBAL opcode.
   *
   * @param module the module
   * @param name the name
   * @return a {@link Builtin}, {@link StorageClass}, {@link TorchDType} or {@link PickledGlobal}
   * @throws PickleException for a refused global
   */
  static Object resolve(String module, String name) {
    Builtin b = builtin(module + "." + name);
    if (b != null) {
      return b;
    }
    if (module.equals("torch")) {
      TorchDType storage = TorchDType.ofStorageClass(name);
      if (storage != null) {
        return new StorageClass(storage);
      }
      TorchDType dtype = TorchDType.ofDtypeName(name);
      if (dtype != null) {
        return dtype;
      }
    }
    if (refused(module, name)) {
      throw new PickleException("refuses the pickle global " + module + "." + name
          + ": a checkpoint never needs it (in Python it would run code); the file may be"
          + " malicious");
    }
    return new PickledGlobal(module, name);
  }

  private static Builtin builtin(String qualified) {
    return switch (qualified) {
      case "collections.OrderedDict" -> Builtin.ORDERED_DICT;
      case "torch._utils._rebuild_tensor_v2" -> Builtin.REBUILD_TENSOR_V2;
      case "torch._utils._rebuild_tensor" -> Builtin.REBUILD_TENSOR;
      case "torch._utils._rebuild_parameter", "torch._utils._rebuild_parameter_with_state" ->
          Builtin.REBUILD_PARAMETER;
      case "torch._tensor._rebuild_from_type_v2" -> Builtin.REBUILD_FROM_TYPE_V2;
      case "torch.Size" -> Builtin.TORCH_SIZE;
      case "torch.device" -> Builtin.TORCH_DEVICE;
      case "builtins.set", "builtins.frozenset", "__builtin__.set", "__builtin__.frozenset" ->
          Builtin.SET;
      case "builtins.bytearray", "__builtin__.bytearray" -> Builtin.BYTEARRAY;
      case "_codecs.encode" -> Builtin.CODECS_ENCODE;
      default -> null;
    };
  }

  private static boolean refused(String module, String name) {
    String top = module.contains(".") ? module.substring(0, module.indexOf('.')) : module;
    if (DENIED_MODULES.contains(top)) {
      return true;
    }
    if (top.equals("builtins") || top.equals("__builtin__")) {
      boolean exception = name.endsWith("Error") || name.endsWith("Exception")
          || name.endsWith("Warning");
      return !exception && !INERT_BUILTINS.contains(name);
    }
    return false;
  }

  /**
   * Calls a resolved global (REDUCE, NEWOBJ, INST, OBJ opcodes).
   *
   * @param callable what {@link #resolve} returned (or anything else the pickle put there)
   * @param args the arguments
   * @return the constructed value, or a {@link PickledObject} for an inert global
   * @throws PickleException if the callable cannot be called or the arguments are malformed
   */
  static Object call(Object callable, Object[] args) {
    if (callable instanceof PickledGlobal g) {
      return new PickledObject(g, new ArrayList<>(Arrays.asList(args)));
    }
    if (callable instanceof StorageClass || callable instanceof TorchDType) {
      return new PickledObject(new PickledGlobal("torch", String.valueOf(callable)),
          new ArrayList<>(Arrays.asList(args)));
    }
    if (!(callable instanceof Builtin b)) {
      throw new PickleException("the pickle calls a " + describe(callable)
          + ", which is not callable");
    }
    try {
      return construct(b, args);
    } catch (TensorFormatException e) {
      throw new PickleException(e.getMessage(), e);
    } catch (ClassCastException | IndexOutOfBoundsException | ArithmeticException e) {
      throw new PickleException("malformed arguments to " + b + ": " + e.getMessage(), e);
    }
  }

  private static Object construct(Builtin b, Object[] args) throws TensorFormatException {
    return switch (b) {
      case ORDERED_DICT -> orderedDict(args);
      case REBUILD_TENSOR_V2, REBUILD_TENSOR -> rebuildTensor(args, b == Builtin.REBUILD_TENSOR_V2);
      case REBUILD_PARAMETER -> args[0] instanceof TorchTensor t
          ? t.withRequiresGrad(Boolean.TRUE.equals(args[1])) : args[0];
      case REBUILD_FROM_TYPE_V2 -> call(args[0], tuple(args[2]));
      case TORCH_SIZE -> args.length == 0 ? List.of() : longs(args[0]);
      case TORCH_DEVICE -> args.length > 1 && args[1] != null ? args[0] + ":" + args[1] : args[0];
      case SET -> args.length == 0 ? new LinkedHashSet<>() : new LinkedHashSet<>(items(args[0]));
      case BYTEARRAY, CODECS_ENCODE -> bytes(args);
    };
  }

  private static Map<Object, Object> orderedDict(Object[] args) {
    Map<Object, Object> m = new LinkedHashMap<>();
    if (args.length > 0 && args[0] != null) {
      for (Object pair : items(args[0])) {
        Object[] kv = tuple(pair);
        m.put(kv[0], kv[1]);
      }
    }
    return m;
  }

  private static Object rebuildTensor(Object[] args, boolean v2) throws TensorFormatException {
    if (!(args[0] instanceof TorchStorage s)) {
      return new PickledObject(new PickledGlobal("torch._utils",
          v2 ? "_rebuild_tensor_v2" : "_rebuild_tensor"), new ArrayList<>(Arrays.asList(args)));
    }
    long offset = ((Number) args[1]).longValue();
    long[] shape = toArray(longs(args[2]));
    long[] stride = toArray(longs(args[3]));
    boolean grad = v2 && args.length > 4 && Boolean.TRUE.equals(args[4]);
    return new TorchTensor(s, offset, shape, stride, grad);
  }

  private static byte[] bytes(Object[] args) {
    if (args.length == 0) {
      return new byte[0];
    }
    if (args[0] instanceof byte[] raw) {
      return raw;
    }
    String text = (String) args[0];
    String enc = args.length > 1 ? String.valueOf(args[1]).toLowerCase(Locale.ROOT) : "utf-8";
    return switch (enc) {
      case "latin1", "latin-1", "iso-8859-1" -> text.getBytes(StandardCharsets.ISO_8859_1);
      case "utf-8", "utf8" -> text.getBytes(StandardCharsets.UTF_8);
      default -> throw new PickleException("unsupported encoding " + enc);
    };
  }

  static Object[] tuple(Object o) {
    if (o instanceof Object[] a) {
      return a;
    }
    if (o instanceof List<?> l) {
      return l.toArray();
    }
    throw new ClassCastException("expected a tuple, got " + describe(o));
  }

  private static Collection<?> items(Object o) {
    if (o instanceof Collection<?> c) {
      return c;
    }
    return Arrays.asList(tuple(o));
  }

  private static List<Long> longs(Object o) {
    List<Long> out = new ArrayList<>();
    for (Object x : items(o)) {
      out.add(((Number) x).longValue());
    }
    return List.copyOf(out);
  }

  private static long[] toArray(List<Long> l) {
    return l.stream().mapToLong(Long::longValue).toArray();
  }

  static String describe(Object o) {
    return o == null ? "None" : o.getClass().getSimpleName();
  }
}
