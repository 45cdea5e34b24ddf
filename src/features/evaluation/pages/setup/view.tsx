import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { Button, Form, FormProblems, Radios, TextField, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { BackLink, Banner, SummaryList } from '../../../../platform/views/components.tsx';
import { hasOpened } from '../../phases.ts';
import { DAY_FIELDS, type CurrentEvaluation } from '../../service-setup.ts';
import { MAJORITY_NAME, MAJORITY_RULE, PHASE_NAME, QUORUM_NAME } from '../../components.tsx';
import { MAJORITIES, QUORUMS } from './schema.ts';

const DAY_LABEL = {
  consultation: 'evaluation.setup.day.consultation',
  proposals: 'evaluation.setup.day.proposals',
  vote: 'evaluation.setup.day.vote',
  result: 'evaluation.setup.day.result',
} as const;

/**
 * The secretariat's settings of the evaluation: a new one (none yet, or the last has its result)
 * or the running one's. What has started is shown, not asked: its value rides along hidden, and
 * the service refuses any change to it.
 */
export function SetupPage(props: { current: CurrentEvaluation | null; form: FormState; today: string }) {
  const { t, fmt } = usePage();
  const href = useHref();
  const running = props.current && props.current.phase !== 'result' ? props.current.evaluation : null;
  const title = t('evaluation.setup.title');
  const frozen = (phase: (typeof DAY_FIELDS)[number]['phase']) => running !== null && hasOpened(running, phase, props.today);
  const rulesFrozen = frozen('vote');
  return (
    <Layout title={titleAfter(t, title, props.form)} noindex>
      <BackLink href={href('/secretariat')}>{t('evaluation.setup.back')}</BackLink>
      <h1>{title}</h1>
      <p class="lead">{t('evaluation.setup.lead')}</p>
      {running ? (
        <Banner
          title={t('evaluation.setup.running', {
            version: running.charter_version,
            phase: t(PHASE_NAME[props.current!.phase]),
          })}
        >
          <p>{t('evaluation.setup.frozenRule')}</p>
        </Banner>
      ) : (
        <p>{t('evaluation.setup.new')}</p>
      )}
      <FormProblems form={props.form} />
      <Form action={href('/secretariat/evaluation')} class="stack">
        {DAY_FIELDS.map(({ field, column, phase }) =>
          running && frozen(phase) ? (
            <>
              {/* What has started is shown as stored, whatever was sent. */}
              <input type="hidden" name={field} value={running[column]} />
              <SummaryList
                rows={[{ key: t(DAY_LABEL[field]), value: `${fmt.date(running[column])} · ${t('evaluation.setup.opened')}` }]}
              />
            </>
          ) : (
            <TextField
              form={props.form}
              name={field}
              label={t(DAY_LABEL[field])}
              hint={t('evaluation.setup.day.hint')}
              width="short"
              inputMode="numeric"
            />
          ),
        )}
        {running && rulesFrozen ? (
          <>
            <input type="hidden" name="quorum" value={running.quorum} />
            <input type="hidden" name="majority" value={running.majority} />
            <SummaryList
              rows={[
                { key: t('evaluation.setup.quorum'), value: t(QUORUM_NAME[running.quorum]) },
                { key: t('evaluation.setup.majority'), value: t(MAJORITY_NAME[running.majority]) },
              ]}
            />
            <p>{t('evaluation.setup.rulesFrozen')}</p>
          </>
        ) : (
          <>
            <Radios
              form={props.form}
              name="quorum"
              label={t('evaluation.setup.quorum')}
              hint={t('evaluation.setup.quorum.hint')}
              options={QUORUMS.map((q) => ({ value: q, label: t(QUORUM_NAME[q]) }))}
            />
            <Radios
              form={props.form}
              name="majority"
              label={t('evaluation.setup.majority')}
              options={MAJORITIES.map((m) => ({ value: m, label: t(MAJORITY_NAME[m]), hint: t(MAJORITY_RULE[m]) }))}
            />
          </>
        )}
        <Button>{running ? t('evaluation.setup.save') : t('evaluation.setup.create')}</Button>
      </Form>
      {running ? (
        <p>
          <a href={href('/secretariat/evaluation/groups')}>{t('evaluation.groups.title')}</a>
        </p>
      ) : null}
    </Layout>
  );
}
