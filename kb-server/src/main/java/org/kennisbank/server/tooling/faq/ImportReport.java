package org.kennisbank.server.tooling.faq;

import java.util.List;

/**
 * What an import did: how many records it read, wrote, left unchanged and skipped, and why each
 * skipped record was skipped. Immutable.
 */
public record ImportReport(int read, int written, int unchanged, List<Skipped> skipped) {

  public ImportReport {
    skipped = List.copyOf(skipped);
    if (read != written + unchanged + skipped.size()) {
      throw new IllegalArgumentException("read must equal written + unchanged + skipped; got "
          + read + " != " + written + " + " + unchanged + " + " + skipped.size());
    }
  }

  /** A record that was not imported: its file name and the reason. */
  public record Skipped(String file, String reason) {
    @Override
    public String toString() {
      return "skipped " + file + ": " + reason;
    }
  }

  /** One line such as {@code 179 records read: 178 written, 0 unchanged, 1 skipped}. */
  public String summary() {
    return read + (read == 1 ? " record" : " records") + " read: " + written + " written, "
        + unchanged + " unchanged, " + skipped.size() + " skipped";
  }
}
