import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { EVENTS } from '../../shared/ipc/channels.js';
import type { LoadedReport, MenuCommand } from '../../shared/ipc/dto.js';
import type { Result } from '../../shared/ipc/result.js';
import type { ZoomDirection } from '../../shared/view/zoom.js';
import { langFromLocale } from '../../shared/i18n/i18n.js';
import { mainT } from './i18n/messages.js';
import { registerIpc } from './ipc/register.js';
import { reportFromArgv } from './launch-args.js';
import { menuTemplate } from './menu.js';
import { AppService } from './services/app-service.js';
import { ShellSettings } from './services/shell-settings.js';
import { TemplateStore } from './services/template-store.js';
import { captureState, restoredBounds } from './window-state.js';
import V8_FLAGS from './v8-flags.json' with { type: 'json' };
import { installNavigationGuards, isAppPage, windowOptions } from './window.js';

// The Electron shell: one window, one menu, the dialogs, the IPC handlers. Everything else is
// in services/, which run (and are tested) in plain Node.

// Each export runs in a worker thread started for it, whose code starts cold as the command
// line's does: V8 optimises later, as there (bin/bilan.mjs says why). Flags are the process's,
// so they reach the workers. The built worker, driven from plain Node, exports the sample to
// PDF in 0.50 s from its start to the file written, against 0.58 s at V8's default.
for (const flag of V8_FLAGS) setFlagsFromString(flag);

const root = app.getAppPath();
const pageUrl = pathToFileURL(join(root, 'dist', 'renderer', 'index.html')).href;
const lang = () => langFromLocale(app.getLocale().replace('-', '_'));
const settings = new ShellSettings(app.getPath('userData'));
const templates = new TemplateStore(join(root, 'templates'));
let window: BrowserWindow | undefined;

const service = new AppService({
  templates,
  seedsDir: join(root, 'seeds'),
  appDataDir: app.getPath('userData'),
  locale: () => app.getLocale(),
  chooseSavePath,
  chooseExportFolder,
  choosePackagesFolder,
  choosePackageFiles,
  chooseReportFile,
  chooseDocxFile,
  identity: settings,
  recent: settings,
  openFile: (path) => shell.openPath(path),
  onFileUsed: (path) => void settings.addRecent(path).then(buildMenu),
  onOpenDocument: () => buildMenu(),
});
// The start screen shows the samples, each described from its whole file: listed now, while
// Electron starts and the page loads, the page's request finds the listing ready.
void service.listSamples();

const send = (command: MenuCommand) => window?.webContents.send(EVENTS.menuCommand, command);
const deliver = (reply: Result<LoadedReport>) => window?.webContents.send(EVENTS.reportOpened, reply);

async function openFile(path: string): Promise<void> {
  service.grant(path);
  deliver(await service.loadReport(path));
}

async function chooseReportFile(): Promise<string | undefined> {
  const options = { title: mainT(lang(), 'dialog.openTitle'), properties: ['openFile' as const], filters: [{ name: mainT(lang(), 'dialog.filterName'), extensions: ['bilan'] }] };
  const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return chosen.canceled ? undefined : chosen.filePaths[0];
}

async function chooseDocxFile(): Promise<string | undefined> {
  const options = { title: mainT(lang(), 'dialog.docxTitle'), properties: ['openFile' as const], filters: [{ name: mainT(lang(), 'dialog.docxFilterName'), extensions: ['docx'] }] };
  const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return chosen.canceled ? undefined : chosen.filePaths[0];
}

async function chooseAndOpen(): Promise<void> {
  const path = await chooseReportFile();
  if (path) await openFile(path);
}

async function chooseSavePath(suggested: string | null): Promise<string | undefined> {
  const options = { title: mainT(lang(), 'dialog.saveTitle'), ...(suggested ? { defaultPath: suggested } : {}), filters: [{ name: mainT(lang(), 'dialog.filterName'), extensions: ['bilan'] }] };
  const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (chosen.canceled || !chosen.filePath) return undefined;
  return /\.bilan$/i.test(chosen.filePath) ? chosen.filePath : `${chosen.filePath}.bilan`;
}

async function chooseExportFolder(): Promise<string | undefined> {
  const options = { title: mainT(lang(), 'dialog.exportFolderTitle'), properties: ['openDirectory' as const, 'createDirectory' as const] };
  const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return chosen.canceled ? undefined : chosen.filePaths[0];
}

async function choosePackagesFolder(): Promise<string | undefined> {
  const options = { title: mainT(lang(), 'dialog.packagesFolderTitle'), properties: ['openDirectory' as const, 'createDirectory' as const] };
  const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return chosen.canceled ? undefined : chosen.filePaths[0];
}

async function choosePackageFiles(): Promise<string[]> {
  const options = { title: mainT(lang(), 'dialog.importTitle'), properties: ['openFile' as const, 'multiSelections' as const], filters: [{ name: mainT(lang(), 'dialog.packageFilterName'), extensions: ['bilan', 'docx'] }] };
  const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return chosen.canceled ? [] : chosen.filePaths;
}

/** The View menu's zoom (and Ctrl+wheel): one step, applied to the window and remembered for the next start. */
function zoom(direction: ZoomDirection): void {
  void settings.stepZoom(direction).then((factor) => window?.webContents.setZoomFactor(factor));
}

function buildMenu(): void {
  const content = { templates: templates.ids().map((id) => ({ id, name: templates.get(id).name })), recent: settings.recent, document: service.openDocumentKind() };
  const actions = {
    newReport: (id: string) => void service.newReport(id).then(deliver),
    open: () => void chooseAndOpen(),
    openRecent: (path: string) => void openFile(path),
    clearRecent: () => void settings.clearRecent().then(buildMenu),
    send,
    zoom,
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(lang(), actions, content)));
}

function createWindow(): BrowserWindow {
  const bounds = restoredBounds(settings.window, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({ ...windowOptions(join(root, 'dist', 'electron', 'preload.cjs')), ...bounds });
  if (settings.window?.maximized) win.maximize();
  installNavigationGuards(win.webContents, (url) => shell.openExternal(url));
  win.once('ready-to-show', () => win.show());
  // The zoom the user left the window at, kept across restarts (shell settings, view.json).
  win.webContents.on('did-finish-load', () => win.webContents.setZoomFactor(settings.zoom));
  win.webContents.on('zoom-changed', (_event, direction) => zoom(direction === 'in' ? 'in' : 'out'));
  let leaving = false;
  win.on('close', (event) => {
    void settings.saveWindow(captureState(win.getNormalBounds(), win.isMaximized()));
    if (leaving || !service.hasUnsavedChanges()) return;
    event.preventDefault();
    const l = (key: Parameters<typeof mainT>[1]) => mainT(lang(), key);
    const question = { type: 'warning' as const, title: l('dialog.unsavedTitle'), message: l('dialog.unsavedMessage'), detail: l('dialog.unsavedDetail'), buttons: [l('dialog.cancel'), l('dialog.quitAnyway')], defaultId: 0, cancelId: 0 };
    void dialog.showMessageBox(win, question).then(({ response }) => {
      if (response !== 1) return;
      leaving = true;
      win.close();
    });
  });
  void win.loadURL(pageUrl);
  return win;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
    const file = reportFromArgv(argv);
    if (file) void openFile(resolve(workingDirectory, file));
  });
  // macOS passes double-clicked files here, possibly before the window exists.
  let pendingFile: string | undefined = reportFromArgv(process.argv);
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (window) void openFile(path);
    else pendingFile = path;
  });
  app.on('web-contents-created', (_event, contents) => installNavigationGuards(contents, (url) => shell.openExternal(url)));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => service.dispose());

  void app.whenReady().then(async () => {
    // The page needs no camera, microphone, notifications or geolocation.
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setSpellCheckerLanguages(['fr', 'en-GB']);
    registerIpc(ipcMain, service, (event) => isAppPage(event.senderFrame?.url, pageUrl));
    await settings.load();
    void service.sweepLeftovers();
    buildMenu();
    window = createWindow();
    window.on('closed', () => (window = undefined));
    const file = pendingFile;
    pendingFile = undefined;
    if (file) window.webContents.once('did-finish-load', () => void openFile(resolve(file)));
  });
}
