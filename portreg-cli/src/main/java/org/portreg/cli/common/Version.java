package org.portreg.cli.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.portreg.Portreg;
import org.portreg.data.BundledRegistry;
import org.portreg.store.Store;
import org.portreg.store.StoredVersion;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code portreg --version}: the software version (from the POM) and the registry a read command
 * would answer from: a file named by {@code PORTREG_REGISTRY}, the database's newest version, or
 * the bundled snapshot. An absent default database is not created just to answer this, and one that
 * cannot be read (another build's schema, a broken file) is passed over.
 */
public final class Version implements IVersionProvider {
  private static final String SQLITE = "jdbc:sqlite:";

  @Override
  public String[] getVersion() {
    return new String[] {"portreg " + Portreg.version() + " (" + registryInUse() + ")"};
  }

  static String registryInUse() {
    String file = System.getenv(RegistryOption.ENV);
    if (file != null && !file.isBlank()) {
      return "registry file " + file;
    }
    String url = Store.defaultUrl();
    Optional<StoredVersion> newest = newestStored(url);
    if (newest.isPresent()) {
      return "registry " + newest.get().updated() + ", database " + Store.redact(url);
    }
    return "registry " + BundledRegistry.updated() + ", bundled";
  }

  private static Optional<StoredVersion> newestStored(String url) {
    if (url.startsWith(SQLITE) && !Files.exists(Path.of(url.substring(SQLITE.length())))) {
      return Optional.empty();
    }
    try (Store store = Store.openForCommand(url)) {
      return store.newest();
    } catch (RuntimeException e) {
      // --version answers whatever state the database is in; the commands that use it say why.
      return Optional.empty();
    }
  }
}
