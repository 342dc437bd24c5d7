package org.portreg.cli.common;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.zip.CRC32;
import org.portreg.index.CompactIndex;
import org.portreg.index.RegistryIndex;

/**
 * A cache of {@link CompactIndex} files, one per registry file, under {@code
 * $XDG_CACHE_HOME/portreg} (or {@code ~/.cache/portreg}). A cache file is named by a hash of the
 * registry's absolute path and is valid only while the registry keeps the size, modification time
 * and file key (inode) recorded in it, and its body matches its CRC-32 (java.util.zip.CRC32:
 * native, so fast even in a cold JVM). Anything else (missing, stale, truncated, corrupt) means:
 * parse the registry and write the cache anew, atomically. A cache that cannot be written is not an
 * error; the lookup just parses each time.
 */
public final class IndexCache {
  private static final int MAGIC = 0x50524331; // "PRC1"
  private static final int HEADER = 4 + 8 + 8 + 4 + 4 + 4;

  private IndexCache() {}

  /** The compact index of {@code registry}, from the cache when it is valid. */
  public static CompactIndex load(Path registry, Path cacheDir) throws IOException {
    BasicFileAttributes attrs = Files.readAttributes(registry, BasicFileAttributes.class);
    Path cache = cacheDir == null ? null : cacheDir.resolve(fileName(registry));
    if (cache != null) {
      CompactIndex cached = tryRead(cache, attrs);
      if (cached != null) {
        return cached;
      }
    }
    byte[] body = CompactIndex.write(RegistryIndex.of(InputLimit.read(registry)));
    if (cache != null) {
      tryWrite(cache, attrs, body);
    }
    return new CompactIndex(ByteBuffer.wrap(body));
  }

  /** The cache folder ({@link CacheDir#dir()}). */
  public static Path dir() {
    return CacheDir.dir();
  }

  static String fileName(Path registry) {
    String path = registry.toAbsolutePath().normalize().toString();
    CRC32 crc = new CRC32();
    crc.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return "index-" + Long.toHexString(crc.getValue()) + "-" + path.length() + ".bin";
  }

  /**
   * Reads the whole cache with {@link RandomAccessFile} rather than a memory map: mapping makes the
   * JDK bootstrap its lambda machinery (about 30 ms in a cold JVM), reading 4 MB from the page
   * cache takes about 1 ms.
   */
  private static CompactIndex tryRead(Path cache, BasicFileAttributes attrs) {
    try (RandomAccessFile file = new RandomAccessFile(cache.toFile(), "r")) {
      long size = file.length();
      if (size < HEADER || size > Integer.MAX_VALUE) {
        return null;
      }
      byte[] bytes = new byte[(int) size];
      file.readFully(bytes);
      ByteBuffer all = ByteBuffer.wrap(bytes);
      if (all.getInt(0) != MAGIC
          || all.getLong(4) != attrs.size()
          || all.getLong(12) != attrs.lastModifiedTime().toMillis()
          || all.getInt(20) != fileKeyHash(attrs)
          || all.getInt(24) != size - HEADER) {
        return null;
      }
      CRC32 crc = new CRC32();
      crc.update(bytes, HEADER, bytes.length - HEADER);
      if ((int) crc.getValue() != all.getInt(28)) {
        return null;
      }
      return new CompactIndex(all.slice(HEADER, bytes.length - HEADER));
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
    CRC32 crc = new CRC32();
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
