import java.nio.file.Path;
import org.portreg.io.Registries;

/**
 * Parses every file named on the command line in one JVM (what `db import` must do at least) and
 * prints the wall time in milliseconds. Run as a source file: java -cp portreg.jar ParseAll.java F…
 */
public class ParseAll {
  public static void main(String[] args) {
    long start = System.nanoTime();
    int records = 0;
    for (String file : args) {
      records += Registries.read(Path.of(file)).records().size();
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.err.println(args.length + " files, " + records + " records");
    System.out.println(ms);
  }
}
