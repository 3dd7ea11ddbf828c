import type { Institution } from '../../../../shared/model/report.js';
import { contentIn } from '../../../../shared/report/localized.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';

interface Props {
  name: string;
  institutions: Institution[];
  ids: string[];
  multiple: boolean;
  label: string;
  describedBy?: string | undefined;
  onChange(ids: string[]): void;
}

/** Institutions of the report: check boxes when several may be chosen, a list when one. */
export function InstitutionsInput({ name, institutions, ids, multiple, label, describedBy, onChange }: Props) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const nameOf = (i: Institution) => contentIn(i.name, lang) || contentIn(i.name, 'fr') || i.id;
  if (!multiple) {
    return (
      <select className="fr-select" aria-label={label} aria-describedby={describedBy} value={ids[0] ?? ''} onChange={(e) => onChange(e.target.value ? [e.target.value] : [])}>
        <option value="">{t('field.chooseInstitution')}</option>
        {institutions.map((i) => (
          <option key={i.id} value={i.id}>
            {nameOf(i)}
          </option>
        ))}
      </select>
    );
  }
  const toggle = (id: string, on: boolean) => onChange(on ? institutions.map((i) => i.id).filter((x) => x === id || ids.includes(x)) : ids.filter((x) => x !== id));
  return (
    <div role="group" aria-label={label} aria-describedby={describedBy} className="bilan-institutions">
      {institutions.map((i) => {
        const id = `${name}-${i.id}`;
        return (
          <div key={i.id} className="fr-checkbox-group fr-checkbox-group--sm">
            <input type="checkbox" id={id} checked={ids.includes(i.id)} onChange={(e) => toggle(i.id, e.target.checked)} />
            <label className="fr-label" htmlFor={id}>
              {nameOf(i)}
            </label>
          </div>
        );
      })}
    </div>
  );
}
