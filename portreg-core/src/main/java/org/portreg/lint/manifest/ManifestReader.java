package org.portreg.lint.manifest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.portreg.error.Problem;
import org.portreg.error.RegistryFormatException;
import org.portreg.lint.manifest.YamlNode.Entry;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads multi-document YAML into {@link YamlNode} trees that keep each node's line and column.
 * Bounded: at most {@link #MAX_DOCUMENTS} documents, {@link #MAX_DEPTH} levels of nesting and
 * {@link #MAX_CODE_POINTS} characters; aliases are never expanded (an alias reads as its anchor's
 * name), so an alias bomb costs nothing. Thread-safe.
 */
final class ManifestReader {
  /** The most documents one input may hold. */
  static final int MAX_DOCUMENTS = 100_000;

  /** The deepest nesting of mappings and sequences. */
  static final int MAX_DEPTH = 64;

  /** The most characters one input may hold. */
  static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  private static final YAMLFactory FACTORY = newFactory();

  private ManifestReader() {}

  private static YAMLFactory newFactory() {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(MAX_CODE_POINTS);
    loader.setNestingDepthLimit(MAX_DEPTH);
    loader.setMaxAliasesForCollections(50);
    loader.setAllowDuplicateKeys(true);
    return YAMLFactory.builder()
        .loaderOptions(loader)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(1 << 20)
                .maxDocumentLength(MAX_CODE_POINTS)
                .build())
        .build();
  }

  /**
   * The documents of {@code yaml}, empty ones skipped.
   *
   * @param source the name problems carry
   * @throws RegistryFormatException for malformed YAML or input past the bounds, with its position
   */
  static List<YamlNode> read(byte[] yaml, String source) {
    try (YAMLParser parser = FACTORY.createParser(new ByteArrayInputStream(yaml))) {
      List<YamlNode> documents = new ArrayList<>();
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (documents.size() == MAX_DOCUMENTS) {
          throw malformed(
              source, parser.currentTokenLocation(), "more than " + MAX_DOCUMENTS + " documents");
        }
        documents.add(node(parser, t));
      }
      return documents;
    } catch (JsonProcessingException e) {
      throw malformed(source, e.getLocation(), e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (e instanceof RegistryFormatException) {
        throw e;
      }
      // SnakeYAML reports its limits (code points, nesting, aliases) unchecked and without a mark.
      throw malformed(source, null, e.getMessage());
    }
  }

  private static RegistryFormatException malformed(String source, JsonLocation at, String why) {
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    String message = "malformed YAML: " + (why == null ? "unreadable" : oneLine(why));
    return new RegistryFormatException(new Problem(source, line, column, message));
  }

  /** SnakeYAML's message without its snippet, caret and "in 'reader'" lines, on one line. */
  private static String oneLine(String message) {
    List<String> kept =
        message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).toList();
    return kept.isEmpty() ? message.strip() : String.join("; ", kept);
  }

  private static YamlNode node(YAMLParser parser, JsonToken token) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (token == JsonToken.START_OBJECT) {
      List<Entry> entries = new ArrayList<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        JsonLocation key = parser.currentTokenLocation();
        String name = parser.currentName();
        YamlNode value = node(parser, parser.nextToken());
        entries.add(new Entry(name, value, key.getLineNr(), key.getColumnNr()));
      }
      return new YamlNode.Mapping(entries, line, column);
    }
    if (token == JsonToken.START_ARRAY) {
      List<YamlNode> items = new ArrayList<>();
      for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
        items.add(node(parser, t));
      }
      return new YamlNode.Sequence(items, line, column);
    }
    String text = token == JsonToken.VALUE_NULL ? "" : parser.getText();
    return new YamlNode.Scalar(text, token == JsonToken.VALUE_NUMBER_INT, line, column);
  }
}
