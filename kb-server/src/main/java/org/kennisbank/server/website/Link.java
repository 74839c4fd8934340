package org.kennisbank.server.website;

/** A link on a page: the text people see and where it goes. */
public record Link(String label, String url) {}
