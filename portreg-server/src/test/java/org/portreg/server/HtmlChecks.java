package org.portreg.server;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The checks every HTML answer of the server passes in the tests (issue 15): the Nu HTML Checker,
 * in-process, reports no error, and no template syntax leaks onto the page. {@link TestServer}
 * applies them to every {@code text/html} answer it receives, so every page in every state a test
 * reaches is checked. One validator, loaded once (its schemas take seconds); calls are serialized.
 *
 * <p>The checker links against Jetty 11's HTTP client, which clashes with the server's Jetty 12: it
 * runs in a class loader of its own over the jars the build copies to {@code target/nu-validator}
 * (system property {@code portreg.nu-validator}), driven by reflection through JDK types only.
 */
public final class HtmlChecks {
  /**
   * JTE syntax that must never reach a reader: directives, expressions and comments, and the
   * {@code @--} that is no JTE comment at all. Keywords must not continue into a word or a host
   * name, so that an address such as {@code x@format.example} is not mistaken for one.
   */
  private static final Pattern TEMPLATE_SYNTAX =
      Pattern.compile(
          "@--|<%--|--%>|\\$\\{|\\$unsafe\\{|!\\{|@(?:if|for|elseif)\\s*\\("
              + "|@(?:endif|endfor|else|param|import|raw|endraw|template)(?![\\w-]|\\.[a-z]{2,}\\b)");

  private static Object validator;
  private static Method checkHtml;
  private static final List<String> errors = new ArrayList<>();

  private HtmlChecks() {}

  /** Fails with every problem found in {@code html}, the answer to {@code where}. */
  public static void check(String where, String html) {
    List<String> problems = new ArrayList<>(templateSyntax(html));
    problems.addAll(validate(html));
    if (!problems.isEmpty()) {
      throw new AssertionError(
          where
              + " is not valid HTML ("
              + problems.size()
              + "):\n  "
              + String.join("\n  ", problems));
    }
  }

  /** Each piece of template syntax in {@code html}, with its line. */
  public static List<String> templateSyntax(String html) {
    List<String> found = new ArrayList<>();
    Matcher matcher = TEMPLATE_SYNTAX.matcher(html);
    while (matcher.find()) {
      int line =
          1 + (int) html.substring(0, matcher.start()).chars().filter(c -> c == '\n').count();
      found.add("line " + line + ": template syntax '" + matcher.group() + "'");
    }
    return found;
  }

  /** The Nu HTML Checker's errors (not its warnings) on {@code html}. */
  public static synchronized List<String> validate(String html) {
    try {
      errors.clear();
      Object loaded = validator();
      checkHtml.invoke(loaded, new InputSource(new StringReader(html)));
      return List.copyOf(errors);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("the Nu HTML Checker failed", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the Nu HTML Checker failed", e);
    }
  }

  private static Object validator() throws ReflectiveOperationException {
    if (validator == null) {
      ErrorHandler handler = new Collector();
      Class<?> type =
          Class.forName("nu.validator.validation.SimpleDocumentValidator", true, isolatedLoader());
      Object created =
          type.getConstructor(boolean.class, boolean.class, boolean.class)
              .newInstance(false, false, false);
      type.getMethod("setUpMainSchema", String.class, ErrorHandler.class)
          .invoke(created, "http://s.validator.nu/html5-all.rnc", handler);
      type.getMethod("setUpValidatorAndParsers", ErrorHandler.class, boolean.class, boolean.class)
          .invoke(created, handler, false, false);
      checkHtml = type.getMethod("checkHtmlInputSource", InputSource.class);
      validator = created;
    }
    return validator;
  }

  /**
   * A child-first loader over the checker's jar and Jetty 11's; the rest from the test class path.
   */
  private static ClassLoader isolatedLoader() {
    Path folder = Path.of(System.getProperty("portreg.nu-validator", "target/nu-validator"));
    try (var jars = Files.list(folder)) {
      URL[] urls =
          jars.filter(jar -> jar.toString().endsWith(".jar"))
              .map(HtmlChecks::url)
              .toArray(URL[]::new);
      return new ChildFirstLoader(urls, HtmlChecks.class.getClassLoader());
    } catch (IOException e) {
      throw new UncheckedIOException("no Nu HTML Checker in " + folder, e);
    }
  }

  private static URL url(Path jar) {
    try {
      return jar.toUri().toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException(jar.toString(), e);
    }
  }

  /** Finds a class in its own jars first; JDK types (SAX among them) always from the parent. */
  private static final class ChildFirstLoader extends URLClassLoader {
    ChildFirstLoader(URL[] urls, ClassLoader parent) {
      super(urls, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        Class<?> found = findLoadedClass(name);
        if (found == null
            && !name.startsWith("java")
            && !name.startsWith("org.xml.")
            && !name.startsWith("org.w3c.")) {
          try {
            found = findClass(name);
          } catch (ClassNotFoundException e) {
            found = null;
          }
        }
        if (found == null) {
          found = getParent().loadClass(name);
        }
        if (resolve) {
          resolveClass(found);
        }
        return found;
      }
    }
  }

  /** Keeps errors and fatal errors; warnings and notes are advice, not failures. */
  private static final class Collector implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {
      // advice only
    }

    @Override
    public void error(SAXParseException e) {
      errors.add(describe(e));
    }

    @Override
    public void fatalError(SAXParseException e) {
      errors.add(describe(e));
    }

    private static String describe(SAXParseException e) {
      return "line " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }
  }
}
