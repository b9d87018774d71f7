package org.pain3d.checkpoint;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.razorvine.pickle.Opcodes;
import net.razorvine.pickle.PickleException;
import net.razorvine.pickle.PickleUtils;
import net.razorvine.pickle.Unpickler;

/**
 * razorvine's pickle machine with PyTorch's rules: globals go through {@link TorchGlobals}
 * (never razorvine's process-wide constructor registry), dicts keep their order, BUILD only sets
 * the state of inert objects, persistent ids become storages, and a length that claims more
 * bytes than remain is refused before anything is allocated.
 */
final class TorchUnpickler extends Unpickler {
  private final PickleInput in;
  private final Function<Object[], Object> persistent;

  /** A stream that knows how many bytes remain and supports mark / reset. */
  abstract static class PickleInput extends InputStream {
    /** @return bytes left in the pickle's source */
    abstract long remaining();
  }

  private TorchUnpickler(PickleInput in, Function<Object[], Object> persistent) {
    this.in = in;
    this.persistent = persistent;
  }

  /**
   * Reads one pickle (up to its STOP opcode) from the stream.
   *
   * @param in the input, positioned at the first opcode
   * @param persistent turns a persistent id tuple into an object (storages)
   * @return the Java value: maps, lists, tuples as {@code Object[]}, tensors, placeholders
   * @throws IOException if the stream ends early
   * @throws PickleException if the pickle is malformed or names a refused global
   */
  static Object load(PickleInput in, Function<Object[], Object> persistent) throws IOException {
    return new TorchUnpickler(in, persistent).load(in);
  }

  @Override
  protected Object persistentLoad(Object pid) {
    return persistent.apply(TorchGlobals.tuple(pid));
  }

  @Override
  protected Object dispatch(short key) throws IOException {
    switch (key) {
      case Opcodes.GLOBAL -> {
        String module = PickleUtils.readline(input);
        String name = PickleUtils.readline(input);
        stack.add(TorchGlobals.resolve(module, name));
      }
      case Opcodes.STACK_GLOBAL -> {
        Object name = stack.pop();
        Object module = stack.pop();
        if (!(name instanceof String n) || !(module instanceof String m)) {
          throw new PickleException("STACK_GLOBAL needs two strings");
        }
        stack.add(TorchGlobals.resolve(m, n));
      }
      case Opcodes.INST -> {
        Object g = TorchGlobals.resolve(PickleUtils.readline(input), PickleUtils.readline(input));
        stack.add(TorchGlobals.call(g, stack.pop_all_since_marker().toArray()));
      }
      case Opcodes.OBJ -> {
        List<Object> all = stack.pop_all_since_marker();
        stack.add(TorchGlobals.call(all.get(0), all.subList(1, all.size()).toArray()));
      }
      case Opcodes.REDUCE, Opcodes.NEWOBJ -> {
        Object args = stack.pop();
        stack.add(TorchGlobals.call(stack.pop(), TorchGlobals.tuple(args)));
      }
      case Opcodes.NEWOBJ_EX -> {
        stack.pop(); // keyword arguments: none of the constructed types takes any
        Object args = stack.pop();
        stack.add(TorchGlobals.call(stack.pop(), TorchGlobals.tuple(args)));
      }
      case Opcodes.BUILD -> build(stack.pop(), stack.peek());
      case Opcodes.EMPTY_DICT -> stack.add(new LinkedHashMap<>());
      case Opcodes.DICT -> {
        Map<Object, Object> m = new LinkedHashMap<>();
        putAll(m, stack.pop_all_since_marker());
        stack.add(m);
      }
      case Opcodes.SETITEMS -> {
        List<Object> items = stack.pop_all_since_marker();
        putAll(dict(stack.peek()), items);
      }
      case Opcodes.SETITEM -> {
        Object value = stack.pop();
        Object k = stack.pop();
        dict(stack.peek()).put(k, value);
      }
      case Opcodes.APPEND -> {
        Object value = stack.pop();
        list(stack.peek(), 1).add(value);
      }
      case Opcodes.APPENDS -> {
        List<Object> items = stack.pop_all_since_marker();
        list(stack.peek(), items.size()).addAll(items);
      }
      case Opcodes.EXT1, Opcodes.EXT2, Opcodes.EXT4 ->
          throw new PickleException("pickle extension codes are not supported");
      case Opcodes.NEXT_BUFFER, Opcodes.READONLY_BUFFER ->
          throw new PickleException("out-of-band pickle buffers are not supported");
      default -> {
        guardLength(key);
        return super.dispatch(key);
      }
    }
    return NO_RETURN_VALUE;
  }

  private static void putAll(Map<Object, Object> m, List<Object> items) {
    if (items.size() % 2 != 0) {
      throw new PickleException("odd number of dict items");
    }
    for (int i = 0; i < items.size(); i += 2) {
      m.put(items.get(i), items.get(i + 1));
    }
  }

  /** The map SETITEM(S) fills: a dict, or the items of an inert dict subclass. */
  @SuppressWarnings("unchecked")
  private static Map<Object, Object> dict(Object o) {
    if (o instanceof Map<?, ?> m) {
      return (Map<Object, Object>) m;
    }
    if (o instanceof PickledObject p) {
      return p.dictItems();
    }
    throw new PickleException("SETITEM on a " + TorchGlobals.describe(o));
  }

  /** The list APPEND(S) fills: a list, or the items of an inert list subclass. */
  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o, int count) {
    if (o instanceof List<?> l) {
      return (List<Object>) l;
    }
    if (o instanceof PickledObject p) {
      return p.listItems();
    }
    throw new PickleException("APPEND of " + count + " items to a "
        + TorchGlobals.describe(o));
  }

  /**
   * BUILD: an inert object records its state; a dict's attributes (the {@code _metadata} of a
   * module state_dict) are dropped; anything else cannot take state.
   */
  private static void build(Object state, Object target) {
    if (target instanceof PickledObject p) {
      p.setState(state);
    } else if (!(target instanceof Map<?, ?>)) {
      throw new PickleException("BUILD on a " + TorchGlobals.describe(target));
    }
  }

  /** Refuses a length prefix larger than what remains, before razorvine allocates it. */
  private void guardLength(short key) throws IOException {
    int width = switch (key) {
      case Opcodes.BINSTRING, Opcodes.BINUNICODE, Opcodes.BINBYTES, Opcodes.LONG4 -> 4;
      case Opcodes.BINUNICODE8, Opcodes.BINBYTES8, Opcodes.BYTEARRAY8 -> 8;
      default -> 0;
    };
    if (width == 0) {
      return;
    }
    in.mark(width);
    byte[] b = in.readNBytes(width);
    in.reset();
    if (b.length < width) {
      throw new IOException("premature end of pickle");
    }
    long n = 0;
    for (int i = width - 1; i >= 0; i--) {
      n = (n << 8) | (b[i] & 0xff);
    }
    if (n < 0 || n > in.remaining() - width) {
      throw new PickleException("a value claims " + n + " bytes but only "
          + (in.remaining() - width) + " remain");
    }
  }
}
