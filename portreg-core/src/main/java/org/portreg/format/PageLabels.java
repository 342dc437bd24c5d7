package org.portreg.format;

import java.util.List;

/**
 * The labels of the registry page's header block, as IANA's page, its text rendering and the saved
 * excerpts spell them: the one definition that readers, writers and the reconciler share.
 */
public final class PageLabels {
  /** The date of the last change. */
  public static final String LAST_UPDATED = "Last Updated";

  /** The designated experts. */
  public static final String EXPERTS = "Expert(s)";

  /** The registry's references. */
  public static final String REFERENCE = "Reference";

  /** The note (IANA's star-box banner). */
  public static final String NOTE = "Note";

  /** The note titled with the link to IANA's application form. */
  public static final String REQUEST = "Request an Assignment";

  /** The list of download formats. */
  public static final String FORMATS = "Available Formats";

  /** Every label, in page order. */
  public static final List<String> ALL =
      List.of(LAST_UPDATED, EXPERTS, REFERENCE, NOTE, REQUEST, FORMATS);

  private PageLabels() {}
}
