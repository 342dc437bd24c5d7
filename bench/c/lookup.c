/*
 * The C baseline of LookupBenchmark: the same registry, the same keys, in the plainest C.
 * By (port, transport): int head[4][65536] of record ordinals, then the record pointer.
 * By name: an open-addressing hash table with the same case-folding hash, compared ASCII
 * case-insensitively, then the record pointer.
 * Input: the files ExportLookupKeys writes. Output: ns per lookup, averaged over many rounds.
 * Build: gcc -O2 -o lookup lookup.c
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define KEYS 4096
#define PORTS 65536
#define CAPACITY 65536

typedef struct { int ordinal; const char *name; } record;

static record records[20000];
static int head[4][PORTS];
static const char *slots[CAPACITY];
static int slot_record[CAPACITY];
static int key_port[KEYS], key_transport[KEYS];
static char *key_name[KEYS];

static unsigned fold_hash(const char *s) {
  int h = 0;
  for (; *s; s++) h = 31 * h + tolower((unsigned char)*s);
  return (unsigned)(h ^ ((unsigned)h >> 16));
}

static int same(const char *a, const char *b) {
  for (; *a && *b; a++, b++)
    if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return 0;
  return *a == *b;
}

static const record *by_port(int port, int transport) {
  int r = head[transport][port];
  return r < 0 ? NULL : &records[r];
}

static const record *by_name(const char *name) {
  for (unsigned slot = fold_hash(name) & (CAPACITY - 1); slots[slot]; slot = (slot + 1) & (CAPACITY - 1))
    if (same(slots[slot], name)) return &records[slot_record[slot]];
  return NULL;
}

static char *trim(char *s) { s[strcspn(s, "\r\n")] = 0; return s; }

static void load(const char *dir) {
  char path[4096], line[512];
  memset(head, -1, sizeof head);
  snprintf(path, sizeof path, "%s/table.txt", dir);
  FILE *f = fopen(path, "r");
  int port, t, ordinal;
  while (fscanf(f, "%d %d %d", &port, &t, &ordinal) == 3) { head[t][port] = ordinal; records[ordinal].ordinal = ordinal; }
  fclose(f);
  snprintf(path, sizeof path, "%s/names.txt", dir);
  f = fopen(path, "r");
  while (fgets(line, sizeof line, f)) {
    char *space = strchr(trim(line), ' ');
    *space = 0;
    ordinal = atoi(line);
    records[ordinal].ordinal = ordinal;
    records[ordinal].name = strdup(space + 1);
    unsigned slot = fold_hash(space + 1) & (CAPACITY - 1);
    while (slots[slot] && !same(slots[slot], space + 1)) slot = (slot + 1) & (CAPACITY - 1);
    if (!slots[slot]) { slots[slot] = records[ordinal].name; slot_record[slot] = ordinal; }
  }
  fclose(f);
  snprintf(path, sizeof path, "%s/port-keys.txt", dir);
  f = fopen(path, "r");
  for (int i = 0; i < KEYS && fscanf(f, "%d %d", &key_port[i], &key_transport[i]) == 2; i++) {}
  fclose(f);
  snprintf(path, sizeof path, "%s/name-keys.txt", dir);
  f = fopen(path, "r");
  for (int i = 0; i < KEYS && fgets(line, sizeof line, f); i++) key_name[i] = strdup(trim(line));
  fclose(f);
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

int main(int argc, char **argv) {
  load(argc > 1 ? argv[1] : ".");
  long rounds = argc > 2 ? atol(argv[2]) : 50000000L;
  uintptr_t sink = 0;
  for (int pass = 0; pass < 2; pass++) { /* the first pass warms caches, the second is measured */
    double start = now();
    for (long n = 0; n < rounds; n++) {
      int i = n & (KEYS - 1);
      const record *r = by_port(key_port[i], key_transport[i]);
      __asm__ volatile("" : : "r"(r) : "memory"); /* like JMH's Blackhole: keep every lookup */
      sink += (uintptr_t)r;
    }
    double port_ns = (now() - start) / rounds;
    start = now();
    for (long n = 0; n < rounds; n++) {
      int i = n & (KEYS - 1);
      const record *r = by_name(key_name[i]);
      __asm__ volatile("" : : "r"(r) : "memory");
      sink += (uintptr_t)r;
    }
    double name_ns = (now() - start) / rounds;
    if (pass == 1) {
      printf("c lookupByPortAndTransport %.2f ns/lookup\n", port_ns);
      printf("c lookupByName             %.2f ns/lookup\n", name_ns);
    }
  }
  return sink == 42 ? 1 : 0;
}
