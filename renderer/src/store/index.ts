import '../host/install.js';
import { langFromLocale } from '../../../shared/i18n/i18n.js';
import { createBilanStore } from './create.js';

/** The application's store, talking to the main process through `window.api`. */
export const useBilan = createBilanStore(window.api, langFromLocale(navigator.language));
