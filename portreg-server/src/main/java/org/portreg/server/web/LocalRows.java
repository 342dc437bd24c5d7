package org.portreg.server.web;

import java.util.ArrayList;
import java.util.List;
import org.portreg.local.LocalAssignment;
import org.portreg.local.LocalColumns;
import org.portreg.rules.ServiceNames;
import org.portreg.server.web.view.LocalEntryRow;

/** The local assignments as the registry, service and port pages show them. Stateless. */
public final class LocalRows {
  private LocalRows() {}

  /** The page of the local entry named {@code name} in the local registry. */
  public static String href(String name) {
    return "/local/" + ServiceNames.key(name);
  }

  /** One row per entry, in the given order. */
  static List<LocalEntryRow> of(List<LocalAssignment> local) {
    List<LocalEntryRow> rows = new ArrayList<>(local.size());
    for (LocalAssignment a : local) {
      rows.add(
          new LocalEntryRow(
              a.name(),
              href(a.name()),
              LocalColumns.ports(a),
              LocalColumns.transportsText(a),
              a.owner(),
              a.scope().word(),
              LocalColumns.oneLine(a.description())));
    }
    return rows;
  }
}
