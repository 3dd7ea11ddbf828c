import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import type { ImportConflictView } from '../../../../shared/ipc/dto.js';
import { deepEqual } from '../../../../shared/merge/equal.js';
import type { RichText } from '../../../../shared/model/richtext.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { RichTextInput } from '../fields/RichTextInput.js';

interface Props {
  conflict: ImportConflictView;
  lang: 'fr' | 'en';
  /** The result as edited so far. */
  blocks: RichText;
  /** A prefix for the ids of this conflict's controls. */
  name: string;
}

/**
 * The edited result of a rich-text conflict, in the card editor's own rich-text field (toolbar,
 * lists, links, tables, footnotes), started from the institution's version or the current one.
 * Starting again from a version asks first when it would drop what was typed.
 */
export function RichConflictEdit({ conflict, lang, blocks, name }: Props) {
  const t = useT();
  const uiLang = useBilan((s) => s.lang);
  const decide = useBilan((s) => s.decide);
  const editDraft = useBilan((s) => s.editDraft);
  const [asking, setAsking] = useState<'theirs' | 'ours' | null>(null);
  const versions = { theirs: conflict.rich?.theirs ?? [], ours: conflict.rich?.ours ?? [] };
  const startFrom = (from: 'theirs' | 'ours') => {
    setAsking(null);
    decide(conflict.key, { choice: 'edit', blocks: versions[from] });
  };
  // Nothing typed is lost: replacing a text that is neither version asks first.
  const ask = (from: 'theirs' | 'ours') => (deepEqual(blocks, versions.theirs) || deepEqual(blocks, versions.ours) ? startFrom(from) : setAsking(from));
  const field = t('field.inLang', { label: conflict.field[uiLang], lang: t(`lang.name.${lang}`) });
  return (
    <div className="bilan-conflict__edit" role="group" aria-labelledby={`${name}-edit-label`}>
      <p id={`${name}-edit-label`} className="fr-label">
        {t('merge.conflict.editLabel')}
        <span id={`${name}-edit-help`} className="fr-hint-text">
          {t('merge.conflict.editRichHelp')}
        </span>
      </p>
      <div className="bilan-merge__buttons bilan-conflict__starts">
        <Button size="small" priority="tertiary" iconId="fr-icon-refresh-line" onClick={() => ask('theirs')}>
          {t('merge.conflict.startTheirs')}
        </Button>
        <Button size="small" priority="tertiary" iconId="fr-icon-refresh-line" onClick={() => ask('ours')}>
          {t('merge.conflict.startOurs')}
        </Button>
      </div>
      {asking && (
        <div className="fr-alert fr-alert--warning fr-alert--sm bilan-conflict__ask" role="alertdialog" aria-labelledby={`${name}-ask`}>
          <p id={`${name}-ask`}>{t(asking === 'theirs' ? 'merge.conflict.replaceTheirs' : 'merge.conflict.replaceOurs')}</p>
          <div className="bilan-merge__buttons">
            <Button size="small" priority="secondary" onClick={() => setAsking(null)}>
              {t('merge.conflict.replaceNo')}
            </Button>
            <Button size="small" priority="primary" onClick={() => startFrom(asking)}>
              {t('merge.conflict.replaceYes')}
            </Button>
          </div>
        </div>
      )}
      <RichTextInput value={blocks} onChange={(next) => editDraft(conflict.key, { blocks: next })} lang={lang} label={t('merge.conflict.editRichLabel', { field })} ariaDescribedBy={`${name}-edit-help`} />
    </div>
  );
}
