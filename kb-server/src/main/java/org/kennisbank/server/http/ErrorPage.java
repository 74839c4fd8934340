package org.kennisbank.server.http;

/** Renders an error as a whole HTML page, for requests that belong to the website. */
@FunctionalInterface
public interface ErrorPage {
  String render(int status, String message);
}
