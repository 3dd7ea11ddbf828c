import type { RichText } from '../../../../shared/model/richtext.js';
import { plainText } from '../../../../shared/report/text.js';

/** The props of a rich-text field (the same as the Lexical editor's). */
export interface RichTextFieldProps {
  value: RichText;
  onChange(value: RichText): void;
  lang: 'fr' | 'en';
  label: string;
  ariaDescribedBy?: string;
  readOnly?: boolean;
}

/**
 * A plain text area standing in for the Lexical rich-text field: one paragraph per line.
 * Editing through it keeps the words but drops formatting (lists, bold, tables), which is why
 * it is only used while the real editor is not available.
 */
export function RichTextFallback({ value, onChange, lang, label, ariaDescribedBy, readOnly }: RichTextFieldProps) {
  const text = value.map((block) => plainText([block])).join('\n');
  const change = (next: string) => onChange(next.split('\n').map((line) => ({ type: 'paragraph' as const, children: line ? [{ type: 'text' as const, text: line }] : [] })));
  return (
    <textarea
      className="fr-input bilan-richtext-fallback"
      lang={lang}
      spellCheck
      rows={Math.min(14, Math.max(3, text.split('\n').reduce((n, line) => n + Math.ceil((line.length + 1) / 70), 0)))}
      aria-label={label}
      aria-describedby={ariaDescribedBy}
      readOnly={readOnly}
      value={text}
      onChange={(e) => change(e.target.value)}
    />
  );
}
