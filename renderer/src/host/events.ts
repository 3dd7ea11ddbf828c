import type { LoadedReport, MenuCommand } from '../../../shared/ipc/dto.js';
import type { Result } from '../../../shared/ipc/result.js';

/**
 * What the main process sends on its own in the desktop app (a menu command, a report opened
 * from the menu), fed in the browser by the page's own menu: the same listeners receive both.
 */
type Listener<T> = (payload: T) => void;

function channel<T>() {
  const listeners = new Set<Listener<T>>();
  return {
    subscribe(listener: Listener<T>): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    send(payload: T): void {
      for (const listener of [...listeners]) listener(payload);
    },
  };
}

/** The page menu's commands, delivered as the native menu's are (`onMenuCommand`). */
export const menuCommands = channel<MenuCommand>();

/** Reports the page menu opened (a new report), delivered as the main process's are (`onReportOpened`). */
export const reportsOpened = channel<Result<LoadedReport>>();
