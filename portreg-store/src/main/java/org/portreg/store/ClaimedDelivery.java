package org.portreg.store;

/**
 * A webhook delivery a sender claimed: what to POST where, signed with the watch's secret.
 * Immutable.
 *
 * @param id the delivery's number
 * @param watchId the watch's number
 * @param url where to POST
 * @param secret the watch's signing secret
 * @param body the JSON body, exactly as it is to be signed and sent
 * @param attempts how many times it was sent before
 */
public record ClaimedDelivery(
    long id, long watchId, String url, String secret, String body, int attempts) {
  @Override
  public String toString() {
    return "ClaimedDelivery[id=" + id + ", watch=" + watchId + ", url=" + url + "]";
  }
}
