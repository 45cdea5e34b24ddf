// Version 1 of the self-assessment framework, from the grid in the shared domain notes: seven
// dimensions, three audiences, five levels. Loaded into `assessment_frameworks` on start
// (feature.prepare) when no version exists yet; later versions are drafted by the secretariat.
import type { FrameworkContent } from './framework.ts';

// Filled in by the content pass (issue 9): every descriptor and example in four languages.
export const FRAMEWORK_V1: FrameworkContent = { dimensions: [] };
