package org.portreg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.portreg.io.Registries;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;
import org.portreg.server.spi.RateLimit;
import org.portreg.server.spi.RegistrySource;
import org.portreg.store.Store;
import org.portreg.testing.SharedData;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.Contact;
import org.portreg.workflow.NewUser;
import org.portreg.workflow.PortChoice;
import org.portreg.workflow.Role;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;

/**
 * A SQLite store in a temporary folder holding the newest real registry and four users: two
 * applicants ({@code alice}, {@code bob}), an expert for TCP and UDP ({@code erin}) and an
 * administrator ({@code adam}), all with the password {@link #PASSWORD}. Not thread-safe.
 */
public final class WorkflowFixture implements AutoCloseable {
  /** Every user's password. */
  public static final String PASSWORD = "correct-horse-battery";

  private final Store store;
  private final User alice;
  private final User bob;
  private final User erin;
  private final User adam;

  private WorkflowFixture(Store store) {
    this.store = store;
    this.alice = add("alice", Set.of(Role.APPLICANT), Set.of());
    this.bob = add("bob", Set.of(Role.APPLICANT), Set.of());
    this.erin = add("erin", Set.of(Role.EXPERT), Set.of(Transport.TCP, Transport.UDP));
    this.adam = add("adam", Set.of(Role.ADMIN), Set.of());
  }

  /** Imports the newest registry into a new store under {@code folder}. */
  public static WorkflowFixture open(Path folder) {
    return open(folder, java.util.List.of());
  }

  /** As {@link #open(Path)}, with the {@code older} registry files imported first. */
  public static WorkflowFixture open(Path folder, java.util.List<Path> older) {
    return open(folder, older, store -> {}, java.time.Clock.systemUTC());
  }

  /**
   * As {@link #open(Path, java.util.List)}, with {@code beforeNewest} run on the store before the
   * newest registry is imported: local entries it adds are in force when that version arrives, so
   * that version drifts against them.
   */
  public static WorkflowFixture open(
      Path folder, java.util.List<Path> older, java.util.function.Consumer<Store> beforeNewest) {
    return open(folder, older, beforeNewest, java.time.Clock.systemUTC());
  }

  /** As {@link #open(Path)}, the store telling time by {@code clock} (a test moves it). */
  public static WorkflowFixture open(Path folder, java.time.Clock clock) {
    return open(folder, java.util.List.of(), store -> {}, clock);
  }

  private static WorkflowFixture open(
      Path folder,
      java.util.List<Path> older,
      java.util.function.Consumer<Store> beforeNewest,
      java.time.Clock clock) {
    Store store = Store.open("jdbc:sqlite:" + folder.resolve("workflow.db"), clock);
    try {
      older.forEach(
          file -> store.importRegistry(Registries.read(file), file.getFileName().toString()));
      beforeNewest.accept(store);
      store.importRegistry(Registries.read(SharedData.newestXml()), "newest.xml");
      return new WorkflowFixture(store);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private User add(String name, Set<Role> roles, Set<Transport> expertFor) {
    return store
        .accounts()
        .createUser(
            new NewUser(
                name,
                Character.toUpperCase(name.charAt(0)) + name.substring(1) + " Example",
                name + "@people.example",
                Optional.of(PASSWORD),
                roles,
                expertFor),
            "test");
  }

  /** A source that sees every new registry version at once. */
  public RegistrySource source() {
    return StoreRegistrySource.of(store, Duration.ZERO);
  }

  /**
   * Starts a server on a free loopback port over this store, its registry and its users; its rate
   * limits are far above what a test sends (the limits have tests of their own).
   */
  public RegistryServer start() {
    RateLimit generous = new RateLimit(6000, 1000);
    return RegistryServer.start(
        ServerOptions.defaults().withAddress("127.0.0.1", 0).withRateLimits(generous, generous),
        source(),
        store);
  }

  /** The store. */
  public Store store() {
    return store;
  }

  /** The first applicant. */
  public User alice() {
    return alice;
  }

  /** The second applicant. */
  public User bob() {
    return bob;
  }

  /** The expert for TCP and UDP. */
  public User erin() {
    return erin;
  }

  /** The administrator. */
  public User adam() {
    return adam;
  }

  /** A valid request for {@code name} on TCP, any User port, contact Alice. */
  public static AssignmentRequest.Builder request(String name) {
    Contact alice =
        new Contact(
            "Alice_Example",
            "Alice Example",
            Optional.of("Example Org"),
            "alice.contact@example.org");
    return AssignmentRequest.builder()
        .serviceName(name)
        .transports(Transport.TCP)
        .assignee(alice)
        .contact(alice)
        .description("Web test service " + name)
        .references(Xref.of(XrefType.URI, "https://example.org/" + name))
        .port(PortChoice.anyUserPort());
  }

  /** Submits {@code request} as Alice. */
  public StoredRequest submitAsAlice(AssignmentRequest request) {
    return store.registrar().submit(request, alice);
  }

  @Override
  public void close() {
    store.close();
  }
}
