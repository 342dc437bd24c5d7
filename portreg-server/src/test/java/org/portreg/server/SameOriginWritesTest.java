package org.portreg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portreg.server.auth.Authentication;
import org.portreg.store.WebSession;

/**
 * Writes on a session cookie (and the sign-in form) from another site are 403, CSRF token or not.
 */
class SameOriginWritesTest extends WorkflowPageTestBase {
  private static HttpResponse<byte[]> logout(WebSession session, String header, String value) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri("/logout"))
            .header("Cookie", Authentication.SESSION_COOKIE + "=" + session.id())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(encode(List.of("_csrf", session.csrfToken()))));
    if (header != null) {
      request.header(header, value);
    }
    return server.send(request.build());
  }

  @Test
  void aSessionWriteFromAnotherOriginIs403EvenWithTheRightToken() {
    WebSession session = session(fixture.alice());
    HttpResponse<byte[]> foreign = logout(session, "Origin", "https://evil.example");
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(new String(foreign.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("cross-origin write refused");
    assertThat(logout(session, "Referer", "https://evil.example/page").statusCode()).isEqualTo(403);
    assertThat(logout(session, "Origin", "null").statusCode()).isEqualTo(403);
  }

  @Test
  void aSessionWriteFromThisSiteOrWithoutTheHeadersPasses() {
    String self = server.uri("/").toString().replaceAll("/$", "");
    assertThat(logout(session(fixture.alice()), "Origin", self).statusCode()).isEqualTo(303);
    assertThat(logout(session(fixture.alice()), "Referer", self + "/requests").statusCode())
        .isEqualTo(303);
    assertThat(logout(session(fixture.alice()), null, null).statusCode()).isEqualTo(303);
  }

  @Test
  void theSignInFormFromAnotherOriginIs403() {
    HttpResponse<byte[]> response =
        server.send(
            HttpRequest.newBuilder(server.uri("/login"))
                .header("Origin", "https://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=alice&password=x"))
                .build());
    assertThat(response.statusCode()).isEqualTo(403);
  }
}
