package org.portreg.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.portreg.error.StoreException;
import org.portreg.model.ServiceRecord;
import org.portreg.model.Transport;
import org.portreg.rules.RecordRules;
import org.portreg.rules.ServiceNames;
import org.portreg.workflow.RequestValidator;

/**
 * What a request's validation asks of one stored version, answered from the few record rows each
 * question selects by their indexed columns (name key, port range, transport), in the version's
 * order, instead of assembling the whole registry: a cold {@code request submit} parsed some 14,500
 * records to check one name and one port. The answers are those of the whole registry's view
 * ({@code StoredFactsContractTest} holds them to it on the real history). Valid while the
 * connection is.
 */
final class StoredFacts implements RequestValidator.Facts {
  private final Connection c;
  private final Statements sql;
  private final int version;

  StoredFacts(Connection c, Statements sql, int version) {
    this.c = c;
    this.sql = sql;
    this.version = version;
  }

  @Override
  public List<ServiceRecord> named(String name) {
    List<ServiceRecord> named = new ArrayList<>();
    for (ServiceRecord r : records("select_version_records_by_name", ServiceNames.key(name))) {
      if (r.serviceName().isPresent()) {
        named.add(r);
      }
    }
    return named;
  }

  @Override
  public Optional<ServiceRecord> blocking(int port, Transport transport) {
    for (ServiceRecord r :
        records("select_version_records_covering", port, port, transport.token())) {
      if (!RecordRules.statusOf(r).isAvailable()) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean usesServiceCode(long code) {
    // The rows whose text may hold an <sc> element, then the exact reading of each.
    for (ServiceRecord r : records("select_version_records_with_code")) {
      if (RequestValidator.Facts.serviceCodeOf(r).filter(v -> v == code).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The records a statement selects in this version, in its order. */
  private List<ServiceRecord> records(String statement, Object... params) {
    List<String> bodies = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql.get(statement))) {
      int i = 1;
      for (Object p : params) {
        select.setObject(i++, p);
      }
      select.setInt(i++, version);
      select.setInt(i, version);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          bodies.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the registry's records: " + e.getMessage(), e);
    }
    return RecordBodies.parse(bodies, "store:version " + version);
  }
}
