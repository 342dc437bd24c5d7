package org.portreg.error;

import java.sql.SQLException;
import java.util.Optional;

/** The store failed; keeps the database's SQLState when there is one. */
public class StoreException extends RegistryException {
  private static final long serialVersionUID = 1L;

  private final String sqlState;

  /** An exception wrapping a database error. */
  public StoreException(String message, SQLException cause) {
    super(message + ": " + cause.getMessage(), cause);
    this.sqlState = cause.getSQLState();
  }

  /** An exception without a database error. */
  public StoreException(String message) {
    super(message);
    this.sqlState = null;
  }

  /** The SQLState of the database error, if any. */
  public Optional<String> sqlState() {
    return Optional.ofNullable(sqlState);
  }
}
