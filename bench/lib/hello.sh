# Sourced by the whole-process benchmarks: `build_hello DIR` compiles the JVM hello-world that
# every whole-process figure is paired with (same JDK; the caller gives the same JVM options).
build_hello() {
  mkdir -p "$1"
  cat > "$1/Hello.java" <<'JAVA'
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
JAVA
  javac -d "$1" "$1/Hello.java"
}

# The JVM options the launcher gives a quick command (see ./portreg), for the hello-world that is
# paired with it: C1 only, serial GC, transparent huge pages where the kernel offers them on
# request, default class-data sharing, the bounded heap.
quick_jvm_opts() {
  local thp="" mode=""
  if [[ -r /sys/kernel/mm/transparent_hugepage/enabled ]]; then
    read -r mode < /sys/kernel/mm/transparent_hugepage/enabled || true
    [[ "$mode" == *"[madvise]"* || "$mode" == *"[always]"* ]] && thp="-XX:+UseTransparentHugePages"
  fi
  echo "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC $thp -Xshare:auto -Xmx384m"
}
