import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service.js';
import { replacement, searchReport } from '../../renderer/src/components/find/find-store.js';
import { createBilanStore } from '../../renderer/src/store/create.js';
import { SAMPLE, tempDir } from '../support/paths.js';

// Replace all through the editor's own store (its history, its undo), over the real service.

describe('replace all in the editor', () => {
  it('is one undo step: undo gives back the very report, redo the replaced one', async () => {
    const store = createBilanStore(new AppService({ locale: () => 'fr-FR', appDataDir: tempDir() }), 'fr');
    await store.getState().loadReport(SAMPLE);
    const original = store.getState().report!;
    const template = store.getState().doc!.template;
    const text = JSON.stringify(original);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('e', 'de la', 'transparence', 'l’', 'É', 'Open', '2020', 'DITP'),
        fc.record({ matchCase: fc.boolean(), wholeWord: fc.boolean(), ignoreAccents: fc.boolean() }),
        fc.constantFrom('both', 'fr', 'en') as fc.Arbitrary<'both' | 'fr' | 'en'>,
        fc.constantFrom('', 'X', 'l’État'),
        async (query, options, langs, by) => {
          const before = store.getState().history.past.length;
          const result = searchReport(original, template, { query, options, langs });
          const outcome = replacement(original, result, result.matches, by);
          store.getState().apply(outcome.report, null);
          expect(store.getState().history.past.length).toBe(outcome.report === original ? before : before + 1);
          store.getState().undo();
          expect(store.getState().report).toBe(original);
          expect(JSON.stringify(store.getState().report)).toBe(text);
          if (outcome.report === original) return;
          store.getState().redo();
          expect(store.getState().report).toBe(outcome.report);
          store.getState().undo();
        },
      ),
      { numRuns: 30 },
    );
  });
});
