/**
 * The name under which the organisations' public details (name, sector, status) change for the
 * page cache (platform/http/page-cache.ts): pages that show them are cached from it.
 */
export const ORGANISATIONS_CONTENT = 'organisations';
