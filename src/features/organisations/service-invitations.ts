// What other features may ask of invitations (signing invites the first administrator of an
// organisation signed on paper).
export { inviteFirstAdministrator } from './invitations.ts';
