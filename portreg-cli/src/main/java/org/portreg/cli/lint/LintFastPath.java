package org.portreg.cli.lint;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portreg.Portreg;
import org.portreg.cli.common.FastArgs;
import org.portreg.cli.common.InputLimit;
import org.portreg.cli.common.TerminalWidth;
import org.portreg.cli.common.WordWrap;
import org.portreg.io.Registries;
import org.portreg.lint.Finding;
import org.portreg.lint.LintFilter;
import org.portreg.lint.LintOutput;
import org.portreg.lint.LintRule;
import org.portreg.lint.RegistryLint;
import org.portreg.lint.Severity;
import org.portreg.lint.manifest.ManifestLint;

/**
 * {@code portreg lint FILE…} of registry files without picocli, whose reflective model of the
 * command took a cold JVM about 0.1 s, a third of a lint of a small file. Only the plain form is
 * taken: named files (no standard input), each a registry file, and {@code --format}, {@code
 * --severity} and {@code --rule} with values they accept. Anything else (a manifest, help, another
 * option, a value to complain about) answers {@link #NOT_HANDLED} before writing anything, and
 * {@link LintCommand} gives the same answer or picocli's message.
 */
public final class LintFastPath {
  /** The answer when the arguments are not for this path. */
  public static final int NOT_HANDLED = -1;

  private static final List<String> OPTIONS = List.of("--format", "--severity", "--rule");

  private LintFastPath() {}

  /**
   * Lints the files {@code args} names when they are for this path.
   *
   * @return the exit code, or {@link #NOT_HANDLED}
   * @throws IOException when a file cannot be read or the output written
   */
  public static int tryRun(String[] args, OutputStream stream) throws IOException {
    if (args.length < 2 || !"lint".equals(args[0])) {
      return NOT_HANDLED;
    }
    FastArgs parsed = FastArgs.parse(args, OPTIONS, List.of());
    if (parsed == null || parsed.words().isEmpty() || parsed.words().contains("-")) {
      return NOT_HANDLED;
    }
    Optional<LintOutput> output = LintOutput.parse(parsed.value("--format", "text"));
    Optional<Severity> severity = Severity.parse(parsed.value("--severity", "info"));
    Set<LintRule> rules =
        parsed.has("--rule") ? rules(parsed.value("--rule", "")) : EnumSet.noneOf(LintRule.class);
    if (output.isEmpty() || severity.isEmpty() || rules == null) {
      return NOT_HANDLED;
    }
    List<Finding> findings = lintRegistries(parsed.words());
    if (findings == null) {
      return NOT_HANDLED;
    }
    List<Finding> kept = new LintFilter(rules, severity.get()).apply(findings);
    write(output.get(), kept, stream);
    return kept.isEmpty() ? 0 : 1;
  }

  /**
   * Writes {@code findings} as {@code output}, as {@link LintCommand} does too: text fitted to the
   * terminal's width ({@link WordWrap#fit}: a long line wraps on words with a hanging indent),
   * unchanged for a pipe or a file and for JSON and SARIF.
   */
  static void write(LintOutput output, List<Finding> findings, OutputStream stream) {
    Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    int width = output == LintOutput.TEXT ? TerminalWidth.get() : TerminalWidth.UNLIMITED;
    if (width == TerminalWidth.UNLIMITED) {
      output.write(findings, Portreg.version(), out);
      return;
    }
    StringWriter text = new StringWriter();
    output.write(findings, Portreg.version(), text);
    try {
      out.write(WordWrap.fit(text.toString(), width));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The findings of every file, or null when one of them is a manifest. */
  private static List<Finding> lintRegistries(List<String> files) throws IOException {
    List<byte[]> contents = new ArrayList<>();
    for (String file : files) {
      byte[] bytes = InputLimit.readFile(Path.of(file));
      if (ManifestLint.looksLikeYaml(file, bytes)) {
        return null;
      }
      contents.add(bytes);
    }
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < contents.size(); i++) {
      String file = files.get(i);
      var read = Registries.read(contents.get(i), file, Optional.empty(), InputLimit.strict());
      contents.set(i, null); // the bytes are the registry now; let them go
      findings.addAll(RegistryLint.check(read.registry(), file));
    }
    return findings;
  }

  /** The rules of a comma-separated list, or null when one is unknown (or empty). */
  private static Set<LintRule> rules(String ids) {
    Set<LintRule> selected = EnumSet.noneOf(LintRule.class);
    for (String id : ids.split(",", -1)) {
      Optional<LintRule> rule = LintRule.byId(id);
      if (rule.isEmpty()) {
        return null;
      }
      selected.add(rule.get());
    }
    return selected;
  }
}
