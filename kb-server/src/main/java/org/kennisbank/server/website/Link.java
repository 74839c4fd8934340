package org.kennisbank.server.website;

import java.util.Objects;

/** A link on a page: the text people see and where it goes. */
public record Link(String label, String url) {

  public Link {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(url, "url");
  }
}
