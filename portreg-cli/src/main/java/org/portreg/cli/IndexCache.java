package org.portreg.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.zip.CRC32C;
import org.portreg.format.Registries;
import org.portreg.index.RegistryIndex;

/**
 * A cache of {@link CompactIndex} files, one per registry file, under {@code
 * $XDG_CACHE_HOME/portreg} (or {@code ~/.cache/portreg}). A cache file is named by a hash of the
 * registry's absolute path and is valid only while the registry keeps the size, modification time
 * and file key (inode) recorded in it, and its body matches its CRC32C. Anything else (missing,
 * stale, truncated, corrupt) means: parse the registry and write the cache anew, atomically. A
 * cache that cannot be written is not an error; the lookup just parses each time.
 */
final class IndexCache {
  private static final int MAGIC = 0x50524331; // "PRC1"
  private static final int HEADER = 4 + 8 + 8 + 4 + 4 + 4;

  private IndexCache() {}

  /** The compact index of {@code registry}, from the cache when it is valid. */
  static CompactIndex load(Path registry, Path cacheDir) throws IOException {
    BasicFileAttributes attrs = Files.readAttributes(registry, BasicFileAttributes.class);
    Path cache = cacheDir == null ? null : cacheDir.resolve(fileName(registry));
    if (cache != null) {
      CompactIndex cached = tryRead(cache, attrs);
      if (cached != null) {
        return cached;
      }
    }
    byte[] body = CompactIndex.write(RegistryIndex.of(Registries.read(registry)));
    if (cache != null) {
      tryWrite(cache, attrs, body);
    }
    return new CompactIndex(ByteBuffer.wrap(body));
  }

  /**
   * The cache folder: the system property {@code portreg.cache} when set (tests use it), else
   * {@code $XDG_CACHE_HOME/portreg}, else {@code ~/.cache/portreg}.
   */
  static Path dir() {
    String configured = System.getProperty("portreg.cache");
    if (configured != null && !configured.isEmpty()) {
      return Path.of(configured);
    }
    return defaultDir(System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home"));
  }

  /** {@code $XDG_CACHE_HOME/portreg}, else {@code ~/.cache/portreg}. */
  static Path defaultDir(String xdgCacheHome, String userHome) {
    if (xdgCacheHome != null && !xdgCacheHome.isEmpty()) {
      return Path.of(xdgCacheHome, "portreg");
    }
    return userHome == null ? null : Path.of(userHome, ".cache", "portreg");
  }

  static String fileName(Path registry) {
    String path = registry.toAbsolutePath().normalize().toString();
    CRC32C crc = new CRC32C();
    crc.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return "index-" + Long.toHexString(crc.getValue()) + "-" + path.length() + ".bin";
  }

  private static CompactIndex tryRead(Path cache, BasicFileAttributes attrs) {
    try (FileChannel channel = FileChannel.open(cache, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size < HEADER) {
        return null;
      }
      MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
      if (map.getInt(0) != MAGIC
          || map.getLong(4) != attrs.size()
          || map.getLong(12) != attrs.lastModifiedTime().toMillis()
          || map.getInt(20) != fileKeyHash(attrs)
          || map.getInt(24) != size - HEADER) {
        return null;
      }
      ByteBuffer body = map.slice(HEADER, (int) (size - HEADER));
      CRC32C crc = new CRC32C();
      crc.update(body.duplicate());
      if ((int) crc.getValue() != map.getInt(28)) {
        return null;
      }
      return new CompactIndex(body);
    } catch (IOException | RuntimeException e) {
      // A corrupt or unreadable cache is rebuilt from the registry, never trusted.
      return null;
    }
  }

  private static int fileKeyHash(BasicFileAttributes attrs) {
    Object key = attrs.fileKey();
    return key == null ? 0 : key.hashCode();
  }

  private static void tryWrite(Path cache, BasicFileAttributes attrs, byte[] body) {
    CRC32C crc = new CRC32C();
    crc.update(body);
    ByteBuffer header = ByteBuffer.allocate(HEADER);
    header.putInt(MAGIC).putLong(attrs.size()).putLong(attrs.lastModifiedTime().toMillis());
    header.putInt(fileKeyHash(attrs)).putInt(body.length).putInt((int) crc.getValue());
    try {
      Files.createDirectories(cache.getParent());
      Path temp = Files.createTempFile(cache.getParent(), ".index-", ".tmp");
      try {
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
          out.write(new ByteBuffer[] {header.flip(), ByteBuffer.wrap(body)});
        }
        Files.move(
            temp, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException | RuntimeException e) {
      // Caching is an optimisation: a read-only or full cache folder must not fail the lookup.
    }
  }
}
