package org.portreg.cli.common;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Keeps the SQLite driver's native library in the cache folder, once per driver build, and points
 * the driver at it. Left to itself, sqlite-jdbc writes its 1 MB library out of the jar into the
 * temporary folder on every start and reads both back to compare them: about 65 ms of every command
 * that opens the database, measured (issue 12). Only glibc Linux on x86_64 and aarch64 is handled;
 * anywhere else, or when anything fails, the driver does as it always does. Never overrides {@code
 * org.sqlite.lib.path} when it is set.
 */
public final class SqliteNative {
  private static final String NAME = "libsqlitejdbc.so";

  private SqliteNative() {}

  /** Points sqlite-jdbc at the cached copy of its library, writing it first when missing. */
  public static void useCachedCopy() {
    if (System.getProperty("org.sqlite.lib.path") != null) {
      return;
    }
    String arch = arch(System.getProperty("os.arch", ""));
    Path cache = CacheDir.dir();
    if (arch == null
        || cache == null
        || !System.getProperty("os.name", "").equals("Linux")
        || Files.exists(Path.of("/lib/ld-musl-" + arch + ".so.1"))) {
      return;
    }
    URL resource =
        SqliteNative.class
            .getClassLoader()
            .getResource("org/sqlite/native/Linux/" + arch + "/" + NAME);
    if (resource == null) {
      return;
    }
    try {
      Path dir = cached(resource, cache.resolve("sqlite-native"), arch);
      System.setProperty("org.sqlite.lib.path", dir.toString());
      System.setProperty("org.sqlite.lib.name", NAME);
    } catch (IOException | RuntimeException e) {
      // The driver extracts its library itself, as without this class.
    }
  }

  /**
   * The folder of the cached library, named by the file it comes from (the jar, or the library
   * itself on a class path of folders) and that file's size and time, all known from one {@code
   * stat}: a rebuilt or upgraded jar gets a folder of its own and the others are removed. Written
   * under a private name and renamed, so no process ever loads half a file.
   */
  private static Path cached(URL resource, Path root, String arch) throws IOException {
    Path source = sourceOf(resource);
    String key =
        Integer.toHexString(source.toAbsolutePath().toString().hashCode())
            + "-"
            + Files.size(source)
            + "-"
            + Files.getLastModifiedTime(source).toMillis();
    Path dir = root.resolve(arch + "-" + key);
    Path file = dir.resolve(NAME);
    if (Files.isRegularFile(file)) {
      return dir;
    }
    removeOthers(root);
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, NAME, ".tmp");
    try (InputStream in = resource.openStream()) {
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return dir;
  }

  private static Path sourceOf(URL resource) {
    String spec = resource.toString();
    if (spec.startsWith("jar:") && spec.contains("!/")) {
      return Path.of(URI.create(spec.substring(4, spec.indexOf("!/"))));
    }
    return Path.of(URI.create(spec));
  }

  /** Removes the copies of other builds; one in use by a running process stays usable. */
  private static void removeOthers(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (var dirs = Files.list(root)) {
      for (Path old : (Iterable<Path>) dirs::iterator) {
        Files.deleteIfExists(old.resolve(NAME));
        Files.deleteIfExists(old);
      }
    } catch (java.nio.file.DirectoryNotEmptyException e) {
      // Another process is writing there: its copy stays.
    }
  }

  /** sqlite-jdbc's name for the architecture, for the two handled; else null. */
  private static String arch(String osArch) {
    return switch (osArch.toLowerCase(Locale.ROOT)) {
      case "amd64", "x86_64" -> "x86_64";
      case "aarch64", "arm64" -> "aarch64";
      default -> null;
    };
  }
}
