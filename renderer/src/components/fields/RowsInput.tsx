import { Button } from '@codegouvfr/react-dsfr/Button';
import type { FieldValue } from '../../../../shared/model/report.js';
import type { RowsFieldDef } from '../../../../shared/model/template.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { anchorId } from '../../store/slices/editor-view.js';
import { ScalarInput } from './ScalarInput.js';

interface Props {
  cardId: string;
  def: RowsFieldDef;
  value: FieldValue | undefined;
}

/** A list of rows (milestones, contacts, links), each with a small form from the template's columns. */
export function RowsInput({ cardId, def, value }: Props) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const addRow = useBilan((s) => s.addRow);
  const removeRow = useBilan((s) => s.removeRow);
  const moveRow = useBilan((s) => s.moveRow);
  const rows = value?.kind === 'rows' ? value.rows : [];
  const field = def.label[lang];
  return (
    <div className="bilan-rows">
      {rows.length === 0 && <p className="bilan-muted fr-text--sm">{t('rows.none')}</p>}
      <ol className="bilan-rows__list">
        {rows.map((row, i) => {
          const n = { n: i + 1, count: rows.length, field };
          return (
            <li key={row.id} className="bilan-row" data-row={row.id}>
              <div className="bilan-row__head">
                <p className="bilan-row__title">{t('rows.row', n)}</p>
                <div className="bilan-row__actions">
                  <Button size="small" priority="tertiary no outline" iconId="fr-icon-arrow-up-line" title={t('rows.up', n)} disabled={i === 0} onClick={() => moveRow(cardId, def.id, row.id, -1)} />
                  <Button size="small" priority="tertiary no outline" iconId="fr-icon-arrow-down-line" title={t('rows.down', n)} disabled={i === rows.length - 1} onClick={() => moveRow(cardId, def.id, row.id, 1)} />
                  <Button size="small" priority="tertiary no outline" iconId="fr-icon-delete-line" title={t('rows.remove', n)} onClick={() => removeRow(cardId, def.id, row.id)} />
                </div>
              </div>
              <div className="bilan-row__cells">
                {def.columns.map((col) => {
                  const path = { kind: 'card' as const, cardId, fieldId: def.id, rowId: row.id, columnId: col.id };
                  const id = anchorId(path);
                  return (
                    <div key={col.id} id={id} className={`bilan-cell${col.kind === 'text' ? ' bilan-cell--wide' : ''}`}>
                      <p className="bilan-cell__label" id={`${id}-label`}>
                        {col.label[lang]}
                      </p>
                      <ScalarInput path={path} def={col} value={row.cells[col.id]} label={t('rows.cellLabel', { ...n, column: col.label[lang] })} />
                    </div>
                  );
                })}
              </div>
            </li>
          );
        })}
      </ol>
      <Button size="small" priority="secondary" iconId="fr-icon-add-line" onClick={() => addRow(cardId, def.id)}>
        {t('rows.add', { field })}
      </Button>
    </div>
  );
}
