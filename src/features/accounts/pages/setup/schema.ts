// The first secretariat account asks exactly what sign-up asks, with the same rules.
export { signUpSchema as setupSchema, type SignUpInput as SetupInput } from '../sign-up/schema.ts';
