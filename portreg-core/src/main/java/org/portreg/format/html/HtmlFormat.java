package org.portreg.format.html;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.portreg.format.Sha256;
import org.portreg.model.Registry;

/**
 * The registry page as HTML: header block, the twelve-column table and the Contact Information
 * table of the people the shown rows name. Valid HTML5 that is also well-formed XML, every value
 * escaped, no script and no external resource. Thread-safe, stateless.
 *
 * <p>A server under a strict Content Security Policy either serves {@link #STYLESHEET} at a URL of
 * its own ({@link HtmlPage#stylesheetHref()}) or allows the embedded one by its hash ({@link
 * #stylesheetHash()}).
 */
public final class HtmlFormat {
  /** The stylesheet every page uses: small, readable on a phone, no external resource. */
  public static final String STYLESHEET =
      String.join(
          "\n",
          "body{font:15px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;"
              + "margin:0 auto;max-width:90rem;padding:1rem;color:#1b1b1b;background:#fff}",
          "h1{font-size:1.5rem;margin:.2rem 0 1rem}h2{font-size:1.2rem;margin:2rem 0 .5rem}",
          "dl.header{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}",
          "dl.header dt{font-weight:600}dl.header dd{margin:0}",
          ".note{white-space:pre-wrap;font-family:ui-monospace,Menlo,Consolas,monospace;"
              + "font-size:.8rem;overflow-x:auto}",
          ".scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}",
          "table{border-collapse:collapse;font-size:.85rem;min-width:100%}",
          "th,td{border:1px solid #d0d7de;padding:.3rem .45rem;vertical-align:top;text-align:left}",
          "th{background:#f3f5f7;position:sticky;top:0}tbody tr:nth-child(even){background:#fafbfc}",
          "td.port,td.date{white-space:nowrap}a{color:#0b57d0}",
          "nav.pages{margin:1rem 0;display:flex;gap:1rem;flex-wrap:wrap}",
          "@media (max-width:40rem){body{padding:.5rem}dl.header{grid-template-columns:1fr}"
              + "dl.header dd{margin-bottom:.4rem}table{font-size:.8rem}}",
          "@media (prefers-color-scheme:dark){body{background:#111;color:#e6e6e6}"
              + "th{background:#222}tbody tr:nth-child(even){background:#181818}"
              + "th,td{border-color:#333}a{color:#8ab4f8}}");

  private HtmlFormat() {}

  /** The whole registry as an HTML file: every row, no links, the stylesheet embedded. */
  public static String writeText(Registry registry) {
    return writePage(HtmlPage.of(registry));
  }

  /** The whole registry as UTF-8 HTML bytes; see {@link #writeText(Registry)}. */
  public static byte[] write(Registry registry) {
    return writeText(registry).getBytes(StandardCharsets.UTF_8);
  }

  /** One page: the registry's header, the page's rows and their contact table. */
  public static String writePage(HtmlPage page) {
    return new HtmlWriter(page).write();
  }

  /**
   * The CSP source of the embedded stylesheet, {@code 'sha256-…'}, for a {@code style-src}
   * directive.
   */
  public static String stylesheetHash() {
    return "'sha256-" + Base64.getEncoder().encodeToString(Sha256.of(STYLESHEET)) + "'";
  }
}
