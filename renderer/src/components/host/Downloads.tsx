import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { inBrowser } from '../../store/slices/host.js';
import { downloadUrl } from './format.js';

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * In the browser (`bilan serve`), the files just written, each to download from the workspace,
 * and the folder they were written to. Nothing on the desktop, where they are on the user's disk.
 */
export function Downloads({ folder, files }: { folder: string; files: string[] }) {
  const t = useT();
  const browser = useBilan(inBrowser);
  const root = useBilan((s) => s.host?.workspace?.root);
  if (!browser || !root) return null;
  const links = files.map((file) => ({ file, url: downloadUrl(root, file) }));
  return (
    <div className="bilan-downloads" data-testid="downloads">
      <p className="fr-text--sm fr-mb-1w">{t('download.intro', { folder, n: files.length })}</p>
      <ul className="bilan-downloads__list">
        {links.map(({ file, url }) => (
          <li key={file}>
            {url ? (
              <a className="fr-link fr-link--download" href={url} download={baseName(file)}>
                {t('download.link', { name: baseName(file) })}
              </a>
            ) : (
              <code>{file}</code>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
