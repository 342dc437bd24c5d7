package org.portreg.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.portreg.model.Registry;
import org.portreg.testing.SharedData;

class BundledRegistryTest {
  @Test
  void isByteIdenticalToTheNewestOfficialFile() throws IOException {
    byte[] shipped = gunzip(BundledRegistry.gzipped());

    assertThat(shipped).isEqualTo(Files.readAllBytes(SharedData.newestXml()));
  }

  @Test
  void knowsItsDateAndDigestWithoutParsing() throws IOException, NoSuchAlgorithmException {
    byte[] xml = gunzip(BundledRegistry.gzipped());
    Registry registry = BundledRegistry.read();

    assertThat(registry.header().updated()).hasToString(BundledRegistry.updated().toString());
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml)))
        .isEqualTo(BundledRegistry.sha256());
    assertThat(registry.records()).hasSize(14_533);
  }

  private static byte[] gunzip(byte[] gzipped) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
      return in.readAllBytes();
    }
  }
}
