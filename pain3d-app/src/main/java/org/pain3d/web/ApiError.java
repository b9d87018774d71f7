package org.pain3d.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.http.BadMessageException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.pain3d.app.CliErrors;
import org.pain3d.error.ErrorKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON body of every error answer: {@code {"error": "one line", "kind": "usage",
 * "status": 400}}. The status comes from {@link ErrorKind#httpStatus()} for the library's
 * failures (via {@link ErrorKind#of}) and from {@link WebErrorKind} for the web layer's own; a
 * malformed JSON body is a usage error (400). No stack trace is ever sent: unexpected
 * failures answer "internal error" and are logged with their trace.
 *
 * @param error one line saying what is wrong
 * @param kind the kind, lower case ({@code usage}, {@code bad_input}, {@code not_found}, ...)
 * @param status the HTTP status
 */
@JsonPropertyOrder({"error", "kind", "status"})
public record ApiError(
    @JsonProperty("error") String error,
    @JsonProperty("kind") String kind,
    @JsonProperty("status") int status) {
  private static final Logger LOG = LoggerFactory.getLogger(ApiError.class);

  /**
   * Classifies a failure.
   *
   * @param failure what a handler threw (futures' wrappers are removed)
   * @return the answer
   */
  public static ApiError of(Throwable failure) {
    Throwable t = unwrap(failure);
    if (t instanceof WebException w) {
      return new ApiError(w.getMessage(), w.kind().label(), w.kind().status());
    }
    if (t instanceof HttpResponseException h) {
      int status = h.getStatus();
      String kind = status == 413 ? WebErrorKind.TOO_LARGE.label()
          : status == 404 ? WebErrorKind.NOT_FOUND.label() : "http";
      return new ApiError(oneLine(h.getMessage(), "HTTP " + status), kind, status);
    }
    ApiError upload = uploadFailure(t);
    if (upload != null) {
      return upload;
    }
    if (t instanceof JsonProcessingException j) {
      return new ApiError(jsonMessage(j), label(ErrorKind.USAGE), ErrorKind.USAGE.httpStatus());
    }
    ErrorKind kind = ErrorKind.of(t);
    if (kind.httpStatus() >= 500) {
      LOG.error("request failed ({})", kind, t);
    }
    String message = kind == ErrorKind.INTERNAL ? "internal error (see the server log)"
        : oneLine(CliErrors.message(t), kind.name());
    return new ApiError(message, label(kind), kind.httpStatus());
  }

  /** Jetty's refusals of a multipart body: over a size limit (413) or malformed (400). */
  private static ApiError uploadFailure(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String m = c.getMessage() == null ? "" : c.getMessage();
      if (c instanceof IllegalStateException && m.startsWith("max ") && m.contains("exceeded")) {
        return new ApiError("upload too large (" + m.replace("exceeded: ", "exceeded: limit ") + " bytes)", WebErrorKind.TOO_LARGE.label(), WebErrorKind.TOO_LARGE.status());
      }
    }
    if (t instanceof BadMessageException b) {
      return new ApiError(oneLine(b.getReason(), "bad request"), label(ErrorKind.USAGE), b.getCode() == 413 ? 413 : 400);
    }
    return null;
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return ErrorKind.unwrap(t);
  }

  private static String label(ErrorKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** A JSON body that does not parse or bind: the field and the reason, never class names. */
  private static String jsonMessage(JsonProcessingException j) {
    for (Throwable c = j.getCause(); c != null; c = c.getCause()) {
      if (c instanceof IllegalArgumentException) {
        return oneLine(c.getMessage(), "bad value");
      }
      if (c instanceof NullPointerException && c.getMessage() != null) {
        return "missing value: " + oneLine(c.getMessage(), "");
      }
    }
    String where = j instanceof JsonMappingException m && !m.getPath().isEmpty()
        ? " at " + path(m) : "";
    if (j instanceof UnrecognizedPropertyException u) {
      return "unknown field '" + u.getPropertyName() + "'" + where + " (known: "
          + u.getKnownPropertyIds() + ")";
    }
    if (j instanceof MismatchedInputException m && m.getTargetType() != null) {
      String got = m instanceof InvalidFormatException f ? ", got " + Api.clip(String.valueOf(f.getValue())) : "";
      return "bad JSON body" + where + ": expected " + expected(m.getTargetType()) + got;
    }
    if (j instanceof JsonParseException) {
      return "malformed JSON: " + oneLine(j.getOriginalMessage(), "syntax error").replaceAll("\\(code \\d+\\)", "");
    }
    return "bad JSON body" + where;
  }

  private static String expected(Class<?> type) {
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "an object";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    return type == String.class ? "a string" : "another value";
  }

  private static String path(JsonMappingException m) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String oneLine(String message, String fallback) {
    if (message == null || message.isBlank()) {
      return fallback;
    }
    String line = message.strip().lines().findFirst().orElse(fallback);
    return line.length() > 500 ? line.substring(0, 500) + "..." : line;
  }
}
