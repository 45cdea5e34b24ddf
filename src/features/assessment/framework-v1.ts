// Version 1 of the self-assessment framework, from the grid in the shared domain notes: seven
// dimensions, three audiences, five levels. Loaded into `assessment_frameworks` on start
// (feature.prepare) when no version exists yet; later versions are drafted by the secretariat.
// Each dimension's texts live in their own file (framework-v1-<dimension>.ts) to keep files small.
import type { FrameworkContent } from './framework.ts';
import { ACCESS } from './framework-v1-access.ts';
import { ACCESSIBILITY } from './framework-v1-accessibility.ts';
import { LEADERSHIP } from './framework-v1-leadership.ts';
import { NON_DIGITAL } from './framework-v1-non-digital.ts';
import { SHARING } from './framework-v1-sharing.ts';
import { SKILLS } from './framework-v1-skills.ts';
import { TRUST } from './framework-v1-trust.ts';

export const FRAMEWORK_V1: FrameworkContent = {
  dimensions: [LEADERSHIP, ACCESS, SKILLS, ACCESSIBILITY, NON_DIGITAL, TRUST, SHARING],
};
