package org.portreg.cli.registry;

import java.util.Arrays;
import org.portreg.format.Format;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses a format name for picocli, listing the valid ones on error. */
final class FormatConverter implements ITypeConverter<Format> {
  @Override
  public Format convert(String value) {
    return Format.parse(value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "unknown format '"
                        + value
                        + "', expected one of "
                        + Arrays.toString(Format.values())));
  }
}
