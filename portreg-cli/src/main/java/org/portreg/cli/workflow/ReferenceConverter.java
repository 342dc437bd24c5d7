package org.portreg.cli.workflow;

import java.util.Optional;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses a reference as {@code TYPE:TARGET}: {@code rfc:rfc9110}, {@code draft:draft-ietf-foo},
 * {@code uri:https://example.org/spec}, {@code person:Jane_Doe}, {@code note:note1}, or {@code
 * text:Any free text}. Only the first colon separates, so a URI keeps its own. An RFC may also be
 * written {@code rfc:RFC9110} or {@code rfc:9110}.
 */
final class ReferenceConverter implements ITypeConverter<Xref> {
  @Override
  public Xref convert(String value) {
    int colon = value.indexOf(':');
    Optional<XrefType> type =
        colon < 0 ? Optional.empty() : XrefType.parse(value.substring(0, colon).strip());
    String target = colon < 0 ? "" : value.substring(colon + 1).strip();
    if (type.isEmpty() || target.isEmpty()) {
      throw new TypeConversionException(
          "bad reference '"
              + value
              + "', expected TYPE:TARGET with TYPE one of rfc, draft, uri, person, note, text"
              + " (such as rfc:rfc9110)");
    }
    return switch (type.get()) {
      case TEXT -> Xref.text(target);
      case RFC -> Xref.of(XrefType.RFC, rfc(value, target));
      default -> Xref.of(type.get(), target);
    };
  }

  /**
   * The registry's spelling {@code rfc9110} of {@code rfc9110}, {@code RFC9110} or {@code 9110}.
   */
  private static String rfc(String value, String target) {
    String number = target.replaceFirst("(?i)^rfc\\s*", "");
    if (!number.matches("[0-9]{1,5}")) {
      throw new TypeConversionException(
          "bad reference '" + value + "': an RFC is rfc:rfcNNNN, such as rfc:rfc9110");
    }
    return "rfc" + Integer.parseInt(number);
  }
}
