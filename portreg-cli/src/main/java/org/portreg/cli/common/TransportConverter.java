package org.portreg.cli.common;

import org.portreg.model.Transport;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses a transport token ({@code tcp}, {@code udp}, {@code sctp}, {@code dccp}) for picocli. */
public final class TransportConverter implements ITypeConverter<Transport> {
  @Override
  public Transport convert(String value) {
    return Transport.parse(value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "unknown transport '" + value + "', expected tcp, udp, sctp or dccp"));
  }
}
