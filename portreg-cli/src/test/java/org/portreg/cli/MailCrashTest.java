package org.portreg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.portreg.format.json.RequestJson;
import org.portreg.io.Registries;
import org.portreg.model.Transport;
import org.portreg.model.Xref;
import org.portreg.model.XrefType;
import org.portreg.store.Store;
import org.portreg.testing.SharedData;
import org.portreg.workflow.AssignmentRequest;
import org.portreg.workflow.Contact;
import org.portreg.workflow.NewUser;
import org.portreg.workflow.PortChoice;
import org.portreg.workflow.Role;

/**
 * A crash between commit and delivery: a real {@code portreg serve --smtp} child JVM commits a
 * submission (its outbox rows with it), claims the messages and is killed ({@code kill -9}) while
 * its SMTP server has not even greeted it. A second server, started afterwards, delivers each
 * message exactly once (issue 18).
 */
class MailCrashTest {
  private static final Duration PATIENCE = Duration.ofMinutes(3);
  private static final Pattern LISTENING = Pattern.compile("serving on (http://\\S+?)/?\\s");

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir Path folder;
  private final List<Process> children = new ArrayList<>();
  private final List<Socket> stalled = new CopyOnWriteArrayList<>();

  @AfterEach
  void stopChildren() throws Exception {
    for (Process p : children) {
      p.destroyForcibly().waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }
    for (Socket s : stalled) {
      s.close();
    }
  }

  @Test
  void aServerKilledBeforeSendingLeavesEachMessageToBeSentOnce() throws Exception {
    String url = "jdbc:sqlite:" + folder.resolve("portreg.db");
    String token = seed(url);
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> holdConnections(silent), "silent-smtp");
      acceptor.setDaemon(true);
      acceptor.start();
      Process first = serve(url, silent.getLocalPort(), "first");
      URI base = URI.create(awaitListening("first"));
      assertThat(submit(base, token)).isEqualTo(201);
      await("the sender is inside its send", () -> !stalled.isEmpty());
      first.destroyForcibly();
      assertThat(first.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    }
    assertThat(SMTP.getReceivedMessages()).isEmpty();
    assertThat(unsent(url)).isEqualTo(2);

    serve(url, SMTP.getSmtp().getPort(), "second");
    await("every message sent", () -> unsent(url) == 0 && SMTP.getReceivedMessages().length >= 2);
    assertThat(received())
        .containsExactlyInAnyOrder(
            "ann@example.org [portreg] Request #1 (crash-mail): checked",
            "eve@example.org [portreg] Request #1 (crash-mail): in your queue");
  }

  /** Accepts SMTP connections and never answers: the client waits for a greeting. */
  private void holdConnections(ServerSocket server) {
    try {
      while (!server.isClosed()) {
        stalled.add(server.accept());
      }
    } catch (IOException closed) {
      // The test closed the server: nothing more to accept.
    }
  }

  private static String seed(String url) {
    try (Store store = Store.open(url)) {
      store.importRegistry(Registries.read(SharedData.newestXml()), "newest.xml");
      add(store, "ann", Set.of(Role.APPLICANT), Set.of());
      add(store, "eve", Set.of(Role.EXPERT), Set.of(Transport.TCP));
      return store.accounts().issueToken("ann", "crash", "test").secret();
    }
  }

  private static void add(Store store, String name, Set<Role> roles, Set<Transport> expertFor) {
    store
        .accounts()
        .createUser(
            new NewUser(name, name, name + "@example.org", Optional.empty(), roles, expertFor),
            "test");
  }

  private Process serve(String url, int smtpPort, String name) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(
        List.of("serve", "--db", url, "--port", "0", "--smtp", "smtp://127.0.0.1:" + smtpPort));
    command.addAll(List.of("--mail-from", "registry@ports.example", "--mail-lease", "2"));
    command.addAll(List.of("--mail-retry", "1"));
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(folder.resolve(name + ".out").toFile())
            .redirectError(folder.resolve(name + ".err").toFile())
            .start();
    children.add(p);
    return p;
  }

  private String awaitListening(String name) throws Exception {
    Path err = folder.resolve(name + ".err");
    String[] found = new String[1];
    await(
        name + " listens",
        () -> {
          Matcher m = LISTENING.matcher(read(err));
          return m.find() && (found[0] = m.group(1)) != null;
        });
    return found[0];
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static int submit(URI base, String token) throws Exception {
    Contact ann = Contact.of("Ann_Example", "Ann Example", "ann@example.org");
    AssignmentRequest request =
        AssignmentRequest.builder()
            .serviceName("crash-mail")
            .transports(Transport.TCP)
            .assignee(ann)
            .contact(ann)
            .description("Crash test service")
            .references(Xref.of(XrefType.URI, "https://example.org/crash-mail"))
            .port(PortChoice.anyUserPort())
            .build();
    HttpRequest post =
        HttpRequest.newBuilder(base.resolve("/api/v1/requests"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(RequestJson.write(request)))
            .build();
    return HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private static long unsent(String url) {
    try (Store store = Store.open(url)) {
      return store.notifications().unsent();
    }
  }

  private static List<String> received() throws MessagingException {
    List<String> lines = new ArrayList<>();
    for (MimeMessage m : SMTP.getReceivedMessages()) {
      lines.add(m.getAllRecipients()[0] + " " + m.getSubject());
    }
    return lines;
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        fail("not within " + PATIENCE + ": " + what);
      }
      // Polling interval of a condition wait, not a timing assumption.
      Thread.sleep(50);
    }
  }
}
