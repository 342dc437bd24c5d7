package org.portreg.server.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A least-recently-used cache that computes each value once, outside the cache lock, so one slow
 * computation (a 4 MB download) blocks only the requests that wait for that same value.
 * Thread-safe.
 */
public final class BoundedCache<K, V> {
  private final Map<K, Memo<V>> entries;

  public BoundedCache(int maxEntries) {
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<K, Memo<V>> eldest) {
            return size() > maxEntries;
          }
        };
  }

  /** The cached value for {@code key}, computed by {@code compute} on first use. */
  public V get(K key, Supplier<V> compute) {
    Memo<V> memo;
    synchronized (entries) {
      memo = entries.computeIfAbsent(key, k -> new Memo<>(compute));
    }
    return memo.get();
  }

  /** The cached value for {@code key}, or null when absent or not computed yet. */
  public V getIfPresent(K key) {
    Memo<V> memo;
    synchronized (entries) {
      memo = entries.get(key);
    }
    return memo == null ? null : memo.peek();
  }

  /** Caches {@code value} for {@code key}, replacing any earlier value. */
  public void put(K key, V value) {
    Memo<V> memo = new Memo<>(() -> value);
    memo.get();
    synchronized (entries) {
      entries.put(key, memo);
    }
  }

  /** A value computed at most once; a failed computation is retried by the next caller. */
  private static final class Memo<V> {
    private final Supplier<V> compute;
    private V value;

    Memo(Supplier<V> compute) {
      this.compute = compute;
    }

    synchronized V peek() {
      return value;
    }

    synchronized V get() {
      if (value == null) {
        value = compute.get();
      }
      return value;
    }
  }
}
