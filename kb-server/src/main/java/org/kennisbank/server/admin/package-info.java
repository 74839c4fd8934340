/**
 * Room: the admin API ({@code /api/admin/...}) for operators, behind {@code Role.ADMIN}, granted
 * today by the service token in {@code KB_ADMIN_TOKEN} (without it the room is closed). It shows
 * what the public must not see, such as content problems with file paths, and no internal notes.
 */
package org.kennisbank.server.admin;
