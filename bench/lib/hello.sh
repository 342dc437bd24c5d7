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
