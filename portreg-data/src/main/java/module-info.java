/** The registry data that ships with portreg: one snapshot of IANA's newest official XML (CC0). */
module org.portreg.data {
  requires transitive org.portreg.core;

  exports org.portreg.data;
}
