import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { LANGS } from '../../../../shared/model/langs.js';
import { LIMITS } from '../../../../shared/model/limits.js';
import type { Institution } from '../../../../shared/model/report.js';
import type { StructureRefusal } from '../../../../shared/report/structure.js';
import { contentIn } from '../../../../shared/report/localized.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { LocalizedTextInput } from '../fields/TextInputs.js';
import { Refusal } from './Refusal.js';
import { useFocusLater } from './useFocusLater.js';

/** One institution: its name and acronym in both languages, and its removal. */
function InstitutionItem({ institution, n, refusal, onRemove }: { institution: Institution; n: number; refusal: StructureRefusal | undefined; onRemove(): void }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const setAcronym = useBilan((s) => s.setAcronym);
  const path = { kind: 'institution' as const, institutionId: institution.id };
  const legend = t('details.institution', { n });
  const name = contentIn(institution.name, lang) || contentIn(institution.name, 'fr') || legend;
  return (
    <li>
      <fieldset className="bilan-details__item" id={`institution-${institution.id}`} data-institution={institution.id}>
        <legend className="bilan-details__legend">{legend}</legend>
        <p className="bilan-details__label">
          {t('details.name')} <span className="bilan-field__required">{t('field.required')}</span>
        </p>
        <LocalizedTextInput path={path} value={institution.name} label={t('details.name')} />
        <div className="bilan-details__acronyms">
          {LANGS.map((code) => {
            const id = `institution-${institution.id}-acronym-${code}`;
            return (
              <div key={code} className="fr-input-group">
                <label className="fr-label" htmlFor={id}>
                  {t('details.acronym', { lang: t(`lang.name.${code}`) })}
                </label>
                <input id={id} className="fr-input" lang={code} maxLength={LIMITS.plainLength} value={institution.acronym?.[code] ?? ''} onChange={(e) => setAcronym(institution.id, code, e.target.value)} />
              </div>
            );
          })}
        </div>
        <Button size="small" priority="tertiary" iconId="fr-icon-delete-line" onClick={onRemove}>
          {t('details.remove')}
        </Button>
        {refusal && <Refusal refusal={refusal} name={name} />}
      </fieldset>
    </li>
  );
}

/** The institutions the cards may name: added, renamed, and removed once no card names them. */
export function InstitutionsSection() {
  const t = useT();
  const institutions = useBilan((s) => s.report!.institutions);
  const { addInstitution, removeInstitution } = useBilan.getState();
  const [refusals, setRefusals] = useState<Record<string, StructureRefusal>>({});
  const focusLater = useFocusLater();
  const remove = (id: string) => {
    const reply = removeInstitution(id);
    setRefusals(({ [id]: _old, ...others }) => (reply.ok ? others : { ...others, [id]: reply.refusal }));
  };
  return (
    <section aria-labelledby="details-institutions" className="bilan-details__section">
      <h2 id="details-institutions" className="fr-h5">
        {t('details.institutions')}
      </h2>
      <p className="bilan-field__help">{t('details.institutionsHelp')}</p>
      <ol className="bilan-details__list">
        {institutions.map((inst, i) => (
          <InstitutionItem key={inst.id} institution={inst} n={i + 1} refusal={refusals[inst.id]} onRemove={() => remove(inst.id)} />
        ))}
      </ol>
      <Button
        size="small"
        priority="secondary"
        iconId="fr-icon-add-line"
        onClick={() => {
          const reply = addInstitution();
          if (reply.ok && reply.id) focusLater(`institution-${reply.id}`);
        }}
      >
        {t('details.addInstitution')}
      </Button>
    </section>
  );
}
