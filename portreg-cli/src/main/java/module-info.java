/**
 * The {@code portreg} command: an application, so it exports nothing (the launcher starts {@code
 * org.portreg.cli.Main} from the jar's manifest, or with {@code -m org.portreg.cli}). Picocli reads
 * the commands' annotations and sets their fields reflectively, so every command package is open to
 * it.
 */
module org.portreg.cli {
  requires org.portreg.core;
  requires org.portreg.data;
  requires org.portreg.store;
  requires org.portreg.server;
  requires info.picocli;
  requires me.tongfei.progressbar;
  requires com.fasterxml.jackson.core;
  requires java.net.http;

  opens org.portreg.cli to
      info.picocli;
  opens org.portreg.cli.common to
      info.picocli;
  opens org.portreg.cli.db to
      info.picocli;
  opens org.portreg.cli.lint to
      info.picocli;
  opens org.portreg.cli.local to
      info.picocli;
  opens org.portreg.cli.registry to
      info.picocli;
  opens org.portreg.cli.workflow to
      info.picocli;
}
