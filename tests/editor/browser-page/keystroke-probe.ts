/**
 * Keystroke latency as the user feels it, measured inside the page: from the keydown event to
 * the first animation frame after the editor's DOM changed for it (the frame that paints the
 * character). Samples land in `window.__keystrokes`.
 */
export function installKeystrokeProbe(root: HTMLElement): void {
  const samples: number[] = [];
  (window as unknown as { __keystrokes: number[] }).__keystrokes = samples;
  let start: number | undefined;
  root.addEventListener('keydown', (event) => (start = event.timeStamp), { capture: true });
  new MutationObserver(() => {
    if (start === undefined) return;
    const since = start;
    start = undefined;
    requestAnimationFrame(() => samples.push(performance.now() - since));
  }).observe(root, { subtree: true, childList: true, characterData: true });
}
