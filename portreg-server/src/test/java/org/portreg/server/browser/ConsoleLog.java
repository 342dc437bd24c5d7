package org.portreg.server.browser;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * Every console error and uncaught page error of one page, from the moment it is attached. A CSP
 * violation is reported by Chromium as a console error ("Refused to load ..."), so it lands here
 * too. Not thread-safe: read it from the test thread after the page settled.
 */
final class ConsoleLog {
  private final List<String> errors = new ArrayList<>();

  /** Reports CSP violations through the console even where Chromium would only count them. */
  private static final String CSP_LISTENER =
      "document.addEventListener('securitypolicyviolation', e =>"
          + " console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));";

  private ConsoleLog(Page page) {
    page.addInitScript(CSP_LISTENER);
    page.onConsoleMessage(
        message -> {
          if ("error".equals(message.type())) {
            errors.add(message.text());
          }
        });
    page.onPageError(error -> errors.add("page error: " + error));
  }

  /** Starts listening on {@code page}; attach before navigating. */
  static ConsoleLog attach(Page page) {
    return new ConsoleLog(page);
  }

  /** The console errors and page errors seen so far, in order. */
  List<String> errors() {
    return List.copyOf(errors);
  }
}
