package org.portreg.cli;

/**
 * A record as the command line prints it: IANA's twelve column values and the status word.
 *
 * @param columns the twelve values of {@code org.portreg.format.RecordColumns}
 * @param status the record's status, lower case ({@code assigned}, {@code unassigned}, ...)
 */
record Row(String[] columns, String status) {}
