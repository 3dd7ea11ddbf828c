import type { StateCreator } from 'zustand';
import type { BilanApi } from '../../../../shared/ipc/api.js';
import type { HostInfo, WorkspaceListing } from '../../../../shared/ipc/dto.js';
import type { ApiError } from '../../../../shared/ipc/result.js';
import type { BilanState } from '../state.js';

/** What the page's file chooser is asked for. */
export type ChooserPurpose = 'open' | 'import' | 'docx' | 'exportFolder' | 'packagesFolder' | 'saveAs';

/** The chooser as it is shown: what for, and the file name it suggests when saving. */
export interface ChooserRequest {
  purpose: ChooserPurpose;
  suggested: string | null;
}

/**
 * What the user chose: in the desktop app the main process shows its own dialog (`native`), in
 * the browser the page's chooser gives workspace-relative paths; null when cancelled.
 */
export type Choice = { native: true } | { native: false; paths: string[] } | null;

/** Where the interface runs, and the page's own file chooser used in the browser. */
export interface HostSlice {
  /** Null until known; the desktop window is assumed meanwhile. */
  host: HostInfo | null;
  chooser: ChooserRequest | null;
  /** The folder the chooser shows (kept from one choice to the next), and its listing once read. */
  chooserFolder: string;
  chooserListing: WorkspaceListing | null;
  chooserError: ApiError | null;
  /** Shows another folder of the workspace in the chooser ('' for its root). */
  browse(folder: string): Promise<void>;
  loadHost(): Promise<HostInfo>;
  /** Asks where a file goes or comes from: the page's chooser in the browser, the main process's dialog on the desktop. */
  choose(purpose: ChooserPurpose, suggested?: string | null): Promise<Choice>;
  /** The chooser's answer: the paths picked, or null when cancelled. */
  finishChoice(paths: string[] | null): void;
}

const DESKTOP: HostInfo = { kind: 'desktop', workspace: null };

/** Whether files are chosen in the page, from the workspace of `bilan serve`. */
export const inBrowser = (s: Pick<BilanState, 'host'>) => s.host?.kind === 'browser';

export const createHostSlice =
  (api: BilanApi): StateCreator<BilanState, [], [], HostSlice> =>
  (set, get) => {
    let asked: Promise<HostInfo> | undefined;
    let answer: ((paths: string[] | null) => void) | undefined;
    return {
      host: null,
      chooser: null,
      chooserFolder: '',
      chooserListing: null,
      chooserError: null,
      async browse(folder) {
        set({ chooserFolder: folder, chooserListing: null, chooserError: null });
        const reply = await api.listWorkspace(folder);
        if (get().chooserFolder !== folder) return; // the user went elsewhere meanwhile
        if (reply.ok) set({ chooserListing: reply.value });
        else set({ chooserError: reply.error });
      },
      loadHost() {
        // A main process that cannot tell is the desktop app's: its dialogs choose files.
        asked ??= api.getHost().then(
          (reply) => (reply.ok ? reply.value : DESKTOP),
          () => DESKTOP,
        );
        return asked.then((host) => {
          if (get().host !== host) set({ host });
          return host;
        });
      },
      async choose(purpose, suggested = null) {
        const host = await get().loadHost();
        if (host.kind !== 'browser') return { native: true };
        answer?.(null); // one chooser at a time: an earlier one left open is cancelled
        const paths = await new Promise<string[] | null>((resolve) => {
          answer = resolve;
          set({ chooser: { purpose, suggested } });
          void get().browse(get().chooserFolder);
        });
        return paths ? { native: false, paths } : null;
      },
      finishChoice(paths) {
        const resolve = answer;
        answer = undefined;
        set({ chooser: null });
        resolve?.(paths);
      },
    };
  };
