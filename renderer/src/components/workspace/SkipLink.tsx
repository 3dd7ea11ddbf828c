import type { MouseEvent } from 'react';
import { useT } from '../../i18n/useT.js';
import { useBilan } from '../../store/index.js';
import { focusViewHeading } from './useViewStart.js';

/**
 * The first stop of the tab order over an open report: a link to the card (or the panel)
 * shown, past the banner, the bar and the outline. Hidden until focused (DSFR skip links).
 */
export function SkipLink() {
  const t = useT();
  const onCard = useBilan((s) => s.view.kind === 'card');
  const go = (event: MouseEvent) => {
    event.preventDefault();
    focusViewHeading();
  };
  return (
    <div className="fr-skiplinks">
      <nav className="fr-container" aria-label={t('skip.nav')}>
        <ul className="fr-skiplinks__list">
          <li>
            <a className="fr-link" href="#main" onClick={go}>
              {onCard ? t('skip.card') : t('skip.content')}
            </a>
          </li>
        </ul>
      </nav>
    </div>
  );
}
