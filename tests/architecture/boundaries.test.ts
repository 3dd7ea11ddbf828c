import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

const eslint = new ESLint({ cwd: ROOT });

/** The messages of the dependency rule for a file with the given path and text. */
async function violations(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('the dependency directions of STYLE.md fail the build when broken', () => {
  it('shared/ imports neither electron, react, Node built-ins nor the other layers', async () => {
    expect(await violations('shared/model/x.ts', "import { app } from 'electron';\nexport const a = app;")).toHaveLength(1);
    expect(await violations('shared/model/x.ts', "import { useState } from 'react';\nexport const a = useState;")).toHaveLength(1);
    expect(await violations('shared/model/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;")).toHaveLength(1);
    expect(await violations('shared/model/x.ts', "import { readFileSync } from 'fs';\nexport const a = readFileSync;")).toHaveLength(1);
    expect(await violations('shared/model/x.ts', "import { TemplateStore } from '../../electron/main/services/template-store.js';\nexport const a = TemplateStore;")).toHaveLength(1);
    expect(await violations('shared/export/x.ts', "import { x } from '../../renderer/src/x.js';\nexport const a = x;")).toHaveLength(1);
    expect(await violations('shared/model/x.ts', "import { z } from 'zod';\nexport const a = z;")).toHaveLength(0);
  });

  it('renderer/ reaches neither electron, Node nor the main process', async () => {
    expect(await violations('renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;")).toHaveLength(1);
    expect(await violations('renderer/src/x.ts', "import { readFile } from 'node:fs/promises';\nexport const a = readFile;")).toHaveLength(1);
    expect(await violations('renderer/src/x.ts', "import { ReportFiles } from '../../electron/main/services/report-files.js';\nexport const a = ReportFiles;")).toHaveLength(1);
    expect(await violations('renderer/src/x.ts', "import { t } from '../../shared/i18n/i18n.js';\nexport const a = t;")).toHaveLength(0);
  });

  it('renderer/ takes only types from the schema modules, so that the page never loads zod', async () => {
    expect(await violations('renderer/src/x.ts', "import { LANGS } from '../../shared/model/localized.js';\nexport const a = LANGS;")).toHaveLength(1);
    expect(await violations('renderer/src/x.ts', "import { Report } from '../../shared/model/report.js';\nexport const a = Report;")).toHaveLength(1);
    expect(await violations('renderer/src/x.ts', "import { z } from 'zod';\nexport const a = z;")).toHaveLength(1);
    expect(await violations('renderer/src/x.ts', "import type { Report } from '../../shared/model/report.js';\nexport type R = Report;")).toHaveLength(0);
    expect(await violations('renderer/src/x.ts', "import { LANGS } from '../../shared/model/langs.js';\nexport const a = LANGS;")).toHaveLength(0);
    // `import { type X }` would keep the module, and zod with it, in the bundle.
    const [inline] = await eslint.lintText("import { type Report } from '../../shared/model/report.js';\nexport type R = Report;\n", { filePath: join(ROOT, 'renderer/src/x.ts') });
    expect(inline!.messages.map((m) => m.ruleId)).toContain('@typescript-eslint/no-import-type-side-effects');
  });

  it('the main process never imports the renderer; services never import electron', async () => {
    expect(await violations('electron/main/x.ts', "import { App } from '../../renderer/src/App.js';\nexport const a = App;")).toHaveLength(1);
    expect(await violations('electron/main/services/x.ts', "import { app } from 'electron';\nexport const a = app;")).toHaveLength(1);
  });

  it('the preload imports only the IPC contract', async () => {
    expect(await violations('electron/preload/x.ts', "import { ReportFiles } from '../main/services/report-files.js';\nexport const a = ReportFiles;")).toHaveLength(1);
    expect(await violations('electron/preload/x.ts', "import { validateReport } from '../../shared/validate/validate.js';\nexport const a = validateReport;")).toHaveLength(1);
    expect(await violations('electron/preload/x.ts', "import { CHANNELS } from '../../shared/ipc/channels.js';\nexport const a = CHANNELS;")).toHaveLength(0);
  });

  it('types cross boundaries with import type', async () => {
    const [result] = await eslint.lintText("import { Report } from '../model/report.js';\nexport type R = Report;\n", { filePath: join(ROOT, 'shared/report/x.ts') });
    expect(result!.messages.map((m) => m.ruleId)).toContain('@typescript-eslint/consistent-type-imports');
  });
});
