package org.portreg.server.http;

/** The JSON API's path prefix and media type, shared by every API route. */
public final class ApiPaths {
  /** The path every API route starts with. */
  public static final String PREFIX = "/api/v1";

  /**
   * The media type of every JSON response, spelled as Jetty writes it for the Javalin routes, so
   * the pre-encoded fast path sends the same bytes (issue 15).
   */
  public static final String JSON = "application/json;charset=utf-8";

  private ApiPaths() {}
}
