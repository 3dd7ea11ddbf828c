import { useEffect, useRef, useState } from 'react';
import type { Institution, PackageInfo } from '../../../../shared/model/report.js';
import { contentIn } from '../../../../shared/report/localized.js';
import type { Lang } from '../../../../shared/model/localized.js';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { isDirty } from '../../store/slices/document.js';
import { inBrowser } from '../../store/slices/host.js';
import { formatDateTime } from '../merge/PackageReview.js';
import { daysUntil, formatDay, remaining } from './deadline.js';
import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons-business/icons-business.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons-user/icons-user.main.min.css';
import './contributor.css';

/** An institution's name in a language, falling back to French, then to its id. */
export function institutionName(institutions: readonly Institution[], id: string, lang: Lang): string {
  const name = institutions.find((i) => i.id === id)?.name;
  return contentIn(name, lang) || contentIn(name, 'fr') || id;
}

/** The deadline and how far it is ("in 12 days", "overdue by 3 days"). */
function Deadline({ pkg }: { pkg: PackageInfo }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  if (!pkg.deadline) return <p className="bilan-contributor__deadline">{t('contributor.noDeadline')}</p>;
  const left = remaining(daysUntil(pkg.deadline, new Date()));
  return (
    <p className="bilan-contributor__deadline">
      {t('contributor.deadline', { date: formatDay(pkg.deadline, lang) })}{' '}
      <span className={`fr-badge fr-badge--sm fr-badge--no-icon ${left.overdue ? 'fr-badge--error' : 'fr-badge--info'}`} data-testid="deadline-left">
        {t(left.key, left.params)}
      </span>
    </p>
  );
}

/** Whether the package is ready to send, who signed it and where its file is; a reminder that Bilan does not send it. */
function SentStatus({ pkg }: { pkg: PackageInfo }) {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const path = useBilan((s) => s.doc!.path);
  const changed = useBilan(isDirty);
  const browser = useBilan(inBrowser);
  const [folderError, setFolderError] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  // The file manager, on the folder holding the package: the file to attach is there.
  const showFolder = async (file: string) => {
    const reply = await window.api.openFolder(file.slice(0, Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'))));
    setFolderError(reply.ok ? null : reply.error.message[lang]);
  };
  const shown = useRef(pkg.sent?.at);
  // Just sent: bring the confirmation and the file's place into view, wherever the reader was.
  useEffect(() => {
    if (pkg.sent?.at === shown.current) return;
    shown.current = pkg.sent?.at;
    if (pkg.sent) box.current?.scrollIntoView({ block: 'center' });
  }, [pkg.sent]);
  return (
    <div role="status" className="bilan-contributor__status" ref={box}>
      {pkg.sent ? (
        <div className="fr-alert fr-alert--success fr-alert--sm">
          <p className="fr-text--bold">{t('contributor.sent', { date: formatDateTime(pkg.sent.at, lang), name: pkg.sent.by.name, email: pkg.sent.by.email })}</p>
          {path && (
            <p>
              {t('contributor.sentFile')} <span className="bilan-contributor__path">{path}</span>
              {!browser && (
                <>
                  {' '}
                  <button type="button" className="fr-link fr-link--sm fr-icon-folder-2-line fr-link--icon-left" onClick={() => void showFolder(path)}>
                    {t('contributor.openFolder')}
                  </button>
                </>
              )}
            </p>
          )}
          {folderError && <p className="fr-error-text">{folderError}</p>}
          <p>{changed ? t('contributor.changedSince') : t('contributor.sentReminder')}</p>
        </div>
      ) : (
        <p className="fr-text--sm fr-mb-0">{t('contributor.notSent')}</p>
      )}
    </div>
  );
}

/**
 * The contributor's banner over every view of a package: the institution it is for, the
 * deadline, the coordinator's message, whether the card shown is shared with other
 * institutions, and whether the package was sent.
 */
export function ContributorBanner() {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const report = useBilan((s) => s.report!);
  const view = useBilan((s) => s.view);
  const pkg = report.package!;
  const name = institutionName(report.institutions, pkg.institution, lang);
  const shownCard = view.kind === 'card' ? view.id : null;
  const others = shownCard ? (pkg.shared[shownCard] ?? []) : [];
  return (
    <section className="fr-callout bilan-contributor" aria-label={t('contributor.notice', { institution: name })}>
      <p className="fr-callout__title">{t('contributor.notice', { institution: name })}</p>
      <Deadline pkg={pkg} />
      {pkg.message.trim() !== '' && (
        <figure className="bilan-contributor__message">
          <figcaption className="fr-text--sm fr-text--bold fr-mb-1v">{t('contributor.message')}</figcaption>
          <blockquote>{pkg.message}</blockquote>
        </figure>
      )}
      {others.length > 0 && (
        <p className="bilan-contributor__shared" data-testid="shared-note">
          <span className="fr-icon-team-line fr-icon--sm" aria-hidden="true" /> {t('contributor.sharedNote', { institutions: others.map((id) => institutionName(report.institutions, id, lang)).join(', ') })}
        </p>
      )}
      <SentStatus pkg={pkg} />
    </section>
  );
}
