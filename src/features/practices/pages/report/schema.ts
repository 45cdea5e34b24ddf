import { z } from 'zod';
import { choice, optionalText } from '../../../../platform/http/fields.ts';
import { REPORT_REASONS } from '../../service-contact.ts';

export const DETAILS_MAX = 1000;

export const reportSchema = z.object({
  reason: choice(REPORT_REASONS, 'practices.report.error.reason'),
  details: optionalText(DETAILS_MAX),
});
