import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { WorkspaceEntry } from '../../../../shared/ipc/dto.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import type { ChooserPurpose, ChooserRequest } from '../../store/slices/host.js';
import { ErrorNotice } from '../ErrorNotice.js';
import { ModalShell } from '../modal/ModalShell.js';
import { formatDate, formatSize, joinPath, parentOf } from './format.js';
import './chooser.css';

const REPORT_EXT = '.bilan';
/** What a file name may not be: a path, or hidden (the listing leaves dot files out). */
const BAD_NAME = /[/\\]|^\.|^\s*$/;

const withExtension = (name: string) => (name.toLowerCase().endsWith(REPORT_EXT) ? name : `${name}${REPORT_EXT}`);
const picksFiles = (purpose: ChooserPurpose) => purpose === 'open' || purpose === 'import' || purpose === 'docx';
/** Whether an entry can be picked: a report to open or import, a Word document (`.docx`) to import. */
const pickable = (entry: WorkspaceEntry, purpose: ChooserPurpose) =>
  purpose === 'docx' ? entry.kind === 'file' && /\.docx$/i.test(entry.name) : entry.kind === 'report' && picksFiles(purpose);
const picksFolder = (purpose: ChooserPurpose) => purpose === 'exportFolder' || purpose === 'packagesFolder';

/** The folders from the root to the one shown, each a step back. */
function PathBar({ folder }: { folder: string }) {
  const t = useT();
  const root = useBilan((s) => s.host?.workspace?.name) || t('chooser.root');
  const browse = useBilan((s) => s.browse);
  const parts = folder ? folder.split('/') : [];
  const steps = [{ name: root, path: '' }, ...parts.map((name, i) => ({ name, path: parts.slice(0, i + 1).join('/') }))];
  return (
    <div className="bilan-chooser__where">
      <nav aria-label={t('chooser.location')}>
        <ol className="bilan-chooser__path">
          {steps.map((step, i) =>
            i === steps.length - 1 ? (
              <li key={step.path} aria-current="location" className="bilan-chooser__here">
                {step.name}
              </li>
            ) : (
              <li key={step.path}>
                <button type="button" className="fr-link" onClick={() => void browse(step.path)}>
                  {step.name}
                </button>
              </li>
            ),
          )}
        </ol>
      </nav>
      <Button type="button" size="small" priority="tertiary" iconId="fr-icon-arrow-up-line" disabled={folder === ''} onClick={() => void browse(parentOf(folder))}>
        {t('chooser.up')}
      </Button>
    </div>
  );
}

/** An entry's kind, size and date, as a hint under its name. */
function EntryHint({ entry }: { entry: WorkspaceEntry }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const parts = [t(`chooser.kind.${entry.kind}`), ...(entry.kind === 'folder' ? [] : [formatSize(lang, entry.size)]), t('chooser.modified', { date: formatDate(lang, entry.modified) })];
  return <span className="fr-hint-text">{parts.join(' · ')}</span>;
}

interface EntryProps {
  entry: WorkspaceEntry;
  purpose: ChooserPurpose;
  selected: boolean;
  onSelect(path: string, on: boolean): void;
  onUseName(name: string): void;
  onConfirm(): void;
}

/** One entry of the folder: a folder to enter, a report to pick, or a file shown for what it is. */
function Entry({ entry, purpose, selected, onSelect, onUseName, onConfirm }: EntryProps) {
  const t = useT();
  const browse = useBilan((s) => s.browse);
  const id = `chooser-entry-${entry.path}`;
  if (entry.kind === 'folder') {
    return (
      <li className="bilan-chooser__entry">
        <button type="button" className="bilan-chooser__folder" aria-label={t('chooser.enter', { name: entry.name })} onClick={() => void browse(entry.path)}>
          <span className="fr-icon-folder-2-line fr-icon--sm" aria-hidden="true" />
          <span className="bilan-chooser__name">{entry.name}</span>
        </button>
        <EntryHint entry={entry} />
      </li>
    );
  }
  if (pickable(entry, purpose)) {
    const many = purpose === 'import';
    const onKeyDown = (event: KeyboardEvent) => {
      // Enter picks the report under the caret, as a dialog's list does.
      if (event.key !== 'Enter') return;
      event.preventDefault();
      if (!many) onSelect(entry.path, true);
      onConfirm();
    };
    return (
      <li className="bilan-chooser__entry">
        <div className={many ? 'fr-checkbox-group fr-checkbox-group--sm' : 'fr-radio-group fr-radio-group--sm'}>
          <input type={many ? 'checkbox' : 'radio'} id={id} name="chooser-file" checked={selected} onChange={(e) => onSelect(entry.path, e.target.checked)} onKeyDown={onKeyDown} />
          <label className="fr-label" htmlFor={id} onDoubleClick={many ? undefined : onConfirm}>
            {entry.name}
            <EntryHint entry={entry} />
          </label>
        </div>
      </li>
    );
  }
  if (entry.kind === 'report' && purpose === 'saveAs') {
    return (
      <li className="bilan-chooser__entry">
        <button type="button" className="bilan-chooser__folder" aria-label={t('chooser.useName', { name: entry.name })} onClick={() => onUseName(entry.name)}>
          <span className="fr-icon-file-text-line fr-icon--sm" aria-hidden="true" />
          <span className="bilan-chooser__name">{entry.name}</span>
        </button>
        <EntryHint entry={entry} />
      </li>
    );
  }
  return (
    <li className="bilan-chooser__entry bilan-chooser__entry--muted">
      <span className="bilan-chooser__file">
        <span className="fr-icon-file-line fr-icon--sm" aria-hidden="true" />
        <span className="bilan-chooser__name">{entry.name}</span>
      </span>
      <EntryHint entry={entry} />
    </li>
  );
}

/** The chooser itself, for one request: its own selection and file name. */
function ChooserDialog({ request }: { request: ChooserRequest }) {
  const t = useT();
  const { purpose } = request;
  const folder = useBilan((s) => s.chooserFolder);
  const listing = useBilan((s) => (s.chooserListing?.folder === s.chooserFolder ? s.chooserListing : null));
  const error = useBilan((s) => s.chooserError);
  const finishChoice = useBilan((s) => s.finishChoice);
  const rootName = useBilan((s) => s.host?.workspace?.name) || t('chooser.root');
  const listRef = useRef<HTMLUListElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [name, setName] = useState(request.suggested || t('chooser.defaultName'));
  const [nameTouched, setNameTouched] = useState(false);

  // A new folder starts a new selection; the keyboard goes to its first entry (the name field
  // when saving, as a save dialog does).
  useEffect(() => setSelected([]), [folder]);
  useEffect(() => {
    if (!listing) return;
    const target = purpose === 'saveAs' && !nameTouched ? nameRef.current : listRef.current?.querySelector<HTMLElement>('button, input');
    target?.focus();
    // Only when another folder is shown, not as the name is typed.
  }, [listing]);

  const entries = listing?.entries ?? [];
  const fileName = withExtension(name.trim());
  const badName = purpose === 'saveAs' && BAD_NAME.test(name);
  const replaces = purpose === 'saveAs' && !badName && entries.some((e) => e.kind !== 'folder' && e.name === fileName);
  const ready = listing !== null && (picksFiles(purpose) ? selected.length > 0 : purpose === 'saveAs' ? !badName : true);

  const select = (path: string, on: boolean) => setSelected((list) => (purpose === 'import' ? (on ? [...list.filter((p) => p !== path), path] : list.filter((p) => p !== path)) : on ? [path] : []));
  const confirm = (paths = selected) => {
    if (purpose === 'saveAs') {
      if (!badName) finishChoice([joinPath(folder, fileName)]);
    } else if (picksFolder(purpose)) finishChoice([folder]);
    else if (paths.length > 0) finishChoice(paths);
  };
  const action = picksFolder(purpose) ? t('chooser.action.folder') : t(`chooser.action.${purpose as 'open' | 'import' | 'saveAs' | 'docx'}`);
  const reports = entries.filter((e) => pickable(e, purpose)).length;

  return (
    <ModalShell
      className="bilan-chooser"
      titleId="chooser-title"
      title={t(`chooser.title.${purpose}`)}
      closeLabel={t('chooser.close')}
      onClose={() => finishChoice(null)}
      describedBy="chooser-help"
      onSubmit={(event) => {
        event.preventDefault();
        confirm();
      }}
      actions={
        <>
          {purpose === 'import' && (
            <p className="fr-text--sm fr-mb-0 bilan-chooser__count" role="status">
              {selected.length > 0 ? t('chooser.selected', { n: selected.length }) : t('chooser.nothingSelected')}
            </p>
          )}
          <Button type="button" priority="secondary" onClick={() => finishChoice(null)}>
            {t('chooser.cancel')}
          </Button>
          <Button type="submit" disabled={!ready}>
            {action}
          </Button>
        </>
      }
    >
      <p id="chooser-help" className="fr-text--sm">
        {t(`chooser.help.${purpose}`)}
      </p>
      <PathBar folder={folder} />
      {error && <ErrorNotice title={t('chooser.failed')} error={error} />}
      {!listing && !error && (
        <p role="status" className="fr-text--sm">
          {t('chooser.loading')}
        </p>
      )}
      {listing && (
        <>
          <h2 id="chooser-list" className="fr-sr-only">
            {t('chooser.list', { folder: folder.split('/').pop() || rootName })}
          </h2>
          {entries.length === 0 ? (
            <p className="fr-text--sm bilan-chooser__note">{t('chooser.empty')}</p>
          ) : (
            <ul ref={listRef} className="bilan-chooser__list" aria-labelledby="chooser-list">
              {entries.map((entry) => (
                <Entry key={entry.path} entry={entry} purpose={purpose} selected={selected.includes(entry.path)} onSelect={select} onUseName={(n) => (setName(n), setNameTouched(true), nameRef.current?.focus())} onConfirm={() => confirm(purpose === 'open' ? [entry.path] : selected)} />
              ))}
            </ul>
          )}
          {picksFiles(purpose) && entries.length > 0 && reports === 0 && <p className="fr-text--sm bilan-chooser__note">{t(purpose === 'docx' ? 'chooser.noDocx' : 'chooser.noReports')}</p>}
          {listing.truncated && <p className="fr-text--sm bilan-chooser__note">{t('chooser.truncated', { n: entries.length })}</p>}
        </>
      )}
      {purpose === 'saveAs' && (
        <div className={`fr-input-group fr-mt-2w${badName ? ' fr-input-group--error' : ''}`}>
          <label className="fr-label" htmlFor="chooser-name">
            {t('chooser.fileName')}
            <span className="fr-hint-text">{t('chooser.fileNameHint')}</span>
          </label>
          <input
            ref={nameRef}
            id="chooser-name"
            className={`fr-input${badName ? ' fr-input--error' : ''}`}
            value={name}
            spellCheck={false}
            autoComplete="off"
            aria-describedby={badName ? 'chooser-name-error' : replaces ? 'chooser-replace' : undefined}
            onChange={(e) => (setName(e.target.value), setNameTouched(true))}
          />
          {badName && (
            <p id="chooser-name-error" className="fr-error-text">
              {t('chooser.badName')}
            </p>
          )}
          {replaces && (
            <p id="chooser-replace" className="fr-message fr-message--warning fr-mt-1w">
              {t('chooser.replace')}
            </p>
          )}
        </div>
      )}
    </ModalShell>
  );
}

/** The page's own file chooser (browser only), shown while the store asks for a file or folder. */
export function FileChooser() {
  const request = useBilan((s) => s.chooser);
  return request ? <ChooserDialog request={request} /> : null;
}
