import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage } from '../../../../platform/views/context.ts';
import {
  CARD_STOP,
  POLICE,
  REPORTING_POINT,
  SAFEONWEB,
  SAFEONWEB_AT_WORK,
  SUSPICIOUS_ADDRESS,
} from '../../resources.ts';

/** What an organisation can do for commitment 8, each a short paragraph under its own heading. */
const ACTIONS = [
  { title: 'safety.act.phishing.title', text: 'safety.act.phishing.text' },
  { title: 'safety.act.session.title', text: 'safety.act.session.text' },
  { title: 'safety.act.warnings.title', text: 'safety.act.warnings.text' },
  { title: 'safety.act.promote.title', text: 'safety.act.promote.text' },
] as const;

/** A section on one national service: what it is, then a plain link to its site. */
function Resource(props: { id: string; title: string; text: string; href: string; link: string }) {
  const { t } = usePage();
  return (
    <>
      <h2 id={props.id}>{t(props.title)}</h2>
      <p>{t(props.text)}</p>
      <p>
        <a href={props.href}>{t(props.link)}</a>
      </p>
    </>
  );
}

/**
 * The national resources for online safety in Belgium, for an organisation that acts on the
 * Charter's commitment 8 and for the people it serves. Public, the same for everyone, no data.
 */
export function SafetyPage() {
  const { t, lang } = usePage();
  const address = SUSPICIOUS_ADDRESS[lang];
  return (
    <Layout title={t('safety.title')}>
      <div class="prose">
        <p class="caption">{t('safety.caption')}</p>
        <h1>{t('safety.title')}</h1>
        <p class="lead">{t('safety.lead')}</p>
        <p>{t('safety.intro')}</p>

        <Resource
          id="safeonweb"
          title="safety.safeonweb.title"
          text="safety.safeonweb.text"
          href={SAFEONWEB[lang]}
          link="safety.safeonweb.link"
        />
        <Resource
          id="at-work"
          title="safety.atWork.title"
          text="safety.atWork.text"
          href={SAFEONWEB_AT_WORK[lang]}
          link="safety.atWork.link"
        />

        <h2 id="suspicious">{t('safety.suspicious.title')}</h2>
        <p>{t('safety.suspicious.text')}</p>
        <p>
          {t('safety.suspicious.forward')} <a href={`mailto:${address}`}>{address}</a>
        </p>
        <p>{t('safety.suspicious.after')}</p>

        <Resource
          id="report"
          title="safety.report.title"
          text="safety.report.text"
          href={REPORTING_POINT[lang]}
          link="safety.report.link"
        />
        <p>{t('safety.report.police', { emergency: POLICE.emergency })}</p>
        <p>
          <a href={POLICE.site}>{t('safety.report.policeLink')}</a>
        </p>

        <h2 id="scammed">{t('safety.scammed.title')}</h2>
        <p>{t('safety.scammed.intro')}</p>
        <ol class="steps">
          <li>
            {t('safety.scammed.cardStop')} <a href={`tel:${CARD_STOP.tel}`}>{CARD_STOP.number}</a>
          </li>
          <li>{t('safety.scammed.passwords')}</li>
          <li>{t('safety.scammed.police')}</li>
          <li>{t('safety.scammed.report')}</li>
        </ol>
        <p>{t('safety.scammed.neverAsks')}</p>
        <p>
          <a href={CARD_STOP.site}>{t('safety.scammed.cardStopLink')}</a>
        </p>

        <h2 id="organisation">{t('safety.act.title')}</h2>
        <p>{t('safety.act.intro')}</p>
        {ACTIONS.map((action) => (
          <>
            <h3>{t(action.title)}</h3>
            <p>{t(action.text)}</p>
          </>
        ))}
      </div>
    </Layout>
  );
}
