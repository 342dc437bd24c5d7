package org.portreg.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a sign-in may send the browser. */
class SignInTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "\\\\evil.example",
        "javascript:alert(1)",
        "evil.example",
        "/ok\r\nSet-Cookie: x=y",
        "/ok\\..\\x",
        ""
      })
  void refusesEverythingButALocalPath(String next) {
    assertThat(SignIn.safeNext(next)).isEqualTo("/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/requests/12", "/admin?tab=users", "/service/http#tcp"})
  void keepsLocalPaths(String next) {
    assertThat(SignIn.safeNext(next)).isEqualTo(next);
  }
}
