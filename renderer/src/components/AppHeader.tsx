import { servedOverHttp } from '../host/install.js';
import { useT } from '../i18n/useT.js';
import { useBilan } from '../store/index.js';
import { PageMenu } from './host/PageMenu.js';
import { LanguageSwitch } from './LanguageSwitch.js';

/** The application's banner: its name and purpose, the page's own menu in the browser, and the language switch. */
export function AppHeader() {
  const t = useT();
  // Over an open report the banner spans the window as the outline and the card below do.
  const wide = useBilan((s) => s.doc !== null);
  return (
    <header role="banner" className={wide ? 'fr-header bilan-header bilan-header--wide' : 'fr-header bilan-header'}>
      <div className="fr-header__body">
        <div className="fr-container">
          <div className="fr-header__body-row">
            <div className="fr-header__brand">
              <div className="fr-header__service">
                <p className="fr-header__service-title">{t('app.name')}</p>
                <p className="fr-header__service-tagline">{t('app.tagline')}</p>
              </div>
            </div>
            <div className="fr-header__tools bilan-header__tools">
              {servedOverHttp && <PageMenu />}
              <LanguageSwitch />
            </div>
          </div>
        </div>
      </div>
    </header>
  );
}
