import type { MenuCommand } from '../../../../shared/ipc/dto.js';
import { useBilan } from '../../store/index.js';
import { usePreviewOpen } from '../preview/preview-open.js';
import { useFind } from './find-store.js';

/**
 * The menu's commands on what the window shows: Edit > Find… and Replace… open the find panel,
 * View > the languages shown and the print preview. Answers whether `command` was one of them.
 */
export function runViewCommand(command: MenuCommand): boolean {
  const store = useBilan.getState();
  if (command === 'find' || command === 'replace') {
    if (store.report) useFind.getState().show(command === 'replace');
    return true;
  }
  if (command === 'viewBoth' || command === 'viewFr' || command === 'viewEn') {
    if (store.report) store.setLangMode(command === 'viewBoth' ? 'both' : command === 'viewFr' ? 'fr' : 'en');
    return true;
  }
  if (command === 'preview') {
    if (store.report) usePreviewOpen.getState().toggle();
    return true;
  }
  return false;
}
