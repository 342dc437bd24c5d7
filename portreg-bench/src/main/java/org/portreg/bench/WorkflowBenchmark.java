package org.portreg.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.portreg.format.xml.XmlFormat;
import org.portreg.model.Registry;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;
import org.portreg.rules.PortSpace;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.Contact;
import org.portreg.workflow.ExpertWarnings;
import org.portreg.workflow.Lifecycle;
import org.portreg.workflow.PortChoice;
import org.portreg.workflow.PortSelector;
import org.portreg.workflow.RegistryChange;
import org.portreg.workflow.RequestValidator;
import org.portreg.workflow.Violation;
import org.portreg.workflow.Warning;

/** The request workflow on the newest registry (14,533 records): validate, warn, select, assign. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class WorkflowBenchmark {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-09-01T10:00:00Z"), ZoneOffset.UTC);
  private Registry registry;
  private AssignmentRequest request;

  @Setup
  public void load() {
    registry = XmlFormat.read(BenchData.bytes(BenchData.newestXml()), "newest");
    Contact bob = new Contact("Bob_Example", "Bob Example", Optional.empty(), "bob@example.org");
    request =
        AssignmentRequest.builder()
            .serviceName("newsvc")
            .transports(Transport.TCP, Transport.UDP)
            .assignee(bob)
            .contact(bob)
            .description("Example protocol")
            .references(Xref.of(XrefType.URI, "https://example.org/spec"))
            .port(PortChoice.anyUserPort())
            .congestionControl("RFC 8085")
            .build();
  }

  @Benchmark
  public List<Violation> validateRequest() {
    return RequestValidator.validate(request, registry);
  }

  @Benchmark
  public List<Warning> warnExpert() {
    return ExpertWarnings.warningsFor(request, registry);
  }

  @Benchmark
  public Optional<Integer> selectUserPortTcpUdp() {
    return PortSelector.selectPort(registry, Set.of(Transport.TCP, Transport.UDP), PortSpace.USER);
  }

  @Benchmark
  public RegistryChange assignAnyUserPort() {
    return Lifecycle.assign(registry, request, CLOCK);
  }
}
