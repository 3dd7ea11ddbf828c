import type { Card } from '../../../../shared/model/report.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { formatDateTime } from './PackageReview.js';

/** The imports that changed a card, if any, newest first: when, from which institution, who sent and imported, which fields. */
export function CardHistory({ card }: { card: Card }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const history = useBilan((s) => s.report!.history);
  const institutions = useBilan((s) => s.report!.institutions);
  const template = useBilan((s) => s.doc!.template);
  const records = (history ?? []).filter((h) => h.changes.some((c) => c.card === card.id)).reverse();
  const nameOf = (id: string) => {
    const name = institutions.find((i) => i.id === id)?.name;
    return name?.[lang]?.content || name?.fr?.content || id;
  };
  // Nothing to say about a card no import has changed.
  if (records.length === 0) return null;
  const label = (field: string) => template.card.fields.find((f) => f.id === field)?.label[lang] ?? (field === 'ambition' ? template.group.name[lang] : field);
  return (
    <details className="bilan-history">
      <summary>{t('history.title', { n: records.length })}</summary>
      <ul className="bilan-history__list">
          {records.map((h, i) => (
            <li key={i}>
              <span className="fr-text--bold">{formatDateTime(h.at, lang)}</span> — {nameOf(h.institution)}, {t('history.sentBy', { name: h.sentBy?.name ?? t('history.unknown') })}, {t('history.importedBy', { name: h.importedBy?.name ?? t('history.unknown') })}
              <br />
              {t('history.fields', { fields: h.changes.filter((c) => c.card === card.id).map((c) => label(c.field)).join(', ') })}
            </li>
          ))}
      </ul>
    </details>
  );
}
