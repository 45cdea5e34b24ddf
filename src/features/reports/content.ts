/**
 * The name under which reports change for the page cache (platform/http/page-cache.ts, ADR 0022):
 * a signatory's profile shows its reports and reporting status, so a submission or an amendment
 * moves it.
 */
export const REPORTS_CONTENT = 'reports';
