package org.portreg.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.portreg.workflow.PortChoice;
import org.portreg.workflow.RequestAction;
import org.portreg.workflow.StoredRequest;
import org.portreg.workflow.User;

/**
 * The child process of {@link WriteLoadKillTest}: submits, approves and assigns requests one after
 * another until it is killed, and after each assignment commits appends the service's name to an
 * acknowledgement file, forced to disk: a name in that file is a write the store acknowledged.
 *
 * <p>Arguments: JDBC-URL ACK-FILE NAME-PREFIX.
 */
public final class WriteLoad {
  private WriteLoad() {}

  public static void main(String[] args) throws IOException {
    try (Store store = Store.open(args[0]);
        FileChannel acks =
            FileChannel.open(
                Path.of(args[1]),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
      User applicant = store.accounts().user("ann").orElseThrow();
      User expert = store.accounts().user("eve").orElseThrow();
      User admin = store.accounts().user("ada").orElseThrow();
      for (int i = 0; ; i++) {
        String name = args[2] + "-" + i;
        StoredRequest submitted =
            store
                .registrar()
                .submit(
                    WorkflowContractTest.request(name, PortChoice.anyUserPort()).build(),
                    applicant);
        store.registrar().act(submitted.id(), RequestAction.APPROVE, expert, "load");
        store.registrar().act(submitted.id(), RequestAction.ASSIGN, admin, "load");
        acks.write(ByteBuffer.wrap((name + "\n").getBytes(StandardCharsets.UTF_8)));
        acks.force(true);
      }
    }
  }
}
