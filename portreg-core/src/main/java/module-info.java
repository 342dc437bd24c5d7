/**
 * portreg's core: the registry's model, the RFC 6335 rules, every publication format, lookups,
 * search, diffs, history, lint, the organisation's own registry and the registration workflow's
 * domain. Pure Java: no database, web or command-line framework (see docs/architecture.md).
 */
module org.portreg.core {
  requires transitive java.xml;
  requires java.desktop;
  // StoreException keeps the database's SQLException (and its SQLState) as its cause.
  requires transitive java.sql;
  requires transitive com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires de.siegmar.fastcsv;

  exports org.portreg;
  exports org.portreg.diff;
  exports org.portreg.error;
  exports org.portreg.format;
  exports org.portreg.format.csv;
  exports org.portreg.format.excerpt;
  exports org.portreg.format.html;
  exports org.portreg.format.json;
  exports org.portreg.format.services;
  exports org.portreg.format.txt;
  exports org.portreg.format.xml;
  exports org.portreg.history;
  exports org.portreg.index;
  exports org.portreg.io;
  exports org.portreg.lint;
  exports org.portreg.lint.manifest;
  exports org.portreg.local;
  exports org.portreg.map;
  exports org.portreg.model;
  exports org.portreg.notify;
  exports org.portreg.reconcile;
  exports org.portreg.rules;
  exports org.portreg.search;
  exports org.portreg.workflow;
}
