// The editor's nodes are renderer code, typed against the DOM (createDOM, importDOM) though the
// headless editor never calls those methods; the Node project needs the DOM types to check them.
import { createHeadlessEditor } from '@lexical/headless';
import { registerList } from '@lexical/list';
import { registerRichText } from '@lexical/rich-text';
import { registerTablePlugin } from '@lexical/table';
import type { LexicalEditor } from 'lexical';
import { $exportRichText, $importRichText, editorNodes } from '../../../renderer/src/editor/convert.js';
import type { RichText } from '../../../shared/model/richtext.js';

/** A headless editor with the report's nodes, as the window's editor registers them. */
export function reportEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'test',
    nodes: [...editorNodes],
    onError: (error) => {
      throw error;
    },
  });
}

/** The editor's content read back as report rich text. */
export function exported(editor: LexicalEditor): RichText {
  return editor.read(() => $exportRichText());
}

/**
 * A headless editor with the behaviour the window's editor plugins register (rich text, lists,
 * tables), whose node transforms could reshape content as it loads.
 */
export function pluggedEditor(): LexicalEditor {
  const editor = reportEditor();
  registerRichText(editor);
  registerList(editor);
  registerTablePlugin(editor);
  return editor;
}

/**
 * Rich text loaded into an editor, saved as Lexical JSON, opened in a second editor and read
 * back: what a user gets after opening a card, editing nothing, and saving.
 */
export function roundTrip(blocks: RichText): RichText {
  const editor = pluggedEditor();
  editor.update(() => $importRichText(blocks), { discrete: true });
  const saved = JSON.stringify(editor.getEditorState().toJSON());
  const reopened = reportEditor();
  reopened.setEditorState(reopened.parseEditorState(saved));
  return exported(reopened);
}
