package org.portreg.cli.workflow;

import java.util.Optional;
import org.portreg.workflow.Contact;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses {@code ID,NAME,EMAIL[,ORG]}, such as {@code Jane_Doe,Jane Doe,jane@example.org,Example}.
 * The organization is the rest of the text after the third comma, so it may hold commas itself; the
 * ID, name and address may not. EMAIL may also be a URI with a scheme.
 */
final class ContactConverter implements ITypeConverter<Contact> {
  private static final String SHAPE = "expected ID,NAME,EMAIL[,ORG]";

  @Override
  public Contact convert(String value) {
    String[] parts = value.split(",", 4);
    if (parts.length < 3) {
      throw invalid(value, SHAPE);
    }
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].strip();
      if (parts[i].isEmpty()) {
        throw invalid(value, SHAPE + " with no part empty");
      }
    }
    Optional<String> organization = parts.length == 4 ? Optional.of(parts[3]) : Optional.empty();
    Contact contact = new Contact(parts[0], parts[1], organization, parts[2]);
    if (!contact.hasUsableUri()) {
      throw invalid(value, "EMAIL must be an e-mail address or a URI, was '" + parts[2] + "'");
    }
    return contact;
  }

  private static TypeConversionException invalid(String value, String why) {
    return new TypeConversionException("bad contact '" + value + "': " + why);
  }
}
