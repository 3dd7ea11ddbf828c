import { Canvas, drawNumber, numberWidth, rgb } from '../png.js';

/** The sample's two images, drawn in code so that the seed needs no binary source files. */

/** A bar chart of how many commitments reached each progress level, left to right. */
export function progressChart(counts: readonly number[]): Canvas {
  const canvas = new Canvas(600, 300, rgb('#ffffff'));
  const colours = ['#b0b7c3', '#f4a261', '#5a7fd6', '#1f3b8c'].map(rgb);
  const baseline = 270;
  const tallest = 190;
  const max = Math.max(1, ...counts);
  counts.forEach((count, i) => {
    const x = 60 + i * 120 + 20;
    const height = Math.round((count / max) * tallest);
    canvas.rect(x, baseline - height, 80, height, colours[i % colours.length]!);
    drawNumber(canvas, count, x + 40 - numberWidth(count, 4) / 2, baseline - height - 40, 4, rgb('#1e1e1e'));
  });
  canvas.rect(40, baseline, 520, 2, rgb('#6b6b6b'));
  return canvas;
}

/** A logo-like pictogram: a central node linked to six others, one of them highlighted. */
export function networkPictogram(): Canvas {
  const canvas = new Canvas(400, 240, rgb('#ffffff'));
  const blue = rgb('#000091');
  const nodes = Array.from({ length: 6 }, (_, i) => {
    const angle = (i * Math.PI) / 3 + Math.PI / 6;
    return { x: 200 + 140 * Math.cos(angle), y: 120 + 80 * Math.sin(angle) };
  });
  nodes.forEach((n, i) => {
    const next = nodes[(i + 1) % nodes.length]!;
    canvas.line(n.x, n.y, next.x, next.y, 3, rgb('#cacafb'));
  });
  for (const n of nodes) canvas.line(200, 120, n.x, n.y, 6, rgb('#8585f6'));
  nodes.forEach((n, i) => canvas.circle(n.x, n.y, 18, i === 4 ? rgb('#e1000f') : blue));
  canvas.circle(200, 120, 34, blue);
  canvas.circle(200, 120, 14, rgb('#ffffff'));
  return canvas;
}
