package org.portreg.format.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.portreg.format.ProblemCollector;
import org.portreg.format.ReadOptions;
import org.portreg.format.SourceText;
import org.portreg.workflow.AssignmentRequest;

/**
 * The JSON shape of an assignment request (docs/workflow.md, "Request JSON"), used by {@code
 * portreg request submit FILE.json}, the HTTP API and the store. Thread-safe, stateless.
 *
 * <pre>{@code
 * {
 *   "serviceName": "ok-connect",
 *   "transports": ["tcp", "udp"],
 *   "assignee": {"id": "Jane_Doe", "name": "Jane Doe", "organization": "Example", "uri": "jane@example.org"},
 *   "contact":  {"id": "Jane_Doe", "name": "Jane Doe", "uri": "jane@example.org"},
 *   "description": "OK Connect",
 *   "references": [{"type": "rfc", "data": "rfc9999"}, {"type": "text", "text": "..."}],
 *   "port": 4711 | "any-user" | "any-system" | null (a name-only registration; also when absent),
 *   "serviceCode": 1234 (dccp only),
 *   "unauthorizedUses": "...", "assignmentNotes": "...",
 *   "broadcastUse": "...", "congestionControl": "..."
 * }
 * }</pre>
 *
 * Unknown members are refused (a misspelt optional field would otherwise vanish silently), and so
 * are duplicate members. Missing or null text members read as blank (or absent, for the optional
 * ones), so that {@link org.portreg.workflow.RequestValidator} can report every missing field at
 * once; a member that is present must have the right type. {@code references} and {@code
 * transports} may be absent (empty).
 */
public final class RequestJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private RequestJson() {}

  /**
   * Reads a request.
   *
   * @param source the name of the input, shown in problems as {@code source:line:column}
   * @throws org.portreg.error.RegistryFormatException for malformed JSON, a wrong type, an unknown
   *     member or an unknown transport, naming the member
   */
  public static AssignmentRequest read(byte[] bytes, String source) {
    ProblemCollector problems = new ProblemCollector(source, ReadOptions.STRICT);
    // Strict UTF-8 first (see JsonFormat.read).
    try (JsonParser json = FACTORY.createParser(SourceText.decodeUtf8(bytes, source))) {
      json.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      if (json.nextToken() == null) {
        throw problems.fatal(1, 1, "empty input: expected a JSON object", null);
      }
      JsonTree root = JsonTree.readDocument(json);
      if (json.nextToken() != null) {
        JsonLocation at = json.currentTokenLocation();
        throw problems.fatal(
            at.getLineNr(), at.getColumnNr(), "unexpected content after the request", null);
      }
      return new RequestReader(problems).request(root);
    } catch (JsonProcessingException e) {
      throw JsonFormat.malformed(problems, e);
    } catch (IOException e) {
      throw SourceText.ioFailure(source, e);
    }
  }

  /** The request as pretty-printed UTF-8 JSON; {@link #read} gives back an equal request. */
  public static byte[] write(AssignmentRequest request) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.setPrettyPrinter(new DefaultPrettyPrinter());
      write(request, json);
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /**
   * Writes the request as one JSON object to {@code json}, for adapters (the HTTP API, the command
   * line) that embed it in their own documents. Does not flush or close the generator.
   */
  public static void write(AssignmentRequest request, JsonGenerator json) throws IOException {
    new RequestWriter(json).writeRequest(request);
  }
}
