import type { StateCreator } from 'zustand';
import type { Lang } from '../../../../shared/model/localized.js';
import type { BilanState } from '../state.js';

/** The language of the interface, which is also the language the report is shown in. */
export interface LocaleSlice {
  lang: Lang;
  setLang(lang: Lang): void;
}

export const createLocaleSlice =
  (initial: Lang): StateCreator<BilanState, [], [], LocaleSlice> =>
  (set) => ({
    lang: initial,
    setLang: (lang) => set({ lang }),
  });
