import { invalid } from '../../platform/outcome.ts';

/**
 * A service's refusal of some fields, for a service that also has reasons (`closed`,
 * `forbidden`…): the form is shown again with a message beside each field and 400.
 */
export const invalidFields = (errors: Record<string, string>, values?: Record<string, string | number>) => ({
  ...invalid(errors, values),
  error: 'invalid' as const,
});
