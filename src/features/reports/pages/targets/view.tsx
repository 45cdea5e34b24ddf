import { Layout } from '../../../../platform/views/layout.tsx';
import { usePage, useHref } from '../../../../platform/views/context.ts';
import { SummaryList, Table, Tag } from '../../../../platform/views/components.tsx';
import { Button, Form, FormProblems, Radios, TextField, titleAfter, type FormState } from '../../../../platform/views/form.tsx';
import { LOCALE_TAG, type Lang } from '../../../../platform/i18n/i18n.ts';
import { PROGRESS_LABEL } from '../../labels.ts';
import type { Progress, ProgressStatus } from '../../progress.ts';
import type { TargetRow } from '../../repository-targets.ts';
import type { DueTarget, TargetsView } from '../../service-targets.ts';
import { reportPath, ReportTop } from '../parts.tsx';
import { DIRECTIONS, INDICATOR_MAX, reachedField, UNIT_MAX } from './schema.ts';

export const targetsPath = (orgId: string, year: number) => `${reportPath(orgId, year)}/targets`;

const DIRECTION_LABEL = {
  increase: 'reports.targets.direction.increase',
  decrease: 'reports.targets.direction.decrease',
} as const;

// Rates as percentages with up to two decimals, the ratio with two: formatters made once per language.
const percentFormats = new Map<Lang, Intl.NumberFormat>();
const ratioFormats = new Map<Lang, Intl.NumberFormat>();
function formatWith(cache: Map<Lang, Intl.NumberFormat>, lang: Lang, options: Intl.NumberFormatOptions) {
  let f = cache.get(lang);
  if (!f) cache.set(lang, (f = new Intl.NumberFormat(LOCALE_TAG[lang], options)));
  return f;
}
const percent = (lang: Lang, r: number) => formatWith(percentFormats, lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(r);
const ratio = (lang: Lang, r: number) => formatWith(ratioFormats, lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(r);

/** A stored decimal in the reader's number format, with its unit. */
function useValue() {
  const { fmt } = usePage();
  return (value: string, unit: string) => (unit ? `${fmt.number(Number(value))} ${unit}` : fmt.number(Number(value)));
}

const TONE: Record<ProgressStatus, 'green' | 'yellow' | 'red' | 'grey' | 'blue'> = {
  achieved: 'green',
  onTrack: 'green',
  needsAcceleration: 'yellow',
  limited: 'yellow',
  deterioration: 'red',
  notAssessable: 'grey',
};

/** The targets page: the values reached for targets now due, then the targets for the years to come. */
export function TargetsPage(props: {
  view: TargetsView;
  orgName: string;
  orgId: string;
  canWrite: boolean;
  reachedForm: FormState;
  addForm: FormState;
}) {
  const { t } = usePage();
  const href = useHref();
  const withUnit = useValue();
  const { view, orgId } = props;
  const year = view.report.year;
  const writable = props.canWrite && view.report.status === 'draft';
  const title = t('reports.targets.title', { year });
  return (
    <Layout title={titleAfter(t, title, props.reachedForm, props.addForm)} noindex>
      <div class="stack">
        <ReportTop orgId={orgId} orgName={props.orgName} year={year} title={title}>
          <p class="lead">{t('reports.targets.lead')}</p>
          {view.report.status === 'submitted' ? <p>{t('reports.targets.frozen')}</p> : null}
        </ReportTop>

        <h2>{t('reports.targets.due.title', { year })}</h2>
        {view.due.length === 0 ? (
          <p>{t('reports.targets.due.none')}</p>
        ) : (
          <Form action={href(`${targetsPath(orgId, year)}/reached`)} class="stack">
            <FormProblems form={props.reachedForm} />
            {view.due.map((d) => (
              <DueTargetBlock due={d} year={year} form={props.reachedForm} writable={writable} />
            ))}
            {writable ? <Button>{t('reports.targets.due.save')}</Button> : null}
          </Form>
        )}

        <h2>{t('reports.targets.set.title')}</h2>
        {view.set.length === 0 ? (
          <p>{t('reports.targets.set.none')}</p>
        ) : (
          <Table<TargetRow>
            caption={t('reports.targets.set.caption', { year })}
            rows={view.set}
            columns={[
              { header: t('reports.targets.field.indicator'), cell: (r) => r.indicator },
              { header: t('reports.targets.field.direction'), cell: (r) => t(DIRECTION_LABEL[r.direction]) },
              { header: t('reports.targets.base'), cell: (r) => t('reports.targets.valueIn', { value: withUnit(r.base_value, r.unit), year: r.base_year }) },
              { header: t('reports.targets.target'), cell: (r) => t('reports.targets.valueIn', { value: withUnit(r.target_value, r.unit), year: r.target_year }) },
              ...(writable
                ? [{ header: t('reports.targets.set.change'), cell: (r: TargetRow) => <a href={href(`${targetsPath(orgId, year)}/${r.id}`)}>{t('reports.targets.set.changeLink', { indicator: r.indicator })}</a> }]
                : []),
            ]}
          />
        )}
        {writable ? (
          <Form action={href(targetsPath(orgId, year))} class="stack">
            <h3>{t('reports.targets.add.title')}</h3>
            <FormProblems form={props.addForm} />
            <TargetFields form={props.addForm} year={year} />
            <Button>{t('reports.targets.add.submit')}</Button>
          </Form>
        ) : null}
      </div>
    </Layout>
  );
}

function DueTargetBlock(props: { due: DueTarget; year: number; form: FormState; writable: boolean }) {
  const { t } = usePage();
  const withUnit = useValue();
  const { target: r, progress } = props.due;
  const rows = [
    { key: t('reports.targets.field.direction'), value: t(DIRECTION_LABEL[r.direction]) },
    { key: t('reports.targets.base'), value: t('reports.targets.valueIn', { value: withUnit(r.base_value, r.unit), year: r.base_year }) },
    { key: t('reports.targets.target'), value: t('reports.targets.valueIn', { value: withUnit(r.target_value, r.unit), year: r.target_year }) },
  ];
  if (!props.writable && r.reached_value !== null)
    rows.push({ key: t('reports.targets.reached', { year: props.year }), value: withUnit(r.reached_value, r.unit) });
  return (
    <section class="stack">
      <h3>{r.indicator}</h3>
      <SummaryList rows={rows} />
      {progress ? <ProgressInputs progress={progress} /> : null}
      {props.writable ? (
        <TextField
          form={props.form}
          name={reachedField(r.id)}
          label={t('reports.targets.reached', { year: props.year })}
          hint={r.unit ? t('reports.targets.reachedHint', { unit: r.unit }) : undefined}
          inputMode="decimal"
          width="short"
          required={false}
        />
      ) : null}
      {!props.writable && r.reached_value === null ? <p>{t('reports.targets.notEntered')}</p> : null}
    </section>
  );
}

/** The status and what it was read from: base, latest, the rates and their ratio. */
function ProgressInputs({ progress }: { progress: Progress }) {
  const { t, fmt, lang } = usePage();
  const value = (o: Progress['base']) => (o ? t('reports.targets.observation', { value: fmt.number(o.value), year: o.year }) : '–');
  const rate = (r: number | null) => (r === null ? '–' : percent(lang, r));
  return (
    <SummaryList
      rows={[
        { key: t('reports.targets.progress'), value: <Tag tone={TONE[progress.status]}>{t(PROGRESS_LABEL[progress.status])}</Tag> },
        { key: t('reports.targets.input.base'), value: value(progress.base) },
        { key: t('reports.targets.input.latest'), value: value(progress.latest) },
        { key: t('reports.targets.input.observedRate'), value: rate(progress.observedRate) },
        { key: t('reports.targets.input.requiredRate'), value: rate(progress.requiredRate) },
        { key: t('reports.targets.input.ratio'), value: progress.ratio === null ? '–' : ratio(lang, progress.ratio) },
      ]}
    />
  );
}

/** The fields of a target, for adding one and for changing it. */
export function TargetFields({ form, year }: { form: FormState; year: number }) {
  const { t } = usePage();
  return (
    <>
      <TextField form={form} name="indicator" label={t('reports.targets.field.indicator')} hint={t('reports.targets.field.indicatorHint')} maxLength={INDICATOR_MAX} />
      <TextField form={form} name="unit" label={t('reports.targets.field.unit')} hint={t('reports.targets.field.unitHint')} maxLength={UNIT_MAX} width="medium" required={false} />
      <Radios
        form={form}
        name="direction"
        label={t('reports.targets.field.direction')}
        options={DIRECTIONS.map((d) => ({ value: d, label: t(DIRECTION_LABEL[d]) }))}
      />
      <TextField form={form} name="baseYear" label={t('reports.targets.field.baseYear')} hint={t('reports.targets.field.baseYearHint', { year })} inputMode="numeric" width="short" />
      <TextField form={form} name="baseValue" label={t('reports.targets.field.baseValue')} inputMode="decimal" width="short" />
      <TextField form={form} name="targetYear" label={t('reports.targets.field.targetYear')} hint={t('reports.targets.field.targetYearHint', { year })} inputMode="numeric" width="short" />
      <TextField form={form} name="targetValue" label={t('reports.targets.field.targetValue')} inputMode="decimal" width="short" />
    </>
  );
}

/** Changing or deleting a target this report set. */
export function TargetEditPage(props: { orgId: string; orgName: string; year: number; targetId: string; form: FormState }) {
  const { t } = usePage();
  const href = useHref();
  const title = t('reports.targets.edit.title');
  const base = `${targetsPath(props.orgId, props.year)}/${props.targetId}`;
  return (
    <Layout title={titleAfter(t, title, props.form)} noindex>
      <div class="stack">
        <ReportTop orgId={props.orgId} orgName={props.orgName} year={props.year} title={title} />
        <Form action={href(base)} class="stack">
          <FormProblems form={props.form} />
          <TargetFields form={props.form} year={props.year} />
          <Button>{t('reports.targets.edit.save')}</Button>
        </Form>
        <Form action={href(`${base}/delete`)}>
          <Button variant="warning">{t('reports.targets.edit.delete')}</Button>
        </Form>
        <p>
          <a href={href(targetsPath(props.orgId, props.year))}>{t('reports.targets.edit.back')}</a>
        </p>
      </div>
    </Layout>
  );
}
