import type { StructureRefusal } from '../../../../shared/report/structure.js';
import { cardHeading } from '../../../../shared/validate/describe.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';

/**
 * Why a change of the report's structure was refused, said where it was asked for: the cards
 * in the way are listed, each leading to its card, so the user can put it right.
 */
export function Refusal({ refusal, name }: { refusal: StructureRefusal; name: string }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const showView = useBilan((s) => s.showView);
  const label = (field: string) => template.card.fields.find((f) => f.id === field)?.label[lang] ?? field;
  const entries =
    refusal.key === 'institution-in-use'
      ? refusal.uses.map((u) => ({ key: `${u.card}-${u.field}`, card: u.card, text: t('details.use', { card: cardHeading(report, template, u.card, lang), field: label(u.field) }) }))
      : refusal.key === 'ambition-not-empty'
        ? refusal.cards.map((card) => ({ key: card, card, text: cardHeading(report, template, card, lang) }))
        : [];
  const message =
    refusal.key === 'institution-in-use' ? t('details.institutionInUse', { name })
    : refusal.key === 'institution-of-package' ? t('details.institutionOfPackage', { name })
    : refusal.key === 'ambition-not-empty' ? t('details.groupNotEmpty', { name, count: refusal.cards.length })
    : refusal.key === 'package-cards' ? t('details.packageCards')
    : refusal.key === 'no-number' ? t('details.noNumber', { example: refusal.example })
    : t('details.unknown');
  return (
    <div className="fr-alert fr-alert--error fr-alert--sm bilan-details__refusal" role="alert">
      <p>{message}</p>
      {entries.length > 0 && (
        <ul className="bilan-details__uses">
          {entries.map((e) => (
            <li key={e.key}>
              <button type="button" className="fr-link fr-text--sm" onClick={() => showView({ kind: 'card', id: e.card })}>
                {e.text}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
