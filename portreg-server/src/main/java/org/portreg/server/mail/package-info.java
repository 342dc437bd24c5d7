/**
 * E-mail from the store's outbox: the background sender ({@link
 * org.portreg.server.mail.OutboxSender}) and the SMTP client ({@link
 * org.portreg.server.mail.SmtpMailer}, Jakarta Mail on Eclipse Angus). Uses {@code spi} and the
 * store's facade; no other server package.
 */
package org.portreg.server.mail;
