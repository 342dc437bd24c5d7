package org.portreg.index;

import java.util.Arrays;

/**
 * An open-addressing hash table from a case-folded service name to the first record of that name,
 * with a chain to the next record of the same name. Keys are folded char by char with {@link
 * Character#toLowerCase(char)}, which never depends on the default locale, so a lookup needs no
 * folded copy of the query and allocates nothing. Immutable after construction.
 */
final class NameTable {
  static final int NONE = -1;

  private final String[] keys;
  private final int[] firsts;
  private final int mask;

  NameTable(String[] names, int[] nextSameName) {
    int capacity = Integer.highestOneBit(Math.max(names.length, 8) * 4);
    keys = new String[capacity];
    firsts = new int[capacity];
    Arrays.fill(firsts, NONE);
    mask = capacity - 1;
    Arrays.fill(nextSameName, NONE);
    int[] lasts = new int[capacity];
    for (int i = 0; i < names.length; i++) {
      if (names[i] != null && !names[i].isEmpty()) {
        insert(names[i], i, nextSameName, lasts);
      }
    }
  }

  private void insert(String name, int ordinal, int[] nextSameName, int[] lasts) {
    int slot = hash(name) & mask;
    while (keys[slot] != null && !sameName(keys[slot], name)) {
      slot = (slot + 1) & mask;
    }
    if (keys[slot] == null) {
      keys[slot] = name;
      firsts[slot] = ordinal;
    } else {
      nextSameName[lasts[slot]] = ordinal;
    }
    lasts[slot] = ordinal;
  }

  /** The slot holding {@code name}, or {@link #NONE}. */
  int slotOf(CharSequence name) {
    int slot = hash(name) & mask;
    for (String key = keys[slot]; key != null; key = keys[slot]) {
      if (sameName(key, name)) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    return NONE;
  }

  int first(int slot) {
    return firsts[slot];
  }

  static int hash(CharSequence name) {
    int h = 0;
    for (int i = 0; i < name.length(); i++) {
      h = 31 * h + Character.toLowerCase(name.charAt(i));
    }
    return h ^ (h >>> 16);
  }

  static boolean sameName(String key, CharSequence name) {
    if (key.length() != name.length()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (Character.toLowerCase(key.charAt(i)) != Character.toLowerCase(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
