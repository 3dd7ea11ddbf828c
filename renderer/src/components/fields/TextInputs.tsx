import type { RichText } from '../../../../shared/model/richtext.js';
import type { TextValue, RichTextValue } from '../../../../shared/model/report.js';
import { plainText } from '../../../../shared/report/text.js';
import type { ValuePath } from '../../store/edits/paths.js';
import { LocalizedField } from './LocalizedField.js';
import { LazyRichTextInput } from './RichTextInput.js';

interface Props<V> {
  path: ValuePath;
  value: V | undefined;
  label: string;
  describedBy?: string | undefined;
}

/** A short text in French and English (a title, a name, a role). */
export function LocalizedTextInput({ path, value, label, describedBy }: Props<Omit<TextValue, 'kind'>>) {
  return (
    <LocalizedField<string>
      path={path}
      kind="text"
      value={value}
      label={label}
      describedBy={describedBy}
      toText={(v) => v}
      input={(p) => (
        // A text area so that long titles stay readable; a short text holds no line breaks.
        <textarea
          className="fr-input bilan-short-text"
          rows={Math.min(4, Math.max(1, Math.ceil((p.value ?? '').length / 55)))}
          lang={p.lang}
          spellCheck
          aria-label={p.label}
          aria-describedby={p.describedBy}
          value={p.value ?? ''}
          onChange={(e) => p.onChange(e.target.value.replace(/[\r\n]+/g, ' '))}
        />
      )}
    />
  );
}

/** A rich text in French and English. */
export function LocalizedRichTextInput({ path, value, label, describedBy }: Props<Omit<RichTextValue, 'kind'>>) {
  return (
    <LocalizedField<RichText>
      path={path}
      kind="richText"
      value={value}
      label={label}
      describedBy={describedBy}
      toText={plainText}
      input={(p) => <LazyRichTextInput value={p.value ?? []} onChange={p.onChange} lang={p.lang} label={p.label} {...(p.describedBy ? { ariaDescribedBy: p.describedBy } : {})} />}
    />
  );
}
