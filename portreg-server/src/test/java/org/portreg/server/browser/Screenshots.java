package org.portreg.server.browser;

import com.microsoft.playwright.Page;
import java.nio.file.Path;

/** Where the browser tests leave their screenshots: a build artifact, never a test input. */
final class Screenshots {
  private Screenshots() {}

  /**
   * {@code target/screenshots} of the module (failsafe passes it as {@code portreg.screenshots}).
   */
  static Path folder() {
    String configured = System.getProperty("portreg.screenshots");
    return Path.of(configured == null ? "target/screenshots" : configured).toAbsolutePath();
  }

  /** Saves what the viewport shows as {@code NAME.png}; the file written. */
  static Path save(Page page, String name) {
    return write(page, name, false);
  }

  /** Saves the whole page, scrolled from top to bottom, as {@code NAME.png}; the file written. */
  static Path saveFullPage(Page page, String name) {
    return write(page, name, true);
  }

  private static Path write(Page page, String name, boolean fullPage) {
    Path file = folder().resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(fullPage));
    return file;
  }
}
