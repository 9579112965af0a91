import type { PageMention } from './mention-store';

/** The text nodes a mention covers, first to last (from its own nodes when it knows them: its range may not exist yet). */
export function mentionNodes(mention: PageMention): Text[] {
  const { start, end } = mention;
  if (start && end) return start === end ? [start] : textNodesBetween(start, end, mention.block ?? start.getRootNode());
  return textNodesOf(mention.range);
}

/** The text nodes a range covers, first to last (they are siblings or cousins within one block). */
export function textNodesOf(range: Range): Text[] {
  const { startContainer, endContainer } = range;
  if (startContainer === endContainer) return startContainer.nodeType === Node.TEXT_NODE ? [startContainer as Text] : [];
  return textNodesBetween(startContainer, endContainer, range.commonAncestorContainer);
}

/** The text nodes from `start` to `end` in document order, both included, within `root`. */
function textNodesBetween(start: Node, end: Node, root: Node): Text[] {
  const nodes: Text[] = [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  walker.currentNode = start;
  for (let node: Node | null = start; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) nodes.push(node as Text);
    if (node === end) break;
  }
  return nodes;
}
