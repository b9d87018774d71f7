package org.pain3d.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.pain3d.io.Json;

/**
 * Small helpers of every route: JSON answers (pain3d's one mapper; an undefined metric, NaN,
 * is written as {@code null}), JSON bodies bound to records (unknown fields refused, a bad
 * value is a 400), typed query parameters (a bad one is a 400 naming it) and files.
 */
public final class Api {
  /** Content type of JSON answers. */
  public static final String JSON = "application/json";

  private Api() {}

  /**
   * Answers 200 with a value as JSON.
   *
   * @param ctx the request
   * @param value a record, map or list
   */
  public static void json(Context ctx, Object value) {
    json(ctx, 200, value);
  }

  /**
   * Answers with a value as JSON.
   *
   * @param ctx the request
   * @param status the HTTP status
   * @param value a record, map or list
   */
  public static void json(Context ctx, int status, Object value) {
    try {
      ctx.status(status).contentType(JSON).result(Json.runLine().writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an answer as JSON", e);
    }
  }

  /**
   * Binds the JSON body to a type.
   *
   * @param <T> the type
   * @param ctx the request
   * @param type a record class
   * @return the value
   * @throws JsonProcessingException (answered 400) when the body is not valid JSON for the type
   */
  public static <T> T body(Context ctx, Class<T> type) throws JsonProcessingException {
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw new IllegalArgumentException("the request needs a JSON body");
    }
    try {
      T value = Json.mapper().readValue(body, type);
      if (value == null) {
        throw new IllegalArgumentException("the request needs a JSON object, got null");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An integer path or query parameter.
   *
   * @param name the parameter's name (for the message)
   * @param text its value, or null
   * @param fallback the value when absent
   * @param min smallest allowed
   * @param max largest allowed
   * @return the value
   * @throws IllegalArgumentException (400) when it is not an integer in range
   */
  public static int intParam(String name, String text, int fallback, int min, int max) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    int v;
    try {
      v = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer, got '" + clip(text) + "'", e);
    }
    if (v < min || v > max) {
      throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", got " + v);
    }
    return v;
  }

  /**
   * A long integer query parameter.
   *
   * @param name the parameter's name
   * @param text its value, or null
   * @param fallback the value when absent
   * @return the value
   * @throws IllegalArgumentException (400) when it is not an integer
   */
  public static long longParam(String name, String text, long fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer, got '" + clip(text) + "'", e);
    }
  }

  /**
   * A number query parameter.
   *
   * @param name the parameter's name
   * @param text its value, or null
   * @param fallback the value when absent
   * @return the value
   * @throws IllegalArgumentException (400) when it is not a finite number
   */
  public static double doubleParam(String name, String text, double fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      double v = Double.parseDouble(text.trim());
      if (!Double.isFinite(v)) {
        throw new NumberFormatException("not finite");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, got '" + clip(text) + "'", e);
    }
  }

  /**
   * A boolean query parameter ({@code true/false/1/0}).
   *
   * @param name the parameter's name
   * @param text its value, or null
   * @param fallback the value when absent
   * @return the value
   */
  public static boolean boolParam(String name, String text, boolean fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw new IllegalArgumentException(name + " must be true or false, got '" + clip(text) + "'");
    };
  }

  /**
   * Sends the file of a served folder named by the {@code path} query parameter.
   *
   * @param ctx the request
   * @param folder the folder
   * @throws IOException when it cannot be read
   * @throws WebException FORBIDDEN or NOT_FOUND as {@link ServedFolder#resolve}
   */
  public static void file(Context ctx, ServedFolder folder) throws IOException {
    String name = ctx.queryParam("path");
    Path file = folder.resolve(name);
    ctx.contentType(ServedFolder.contentType(name));
    ctx.header("Cache-Control", "no-cache");
    ctx.result(Files.newInputStream(file));
  }

  /**
   * Sends bytes as a download.
   *
   * @param ctx the request
   * @param bytes the content
   * @param contentType its type
   * @param fileName the suggested file name (plain ASCII)
   */
  public static void download(Context ctx, byte[] bytes, String contentType, String fileName) {
    ctx.contentType(contentType);
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    ctx.result(bytes);
  }

  /**
   * Shortens a value for a message.
   *
   * @param text the value
   * @return at most 40 characters and an ellipsis
   */
  public static String clip(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }
}
