package org.kennisbank.core.internal.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The optional {@code questions} field: how residents ask for what an article answers, in their own
 * words ("Mijn paspoort is verlopen, hoe kom ik aan een nieuwe?"). Search and the chatbot match
 * them, so they are checked like the rest of the public text: at most {@value #MAX_QUESTIONS}
 * questions of at most {@value #MAX_LENGTH} characters each, none empty; a repeated question or
 * one that only repeats the title is a warning, since it adds nothing.
 */
final class ArticleQuestions {

  static final int MAX_QUESTIONS = 10;
  static final int MAX_LENGTH = 200;

  private ArticleQuestions() {}

  /** The questions with white space normalised; problems are reported on {@code line}. */
  static List<String> read(List<String> raw, String title, int line, FileProblems problems) {
    if (raw.size() > MAX_QUESTIONS) {
      problems.error(line, "questions", "has " + raw.size() + " questions; at most " + MAX_QUESTIONS + " are allowed");
    }
    List<String> questions = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String value : raw) {
      String question = value.strip().replaceAll("\\s+", " ");
      if (question.isEmpty()) {
        problems.error(line, "questions", "has an empty question");
        continue;
      }
      if (question.length() > MAX_LENGTH) {
        problems.error(line, "questions", "'" + question.substring(0, 40) + "...' is " + question.length()
            + " characters long; at most " + MAX_LENGTH + " are allowed");
      }
      String key = question.toLowerCase(Locale.ROOT).replaceAll("[?!. ]+$", "");
      if (!seen.add(key)) {
        problems.warning(line, "questions", "'" + question + "' appears twice");
      } else if (key.equals(title.toLowerCase(Locale.ROOT))) {
        problems.warning(line, "questions", "'" + question + "' only repeats the title; write how a resident would ask it");
      }
      questions.add(question);
    }
    return questions;
  }
}
