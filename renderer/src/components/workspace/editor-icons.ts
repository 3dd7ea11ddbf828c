import { TOOL_ICONS } from '../../editor/toolbar/tool-icons.js';
import { TOOL_GROUPS } from '../../editor/toolbar/tools.js';

/**
 * The design system's icons the report editor draws as soon as a card opens: the outline's
 * panels, the editor's bar, the rows' buttons, and those of the rich-text toolbars that are not
 * drawn inline (see tool-icons.ts). Each is an image file (a PNG since the build rasterises
 * them, see vite.config.ts) that Chromium loads and decodes the first time it is drawn, which is
 * why IconWarmup draws them in advance (tests/renderer/lazy-editors.test.ts names any icon the
 * card shows that this list lacks).
 */
export const EDITOR_ICONS: readonly string[] = [
  ...new Set([
    ...TOOL_GROUPS.flat()
      .map((tool) => tool.icon)
      .filter((icon) => !TOOL_ICONS[icon]),
    // The editor's bar has the report's undo and redo, as design-system buttons.
    'fr-icon-arrow-go-back-line',
    'fr-icon-arrow-go-forward-line',
    'fr-icon-file-text-line',
    'fr-icon-error-warning-line',
    'fr-icon-table-line',
    'fr-icon-dashboard-3-line',
    'fr-icon-save-line',
    'fr-icon-download-line',
    'fr-icon-close-line',
    'fr-icon-check-line',
    'fr-icon-edit-line',
    'fr-icon-arrow-up-line',
    'fr-icon-arrow-down-line',
    'fr-icon-delete-line',
    'fr-icon-add-line',
    // The chevron of the page's own menu (in the browser), drawn again in the editor's header.
    'fr-icon-arrow-down-s-line',
    // The card's review: comment buttons, the review states, and the print preview's button.
    'fr-icon-chat-3-line',
    'fr-icon-inbox-archive-line',
    'fr-icon-eye-line',
    // The card's "Comparer des versions".
    'fr-icon-time-line',
  ]),
];
