package org.portreg.cli.common;

/**
 * A record as the command line prints it: IANA's twelve column values and the status word.
 *
 * @param columns the twelve values of {@code org.portreg.format.RecordColumns}
 * @param status the record's status, lower case ({@code assigned}, {@code unassigned}, ...)
 */
public record Row(String[] columns, String status) {}
