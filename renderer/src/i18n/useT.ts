import { useBilan } from '../store/index.js';
import { translate, type UiKey, type UiParams } from './translate.js';

/** The interface strings in the language the user chose. */
export function useT(): (key: UiKey, params?: UiParams) => string {
  const lang = useBilan((s) => s.lang);
  return (key, params) => translate(lang, key, params);
}
