package org.portreg.cli.common;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest. */
public final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Version.class.getPackage().getImplementationVersion();
    return new String[] {"portreg " + (version == null ? "development" : version)};
  }
}
