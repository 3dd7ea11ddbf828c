import type { Chapter } from '../../../../shared/model/report.js';
import { contentIn } from '../../../../shared/report/localized.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { anchorId } from '../../store/slices/editor-view.js';
import { FieldBlock } from '../fields/FieldBlock.js';
import { LocalizedRichTextInput, LocalizedTextInput } from '../fields/TextInputs.js';

/** A chapter the coordinator writes around the cards: its title and its text, in both languages. */
export function ChapterEditor({ chapter }: { chapter: Chapter }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const title = { kind: 'chapter' as const, chapterId: chapter.id, part: 'title' as const };
  const body = { kind: 'chapter' as const, chapterId: chapter.id, part: 'body' as const };
  return (
    <article className="bilan-card-editor" aria-labelledby="chapter-heading" data-chapter={chapter.id}>
      <header className="bilan-card-editor__head">
        <p className="bilan-card-editor__group">{t(chapter.position === 'front' ? 'chapter.front' : 'chapter.back')}</p>
        <h1 id="chapter-heading" className="fr-h3">
          {contentIn(chapter.title, lang) || contentIn(chapter.title, 'fr') || t('chapter.untitled')}
        </h1>
      </header>
      <FieldBlock id={anchorId(title)} label={t('chapter.title')} help={t('chapter.titleHelp')} required>
        {({ helpId }) => <LocalizedTextInput path={title} value={chapter.title} label={t('chapter.title')} describedBy={helpId} />}
      </FieldBlock>
      <FieldBlock id={anchorId(body)} label={t('chapter.body')} help={t('chapter.bodyHelp')} required>
        {({ helpId }) => <LocalizedRichTextInput path={body} value={chapter.body} label={t('chapter.body')} describedBy={helpId} />}
      </FieldBlock>
    </article>
  );
}
