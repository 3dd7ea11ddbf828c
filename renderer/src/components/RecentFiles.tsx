import { useT } from '../i18n/useT.js';
import { useBilan } from '../store/index.js';
import { formatDate } from './host/format.js';

/**
 * The report files opened or saved lately, newest first: one click opens one again. A file that
 * has moved since is still listed, greyed, with the reason, so the list never silently shrinks.
 */
export function RecentFiles() {
  const t = useT();
  const lang = useBilan((s) => s.lang);
  const recent = useBilan((s) => s.recent);
  const opening = useBilan((s) => s.opening);
  const loadReport = useBilan((s) => s.loadReport);
  if (recent.length === 0) return null;
  return (
    <>
      <h3 id="recent-title" className="fr-text--bold fr-text--md fr-mb-1w">
        {t('start.recentTitle')}
      </h3>
      <ul className="bilan-recent fr-mb-2w" aria-labelledby="recent-title">
        {recent.map((file) => {
          const folder = file.folder === '' ? t('start.recentWorkspace') : file.folder;
          return (
            <li key={file.path}>
              {file.modified === null ? (
                <span className="bilan-recent__name bilan-muted">{file.fileName}</span>
              ) : (
                <button type="button" className="fr-link bilan-recent__name" disabled={opening !== null} onClick={() => void loadReport(file.path)} aria-label={t('start.recentOpen', { file: file.fileName, folder })}>
                  {file.fileName}
                </button>
              )}
              <span className="fr-text--xs bilan-muted bilan-recent__where" title={file.folder}>
                {folder} · {file.modified === null ? t('start.recentMissing') : t('start.recentModified', { date: formatDate(lang, file.modified) })}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
