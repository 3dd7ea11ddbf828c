import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import type { FieldState } from '../../../../shared/model/adjustments.js';
import { LANGS, type Lang } from '../../../../shared/model/langs.js';
import { LIMITS } from '../../../../shared/model/limits.js';
import { unhideableFields } from '../../../../shared/model/template-adjust.js';
import type { FieldDef, ScalarFieldDef } from '../../../../shared/model/template.js';
import { fieldState, setFieldState, setHelp, setOptionLabel } from '../../../../shared/report/template-adjustments.js';
import { useT } from '../../i18n/useT.js';
import { baseTemplate } from '../../store/adjusted-template.js';
import { useBilan } from '../../store/index.js';

/** A hide waiting for the user's word: the field and how many cards fill it. */
interface PendingHide {
  fieldId: string;
  label: string;
  count: number;
}

/** The help texts of a field or column in both languages, as the report has them. */
function HelpInputs({ def, fieldId, columnId, label }: { def: FieldDef | ScalarFieldDef; fieldId: string; columnId?: string; label: string }) {
  const t = useT();
  const apply = (lang: Lang, text: string) => {
    const { report, doc } = useBilan.getState();
    if (!report || !doc) return;
    useBilan.getState().apply(setHelp(report, baseTemplate(doc.template), fieldId, lang, text, columnId), `template-help-${fieldId}-${columnId ?? ''}-${lang}`);
  };
  return (
    <>
      {LANGS.map((lang) => (
        <td key={lang}>
          <textarea
            className="fr-input bilan-template__help"
            lang={lang}
            rows={3}
            maxLength={LIMITS.plainLength}
            aria-label={t('template.helpFor', { field: label, lang: t(`lang.name.${lang}`) })}
            value={def.help[lang]}
            onChange={(e) => apply(lang, e.target.value)}
          />
        </td>
      ))}
    </>
  );
}

/**
 * "Modèle de fiche": what this report's cards require, show or hide, their help texts, and the
 * wording of the scales. Changes go into the report (its `templateAdjustments`), never into the
 * template installed; hiding a field that cards fill asks first, and keeps what they hold.
 */
export function TemplateSection() {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const template = useBilan((s) => s.doc!.template);
  const report = useBilan((s) => s.report!);
  const base = baseTemplate(template);
  const [pending, setPending] = useState<PendingHide | null>(null);
  const locked = unhideableFields(base);
  const shown = new Map(template.card.fields.map((f) => [f.id, f]));

  const change = (fieldId: string, state: FieldState, columnId?: string, confirmed = false) => {
    const current = useBilan.getState().report!;
    const result = setFieldState(current, base, fieldId, state, { ...(columnId ? { columnId } : {}), confirmed });
    if (result.ok) {
      setPending(null);
      useBilan.getState().apply(result.report, null);
    } else if (result.reason === 'holdsData') {
      const def = base.card.fields.find((f) => f.id === fieldId)!;
      setPending({ fieldId, label: def.label[lang], count: result.cards.length });
    }
  };

  const stateSelect = (def: FieldDef | ScalarFieldDef, label: string, fieldId: string, columnId?: string) => {
    const value = fieldState(report, base, fieldId, columnId);
    const states: FieldState[] = columnId || locked.includes(fieldId) ? ['required', 'optional'] : ['required', 'optional', 'hidden'];
    return (
      <select
        className="fr-select bilan-template__state"
        aria-label={t('template.stateFor', { field: label })}
        value={value}
        data-field={fieldId}
        data-column={columnId}
        onChange={(e) => change(fieldId, e.target.value as FieldState, columnId)}
      >
        {states.map((s) => (
          <option key={s} value={s}>
            {t(`template.state.${s}`)}
          </option>
        ))}
      </select>
    );
  };

  const scaleIds = [...new Set(base.card.fields.flatMap((f) => (f.kind === 'rows' ? f.columns : [f])).flatMap((f) => (f.kind === 'choice' && f.scale ? [f.scale] : [])))];

  return (
    <section aria-labelledby="details-template" className="bilan-details__section bilan-template">
      <h2 id="details-template" className="fr-h5">
        {t('template.title')}
      </h2>
      <p className="bilan-field__help">{t('template.intro', { template: base.name[lang] })}</p>
      {pending && (
        <div className="fr-alert fr-alert--warning fr-alert--sm bilan-details__confirm" role="alertdialog" aria-labelledby="template-confirm">
          <p id="template-confirm">{t('template.confirmHide', { field: pending.label, count: pending.count })}</p>
          <div className="bilan-details__actions">
            <Button size="small" priority="secondary" nativeButtonProps={{ autoFocus: true }} onClick={() => setPending(null)}>
              {t('template.keepShown')}
            </Button>
            <Button size="small" priority="primary" onClick={() => change(pending.fieldId, 'hidden', undefined, true)}>
              {t('template.hideYes')}
            </Button>
          </div>
        </div>
      )}
      <div className="fr-table fr-table--no-caption bilan-template__table">
        <table>
          <caption>{t('template.fieldsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('template.field')}</th>
              <th scope="col">{t('template.state')}</th>
              <th scope="col">{t('template.helpIn', { lang: t('lang.name.fr') })}</th>
              <th scope="col">{t('template.helpIn', { lang: t('lang.name.en') })}</th>
            </tr>
          </thead>
          <tbody>
            {base.card.fields.map((baseDef) => {
              const def = shown.get(baseDef.id);
              const label = baseDef.label[lang];
              return [
                <tr key={baseDef.id} data-template-field={baseDef.id} className={def ? undefined : 'bilan-template__hidden'}>
                  <th scope="row">{label}</th>
                  <td>{stateSelect(baseDef, label, baseDef.id)}</td>
                  {def ? (
                    <HelpInputs def={def} fieldId={baseDef.id} label={label} />
                  ) : (
                    <td colSpan={2} className="bilan-field__help">
                      {t('template.hiddenNote')}
                    </td>
                  )}
                </tr>,
                ...(def?.kind === 'rows'
                  ? def.columns.map((col) => {
                      const colLabel = `${label} – ${col.label[lang]}`;
                      return (
                        <tr key={`${baseDef.id}/${col.id}`} data-template-field={`${baseDef.id}/${col.id}`} className="bilan-template__column">
                          <th scope="row">
                            <span className="bilan-template__column-label">{col.label[lang]}</span>
                          </th>
                          <td>{stateSelect(col, colLabel, baseDef.id, col.id)}</td>
                          <HelpInputs def={col} fieldId={baseDef.id} columnId={col.id} label={colLabel} />
                        </tr>
                      );
                    })
                  : []),
              ];
            })}
          </tbody>
        </table>
      </div>
      {scaleIds.map((sid) => {
        const scale = template.scales[sid]!;
        const original = base.scales[sid]!;
        return (
          <fieldset key={sid} className="bilan-details__item bilan-template__scale" data-scale={sid}>
            <legend className="bilan-details__legend">{t('template.scale', { scale: original.label[lang] })}</legend>
            <p className="bilan-field__help">{t('template.scaleHelp')}</p>
            {scale.options.map((option, i) => (
              <div key={option.id} className="bilan-details__acronyms">
                {LANGS.map((code) => {
                  const id = `template-${sid}-${option.id}-${code}`;
                  return (
                    <div key={code} className="fr-input-group">
                      <label className="fr-label" htmlFor={id}>
                        {t('template.option', { n: i + 1, original: original.options[i]!.label[code], lang: t(`lang.name.${code}`) })}
                      </label>
                      <input
                        id={id}
                        className="fr-input"
                        lang={code}
                        maxLength={LIMITS.plainLength}
                        value={option.label[code]}
                        onChange={(e) => {
                          const { report: current, apply } = useBilan.getState();
                          if (current) apply(setOptionLabel(current, base, sid, option.id, code, e.target.value), `template-option-${sid}-${option.id}-${code}`);
                        }}
                      />
                    </div>
                  );
                })}
              </div>
            ))}
          </fieldset>
        );
      })}
    </section>
  );
}
