import type { Card } from '../../../../shared/model/report.js';
import { LANGS } from '../../../../shared/model/langs.js';
import { contentIn } from '../../../../shared/report/localized.js';
import { cardHeading } from '../../../../shared/validate/describe.js';
import { useT } from '../../i18n/useT.js';
import { writtenShare } from '../../store/completeness.js';
import { useBilan } from '../../store/index.js';
import { CompletenessBadge } from '../Completeness.js';
import { CardField } from '../fields/CardField.js';
import { CardVersions } from '../history/CardVersions.js';
import { CardHistory } from '../merge/CardHistory.js';
import { CardReview } from '../review/CardReview.js';
import { ToSortList } from './ToSortList.js';
import { useDrawnInTurn } from './useDrawnInTurn.js';

/** The fields drawn with the card (those a window shows first), then how many more per frame. */
const FIRST_FIELDS = 3;
const FIELDS_PER_FRAME = 2;

/** The form of one card, generated from the template's fields. */
export function CardEditor({ card }: { card: Card }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const template = useBilan((s) => s.doc!.template);
  const ambition = report.ambitions.find((a) => a.id === card.ambition);
  const groupIndex = report.ambitions.findIndex((a) => a.id === card.ambition);
  // Every field at once when one is to be focused (a validation entry leads to it).
  const focusing = useBilan((s) => s.focus !== null);
  const drawn = useDrawnInTurn(template.card.fields.length, FIRST_FIELDS, FIELDS_PER_FRAME, focusing);
  return (
    <article className="bilan-card-editor" aria-labelledby="card-heading" data-card={card.id}>
      <header className="bilan-card-editor__head">
        {ambition && (
          <p className="bilan-card-editor__group">
            {t('outline.ambition', { group: template.group.name[lang], n: groupIndex + 1 })} · {contentIn(ambition.title, lang) || contentIn(ambition.title, 'fr')}
          </p>
        )}
        <h1 id="card-heading" className="fr-h4 fr-mb-1w">
          {cardHeading(report, template, card.id, lang)}
        </h1>
        <p className="bilan-badges">
          {LANGS.map((code) => (
            <CompletenessBadge key={code} code={code} value={writtenShare(card, template, code)} />
          ))}
        </p>
      </header>
      {/* What an import left to sort, beside the fields it may go into. */}
      <ToSortList card={card} />
      {template.card.fields.slice(0, drawn).map((def) => (
        <CardField key={def.id} cardId={card.id} def={def} value={card.fields[def.id]} />
      ))}
      {/* After the fields: the text comes first (three Tabs from the heading to the first field).
          The card's review state is in the outline and the dashboard too. */}
      <CardReview cardId={card.id} />
      <CardVersions card={card} />
      <CardHistory card={card} />
    </article>
  );
}
