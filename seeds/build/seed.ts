import type { Chapter, Media, Report } from '../../shared/model/report.js';
import type { Template } from '../../shared/model/template.js';
import type { Canvas } from './png.js';
import { localized, richText, type Pair } from './values.js';

/** A sample report as the builder writes it: the document and its images by file name. */
export interface Seed {
  /** The folder name without `.bilan`. */
  name: string;
  report: Report;
  media: Map<string, Uint8Array>;
}

/** Registers a drawn image as a PNG under `media/<id>.png`. */
export function addImage(seed: { report: Report; media: Map<string, Uint8Array> }, id: string, canvas: Canvas): void {
  const file = `${id}.png`;
  const entry: Media = { id, file, mime: 'image/png', width: canvas.width, height: canvas.height };
  seed.report.media.push(entry);
  seed.media.set(file, canvas.toPng());
}

/** The template's default chapters, titled as the template says, with the bodies given. */
export function chaptersOf(template: Template, bodies: Record<string, Pair>): Chapter[] {
  return template.chapters.map((def) => {
    const body = bodies[def.id];
    const { kind: _kind, ...text } = body ? richText(body) : { kind: 'richText' as const };
    return { id: def.id, title: localized(def.title.fr, def.title.en), body: text, position: def.position };
  });
}
