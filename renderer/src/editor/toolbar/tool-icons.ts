// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- declarations, not a module to import
/// <reference path="../../dsfr-icons.d.ts" />
// The toolbar's icons as inline SVG, drawn from the design system's own files. As CSS masks
// (`fr-icon-…` classes), each icon is an image Chromium loads the first time it is drawn: as SVG,
// a document of its own read on the page's thread, several milliseconds each (a card's thirteen
// tools held its first editor back a fifth of a second); even as the PNG files the build now
// makes of the other icons (vite.config.ts), inline drawing opened a card 30–50 ms sooner.
import barChart from '@codegouvfr/react-dsfr/dsfr/icons/business/bar-chart-box-line.svg?raw';
import bold from '@codegouvfr/react-dsfr/dsfr/icons/editor/fr--bold.svg?raw';
import h1 from '@codegouvfr/react-dsfr/dsfr/icons/editor/h-1.svg?raw';
import h2 from '@codegouvfr/react-dsfr/dsfr/icons/editor/h-2.svg?raw';
import h3 from '@codegouvfr/react-dsfr/dsfr/icons/editor/h-3.svg?raw';
import indentDecrease from '@codegouvfr/react-dsfr/dsfr/icons/editor/indent-decrease.svg?raw';
import indentIncrease from '@codegouvfr/react-dsfr/dsfr/icons/editor/indent-increase.svg?raw';
import italic from '@codegouvfr/react-dsfr/dsfr/icons/editor/italic.svg?raw';
import link from '@codegouvfr/react-dsfr/dsfr/icons/editor/link.svg?raw';
import listOrdered from '@codegouvfr/react-dsfr/dsfr/icons/editor/list-ordered.svg?raw';
import listUnordered from '@codegouvfr/react-dsfr/dsfr/icons/editor/list-unordered.svg?raw';
import superscript from '@codegouvfr/react-dsfr/dsfr/icons/editor/superscript.svg?raw';
import table2 from '@codegouvfr/react-dsfr/dsfr/icons/editor/table-2.svg?raw';

/** An icon's drawing: the paths of a 24 × 24 view box. */
export interface IconPaths {
  paths: string[];
}

/** The paths of one of the design system's icon files (each is one or more plain `<path d>`). */
function pathsOf(file: string, svg: string): IconPaths {
  const path = /<path d="([^"]+)"\s*(?:\/>|><\/path>)/g;
  const paths = [...svg.matchAll(path)].map((m) => m[1]!);
  // Anything else in the file (a transform, a fill rule, another shape) would be lost here.
  const rest = svg.replace(path, '').replace(/<svg [^>]*viewBox="0 0 24 24"[^>]*>|<\/svg>\s*$/g, '');
  if (paths.length === 0 || rest.trim() !== '') throw new Error(`the icon ${file} is not a plain set of paths`);
  return { paths };
}

/** The toolbar's icons by their design-system class (the classes `tools.ts` names). */
export const TOOL_ICONS: Readonly<Record<string, IconPaths>> = Object.fromEntries(
  Object.entries({
    'fr-icon-bold': bold,
    'fr-icon-italic': italic,
    'fr-icon-h-1': h1,
    'fr-icon-h-2': h2,
    'fr-icon-h-3': h3,
    'fr-icon-list-unordered': listUnordered,
    'fr-icon-list-ordered': listOrdered,
    'fr-icon-indent-increase': indentIncrease,
    'fr-icon-indent-decrease': indentDecrease,
    'fr-icon-link': link,
    'fr-icon-table-2': table2,
    'fr-icon-superscript': superscript,
    'fr-icon-bar-chart-box-line': barChart,
  }).map(([icon, svg]) => [icon, pathsOf(icon, svg)]),
);
