/**
 * How far from the viewport a field starts mounting its editor: one screen above and below,
 * so that scrolling at a reading pace never reaches a field that is not ready.
 */
export const MOUNT_MARGIN = '100% 0px';

interface Waiting {
  mount(): void | Promise<void>;
  near: boolean;
}

const waiting = new Map<Element, Waiting>();
let observer: IntersectionObserver | undefined;
let scheduled = false;
let checking = false;

function watch(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (changes) => {
      for (const change of changes) {
        const entry = waiting.get(change.target);
        if (entry) entry.near = change.isIntersecting;
      }
      schedule();
    },
    { rootMargin: MOUNT_MARGIN },
  );
  return observer;
}

/** How far an element is from the visible part of the window, in pixels (0 when on screen), then its top. */
function distance(element: Element): [number, number] {
  const { top, bottom } = element.getBoundingClientRect();
  return [bottom < 0 ? -bottom : top > window.innerHeight ? top - window.innerHeight : 0, top];
}

/** The waiting field nearest the viewport (the highest on screen among visible ones). */
function nearest(): { element: Element; entry: Waiting; onScreen: boolean } | undefined {
  let best: { element: Element; entry: Waiting; key: [number, number] } | undefined;
  for (const [element, entry] of waiting) {
    if (!entry.near) continue;
    const key = distance(element);
    if (!best || key[0] < best.key[0] || (key[0] === best.key[0] && key[1] < best.key[1])) best = { element, entry, key };
  }
  return best && { element: best.element, entry: best.entry, onScreen: best.key[0] === 0 };
}

/** How long the fields just off screen wait, once those on screen are mounted, before mounting. */
const SETTLE_MS = 500;

// One editor per task, each costing a few tens of milliseconds: the fields on screen first, as
// soon as the frame showing them is painted; those just off screen after a moment, in idle
// time, so that they never stand between the user's first keys or clicks and the page.
function schedule(): void {
  if (scheduled) return;
  const next = nearest();
  if (!next) return;
  scheduled = true;
  if (next.onScreen) setTimeout(mountNext, 0);
  else setTimeout(() => requestIdleCallback(mountNext, { timeout: 2000 }), SETTLE_MS);
}

function mountNext(): void {
  const next = nearest();
  if (!next) {
    scheduled = false;
    return;
  }
  release(next.element);
  const mounting = next.entry.mount();
  const then = () => {
    scheduled = false;
    schedule();
  };
  // A mount that waits (for the editor's code, the first time) holds the queue until it is done.
  if (mounting) void mounting.then(then, then);
  else then();
}

// Right after the frame that first draws the fields: those on screen need not wait for the
// observer's first report, which Chromium delivers when idle, up to a tenth of a second later.
function checkOnScreen(): void {
  if (checking) return;
  checking = true;
  requestAnimationFrame(() =>
    setTimeout(() => {
      checking = false;
      for (const [element, entry] of waiting) {
        if (!entry.near && element.getBoundingClientRect().height > 0 && distance(element)[0] === 0) entry.near = true;
      }
      schedule();
    }, 0),
  );
}

function release(element: Element): void {
  if (waiting.delete(element)) observer?.unobserve(element);
}

/**
 * Calls `mount` once `element` comes within {@link MOUNT_MARGIN} of the viewport: soon after
 * the frame that shows it if it is on screen, in idle time otherwise, after the fields nearer
 * the viewport (when `mount` returns a promise, the next field waits for it). Returns a
 * function that stops waiting (the element mounted by other means, or went away).
 */
export function mountWhenNear(element: Element, mount: () => void | Promise<void>): () => void {
  waiting.set(element, { mount, near: false });
  watch().observe(element);
  checkOnScreen();
  return () => release(element);
}
