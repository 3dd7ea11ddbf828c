/**
 * Word does not paste lists as lists: each item is a paragraph styled
 * `mso-list:l0 level2 lfo1`, its bullet or number written out in a span styled
 * `mso-list:Ignore`. This rebuilds them as nested `<ul>`/`<ol>` so they paste as lists.
 */
export function convertWordLists(doc: Document): void {
  for (const first of Array.from(doc.querySelectorAll('p'))) {
    if (!first.isConnected || wordListLevel(first) === undefined) continue;
    const group: HTMLElement[] = [];
    for (let p: Element | null = first; p && wordListLevel(p) !== undefined; p = p.nextElementSibling) {
      group.push(p as HTMLElement);
    }
    rebuildList(doc, group);
  }
}

/** The nesting level (1 = outermost) of a Word list paragraph, or undefined for other elements. */
function wordListLevel(element: Element): number | undefined {
  if (element.tagName !== 'P') return undefined;
  const style = element.getAttribute('style') ?? '';
  const match = /mso-list:\s*l\d+\s+level(\d+)/i.exec(style);
  return match ? Number(match[1]) : undefined;
}

// Numbers, letters and roman numerals followed by "." or ")": anything else is a bullet.
const ORDERED_MARKER = /^\(?(\d+|[a-z]{1,3})[.)]/i;

function rebuildList(doc: Document, group: HTMLElement[]): void {
  const stack: { list: HTMLElement; level: number }[] = [];
  for (const p of group) {
    const level = wordListLevel(p)!;
    const markers = Array.from(p.querySelectorAll('[style*="mso-list:Ignore" i], [style*="mso-list: Ignore" i]'));
    const ordered = ORDERED_MARKER.test((markers[0]?.textContent ?? '').trim());
    for (const marker of markers) marker.remove();
    while (stack.length > 0 && stack[stack.length - 1]!.level > level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.level < level) {
      const list = doc.createElement(ordered ? 'ol' : 'ul');
      if (top) {
        const parentItem = top.list.lastElementChild ?? top.list.appendChild(doc.createElement('li'));
        parentItem.appendChild(list);
      } else {
        p.before(list);
      }
      top = { list, level };
      stack.push(top);
    }
    const item = doc.createElement('li');
    item.append(...Array.from(p.childNodes));
    top.list.appendChild(item);
    p.remove();
  }
}
