package org.portreg.server.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.portreg.server.RegistryServer;
import org.portreg.server.ServerOptions;
import org.portreg.server.spi.RegistrySource;

/**
 * One headless Debian Chromium driven by Playwright, and one in-process server on a free loopback
 * port. A test class opens one harness in {@code @BeforeAll} and closes it in {@code @AfterAll};
 * each test takes a fresh context and page from {@link #newPage}. The browser is {@code
 * /usr/bin/chromium}, or the system property {@code portreg.chromium}. Not thread-safe.
 */
final class BrowserHarness implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getProperty("portreg.chromium", "/usr/bin/chromium"));

  /** Switches off everything that would make Chromium reach the network on its own. */
  static final List<String> ARGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  /** How long any wait (navigation, element, web-first assertion) may take before it fails. */
  static final Duration WAIT = Duration.ofMinutes(3);

  private final RegistryServer server;
  private final Playwright playwright;
  private final Browser browser;

  private BrowserHarness(Supplier<RegistryServer> start) {
    this.playwright = createPlaywright();
    try {
      this.browser = launch(playwright);
      this.server = start.get();
    } catch (RuntimeException e) {
      // @AfterAll never sees a half-built harness: close the driver (and its browser) here.
      playwright.close();
      throw e;
    }
  }

  /**
   * Starts the server over {@code source} and the browser. Test classes guard it with {@link
   * RequiresChromium}, which skips them (or fails them in CI) when the browser is absent.
   */
  static BrowserHarness open(RegistrySource source) {
    return new BrowserHarness(
        () -> RegistryServer.start(ServerOptions.defaults().withAddress("127.0.0.1", 0), source));
  }

  /**
   * Starts the server with {@code start} (which must bind a free loopback port) and the browser.
   */
  static BrowserHarness open(Supplier<RegistryServer> start) {
    return new BrowserHarness(start);
  }

  /** The absolute URL of {@code path} on the server under test. */
  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  /** A page in a fresh context of {@code width} x {@code height} CSS pixels, with downloads on. */
  Page newPage(int width, int height) {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setAcceptDownloads(true)
                .setLocale("en-US"));
    // A bound for conditions, not a speed requirement: a slow or busy machine may need tens of
    // seconds to lay out a large page, and a test must not fail for that.
    context.setDefaultTimeout(WAIT.toMillis());
    context.setDefaultNavigationTimeout(WAIT.toMillis());
    return context.newPage();
  }

  @Override
  public void close() {
    try (server;
        playwright) {
      browser.close();
    }
  }

  private static Playwright createPlaywright() {
    PlaywrightAssertions.setDefaultAssertionTimeout(WAIT.toMillis());
    // The driver comes from Maven Central; the browser is Debian's, never a download.
    return Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  private static Browser launch(Playwright playwright) {
    // launch() gives every browser a fresh temporary user-data dir, removed on close.
    return playwright
        .chromium()
        .launch(
            new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(ARGS));
  }
}
