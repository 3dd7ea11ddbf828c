import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import type { CutPackagesReply } from '../../../../shared/ipc/dto.js';
import { contentIn } from '../../../../shared/report/localized.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { inBrowser } from '../../store/slices/host.js';
import { formatDay } from '../contributor/deadline.js';
import { Downloads } from '../host/Downloads.js';

/** What the coordinator sent with the packages, to repeat in each e-mail. */
export interface CutRequest {
  deadline: string | null;
  message: string;
}

/**
 * After "Préparer les paquets": who gets which file, the folder they are in (opened in the file
 * manager on the desktop, offered for download in the browser), and for each institution an
 * e-mail ready to paste, which says what the file is, what to do with it and by when.
 */
export function CutResult({ cut, request }: { cut: CutPackagesReply; request: CutRequest }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const title = useBilan((s) => (s.report ? contentIn(s.report.title, lang) || contentIn(s.report.title, 'fr') : '')) ?? '';
  const browser = useBilan(inBrowser);
  const [folderError, setFolderError] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const openFolder = async () => {
    const reply = await window.api.openFolder(cut.folder);
    setFolderError(reply.ok ? null : reply.error.message[lang]);
  };
  const mail = (p: CutPackagesReply['packages'][number]) => {
    const name = p.name[lang] || p.name.fr;
    return [
      t('merge.cut.mailSubject', { title, institution: name }),
      '',
      t('merge.cut.mailHello'),
      '',
      // A Word form is opened with Word and sent back as it is; a Bilan package goes through Bilan.
      t(/\.docx$/i.test(p.fileName) ? 'merge.cut.mailBodyDocx' : 'merge.cut.mailBody', { file: p.fileName, n: p.cards, institution: name, title }),
      request.deadline ? t('merge.cut.mailDeadline', { date: formatDay(request.deadline, lang) }) : t('merge.cut.mailNoDeadline'),
      ...(request.message.trim() ? ['', request.message.trim()] : []),
      '',
      t('merge.cut.mailThanks'),
    ].join('\n');
  };
  const copy = async (institution: string, text: string) => {
    await navigator.clipboard.writeText(text).then(
      () => setCopied(institution),
      () => setCopied(null),
    );
  };
  return (
    <div className="fr-alert fr-alert--success fr-mt-3w bilan-cut-result" role="status">
      <h2 className="fr-alert__title">{t('merge.cut.done', { n: cut.packages.length, folder: cut.folder })}</h2>
      <p>{t('merge.cut.next')}</p>
      {!browser && (
        <Button size="small" priority="secondary" iconId="fr-icon-folder-2-line" onClick={() => void openFolder()}>
          {t('merge.cut.openFolder')}
        </Button>
      )}
      {folderError && <p className="fr-error-text">{folderError}</p>}
      <ul className="bilan-cut-result__list">
        {cut.packages.map((p) => {
          const text = mail(p);
          const name = p.name[lang] || p.name.fr;
          return (
            <li key={p.institution}>
              <p className="fr-mb-1v">
                <strong>{name}</strong> — {p.fileName} ({t('merge.cut.cards', { n: p.cards })})
              </p>
              <details className="bilan-cut-result__mail">
                <summary>{t('merge.cut.mail', { institution: name })}</summary>
                <textarea className="fr-input" readOnly rows={9} value={text} aria-label={t('merge.cut.mail', { institution: name })} />
                <Button size="small" priority="tertiary" iconId="fr-icon-file-text-line" onClick={() => void copy(p.institution, text)}>
                  {copied === p.institution ? t('merge.cut.copied') : t('merge.cut.copy')}
                </Button>
              </details>
            </li>
          );
        })}
      </ul>
      <Downloads folder={cut.folder} files={cut.packages.map((p) => `${cut.folder}/${p.fileName}`)} />
    </div>
  );
}
