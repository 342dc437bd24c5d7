/**
 * Saved watches on the web and in the API (docs/notifications.md): {@code /watches} pages for the
 * signed-in user and {@code /api/v1/watches} for bearer tokens. The store saves them and queues
 * their deliveries; the webhook sender is in {@code mail}.
 */
package org.portreg.server.watch;
