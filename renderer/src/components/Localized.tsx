import type { ByLang } from '../../../shared/ipc/result.js';
import { useT } from '../i18n/useT.js';
import { useBilan } from '../store/index.js';

/**
 * A report text in the chosen language. When it is not translated, the French text is shown
 * marked as such: never passed off as English.
 */
export function Localized({ value }: { value: ByLang<string> }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  if (value[lang] !== '' || lang === 'fr') return <>{value[lang]}</>;
  return (
    <>
      <span lang="fr">{value.fr}</span> <span className="fr-badge fr-badge--sm fr-badge--no-icon bilan-untranslated">{t('untranslated')}</span>
    </>
  );
}
