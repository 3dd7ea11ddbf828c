import type { WindowApi } from '../../shared/ipc/api.js';

declare global {
  interface Window {
    /** The one door to the outside: the typed proxy of `BilanApi` that the preload exposes. */
    readonly api: WindowApi;
  }
}
