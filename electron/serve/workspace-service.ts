import { join } from 'node:path';
import { isAbsolute, relative } from 'node:path';
import { AppService, type AppServiceOptions } from '../main/services/app-service.js';
import { JsonViewSettings } from '../main/services/shell-settings.js';
import { ShellSettings } from '../main/services/shell-settings.js';
import { Workspace } from './workspace.js';

/**
 * The services as `bilan serve` runs them for a browser tab: files are chosen in the page, from
 * `workspaceRoot`, and every path the page picks is resolved inside it (no `..`, no absolute
 * path, no link leading out). A pick left out (`undefined`) is a cancelled choice. The samples
 * of `seeds/` open as in the desktop app. `options` gives the rest (seeds, data folder,
 * identity, locale); its choosers and host are replaced.
 */
export function createWorkspaceService(workspaceRoot: string, options: AppServiceOptions = {}): AppService {
  const workspace = new Workspace(workspaceRoot);
  return new AppService({
    ...options,
    host: { kind: 'browser', workspace: { name: workspace.name, root: workspace.root } },
    listWorkspace: (folder) => workspace.list(folder),
    chooseReportFile: async (picked) => (picked === undefined ? undefined : workspace.resolve(picked, true)),
    chooseDocxFile: async (picked) => (picked === undefined ? undefined : workspace.resolve(picked, true)),
    chooseSavePath: async (_suggested, picked) => {
      if (picked === undefined) return undefined;
      return workspace.resolve(/\.bilan$/i.test(picked) ? picked : `${picked}.bilan`, false);
    },
    chooseExportFolder: async (picked) => (picked === undefined ? undefined : workspace.folder(picked)),
    choosePackagesFolder: async (picked) => (picked === undefined ? undefined : workspace.folder(picked)),
    choosePackageFiles: async (picked) => Promise.all((picked ?? []).map((p) => workspace.resolve(p, true))),
    // The page's zoom stays with the workspace, as a hidden file the chooser does not list.
    viewSettings: options.viewSettings ?? new JsonViewSettings(`${workspace.root}/.bilan-view.json`),
    // The personal spelling dictionaries stay with the workspace's files.
    dictionaryDir: options.dictionaryDir ?? join(workspace.root, '.bilan-dictionary'),
  });
}

/**
 * The services of {@link createWorkspaceService}, keeping the user's data in `dataDir` as the
 * desktop app does in its own (see user-data.ts): recovery copies, name and email, and the
 * recent files — of which the page is offered only those inside the workspace.
 */
export async function createUserWorkspaceService(workspaceRoot: string, dataDir: string, options: AppServiceOptions = {}): Promise<AppService> {
  const settings = new ShellSettings(dataDir);
  await settings.load();
  const root = new Workspace(workspaceRoot).root;
  const inside = (path: string) => {
    const rel = relative(root, path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  return createWorkspaceService(workspaceRoot, {
    ...options,
    appDataDir: dataDir,
    identity: settings,
    recent: {
      get recent() {
        return settings.recent.filter(inside);
      },
    },
    onFileUsed: (path) => void settings.addRecent(path),
  });
}
