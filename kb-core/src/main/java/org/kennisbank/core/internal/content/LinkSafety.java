package org.kennisbank.core.internal.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.InlineLinkNode;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the link targets in a Markdown tree (inline links and images, reference links and their
 * definitions, autolinks) and takes the disallowed ones out before rendering: a link with a
 * refused target becomes its text, so it cannot be clicked. Validation reports the same links
 * as errors with their line; this is the second line of defence for any Markdown rendered.
 */
final class LinkSafety {

  /** A link target that {@link UrlPolicy} refuses, with the node that carries it. */
  record Refused(Node node, String url) {}

  private LinkSafety() {}

  /** Every disallowed link target in the tree, in document order. */
  static List<Refused> refused(Document document) {
    List<Refused> refused = new ArrayList<>();
    NodeWalk.forEach(document, (node, depth) -> target(node, document)
        .filter(url -> !UrlPolicy.isAllowedLink(url))
        .ifPresent(url -> refused.add(new Refused(node, url))));
    return refused;
  }

  /** Replaces every link with a disallowed target by its text; definitions of such targets render nothing anyway. */
  static void neutralize(Document document) {
    for (Refused link : refused(document)) {
      Node node = link.node();
      if (node instanceof Reference) {
        continue;
      }
      if (node instanceof AutoLink autoLink) {
        node.insertBefore(new Text(autoLink.getText()));
      } else {
        for (Node child = node.getFirstChild(); child != null; ) {
          Node next = child.getNext();
          node.insertBefore(child);
          child = next;
        }
      }
      node.unlink();
    }
  }

  /** The target of a node that links somewhere, entities and escapes decoded. */
  private static Optional<String> target(Node node, Document document) {
    if (node instanceof InlineLinkNode link) {
      return Optional.of(link.getUrl().unescape());
    }
    if (node instanceof Reference reference) {
      return Optional.of(reference.getUrl().unescape());
    }
    if (node instanceof RefNode ref) {
      Reference reference = ref.getReferenceNode(document);
      return reference == null ? Optional.empty() : Optional.of(reference.getUrl().unescape());
    }
    if (node instanceof AutoLink autoLink) {
      return Optional.of(autoLink.getText().unescape());
    }
    return Optional.empty();
  }
}
