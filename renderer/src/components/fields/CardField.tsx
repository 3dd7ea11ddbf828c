import type { FieldValue } from '../../../../shared/model/report.js';
import type { FieldDef } from '../../../../shared/model/template.js';
import { useBilan } from '../../store/index.js';
import { missingIn } from '../../store/issues.js';
import { anchorId } from '../../store/slices/editor-view.js';
import { FieldBlock } from './FieldBlock.js';
import { RowsInput } from './RowsInput.js';
import { ScalarInput } from './ScalarInput.js';
import { LocalizedRichTextInput } from './TextInputs.js';

/** One field of a card, drawn from its definition in the template. */
export function CardField({ cardId, def, value }: { cardId: string; def: FieldDef; value: FieldValue | undefined }) {
  const lang = useBilan((s) => s.lang);
  const path = { kind: 'card' as const, cardId, fieldId: def.id };
  const label = def.label[lang];
  // A required value that is not per language (a choice, institutions, rows) and is missing.
  const missing = useBilan((s) => missingIn(s.report!, s.doc!.template, cardId, def.id) === 'all');
  return (
    <FieldBlock id={anchorId(path)} label={label} help={def.help[lang]} required={def.required} missing={missing} comment={{ cardId, fieldId: def.id }}>
      {({ helpId }) => {
        if (def.kind === 'rows') return <RowsInput cardId={cardId} def={def} value={value} />;
        if (def.kind === 'richText') return <LocalizedRichTextInput path={path} value={value?.kind === 'richText' ? value : undefined} label={label} describedBy={helpId} />;
        return <ScalarInput path={path} def={def} value={value?.kind === 'rows' || value?.kind === 'richText' ? undefined : value} label={label} describedBy={helpId} />;
      }}
    </FieldBlock>
  );
}
