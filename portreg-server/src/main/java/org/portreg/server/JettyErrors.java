package org.portreg.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.portreg.server.http.ProblemDetails;
import org.portreg.server.http.SecurityHeaders;

/**
 * Answers the errors Jetty raises before Javalin sees a request (a body over the size limit, a
 * malformed request) as problem+json with the security headers, instead of Jetty's HTML page with
 * its server details.
 */
final class JettyErrors extends ErrorHandler {
  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    ProblemDetails problem =
        ProblemDetails.ofStatus(code, message == null ? "request refused" : message);
    byte[] body = Errors.body(problem, Request.getPathInContext(request));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Errors.PROBLEM_JSON);
    SecurityHeaders.ALWAYS.forEach(response.getHeaders()::put);
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
