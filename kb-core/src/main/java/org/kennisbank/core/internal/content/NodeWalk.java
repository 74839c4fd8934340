package org.kennisbank.core.internal.content;

import com.vladsch.flexmark.util.ast.Node;
import java.util.function.ObjIntConsumer;

/**
 * Visits a Flexmark tree without recursion, so that no input can overflow the stack here. Flexmark
 * builds deep trees without recursing, but its renderer and most visitors recurse once per level.
 */
final class NodeWalk {

  private NodeWalk() {}

  /** Calls {@code visit} for every node below {@code root} in document order, with its depth (children of the root are 1). */
  static void forEach(Node root, ObjIntConsumer<Node> visit) {
    Node node = root.getFirstChild();
    int depth = 1;
    while (node != null) {
      visit.accept(node, depth);
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        depth++;
        continue;
      }
      while (node != null && node != root && node.getNext() == null) {
        node = node.getParent();
        depth--;
      }
      node = node == null || node == root ? null : node.getNext();
    }
  }

  /** The deepest node below {@code root}, or {@code root} itself when it has no children; with its depth. */
  static Deepest deepest(Node root) {
    Node[] found = {root};
    int[] max = {0};
    forEach(root, (node, depth) -> {
      if (depth > max[0]) {
        max[0] = depth;
        found[0] = node;
      }
    });
    return new Deepest(found[0], max[0]);
  }

  record Deepest(Node node, int depth) {}
}
