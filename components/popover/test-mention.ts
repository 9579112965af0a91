/**
 * For happy-dom tests: a range over 村井純 in a new paragraph. happy-dom lays nothing out, so with `box` the range
 * reports that one line box.
 */
export function mentionRange(box?: DOMRect): Range {
  const p = document.createElement('p');
  p.textContent = '村井純が述べた';
  document.body.append(p);
  const range = document.createRange();
  range.setStart(p.firstChild!, 0);
  range.setEnd(p.firstChild!, 3);
  if (box) {
    range.getClientRects = () => [box] as unknown as DOMRectList;
    range.getBoundingClientRect = () => box;
  }
  return range;
}
