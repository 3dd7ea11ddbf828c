import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EVENTS } from '../../shared/ipc/channels.js';
import { langFromLocale } from '../../shared/i18n/i18n.js';
import { mainT } from './i18n/messages.js';
import { registerIpc } from './ipc/register.js';
import { reportFromArgv } from './launch-args.js';
import { menuTemplate } from './menu.js';
import { AppService } from './services/app-service.js';
import { TemplateStore } from './services/template-store.js';
import { installNavigationGuards, isAppPage, windowOptions } from './window.js';

// The Electron shell: one window, one menu, the IPC handlers. Everything else is in services/.

const root = app.getAppPath();
const pageUrl = pathToFileURL(join(root, 'dist', 'renderer', 'index.html')).href;
const service = new AppService({
  templates: new TemplateStore(join(root, 'templates')),
  seedsDir: join(root, 'seeds'),
  locale: () => app.getLocale(),
});
let window: BrowserWindow | undefined;

async function openFile(path: string): Promise<void> {
  service.grant(path);
  const reply = await service.openReport(path);
  window?.webContents.send(EVENTS.reportOpened, reply);
}

async function chooseAndOpen(): Promise<void> {
  const lang = langFromLocale(app.getLocale().replace('-', '_'));
  const options = { title: mainT(lang, 'dialog.openTitle'), properties: ['openFile' as const], filters: [{ name: mainT(lang, 'dialog.filterName'), extensions: ['bilan'] }] };
  const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const path = chosen.filePaths[0];
  if (!chosen.canceled && path) await openFile(path);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(windowOptions(join(root, 'dist', 'electron', 'preload.cjs')));
  installNavigationGuards(win.webContents, (url) => shell.openExternal(url));
  win.once('ready-to-show', () => win.show());
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

  void app.whenReady().then(() => {
    // The page needs no camera, microphone, notifications or geolocation.
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    registerIpc(ipcMain, service, (event) => isAppPage(event.senderFrame?.url, pageUrl));
    const lang = langFromLocale(app.getLocale().replace('-', '_'));
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(lang, { open: () => void chooseAndOpen() })));
    window = createWindow();
    window.on('closed', () => (window = undefined));
    const file = pendingFile;
    pendingFile = undefined;
    if (file) window.webContents.once('did-finish-load', () => void openFile(resolve(file)));
  });
}
