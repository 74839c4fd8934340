package org.kennisbank.core.internal.content;

import java.util.ArrayList;
import java.util.List;
import org.kennisbank.core.ContentProblem;

/** Collects the problems of one file, each with that file's name. Not thread-safe; one per file. */
final class FileProblems {

  private final String file;
  private final List<ContentProblem> list = new ArrayList<>();

  FileProblems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void error(int line, String field, String message) {
    list.add(ContentProblem.error(file, line, field, message));
  }

  void warning(int line, String field, String message) {
    list.add(ContentProblem.warning(file, line, field, message));
  }

  boolean hasErrorFor(String field) {
    return list.stream().anyMatch(problem -> problem.field().equals(field));
  }

  boolean hasErrors() {
    return list.stream().anyMatch(problem -> problem.severity() == ContentProblem.Severity.ERROR);
  }

  List<ContentProblem> list() {
    return List.copyOf(list);
  }
}
