import type { ApiMethod } from './api.js';

/**
 * The IPC channel of each method of `BilanApi`: the main process handles exactly these, and
 * the preload invokes exactly these. `satisfies` makes a method without a channel a compile error.
 */
export const CHANNELS = {
  listTemplates: 'bilan:list-templates',
  listSamples: 'bilan:list-samples',
  listRecent: 'bilan:list-recent',
  openReport: 'bilan:open-report',
  getLocale: 'bilan:get-locale',
  loadReport: 'bilan:load-report',
  newReport: 'bilan:new-report',
  saveReport: 'bilan:save-report',
  saveReportAs: 'bilan:save-report-as',
  autosave: 'bilan:autosave',
  listRecoveries: 'bilan:list-recoveries',
  restoreRecovery: 'bilan:restore-recovery',
  discardRecovery: 'bilan:discard-recovery',
  closeReport: 'bilan:close-report',
  fileChanged: 'bilan:file-changed',
  setUnsavedChanges: 'bilan:set-unsaved-changes',
  setOpenDocument: 'bilan:set-open-document',
  exportCheck: 'bilan:export-check',
  chooseExportFolder: 'bilan:choose-export-folder',
  startExport: 'bilan:start-export',
  exportStatus: 'bilan:export-status',
  cancelExport: 'bilan:cancel-export',
  cutPackages: 'bilan:cut-packages',
  choosePackages: 'bilan:choose-packages',
  planImports: 'bilan:plan-imports',
  applyImports: 'bilan:apply-imports',
  closeImport: 'bilan:close-import',
  chooseReportFile: 'bilan:choose-report-file',
  chooseDocxFile: 'bilan:choose-docx-file',
  importDocx: 'bilan:import-docx',
  getIdentity: 'bilan:get-identity',
  setIdentity: 'bilan:set-identity',
  startPreview: 'bilan:start-preview',
  openPreview: 'bilan:open-preview',
  openFolder: 'bilan:open-folder',
  sendPackage: 'bilan:send-package',
  getHost: 'bilan:get-host',
  listWorkspace: 'bilan:list-workspace',
  getViewSettings: 'bilan:get-view-settings',
  setViewSettings: 'bilan:set-view-settings',
  getOwnWords: 'bilan:get-own-words',
  addOwnWord: 'bilan:add-own-word',
  renderPreview: 'bilan:render-preview',
} as const satisfies Record<ApiMethod, `bilan:${string}`>;

/** The channels of the notifications of `BilanEvents`, sent from the main process. */
export const EVENTS = {
  reportOpened: 'bilan:report-opened',
  menuCommand: 'bilan:menu-command',
} as const;

/** The methods of `BilanApi`, in a stable order. */
export const API_METHODS = Object.keys(CHANNELS) as ApiMethod[];

/** The commands the menu sends to the window. */
export const MENU_COMMANDS = ['save', 'saveAs', 'undo', 'redo', 'export', 'cutPackages', 'importPackages', 'importDocx', 'beforeSending', 'sendPackage', 'find', 'replace', 'viewBoth', 'viewFr', 'viewEn', 'preview'] as const;

/** The kinds of document the window can hold, as it tells the main process (the menu follows them). */
export const OPEN_DOCUMENT_KINDS = ['none', 'report', 'package'] as const;
