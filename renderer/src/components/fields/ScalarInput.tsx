import type { ScalarValue } from '../../../../shared/model/report.js';
import { scaleOf } from '../../../../shared/model/template-lookup.js';
import type { ScalarFieldDef } from '../../../../shared/model/template.js';
import { useBilan } from '../../store/index.js';
import type { ValuePath } from '../../store/edits/paths.js';
import { anchorId } from '../../store/slices/editor-view.js';
import { ChoiceInput } from './ChoiceInput.js';
import { InstitutionsInput } from './InstitutionsInput.js';
import { NumberInput } from './NumberInput.js';
import { PlainInput } from './PlainInput.js';
import { QuarterInput } from './QuarterInput.js';
import { LocalizedTextInput } from './TextInputs.js';

interface Props {
  path: ValuePath;
  def: ScalarFieldDef;
  value: ScalarValue | undefined;
  label: string;
  describedBy?: string | undefined;
}

/** The input for a scalar field or cell, chosen by the kind the template gives it. */
export function ScalarInput({ path, def, value, label, describedBy }: Props) {
  const template = useBilan((s) => s.doc!.template);
  const institutions = useBilan((s) => s.report!.institutions);
  const setValue = useBilan((s) => s.setValue);
  const id = anchorId(path);
  const common = { label, describedBy };
  switch (def.kind) {
    case 'text':
      return <LocalizedTextInput path={path} value={value?.kind === 'text' ? value : undefined} {...common} />;
    case 'plain':
      return <PlainInput id={id} format={def.format} value={value?.kind === 'plain' ? value.value : ''} onChange={(v) => setValue(path, { kind: 'plain', value: v })} {...common} />;
    case 'choice': {
      const scale = scaleOf(template, def);
      if (!scale) return null;
      return <ChoiceInput name={`${id}-choice`} scale={scale} value={value?.kind === 'choice' ? value.value : null} onChange={(v) => setValue(path, { kind: 'choice', value: v })} {...common} />;
    }
    case 'institutions':
      return (
        <InstitutionsInput
          name={`${id}-inst`}
          institutions={institutions}
          multiple={def.multiple ?? true}
          ids={value?.kind === 'institutions' ? value.ids : []}
          onChange={(ids) => setValue(path, { kind: 'institutions', ids })}
          {...common}
        />
      );
    case 'quarter':
      return <QuarterInput value={value?.kind === 'quarter' ? value.value : null} onChange={(v) => setValue(path, { kind: 'quarter', value: v })} {...common} />;
    case 'number':
      return <NumberInput value={value?.kind === 'number' ? value.value : null} onChange={(v) => setValue(path, { kind: 'number', value: v })} {...common} />;
  }
}
