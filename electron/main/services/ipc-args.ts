import { isAbsolute } from 'node:path';
import { z } from 'zod';
import type { BilanApi } from '../../../shared/ipc/api.js';
import { OPEN_DOCUMENT_KINDS } from '../../../shared/ipc/channels.js';
import type { ApiError } from '../../../shared/ipc/result.js';
import type { Lang } from '../../../shared/model/localized.js';
import { mainMessage, mainT, type MainMessageKey } from '../i18n/messages.js';

// The renderer is untrusted: every argument of every IPC method is checked here, by shape,
// before any work is done. The report itself is checked in depth where it is written.

/** A report file argument: an absolute path to a `.bilan` file or unpacked folder. */
export const ReportPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), { error: 'the path holds a NUL character' })
  .refine(isAbsolute, { error: 'the path is not absolute' })
  .refine((p) => /\.bilan$/i.test(p), { error: 'the file name does not end in .bilan' });

/** A Word document to import: an absolute path to a `.docx` file (granted by its dialog). */
export const DocxPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), { error: 'the path holds a NUL character' })
  .refine(isAbsolute, { error: 'the path is not absolute' })
  .refine((p) => /\.docx$/i.test(p), { error: 'the file name does not end in .docx' });

/** A returned package to import: a Bilan package or a Word package (`.docx`), granted by its dialog. */
const PackagePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), { error: 'the path holds a NUL character' })
  .refine(isAbsolute, { error: 'the path is not absolute' })
  .refine((p) => /\.(bilan|docx)$/i.test(p), { error: 'the file name does not end in .bilan or .docx' });

const Handle = z.uuid();
/** A folder's absolute path (the main process checks it is one the user chose). */
const FolderPath = z.string().min(1).max(4096).refine((p) => !p.includes('\0'), { error: 'the path holds a NUL character' }).refine(isAbsolute, { error: 'the path is not absolute' });
const TemplateId = z.string().regex(/^[a-z][a-zA-Z0-9-]{0,99}$/);
/** Any JSON object: the report is checked against its schema when written. */
const ReportArg = z.record(z.string(), z.unknown());

/**
 * A decision on a conflict. An edited rich text comes as an array of blocks, checked block by
 * block against the rich-text schema by the import session, which says in words what is wrong.
 */
const Resolution = z.strictObject({
  key: z.string().min(1).max(2000),
  choice: z.enum(['ours', 'theirs', 'edit']),
  text: z.string().max(200_000).optional(),
  blocks: z.array(z.unknown()).max(10_000).optional(),
});

/** A decision on a Word package's leftover: place it (in a card's field, a language or both, or a cell of a list's row), keep it, or discard it. */
const LeftoverDecisionArg = z.strictObject({
  key: z.string().min(1).max(200),
  action: z.enum(['place', 'keep', 'discard']),
  card: z.string().min(1).max(100).optional(),
  field: z.string().min(1).max(100).optional(),
  lang: z.enum(['fr', 'en', 'both']).optional(),
  option: z.string().min(1).max(100).optional(),
  row: z.string().min(1).max(100).optional(),
  newRow: z.boolean().optional(),
  column: z.string().min(1).max(100).optional(),
  value: z.string().max(200).optional(),
});

/**
 * A path the page's own file chooser picked (browser only): relative to the workspace, checked
 * and confined there by the workspace. `null` is as good as missing (JSON has no `undefined`).
 */
const Picked = z.string().max(4096).refine((p) => !p.includes('\0'), { error: 'the path holds a NUL character' });

/** A name and an email as typed; whether they can sign is checked by the service, in words. */
const PersonArg = z.strictObject({ name: z.string().max(4000), email: z.string().max(4000) });

const CutOptions = z.strictObject({
  deadline: z.iso.date().nullable(),
  message: z.string().max(10_000),
  /** One institution's package, holding only these cards (sent back for changes). */
  only: z.strictObject({ institution: z.string().min(1).max(100), cards: z.array(z.string().min(1).max(100)).min(1).max(10_000) }).optional(),
  /** Bilan packages (the default) or Word forms (`.docx`), for institutions without Bilan. */
  format: z.enum(['bilan', 'docx']).optional(),
  /** The interface's language: a Word form's own language (both are filled). */
  lang: z.enum(['fr', 'en']).optional(),
  /** The languages a Word form is filled in (the first is its own): both by default. */
  langs: z.union([z.tuple([z.enum(['fr', 'en'])]), z.tuple([z.enum(['fr', 'en']), z.enum(['fr', 'en'])]).refine(([a, b]) => a !== b, { error: 'the same language twice' })]).optional(),
});

/** The argument tuple each method accepts. */
export const ARGS = {
  listTemplates: z.tuple([]),
  listSamples: z.tuple([]),
  listRecent: z.tuple([]),
  openReport: z.tuple([ReportPath]),
  getLocale: z.tuple([]),
  loadReport: z.tuple([ReportPath]),
  newReport: z.union([z.tuple([TemplateId]), z.tuple([TemplateId, ReportPath])]),
  saveReport: z.union([z.tuple([Handle, ReportArg]), z.tuple([Handle, ReportArg, ReportPath])]),
  saveReportAs: z.union([z.tuple([Handle, ReportArg]), z.tuple([Handle, ReportArg, Picked.nullish()])]),
  autosave: z.tuple([Handle, ReportArg]),
  listRecoveries: z.tuple([]),
  restoreRecovery: z.tuple([Handle]),
  discardRecovery: z.tuple([Handle]),
  closeReport: z.tuple([Handle]),
  fileChanged: z.tuple([Handle]),
  setUnsavedChanges: z.tuple([z.boolean()]),
  setOpenDocument: z.tuple([z.enum(OPEN_DOCUMENT_KINDS)]),
  exportCheck: z.tuple([Handle, ReportArg, z.array(z.enum(['fr', 'en'])).min(1).max(2)]),
  chooseExportFolder: z.union([z.tuple([]), z.tuple([Picked.nullish()])]),
  startExport: z.tuple([Handle, ReportArg, z.strictObject({
    formats: z.array(z.enum(['pdf', 'docx'])).min(1).max(2),
    langs: z.array(z.enum(['fr', 'en'])).min(1).max(2),
    folder: z.string().min(1).max(4096).refine((p) => !p.includes('\0') && isAbsolute(p), { error: 'the folder is not an absolute path' }),
    allowMissing: z.boolean(),
    review: z.boolean().optional(),
  })]),
  exportStatus: z.tuple([Handle]),
  cancelExport: z.tuple([Handle]),
  cutPackages: z.union([z.tuple([Handle, ReportArg, CutOptions]), z.tuple([Handle, ReportArg, CutOptions, Picked.nullish()])]),
  choosePackages: z.union([z.tuple([]), z.tuple([z.array(Picked).max(200).nullish()])]),
  planImports: z.tuple([Handle, ReportArg, z.array(PackagePath).min(1).max(200)]),
  applyImports: z.union([z.tuple([Handle, z.array(Resolution).max(10_000)]), z.tuple([Handle, z.array(Resolution).max(10_000), z.array(LeftoverDecisionArg).max(10_000)])]),
  closeImport: z.tuple([Handle]),
  chooseReportFile: z.union([z.tuple([]), z.tuple([Picked.nullish()])]),
  chooseDocxFile: z.union([z.tuple([]), z.tuple([Picked.nullish()])]),
  importDocx: z.union([z.tuple([TemplateId, DocxPath]), z.tuple([TemplateId, DocxPath, DocxPath.nullish()])]),
  getIdentity: z.tuple([]),
  setIdentity: z.tuple([PersonArg]),
  startPreview: z.tuple([Handle, ReportArg, z.array(z.enum(['fr', 'en'])).min(1).max(2)]),
  openPreview: z.tuple([Handle]),
  openFolder: z.tuple([FolderPath]),
  sendPackage: z.tuple([Handle, ReportArg, PersonArg]),
  getHost: z.tuple([]),
  listWorkspace: z.tuple([Picked]),
  getViewSettings: z.tuple([]),
  setViewSettings: z.tuple([z.strictObject({ zoom: z.number() })]),
  getOwnWords: z.tuple([z.enum(['fr', 'en'])]),
  addOwnWord: z.tuple([z.enum(['fr', 'en']), z.string().max(1000)]),
  renderPreview: z.tuple([Handle, ReportArg, z.strictObject({ lang: z.enum(['fr', 'en']), cardId: z.string().min(1).max(100).optional() })]),
} satisfies Record<keyof BilanApi, z.ZodType>;

/** A request refused before any work: its error is already worded for the user. */
export class RefusedError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message.en);
  }
}

/** A refusal worded from the main process's catalog. */
export function refused(key: MainMessageKey, params: Record<string, string> = {}): RefusedError {
  return new RefusedError({ key, message: mainMessage(key, params) });
}

/** A refusal whose details are worded in each language (a field's label, a schema problem). */
export function refusedIn(key: MainMessageKey, params: (lang: Lang) => Record<string, string>): RefusedError {
  return new RefusedError({ key, message: { fr: mainT('fr', key, params('fr')), en: mainT('en', key, params('en')) } });
}

/** Checks a method's arguments as the untrusted renderer sent them. */
export function checkArgs<M extends keyof typeof ARGS>(method: M, args: unknown[]): z.infer<(typeof ARGS)[M]> {
  const parsed = ARGS[method].safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refused('ipc.badArgument', { detail: `${method}: ${issue?.message ?? 'invalid arguments'}` });
  }
  return parsed.data as z.infer<(typeof ARGS)[M]>;
}
