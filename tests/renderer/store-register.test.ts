import { describe, expect, it } from 'vitest';
import { PackageService } from '../../electron/main/services/package-service.js';
import { isDirty } from '../../renderer/src/store/slices/document.js';
import { emptyHistory, recordEdit } from '../../renderer/src/store/history.js';
import { withRegisterOf } from '../../renderer/src/store/register.js';
import { files, templates } from '../support/fixtures.js';
import { SAMPLE, tempDir } from '../support/paths.js';

// The window after "Préparer les paquets…": the report takes the register of the packages just
// written, shows unsaved, and keeps the register whatever is undone or redone.

describe('the register of issued packages in the window', () => {
  it('marks the report unsaved, and survives Undo and Redo', async () => {
    const saved = (await files.open(SAMPLE)).report;
    const edited = { ...saved, period: '2018–2021' };
    const history = recordEdit(emptyHistory(), saved, null, 0);
    const cut = await new PackageService(files, templates).cutAll({ report: edited, media: (await files.open(SAMPLE)).media }, tempDir(), { deadline: null, message: '' });
    const next = withRegisterOf(cut.report, edited, history);
    expect(next.report.issued).toEqual(cut.report.issued);
    expect(next.report.period).toBe('2018–2021');
    expect(isDirty({ report: next.report, savedReport: edited })).toBe(true);
    // Undoing the edit made before the cut brings back the old period, not a report without register.
    const undone = next.history.past.at(-1)!;
    expect(undone.period).toBe(saved.period);
    expect(undone.issued).toEqual(cut.report.issued);
    expect(undone.version).toBe(cut.report.version);
  });
});
