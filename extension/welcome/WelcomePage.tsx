import { useText } from '../../shared/ui/text';
import { LanguagePicker } from '../../shared/ui/LanguagePicker';
import { WELCOME } from './copy';
import { ToolbarPicture } from './ToolbarPicture';

/** The page a seller sees once, right after installing Rapi, and again from the panel's "How to use Rapi". */
export function WelcomePage({ draftsUrl }: { draftsUrl: string }) {
  const t = useText();
  return (
    <main class="welcome">
      <header class="welcome-header">
        <h1>{t(WELCOME.pageTitle)}</h1>
        <LanguagePicker legend={t(WELCOME.languageLegend)} />
      </header>
      <p class="lead">{t(WELCOME.lead)}</p>

      <section aria-labelledby="use">
        <h2 id="use">{t(WELCOME.useTitle)}</h2>
        <ol class="steps">
          <li>{t(WELCOME.useOpenPage)}</li>
          <li>
            {t(WELCOME.useClick)}
            <figure class="badge-picture">
              <span class="badge-sample" aria-hidden="true">
                <span class="dot" />
                {t(WELCOME.badgeExample)}
              </span>
              <figcaption>{t(WELCOME.badgeCaption)}</figcaption>
            </figure>
          </li>
          <li>{t(WELCOME.useManual)}</li>
        </ol>
      </section>

      <section aria-labelledby="button">
        <h2 id="button">{t(WELCOME.buttonTitle)}</h2>
        <ToolbarPicture caption={t(WELCOME.toolbarPicture)} />
        <div class="browsers">
          <section aria-labelledby="chrome" data-browser="chrome">
            <h3 id="chrome">{t(WELCOME.chromeTitle)}</h3>
            <p>{t(WELCOME.chromeFind)}</p>
            <p>{t(WELCOME.chromePin)}</p>
          </section>
          <section aria-labelledby="firefox" data-browser="firefox">
            <h3 id="firefox">{t(WELCOME.firefoxTitle)}</h3>
            <p>{t(WELCOME.firefoxFind)}</p>
            <p>{t(WELCOME.firefoxPin)}</p>
            <p>{t(WELCOME.firefoxWhy)}</p>
          </section>
          <section aria-labelledby="android" data-browser="firefox-android">
            <h3 id="android">{t(WELCOME.androidTitle)}</h3>
            <p>{t(WELCOME.androidFind)}</p>
          </section>
        </div>
      </section>

      <section aria-labelledby="device">
        <h2 id="device">{t(WELCOME.deviceTitle)}</h2>
        <ul>
          <li>{t(WELCOME.deviceStored)}</li>
          <li>{t(WELCOME.devicePhotos)}</li>
          <li>{t(WELCOME.deviceNothingSent)}</li>
        </ul>
      </section>

      <section aria-labelledby="next">
        <h2 id="next">{t(WELCOME.nextTitle)}</h2>
        <p>
          <a class="button" href={draftsUrl}>
            {t(WELCOME.openDrafts)}
          </a>{' '}
          {t(WELCOME.openDraftsHint)}
        </p>
        <p class="muted">{t(WELCOME.againLater)}</p>
      </section>
    </main>
  );
}
