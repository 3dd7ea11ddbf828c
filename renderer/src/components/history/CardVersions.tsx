import { Button } from '@codegouvfr/react-dsfr/Button';
import { useMemo, useState } from 'react';
import { compareFields, sideOf, type FieldComparison } from '../../../../shared/history/compare.js';
import { pointsOf, type ResolvedPoint } from '../../../../shared/history/versions.js';
import type { Lang } from '../../../../shared/model/localized.js';
import type { Card, FieldValue, Report } from '../../../../shared/model/report.js';
import type { Template } from '../../../../shared/model/template.js';
import { useT } from '../../i18n/useT.js';
import { translate } from '../../i18n/translate.js';
import { useBilan } from '../../store/index.js';
import { DiffText } from '../merge/DiffText.js';
import { RichDiff } from '../merge/RichDiff.js';
import { richDiff } from '../merge/rich-diff.js';
import { ModalShell } from '../modal/ModalShell.js';
import { authorLabel, dateTime, institutionShort } from '../review/words.js';
import '../merge/merge.css';
import './versions.css';

/** A point to compare: one of the card's history, or the card as it is now (index `now`). */
interface Choice {
  key: string;
  label: string;
  fields: Readonly<Record<string, FieldValue>>;
}

/** Kinds whose words differ by language: compared in the interface's language and the other. */
const BOTH_LANGUAGES = new Set(['text', 'richText', 'rows', 'choice']);

/** What a point is, in words: "7 déc. 2026, 14:05 — Enregistrement — Claire Dubois (coordination)". */
function pointLabel(point: ResolvedPoint, report: Report, lang: Lang): string {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(lang, key, params);
  let what: string;
  if (point.kind === 'import') what = t('versions.kind.import', { institution: point.by?.institution ? institutionShort(report, point.by.institution, lang) : t('versions.unknown') });
  else if (point.kind === 'review') what = t('versions.kind.review', { state: point.state ? t(`reviewState.${point.state}`) : '' });
  else what = t(`versions.kind.${point.kind}`);
  const who = point.by && point.kind !== 'import' ? authorLabel(report, point.by, lang) : point.kind === 'import' && point.by?.name ? point.by.name : null;
  return [dateTime(point.at, lang), what, who].filter(Boolean).join(' — ');
}

/**
 * "Compare versions" on a card: a button that opens a dialog listing the points of the card's
 * history (saves, imports, review states, and the card as it is now), where any two are picked
 * (by default the newest point that differs from now, and now), then each field that differs,
 * word by word as the import review draws it, in the interface's language and the other; the
 * fields that did not change are named together.
 */
export function CardVersions({ card }: { card: Card }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const count = useBilan((s) => s.report!.cardVersions?.cards[card.id]?.length ?? 0);
  // A package's cards have no history of their own: it is the coordinator's.
  const contributor = useBilan((s) => !!s.report!.package);
  if (contributor) return null;
  return (
    <section className="bilan-versions-entry" aria-labelledby={`versions-${card.id}`}>
      <h2 id={`versions-${card.id}`} className="fr-sr-only">
        {t('versions.heading')}
      </h2>
      <Button size="small" priority="tertiary" iconId="fr-icon-time-line" onClick={() => setOpen(true)} title={t('versions.help')}>
        {t('versions.open')}
      </Button>
      <span className="bilan-versions-entry__count">{t('versions.count', { n: count })}</span>
      {open && <VersionsDialog card={card} onClose={() => setOpen(false)} />}
    </section>
  );
}

function VersionsDialog({ card, onClose }: { card: Card; onClose: () => void }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const choices = useMemo((): Choice[] => {
    const points = pointsOf(report, card.id).map((p, i) => ({ key: String(i), label: pointLabel(p, report, lang), fields: p.fields }));
    return [...points, { key: 'now', label: t('versions.now'), fields: card.fields }];
  }, [report, card, lang]);
  // By default: the newest point that differs from now (the previous version), and now.
  const initialFrom = useMemo(() => {
    const now = choices.at(-1)!;
    for (let i = choices.length - 2; i >= 0; i--) if (compareFields(template, choices[i]!.fields, now.fields).some((f) => f.changed)) return choices[i]!.key;
    return choices.length > 1 ? choices[choices.length - 2]!.key : 'now';
  }, [choices, template]);
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState('now');
  const a = choices.find((c) => c.key === from) ?? choices[0]!;
  const b = choices.find((c) => c.key === to) ?? choices.at(-1)!;
  const fields = compareFields(template, a.fields, b.fields);
  const changed = fields.filter((f) => f.changed);
  const same = fields.filter((f) => !f.changed && (f.before !== undefined || f.after !== undefined));
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  return (
    <ModalShell
      className="bilan-versions"
      titleId="versions-title"
      title={t('versions.title', { card: card.number })}
      closeLabel={t('versions.close')}
      onClose={onClose}
      describedBy="versions-intro"
      actions={
        <Button priority="secondary" onClick={onClose}>
          {t('versions.close')}
        </Button>
      }
    >
      <p id="versions-intro" className="fr-text--sm">
        {choices.length > 1 ? t('versions.intro', { n: choices.length - 1 }) : t('versions.none')}
      </p>
      <div className="bilan-versions__pick">
        <VersionSelect id="versions-from" label={t('versions.from')} value={a.key} choices={choices} onChange={setFrom} />
        <VersionSelect id="versions-to" label={t('versions.to')} value={b.key} choices={choices} onChange={setTo} />
      </div>
      <p className="bilan-conflict__legend fr-text--xs">
        {t('versions.legend.before')} <del>{t('versions.legend.removed')}</del> <ins>{t('versions.legend.added')}</ins>
      </p>
      <div className="bilan-versions__result" role="region" aria-label={t('versions.result')} aria-live="polite">
        {changed.length === 0 ? (
          <p className="bilan-versions__nothing">{t('versions.identical')}</p>
        ) : (
          changed.map((f) => <ChangedField key={f.def.id} field={f} langs={BOTH_LANGUAGES.has(f.def.kind) ? [lang, other] : [lang]} template={template} report={report} lang={lang} />)
        )}
        {same.length > 0 && changed.length > 0 && (
          <details className="bilan-versions__same">
            <summary>{t('versions.unchanged', { n: same.length })}</summary>
            <p className="fr-text--sm">{same.map((f) => f.def.label[lang]).join(', ')}</p>
          </details>
        )}
      </div>
    </ModalShell>
  );
}

/** One field that differs: its label, then each language's words marked. */
/** One of the two versions to compare, chosen among the card's points and now. */
function VersionSelect({ id, label, value, choices, onChange }: { id: string; label: string; value: string; choices: { key: string; label: string }[]; onChange: (key: string) => void }) {
  return (
    <div className="fr-select-group">
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="fr-select" value={value} onChange={(e) => onChange(e.target.value)}>
        {choices.map((c) => (
          <option key={c.key} value={c.key}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function ChangedField({ field, langs, template, report, lang }: { field: FieldComparison; langs: Lang[]; template: Template; report: Report; lang: Lang }) {
  const t = useT();
  const label = field.def.label[lang];
  return (
    <section className="bilan-versions__field" aria-label={label} data-versions-field={field.def.id}>
      <h2 className="fr-h6 fr-mb-1w">{label}</h2>
      {langs.map((code) => {
        const before = sideOf(field.before, field.def, template, report, code);
        const after = sideOf(field.after, field.def, template, report, code);
        const name = translate(lang, `lang.name.${code}`);
        const heading = langs.length > 1 ? <h3 className="bilan-versions__lang">{name}</h3> : null;
        if (JSON.stringify(before) === JSON.stringify(after)) {
          return (
            <div key={code} data-lang={code}>
              {heading}
              <p className="bilan-muted fr-text--sm">{t('versions.sameIn', { lang: name })}</p>
            </div>
          );
        }
        const empty = t('versions.empty');
        return (
          <div key={code} data-lang={code} lang={code}>
            {heading}
            {'rich' in before && 'rich' in after ? (
              <RichDiff units={after.rich || before.rich ? richDiff(before.rich, after.rich ?? []) : null} empty={empty} />
            ) : 'text' in before && 'text' in after ? (
              after.text === null && before.text !== null ? (
                <p className="bilan-merge__text">
                  <del>{before.text}</del>
                </p>
              ) : (
                <DiffText before={before.text} after={after.text} empty={empty} />
              )
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
