import { SegmentedControl } from '@codegouvfr/react-dsfr/SegmentedControl';
import { LANGS } from '../../../shared/model/langs.js';
import { useT } from '../i18n/useT.js';
import { useBilan } from '../store/index.js';

/** Switches the interface, and the report shown, between French and English. */
export function LanguageSwitch() {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const setLang = useBilan((s) => s.setLang);
  const [first, second] = LANGS.map((code) => ({
    label: t(`lang.${code}`),
    nativeInputProps: { checked: lang === code, onChange: () => setLang(code), lang: code, value: code },
  }));
  return <SegmentedControl small hideLegend legend={t('lang.legend')} name="ui-language" segments={[first!, second]} />;
}
