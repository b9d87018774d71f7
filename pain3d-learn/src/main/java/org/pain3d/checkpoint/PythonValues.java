package org.pain3d.checkpoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the unpickled tree into plain Java values: tuples ({@code Object[]} in the pickle
 * machine) become unmodifiable lists, everywhere, once per shared object.
 */
final class PythonValues {
  private final Map<Object, Object> done = new IdentityHashMap<>();

  private PythonValues() {}

  static Object normalise(Object root) {
    return new PythonValues().convert(root);
  }

  @SuppressWarnings("unchecked")
  private Object convert(Object o) {
    if (o == null || done.containsKey(o)) {
      return o == null ? null : done.get(o);
    }
    if (o instanceof Object[] tuple) {
      List<Object> items = new ArrayList<>(Arrays.asList(tuple));
      List<Object> view = Collections.unmodifiableList(items);
      done.put(o, view);
      items.replaceAll(this::convert);
      return view;
    }
    done.put(o, o);
    if (o instanceof Map<?, ?> m) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      boolean changed = false;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object k = convert(e.getKey());
        Object v = convert(e.getValue());
        changed |= k != e.getKey() || v != e.getValue();
        copy.put(k, v);
      }
      if (changed) {
        m.clear();
        ((Map<Object, Object>) m).putAll(copy);
      }
    } else if (o instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        Object c = convert(l.get(i));
        if (c != l.get(i)) {
          ((List<Object>) l).set(i, c);
        }
      }
    } else if (o instanceof Set<?> s) {
      Set<Object> copy = new LinkedHashSet<>();
      boolean changed = false;
      for (Object v : s) {
        Object c = convert(v);
        changed |= c != v;
        copy.add(c);
      }
      if (changed) {
        s.clear();
        ((Set<Object>) s).addAll(copy);
      }
    } else if (o instanceof PickledObject p) {
      convert(p.args());
      convert(p.dictItems());
      convert(p.listItems());
      p.setState(convert(p.state()));
    }
    return o;
  }
}
