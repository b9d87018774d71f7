package org.pain3d.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;

/**
 * The one Jackson mapper of pain3d, and the few ways files use it. It is thread-safe and must
 * not be reconfigured; the per-use settings are immutable {@link ObjectReader} / {@link
 * ObjectWriter} views of it:
 *
 * <ul>
 *   <li>{@link #mapper()}, {@link #pretty()}: Jackson's defaults (trees, command outputs such
 *       as {@code face.json}, {@code render.json}, reports, safetensors headers); unknown
 *       properties fail when binding records;
 *   <li>{@link #datasetReader()}, {@link #dataset()}, {@link #datasetPretty()}, {@link
 *       #datasetTree}: the dataset files' conventions: unknown properties are ignored (newer
 *       files stay readable), every record property must be present and primitives may not be
 *       null, and a {@code double} with an integral value is written without a fraction
 *       ({@code 3}, not {@code 3.0}), as the published annotation files have it;
 *   <li>{@link #run()}, {@link #runLine()}: run-folder files, where an undefined metric
 *       ({@code NaN}: AUROC with one class, no validation data) is written as {@code null}.
 * </ul>
 *
 * <p>The {@code double} style is a writer attribute read by one serializer; a writer without
 * it writes doubles exactly as Jackson's default serializer does.
 */
public final class Json {
  /** How a writer writes {@code double} / {@link Double} values. */
  private enum DoubleStyle {
    /** Integral values as integers ({@code 3}), others as Jackson does. */
    INTEGRAL,
    /** NaN as {@code null}, others as Jackson does. */
    NAN_AS_NULL
  }

  private static final ObjectMapper MAPPER = create();
  private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
  private static final ObjectWriter DATASET =
      MAPPER.writer().withAttribute(DoubleStyle.class, DoubleStyle.INTEGRAL);
  private static final ObjectWriter DATASET_PRETTY = DATASET.withDefaultPrettyPrinter();
  private static final ObjectReader DATASET_READER = MAPPER.reader()
      .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
  private static final ObjectWriter RUN_LINE =
      MAPPER.writer().withAttribute(DoubleStyle.class, DoubleStyle.NAN_AS_NULL);
  private static final ObjectWriter RUN = RUN_LINE.withDefaultPrettyPrinter();

  private Json() {}

  /**
   * The shared mapper with Jackson's default settings (do not reconfigure it).
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Jackson's defaults, indented with the default pretty printer.
   *
   * @return the writer
   */
  public static ObjectWriter pretty() {
    return PRETTY;
  }

  /**
   * Reads dataset files: unknown properties ignored, missing creator properties and null
   * primitives refused.
   *
   * @return the reader (give the type per call)
   */
  public static ObjectReader datasetReader() {
    return DATASET_READER;
  }

  /**
   * Writes dataset files compactly (one JSON Lines row), integral doubles as integers.
   *
   * @return the writer
   */
  public static ObjectWriter dataset() {
    return DATASET;
  }

  /**
   * Writes dataset files indented, integral doubles as integers.
   *
   * @return the writer
   */
  public static ObjectWriter datasetPretty() {
    return DATASET_PRETTY;
  }

  /**
   * Converts a value to a tree as {@link #dataset()} writes it (integral doubles become
   * integer nodes).
   *
   * @param value a record
   * @return its tree
   */
  public static JsonNode datasetTree(Object value) {
    try (TokenBuffer buf = new TokenBuffer(MAPPER, false)) {
      DATASET.writeValue(buf, value);
      return MAPPER.readTree(buf.asParser());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot convert " + value.getClass().getSimpleName()
          + " to JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Writes run-folder files indented, NaN as {@code null}.
   *
   * @return the writer
   */
  public static ObjectWriter run() {
    return RUN;
  }

  /**
   * Writes one run-folder JSON Lines row (compact), NaN as {@code null}.
   *
   * @return the writer
   */
  public static ObjectWriter runLine() {
    return RUN_LINE;
  }

  private static ObjectMapper create() {
    SimpleModule doubles = new SimpleModule("pain3d-doubles");
    StyledDoubleSerializer s = new StyledDoubleSerializer();
    doubles.addSerializer(Double.class, s);
    doubles.addSerializer(Double.TYPE, s);
    ObjectMapper m = new ObjectMapper();
    m.registerModule(doubles);
    return m;
  }

  /** Writes a double in the style the writer's {@link DoubleStyle} attribute asks for. */
  private static final class StyledDoubleSerializer extends StdSerializer<Double> {
    private static final long serialVersionUID = 1L;

    StyledDoubleSerializer() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      double v = value;
      Object style = provider.getAttribute(DoubleStyle.class);
      if (style == DoubleStyle.INTEGRAL && v == Math.rint(v) && Math.abs(v) < 1e15) {
        gen.writeNumber((long) v);
      } else if (style == DoubleStyle.NAN_AS_NULL && Double.isNaN(v)) {
        gen.writeNull();
      } else {
        gen.writeNumber(v);
      }
    }
  }
}
