import { Canvas, rgb } from '../png.js';

/** The sample's image, drawn in code so that the seed needs no binary source files. */

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
