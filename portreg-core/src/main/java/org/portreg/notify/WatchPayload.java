package org.portreg.notify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.portreg.diff.Diff;
import org.portreg.diff.DiffFormat;

/**
 * What a watch delivers about one new version: the JSON body of a webhook, and the e-mail of an
 * e-mail watch (docs/notifications.md, "Saved watches"). Stateless.
 */
public final class WatchPayload {
  /** The {@code format} member of every webhook body. */
  public static final String FORMAT_ID = "portreg-watch";

  private static final JsonFactory FACTORY = new JsonFactory();

  private WatchPayload() {}

  /**
   * The webhook body: {@code {"format": "portreg-watch", "watch": ID, "query": Q, "from": DATE,
   * "to": DATE, "changes": N, "diff": DIFF}}, where DIFF is {@code portreg diff}'s JSON restricted
   * to the query.
   */
  public static String json(long watchId, String query, Diff diff) {
    ByteArrayOutputStream diffJson = new ByteArrayOutputStream();
    DiffFormat.writeJson(diff, diffJson);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("format", FORMAT_ID);
      json.writeNumberField("watch", watchId);
      json.writeStringField("query", query);
      json.writeStringField("from", diff.olderUpdated().toString());
      json.writeStringField("to", diff.newerUpdated().toString());
      json.writeNumberField("changes", diff.records().size());
      json.writeFieldName("diff");
      json.writeRawValue(diffJson.toString(StandardCharsets.UTF_8).strip());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON: " + e.getMessage(), e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * The e-mail of an e-mail watch to {@code to}: the changes as {@code portreg diff} prints them.
   */
  public static Message mail(String to, long watchId, String query, Diff diff) {
    String subject =
        "[portreg] Watch #"
            + watchId
            + ": "
            + diff.records().size()
            + " change(s) matching '"
            + oneLine(query)
            + "'";
    List<String> lines =
        List.of(
            "The registry version of "
                + diff.newerUpdated()
                + " changed records your watch #"
                + watchId
                + " matches ("
                + query
                + "):",
            DiffFormat.text(diff).strip());
    return MailText.compose(to, subject, lines, List.of(), Message.BASE + "/watches/" + watchId);
  }

  /** The notice to {@code to} that watch {@code watchId} was disabled after failed deliveries. */
  public static Message disabled(String to, long watchId, String query, int failures, String url) {
    List<String> lines =
        List.of(
            "Your webhook watch #"
                + watchId
                + " ("
                + query
                + ") was disabled: "
                + failures
                + " deliveries to "
                + url
                + " failed in a row.",
            "Its page lists the attempts and their errors; add a new watch when the receiver works.");
    return MailText.compose(
        to,
        "[portreg] Watch #" + watchId + " disabled after " + failures + " failed deliveries",
        lines,
        List.of(),
        Message.BASE + "/watches/" + watchId);
  }

  private static String oneLine(String text) {
    String flat = text.replace('\r', ' ').replace('\n', ' ');
    return flat.length() > 60 ? flat.substring(0, 60) + "…" : flat;
  }
}
