package org.portreg.local;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.portreg.error.Problem;
import org.portreg.error.RegistryFormatException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a small YAML or JSON document into a {@link Node} tree, bounded in size, nesting and value
 * count. Duplicate keys and YAML aliases are errors. Thread-safe, stateless.
 */
final class Documents {
  /** The largest document read, in bytes. */
  static final int MAX_BYTES = 4 << 20;

  /** The deepest nesting allowed. */
  static final int MAX_DEPTH = 16;

  /** The most values (scalars, lists, mappings) a document may hold. */
  static final int MAX_VALUES = 500_000;

  private static final JsonFactory JSON =
      JsonFactory.builder().streamReadConstraints(limits()).build();
  private static final YAMLFactory YAML = yamlFactory();

  private Documents() {}

  private static StreamReadConstraints limits() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH)
        .maxStringLength(1 << 20)
        .maxNumberLength(32)
        .build();
  }

  private static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_BYTES);
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setAllowDuplicateKeys(false);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
    factory.setStreamReadConstraints(limits());
    return factory;
  }

  /** Reads {@code file}, as JSON when its name ends in {@code .json}, else as YAML. */
  static Node read(Path file) {
    String name = String.valueOf(file.getFileName());
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw failure(name, 0, 0, "file is larger than " + MAX_BYTES + " bytes", null);
      }
      byte[] bytes = Files.readAllBytes(file);
      return parse(bytes, name, name.endsWith(".json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses {@code bytes} named {@code source}, as JSON or YAML. */
  static Node parse(byte[] bytes, String source, boolean json) {
    if (bytes.length > MAX_BYTES) {
      throw failure(source, 0, 0, "document is larger than " + MAX_BYTES + " bytes", null);
    }
    try (JsonParser parser = (json ? JSON : YAML).createParser(bytes)) {
      if (parser.nextToken() == null) {
        throw failure(source, 1, 1, "document is empty", null);
      }
      Node root = new Builder(parser, source).value(0);
      if (parser.nextToken() != null) {
        throw failure(source, line(parser), column(parser), "more than one document", null);
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(0, at.getLineNr());
      int column = at == null ? 0 : Math.max(0, at.getColumnNr());
      throw failure(source, line, column, e.getOriginalMessage().strip(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      if (e instanceof RegistryFormatException) {
        throw e;
      }
      // SnakeYAML's own limits (aliases, code points) surface as unchecked exceptions.
      throw failure(source, 0, 0, String.valueOf(e.getMessage()).strip(), e);
    }
  }

  static RegistryFormatException failure(
      String source, int line, int column, String message, Throwable cause) {
    return new RegistryFormatException(new Problem(source, line, column, message), cause);
  }

  private static int line(JsonParser parser) {
    return Math.max(0, parser.currentTokenLocation().getLineNr());
  }

  private static int column(JsonParser parser) {
    return Math.max(0, parser.currentTokenLocation().getColumnNr());
  }

  /** Builds the tree of one document, counting values. Not thread-safe. */
  private static final class Builder {
    private final JsonParser parser;
    private final String source;
    private int values;

    Builder(JsonParser parser, String source) {
      this.parser = parser;
      this.source = source;
    }

    Node value(int depth) throws IOException {
      int line = line(parser);
      int column = column(parser);
      if (++values > MAX_VALUES || depth > MAX_DEPTH) {
        throw failure(source, line, column, "document holds too many or too deep values", null);
      }
      JsonToken token = parser.currentToken();
      return switch (token) {
        case START_OBJECT -> new Node.Mapping(mapping(depth), line, column);
        case START_ARRAY -> new Node.Sequence(sequence(depth), line, column);
        case VALUE_NULL -> new Node.Scalar("", line, column);
        default -> new Node.Scalar(parser.getText(), line, column);
      };
    }

    private Map<String, Node> mapping(int depth) throws IOException {
      Map<String, Node> entries = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        int line = line(parser);
        int column = column(parser);
        parser.nextToken();
        if (entries.put(key, value(depth + 1)) != null) {
          throw failure(source, line, column, "duplicate key '" + key + "'", null);
        }
      }
      return entries;
    }

    private List<Node> sequence(int depth) throws IOException {
      List<Node> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(value(depth + 1));
      }
      return items;
    }
  }
}
