package org.portreg.format.txt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.portreg.io.Registries;
import org.portreg.model.Registry;
import org.portreg.testing.SharedData;

class TxtWriterTest {
  private static final Registry SMALL = SmallRegistry.build("fine & dandy");

  @Test
  void writesTheSmallRegistryAsTheGoldenText() {
    assertThat(TxtFormat.writeText(SMALL)).isEqualTo(golden("small-80.txt"));
  }

  private static String golden(String name) {
    try (var in = TxtWriterTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void usesTheNaturalColumnWidthsWhenEverythingFits() {
    String wide = TxtFormat.writeText(SMALL, 400);
    assertThat(wide)
        .contains("odd          4556        dccp")
        .contains("A long description that must wrap fine & dandy in a narrow column");
  }

  @Test
  void refusesAWidthTheTwelveColumnsCannotShare() {
    assertThatThrownBy(() -> TxtFormat.writeText(SMALL, 40))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("width must be at least 47, was 40");
  }

  @Test
  void neverExceedsTheWidthOnTheNewestRegistry() {
    Registry newest = Registries.read(SharedData.newestXml());
    for (int width : new int[] {80, 132}) {
      String text = TxtFormat.writeText(newest, width);
      assertThat(text.lines().mapToInt(String::length).max().orElseThrow())
          .as("width %d", width)
          .isLessThanOrEqualTo(width);
      assertThat(text).contains("Contact Information").contains("[Jon_Postel]");
      assertThat(text)
          .as("the star box keeps its layout")
          .contains("    * PLEASE NOTE THE FOLLOWING:                                           *");
    }
  }

  @Test
  void keepsEveryPortOfTheNewestRegistryOnOneLineAt132Columns() {
    Registry newest = Registries.read(SharedData.newestXml());
    String text = TxtFormat.writeText(newest, 132);
    assertThat(text).contains("\nx11  6000-6063/tcp\n").doesNotContain("\t");
  }
}
