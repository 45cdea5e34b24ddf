import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form, FormProblems, Radios, TextArea, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { BackLink, Banner, SummaryList } from '../../../../platform/views/components.tsx';
import { DIFFICULTIES, DIFFICULTY_NAME, RELEVANCES, RELEVANCE_NAME, type Difficulty, type Relevance } from '../../components.tsx';
import { CHANGE_MAX, type ConsultationPage } from '../../service-consultation.ts';

/**
 * An organisation's consultation: one short survey per commitment while the consultation is
 * open (its administrators answer, its members read), otherwise a page that says when it opens
 * or that it has closed, with the answers given.
 */
export function ConsultationView(props: {
  orgId: string;
  orgName: string;
  page: ConsultationPage;
  form: FormState;
  mayAnswer: boolean;
}) {
  const { t, fmt } = usePage();
  const href = useHref();
  const { current } = props.page;
  const title = t('evaluation.consultation.title');
  const open = current?.phase === 'consultation';
  return (
    <Layout title={titleAfter(t, title, props.form)} noindex>
      <BackLink href={href(`/organisations/${props.orgId}`)}>{props.orgName}</BackLink>
      <p class="caption">{props.orgName}</p>
      <h1>{title}</h1>
      {!current ? (
        <p>{t('evaluation.consultation.none')}</p>
      ) : current.phase === 'scheduled' ? (
        <Banner title={t('evaluation.consultation.notYet', { date: fmt.date(current.evaluation.consultation_opens_on) })} />
      ) : !open ? (
        <Banner title={t('evaluation.consultation.closed', { date: fmt.date(current.evaluation.proposals_opens_on) })} />
      ) : (
        <>
          <p class="lead">{t('evaluation.consultation.lead')}</p>
          <p>
            {t('evaluation.consultation.until', { date: fmt.date(current.evaluation.proposals_opens_on) })}
          </p>
        </>
      )}
      {open && props.mayAnswer ? <AnswerForm {...props} /> : current ? <Answers {...props} /> : null}
      <p>
        <a href={href('/evaluation')}>{t('evaluation.overview.title')}</a>
      </p>
    </Layout>
  );
}

function AnswerForm(props: { orgId: string; page: ConsultationPage; form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <>
      <FormProblems form={props.form} />
      <Form action={href(`/organisations/${props.orgId}/evaluation/consultation`)} class="stack">
        <p>{t('evaluation.consultation.draft')}</p>
        {props.page.commitments.map((c) => (
          <section class="stack" aria-labelledby={`commitment-${c.number}`}>
            <h2 id={`commitment-${c.number}`}>
              {t('evaluation.consultation.commitment', { number: c.number, title: c.shortTitle })}
            </h2>
            <p>{c.fullText}</p>
            <Radios
              form={props.form}
              name={`relevance-${c.number}`}
              label={t('evaluation.consultation.relevance')}
              inline
              options={RELEVANCES.map((r) => ({ value: r, label: t(RELEVANCE_NAME[r]) }))}
            />
            <Radios
              form={props.form}
              name={`difficulty-${c.number}`}
              label={t('evaluation.consultation.difficulty')}
              inline
              options={DIFFICULTIES.map((d) => ({ value: d, label: t(DIFFICULTY_NAME[d]) }))}
            />
            <TextArea
              form={props.form}
              name={`change-${c.number}`}
              label={t('evaluation.consultation.change')}
              maxLength={CHANGE_MAX}
              rows={3}
              required={false}
            />
          </section>
        ))}
        <Button>{t('evaluation.consultation.save')}</Button>
      </Form>
    </>
  );
}

function Answers({ page }: { page: ConsultationPage }) {
  const { t } = usePage();
  if (page.answers.length === 0) return <p>{t('evaluation.consultation.noAnswers')}</p>;
  const titles = new Map(page.commitments.map((c) => [c.number, c.shortTitle]));
  return (
    <section class="stack" aria-labelledby="answers">
      <h2 id="answers">{t('evaluation.consultation.answers')}</h2>
      {page.answers.map((a) => (
        <>
          <h3>
            {t('evaluation.consultation.commitment', {
              number: Number(a.commitment),
              title: titles.get(Number(a.commitment)) ?? '',
            })}
          </h3>
          <SummaryList
            rows={[
              { key: t('evaluation.consultation.relevance'), value: t(RELEVANCE_NAME[a.relevance as Relevance]) },
              { key: t('evaluation.consultation.difficulty'), value: t(DIFFICULTY_NAME[a.difficulty as Difficulty]) },
              ...(a.change ? [{ key: t('evaluation.consultation.change'), value: a.change }] : []),
            ]}
          />
        </>
      ))}
    </section>
  );
}
