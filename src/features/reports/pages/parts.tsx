import type { ComponentChildren } from 'preact';
import { usePage, useHref } from '../../../platform/views/context.ts';
import { BackLink } from '../../../platform/views/components.tsx';

// What the targets, statement, submit and amend pages share: their addresses and their top.

/** The report's overview (the editor's page), without the language. */
export const reportPath = (orgId: string, year: number) => `/organisations/${orgId}/reports/${year}`;

/** Back to the report, the organisation's name above the one heading. */
export function ReportTop(props: { orgId: string; orgName: string; year: number; title: string; children?: ComponentChildren }) {
  const { t } = usePage();
  const href = useHref();
  return (
    <>
      <BackLink href={href(reportPath(props.orgId, props.year))}>{t('reports.submit.backToReport', { year: props.year })}</BackLink>
      <p class="caption">{props.orgName}</p>
      <h1>{props.title}</h1>
      {props.children}
    </>
  );
}
