package org.kennisbank.server.http;

/** The documented JSON shape of every API error: {@code {"status":400,"message":"..."}}. */
public record ErrorView(int status, String message) {}
