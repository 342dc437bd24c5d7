package org.portreg.cli.common;

/**
 * A record as the command line prints it: IANA's twelve column values, the status word and the
 * record as the registry JSON format's RECORD object.
 *
 * @param columns the twelve values of {@code org.portreg.format.RecordColumns}
 * @param status the record's status, lower case ({@code assigned}, {@code unassigned}, ...)
 * @param json the record as {@code org.portreg.format.json.JsonFormat#recordJson} writes it: the
 *     shape of the HTTP API's records (docs/json-format.md, RECORD)
 */
public record Row(String[] columns, String status, String json) {}
