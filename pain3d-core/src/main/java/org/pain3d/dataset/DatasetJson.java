package org.pain3d.dataset;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * The Jackson configuration shared by every dataset file.
 *
 * <ul>
 *   <li>unknown properties are ignored (newer files stay readable);
 *   <li>every record property must be present and primitives may not be null;
 *   <li>a {@code double} with an integral value is written without a fraction ({@code 3},
 *       not {@code 3.0}), as the published annotation files have it.
 * </ul>
 */
public final class DatasetJson {
  private static final ObjectMapper MAPPER = create();

  private DatasetJson() {}

  /**
   * Returns the shared mapper (thread-safe; do not reconfigure it).
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static ObjectMapper create() {
    SimpleModule integral = new SimpleModule("pain3d-integral-doubles");
    IntegralDoubleSerializer s = new IntegralDoubleSerializer();
    integral.addSerializer(Double.class, s);
    integral.addSerializer(Double.TYPE, s);
    ObjectMapper m = new ObjectMapper();
    m.registerModule(integral);
    m.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    m.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
    m.configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true);
    m.configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, true);
    return m;
  }

  /**
   * Writes a number the way dataset files store it: integral values as integers.
   *
   * @param gen the generator
   * @param v the value (finite)
   * @throws IOException from the generator
   */
  static void writeNumber(JsonGenerator gen, double v) throws IOException {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      gen.writeNumber((long) v);
    } else {
      gen.writeNumber(v);
    }
  }

  private static final class IntegralDoubleSerializer extends StdSerializer<Double> {
    private static final long serialVersionUID = 1L;

    IntegralDoubleSerializer() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      writeNumber(gen, value);
    }
  }
}
