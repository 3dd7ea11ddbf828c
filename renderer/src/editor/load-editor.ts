import { useEffect, useState } from 'react';
import type * as RichTextFieldModule from './RichTextField.js';

/** The Lexical editor's module: Lexical, its plugins and our nodes, a chunk of its own. */
export type EditorModule = typeof RichTextFieldModule;

let loaded: EditorModule | undefined;
let loading: Promise<EditorModule> | undefined;

/**
 * The editor's module, loaded once. It is a chunk of its own, which the page preloads (fetched
 * and compiled beside the start screen's script, see vite.config.ts) and runs only when the
 * first field needs an editor: the start screen does not wait for Lexical.
 */
export function loadEditor(): Promise<EditorModule> {
  loading ??= import('./RichTextField.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined; // a later field tries again
      throw error;
    },
  );
  return loading;
}

/** The editor's module if it is loaded already, so that a field can mount it in the same task. */
export function loadedEditor(): EditorModule | undefined {
  return loaded;
}

/** The editor's module for a component: undefined until it is loaded (it starts loading it). */
export function useEditorModule(): EditorModule | undefined {
  const [module, setModule] = useState(loadedEditor);
  useEffect(() => {
    if (module) return undefined;
    let live = true;
    loadEditor().then(
      (m) => live && setModule(() => m),
      (error: unknown) => console.error(error),
    );
    return () => void (live = false);
  }, [module]);
  return module;
}
