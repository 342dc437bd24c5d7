/**
 * Who is told what, by e-mail, when a request or an assignment changes (issue 18): the recipients,
 * subjects and texts decided by pure code ({@link org.portreg.notify.Notices}), each message plain
 * text plus escaped HTML. The store writes them to its outbox in the transaction of the change; the
 * server sends them. Nothing here does I/O.
 */
package org.portreg.notify;
