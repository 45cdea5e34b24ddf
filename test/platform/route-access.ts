// Who may do what, written by hand: the route walk (route-walk.test.ts) compares every answer of
// the app with this table, never with the permission a route declares. A route missing here
// fails the walk, and so does a row for a route that no longer exists.
//
// One line per route: method, URL as registered, then what each role gets, in this order:
//   anonymous · other (admin of another organisation) · member (of the walk's organisation)
//   · admin (of the walk's organisation) · secretariat
// Outcomes:
//   ok       through the checks: GET shows a page; POST gets the form's own answer (a redirect
//            after success, or 400/409 to the walk's empty form)
//   redirect GET sent elsewhere (not to sign in, not to the account page)
//   sign-in  GET: redirected to sign in; POST: 401
//   account  GET: redirected to the account page (signed in, but not in the right state)
//   403      refused
//   404      not found (for that person, or at all)
// The walk fills the parameters: :orgId is the walk's organisation, :applicationId its application
// (waiting for the executive), :userId one of its members, :invitationId an open invitation,
// :token a link nobody was given, :slug the organisation's (a signatory).

export const ROLES = ['anonymous', 'other', 'member', 'admin', 'secretariat'] as const;
export type Role = (typeof ROLES)[number];
export type Outcome = 'ok' | 'redirect' | 'sign-in' | 'account' | '403' | '404';

const TABLE = `
#    URL                                                             anonymous  other      member     admin      secretariat
GET  /assets/:file                                                   ok         ok         ok         ok         ok
GET  /api/openapi.json                                               ok         ok         ok         ok         ok
GET  /media/logos/:file                                              404        404        404        404        404
GET  /healthz                                                        ok         ok         ok         ok         ok
GET  /readyz                                                         ok         ok         ok         ok         ok
GET  /:lang/charter                                                  ok         ok         ok         ok         ok
GET  /:lang/charter/versions/:version                                ok         ok         ok         ok         ok
GET  /                                                               redirect   redirect   redirect   redirect   redirect
GET  /:lang                                                          ok         ok         ok         ok         ok
GET  /:lang/sign-up                                                  ok         account    account    account    account
POST /:lang/sign-up                                                  ok         ok         ok         ok         ok
GET  /:lang/sign-up/sent                                             ok         ok         ok         ok         ok
GET  /:lang/verify-email/:token                                      404        404        404        404        404
POST /:lang/verify-email/:token                                      404        404        404        404        404
GET  /:lang/resend-verification                                      ok         ok         ok         ok         ok
POST /:lang/resend-verification                                      ok         ok         ok         ok         ok
GET  /:lang/resend-verification/sent                                 ok         ok         ok         ok         ok
GET  /:lang/sign-in                                                  ok         account    account    account    account
GET  /:lang/sign-in/code                                              redirect   account    account    account    account
POST /:lang/sign-in/code                                              ok         ok         ok         ok         ok
POST /:lang/sign-in                                                  ok         ok         ok         ok         ok
POST /:lang/sign-out                                                 ok         ok         ok         ok         ok
GET  /:lang/setup/:token                                             ok         ok         ok         ok         ok
POST /:lang/setup/:token                                             ok         ok         ok         ok         ok
GET  /:lang/forgot-password                                          ok         ok         ok         ok         ok
POST /:lang/forgot-password                                          ok         ok         ok         ok         ok
GET  /:lang/forgot-password/sent                                     ok         ok         ok         ok         ok
GET  /:lang/reset-password/:token                                    404        404        404        404        404
POST /:lang/reset-password/:token                                    404        404        404        404        404
GET  /:lang/account                                                  sign-in    ok         ok         ok         ok
POST /:lang/account/resend-verification                              sign-in    ok         ok         ok         ok
POST /:lang/account/sign-out-everywhere                              sign-in    ok         ok         ok         ok
GET  /:lang/account/profile                                          sign-in    ok         ok         ok         ok
POST /:lang/account/profile                                          sign-in    ok         ok         ok         ok
GET  /:lang/account/password                                         sign-in    ok         ok         ok         ok
POST /:lang/account/password                                         sign-in    ok         ok         ok         ok
GET  /:lang/account/close                                            sign-in    ok         ok         ok         ok
POST /:lang/account/close                                            sign-in    ok         ok         ok         ok
# following: the walk's subject is a draft practice, which nobody may follow (404); stopping
# to follow it is allowed (nothing to remove), and leads back to the settings.
GET  /:lang/account/notifications                                    sign-in    ok         ok         ok         ok
POST /:lang/account/notifications                                    sign-in    ok         ok         ok         ok
GET  /:lang/following/:subjectKind/:subjectId                        sign-in    404        404        404        404
POST /:lang/following/:subjectKind/:subjectId/follow                 sign-in    404        404        404        404
POST /:lang/following/:subjectKind/:subjectId/unfollow               sign-in    ok         ok         ok         ok
POST /:lang/account/data                                             sign-in    ok         ok         ok         ok
GET  /:lang/account/second-factor                                     sign-in    ok         ok         ok         ok
POST /:lang/account/second-factor/start                               sign-in    ok         ok         ok         ok
GET  /:lang/account/second-factor/setup                               sign-in    ok         ok         ok         redirect
POST /:lang/account/second-factor/setup                               sign-in    ok         ok         ok         ok
POST /:lang/account/second-factor/recovery-codes                      sign-in    ok         ok         ok         ok
GET  /:lang/account/second-factor/turn-off                            sign-in    redirect   redirect   redirect   redirect
POST /:lang/account/second-factor/turn-off                            sign-in    ok         ok         ok         ok
GET  /:lang/account/second-factor/check                               sign-in    redirect   redirect   redirect   ok
POST /:lang/account/second-factor/check                               sign-in    ok         ok         ok         ok
GET  /:lang/account/email                                            sign-in    ok         ok         ok         ok
POST /:lang/account/email                                            sign-in    ok         ok         ok         ok
GET  /:lang/confirm-email/:token                                     404        404        404        404        404
POST /:lang/confirm-email/:token                                     404        404        404        404        404
GET  /:lang/sign                                                     ok         ok         ok         ok         ok
GET  /:lang/sign/paper-form.pdf                                       ok         ok         ok         ok         ok
GET  /:lang/sign/apply                                               sign-in    ok         ok         ok         ok
POST /:lang/sign/apply                                               sign-in    ok         ok         ok         ok
GET  /:lang/sign/applications/:applicationId                         sign-in    403        403        ok         403
POST /:lang/sign/applications/:applicationId/resend                  sign-in    403        403        ok         403
POST /:lang/sign/applications/:applicationId/reply                   sign-in    403        403        ok         403
GET  /:lang/sign/confirm/:token                                      404        404        404        404        404
POST /:lang/sign/confirm/:token                                      404        404        404        404        404
GET  /:lang/secretariat                                              sign-in    403        403        403        ok
GET  /:lang/secretariat/applications                                 sign-in    403        403        403        ok
GET  /:lang/secretariat/applications/:applicationId                  sign-in    403        403        403        ok
POST /:lang/secretariat/applications/:applicationId/approve          sign-in    403        403        403        ok
POST /:lang/secretariat/applications/:applicationId/reject           sign-in    403        403        403        ok
POST /:lang/secretariat/applications/:applicationId/request-info     sign-in    403        403        403        ok
GET  /:lang/my-organisations                                         sign-in    ok         ok         ok         ok
GET  /:lang/organisations/:orgId                                     sign-in    403        ok         ok         403
GET  /:lang/organisations/:orgId/history                             sign-in    403        403        ok         403
GET  /:lang/organisations/:orgId/withdraw                            sign-in    403        403        ok         403
POST /:lang/organisations/:orgId/withdraw                            sign-in    403        403        ok         403
POST /:lang/organisations/:orgId/withdraw/confirm                    sign-in    403        403        ok         403
GET  /:lang/organisations/:orgId/members                             sign-in    403        ok         ok         403
GET  /:lang/organisations/:orgId/members/invite                      sign-in    403        403        ok         403
POST /:lang/organisations/:orgId/members/invite                      sign-in    403        403        ok         403
POST /:lang/organisations/:orgId/invitations/:invitationId/cancel    sign-in    403        403        ok         403
GET  /:lang/organisations/:orgId/members/:userId                     sign-in    403        403        ok         403
POST /:lang/organisations/:orgId/members/:userId/role                sign-in    403        403        ok         403
GET  /:lang/organisations/:orgId/members/:userId/remove              sign-in    403        403        ok         403
POST /:lang/organisations/:orgId/members/:userId/remove              sign-in    403        403        ok         403
GET  /:lang/invitations/:token                                       404        404        404        404        404
POST /:lang/invitations/:token                                       sign-in    404        404        404        404
GET  /:lang/organisations/:orgId/profile                             sign-in    403        403        ok         403
POST /:lang/organisations/:orgId/profile                             sign-in    403        403        ok         403
# activities: the log (the walk's activity does not exist, so nothing changes); the secretariat reads every log
GET  /:lang/organisations/:orgId/activities                          sign-in    403        ok         ok         ok
GET  /:lang/organisations/:orgId/activities/new                      sign-in    403        ok         ok         403
POST /:lang/organisations/:orgId/activities/new                      sign-in    403        ok         ok         403
GET  /:lang/organisations/:orgId/activities/:activityId/edit         sign-in    403        404        404        403
POST /:lang/organisations/:orgId/activities/:activityId/edit         sign-in    403        404        404        403
GET  /:lang/organisations/:orgId/activities/:activityId/delete       sign-in    403        404        404        403
POST /:lang/organisations/:orgId/activities/:activityId/delete       sign-in    403        404        404        403
# activities in bulk: templates and the import for the writers of the log, the export for its readers
GET  /:lang/organisations/:orgId/activities/template.csv             sign-in    403        ok         ok         403
GET  /:lang/organisations/:orgId/activities/template.xlsx            sign-in    403        ok         ok         403
GET  /:lang/organisations/:orgId/activities/import                   sign-in    403        ok         ok         403
POST /:lang/organisations/:orgId/activities/import                   sign-in    403        ok         ok         403
GET  /:lang/organisations/:orgId/activities/export.csv               sign-in    403        ok         ok         ok
GET  /:lang/organisations/:orgId/activities/export.xlsx              sign-in    403        ok         ok         ok
# referrals: invitations between organisations (members read the list; admins of a signatory
# invite and stop links; the walk's empty forms are 400; the walk's :token is nobody's link)
GET  /:lang/organisations/:orgId/referrals                           sign-in    403        ok         ok         403
POST /:lang/organisations/:orgId/referrals/link                      sign-in    403        403        ok         403
GET  /:lang/organisations/:orgId/referrals/email                     sign-in    403        403        ok         403
POST /:lang/organisations/:orgId/referrals/email                     sign-in    403        403        ok         403
POST /:lang/organisations/:orgId/referrals/revoke                    sign-in    403        403        ok         403
GET  /:lang/join/:token                                              404        404        404        404        404
POST /:lang/join/:token                                              404        404        404        404        404
GET  /:lang/referrals/chain                                          ok         ok         ok         ok         ok
# practices: writing and review
GET  /:lang/organisations/:orgId/practices                           sign-in    403        ok         ok         403
GET  /:lang/organisations/:orgId/practices/new                       sign-in    403        ok         ok         403
POST /:lang/organisations/:orgId/practices/new                       sign-in    403        ok         ok         403
GET  /:lang/organisations/:orgId/practices/:practiceId               sign-in    403        ok         ok         403
GET  /:lang/organisations/:orgId/practices/:practiceId/edit          sign-in    403        ok         ok         403
POST /:lang/organisations/:orgId/practices/:practiceId/edit          sign-in    403        ok         ok         403
POST /:lang/organisations/:orgId/practices/:practiceId/submit        sign-in    403        403        ok         403
POST /:lang/organisations/:orgId/practices/:practiceId/archive       sign-in    403        403        ok         403
GET  /:lang/organisations/:orgId/practices/:practiceId/files/:file    sign-in    403        404        404        403
GET  /:lang/organisations/:orgId/practices/:practiceId/translation   sign-in    403        ok         ok         403
POST /:lang/organisations/:orgId/practices/:practiceId/translation   sign-in    403        ok         ok         403
GET  /:lang/secretariat/practices                                    sign-in    403        403        403        ok
# The walk's revision is a draft never submitted: not the secretariat's to read (404).
GET  /:lang/secretariat/practices/:revisionId                        sign-in    403        403        403        404
GET  /:lang/secretariat/practices/:revisionId/files/:file            sign-in    403        403        403        404
POST /:lang/secretariat/practices/:revisionId/publish                sign-in    403        403        403        404
POST /:lang/secretariat/practices/:revisionId/return                 sign-in    403        403        403        404
# practices: public library
GET  /:lang/practices                                                ok         ok         ok         ok         ok
GET  /:lang/practices/:practiceSlug                                  404        404        404        404        404
GET  /:lang/practices/:practiceSlug/files/:file                      404        404        404        404        404
POST /:lang/practices/:practiceSlug/adoptions/:orgId                 sign-in    403        404        404        403
POST /:lang/practices/:practiceSlug/adoptions/:orgId/withdraw        sign-in    403        ok         ok         403
# practices: questions, reports, open data
GET  /:lang/practices/:practiceSlug/ask                              404        404        404        404        404
POST /:lang/practices/:practiceSlug/ask                              404        404        404        404        404
GET  /:lang/practices/:practiceSlug/report                           404        404        404        404        404
POST /:lang/practices/:practiceSlug/report                           404        404        404        404        404
GET  /:lang/secretariat/practice-reports                            sign-in    403        403        403        ok
GET  /:lang/secretariat/practice-languages                          sign-in    403        403        403        ok
POST /:lang/secretariat/practice-reports/:reportId/close            sign-in    403        403        403        404
GET  /api/v1/practices                                              ok         ok         ok         ok         ok
GET  /api/v1/practices.csv                                          ok         ok         ok         ok         ok
GET  /api/v1/practices.json                                         ok         ok         ok         ok         ok
GET  /api/v1/practices/:slug                                        404        404        404        404        404
GET  /:lang/practices.atom                                          ok         ok         ok         ok         ok
# obstacles: the register (the walk's obstacle does not exist, so nothing changes)
GET  /:lang/obstacles                                                ok         ok         ok         ok         ok
GET  /:lang/obstacles/:obstacleSlug                                  404        404        404        404        404
POST /:lang/obstacles/:obstacleSlug/endorsements/:orgId              sign-in    403        404        404        403
POST /:lang/obstacles/:obstacleSlug/endorsements/:orgId/withdraw     sign-in    403        404        404        403
GET  /:lang/organisations/:orgId/obstacles/new                       sign-in    403        ok         ok         403
POST /:lang/organisations/:orgId/obstacles/new                       sign-in    403        ok         ok         403
GET  /:lang/organisations/:orgId/obstacles/:ownObstacleSlug/edit    sign-in    403        404        404        403
POST /:lang/organisations/:orgId/obstacles/:ownObstacleSlug/edit    sign-in    403        404        404        403
GET  /:lang/secretariat/obstacles/:obstacleId                        sign-in    403        403        403        404
POST /:lang/secretariat/obstacles/:obstacleId/merge                  sign-in    403        403        403        404
POST /:lang/secretariat/obstacles/:obstacleId/close                  sign-in    403        403        403        404
POST /:lang/secretariat/obstacles/:obstacleId/hide                   sign-in    403        403        403        404
GET  /api/v1/obstacles                                              ok         ok         ok         ok         ok
GET  /api/v1/obstacles.csv                                          ok         ok         ok         ok         ok
GET  /api/v1/obstacles/:slug                                        404        404        404        404        404
# exchange: offers and asks (the walk's :postId names no post)
GET  /:lang/exchange                                                 ok         ok         ok         ok         ok
GET  /:lang/exchange/:postId                                         404        404        404        404        404
GET  /:lang/exchange/:postId/answer                                  404        404        404        404        404
POST /:lang/exchange/:postId/answer                                  404        404        404        404        404
GET  /:lang/organisations/:orgId/exchange                            sign-in    403        ok         ok         403
GET  /:lang/organisations/:orgId/exchange/new                        sign-in    403        ok         ok         403
POST /:lang/organisations/:orgId/exchange/new                        sign-in    403        ok         ok         403
GET  /:lang/organisations/:orgId/exchange/:postId                    sign-in    403        404        404        403
GET  /:lang/organisations/:orgId/exchange/:postId/edit               sign-in    403        404        404        403
POST /:lang/organisations/:orgId/exchange/:postId/edit               sign-in    403        404        404        403
POST /:lang/organisations/:orgId/exchange/:postId/renew              sign-in    403        404        404        403
POST /:lang/organisations/:orgId/exchange/:postId/close              sign-in    403        404        404        403
GET  /:lang/secretariat/exchange                                     sign-in    403        403        403        ok
GET  /:lang/secretariat/exchange/:postId                             sign-in    403        403        403        404
POST /:lang/secretariat/exchange/:postId/hide                        sign-in    403        403        403        404
POST /:lang/secretariat/exchange/:postId/unhide                      sign-in    403        403        403        404
GET  /api/v1/exchange                                                ok         ok         ok         ok         ok
GET  /api/v1/exchange.csv                                            ok         ok         ok         ok         ok
# actions: joint actions (the walk's action does not exist, so nothing changes)
GET  /:lang/actions                                                  ok         ok         ok         ok         ok
GET  /:lang/actions/:actionSlug                                      404        404        404        404        404
GET  /:lang/actions/:actionSlug/edit                                 sign-in    404        404        404        404
POST /:lang/actions/:actionSlug/edit                                 sign-in    404        404        404        404
POST /:lang/actions/:actionSlug/status                               sign-in    404        404        404        404
POST /:lang/actions/:actionSlug/milestones                           sign-in    404        404        404        404
GET  /:lang/actions/:actionSlug/milestones/:milestoneId              sign-in    404        404        404        404
POST /:lang/actions/:actionSlug/milestones/:milestoneId              sign-in    404        404        404        404
POST /:lang/actions/:actionSlug/partners                             sign-in    404        404        404        404
POST /:lang/actions/:actionSlug/partners/:orgId/ask                  sign-in    403        404        404        403
POST /:lang/actions/:actionSlug/partners/:orgId/decide               sign-in    404        404        404        404
POST /:lang/actions/:actionSlug/indicators                           sign-in    404        404        404        404
GET  /:lang/actions/:actionSlug/indicators/:indicatorId              sign-in    404        404        404        404
POST /:lang/actions/:actionSlug/indicators/:indicatorId              sign-in    404        404        404        404
POST /:lang/actions/:actionSlug/updates                              sign-in    404        404        404        404
GET  /:lang/secretariat/actions                                      sign-in    403        403        403        ok
POST /:lang/actions/:actionSlug/hide                                 sign-in    403        403        403        404
POST /:lang/actions/:actionSlug/unhide                               sign-in    403        403        403        404
POST /:lang/actions/:actionSlug/feature                              sign-in    403        403        403        404
POST /:lang/actions/:actionSlug/unfeature                            sign-in    403        403        403        404
GET  /api/v1/actions                                                 ok         ok         ok         ok         ok
GET  /api/v1/actions.csv                                             ok         ok         ok         ok         ok
GET  /api/v1/actions/:slug                                           404        404        404        404        404
GET  /:lang/organisations/:orgId/actions/new                         sign-in    403        ok         ok         403
POST /:lang/organisations/:orgId/actions/new                         sign-in    403        ok         ok         403
GET  /:lang/signatories                                              ok         ok         ok         ok         ok
GET  /:lang/signatories/:slug                                        ok         ok         ok         ok         ok
GET  /:lang/signatories/:slug/certificate                            ok         ok         ok         ok         ok
GET  /badge/:slug.svg                                                ok         ok         ok         ok         ok
GET  /api/v1/signatories                                             ok         ok         ok         ok         ok
GET  /api/v1/signatories.csv                                         ok         ok         ok         ok         ok
GET  /api/v1/signatories.json                                        ok         ok         ok         ok         ok
GET  /api/v1/signatories/:slug                                       ok         ok         ok         ok         ok
# reports in public: reporting statuses and public reports as open data (issue 10)
GET  /api/v1/reporting-statuses                                      ok         ok         ok         ok         ok
GET  /api/v1/reporting-statuses.csv                                  ok         ok         ok         ok         ok
GET  /api/v1/reports                                                 ok         ok         ok         ok         ok
GET  /api/v1/reports.csv                                             ok         ok         ok         ok         ok
GET  /:lang/accessibility                                            ok         ok         ok         ok         ok
GET  /:lang/privacy                                                  ok         ok         ok         ok         ok
GET  /:lang/contact                                                  ok         ok         ok         ok         ok
GET  /:lang/safety                                                   ok         ok         ok         ok         ok
# campaigns: public pages and feeds; support and participation for signed-in people (the services check the organisation); the secretariat's side (the walk's campaign does not exist)
GET  /:lang/campaigns                                                ok         ok         ok         ok         ok
GET  /:lang/campaigns.ics                                            ok         ok         ok         ok         ok
GET  /:lang/campaigns/:campaignSlug                                  404        404        404        404        404
GET  /:lang/campaigns/:campaignSlug/files/:file                      404        404        404        404        404
POST /:lang/campaigns/:campaignSlug/support                          sign-in    404        404        404        404
POST /:lang/campaigns/:campaignSlug/participate                      sign-in    404        404        404        404
GET  /:lang/secretariat/campaigns                                    sign-in    403        403        403        ok
GET  /:lang/secretariat/campaigns/new                                sign-in    403        403        403        ok
POST /:lang/secretariat/campaigns/new                                sign-in    403        403        403        ok
GET  /:lang/secretariat/campaigns/:campaignId/edit                   sign-in    403        403        403        404
POST /:lang/secretariat/campaigns/:campaignId/edit                   sign-in    403        403        403        404
GET  /:lang/secretariat/campaigns/:campaignId/materials/new          sign-in    403        403        403        404
POST /:lang/secretariat/campaigns/:campaignId/materials/new          sign-in    403        403        403        404
POST /:lang/secretariat/campaigns/:campaignId/materials/:materialId/delete sign-in 403        403        403        404
GET  /:lang/secretariat/campaigns/:campaignId/message                sign-in    403        403        403        404
POST /:lang/secretariat/campaigns/:campaignId/message                sign-in    403        403        403        404
GET  /:lang/secretariat/settings                                     sign-in    403        403        403        ok
GET  /:lang/secretariat/paper-signatures                              sign-in    403        403        403        ok
POST /:lang/secretariat/paper-signatures                              sign-in    403        403        403        ok
GET  /:lang/secretariat/scans/:file                                   sign-in    403        403        403        404
POST /:lang/secretariat/settings                                     sign-in    403        403        403        ok
GET  /:lang/secretariat/gallery                                      sign-in    403        403        403        ok
POST /:lang/secretariat/gallery                                      sign-in    403        403        403        ok
# assessment, the secretariat's side: the walk's version 1 is in force, so its texts are not
# editable (its read-only page, 409), no dimension is added to it (409) and it cannot be published
# again (409); the walk's POST to frameworks starts a draft (version 2) and is sent to it
GET  /:lang/secretariat/assessment                                   sign-in    403        403        403        ok
POST /:lang/secretariat/assessment/frameworks                        sign-in    403        403        403        ok
GET  /:lang/secretariat/assessment/frameworks/:version               sign-in    403        403        403        ok
GET  /:lang/secretariat/assessment/frameworks/:version/dimensions/:dimension sign-in 403     403        403        ok
POST /:lang/secretariat/assessment/frameworks/:version/dimensions/:dimension sign-in 403     403        403        ok
POST /:lang/secretariat/assessment/frameworks/:version/publish       sign-in    403        403        403        ok
GET  /:lang/secretariat/assessment/frameworks/:version/new-dimension sign-in   403        403        403        ok
POST /:lang/secretariat/assessment/frameworks/:version/new-dimension sign-in   403        403        403        ok
# assessment, the run (issue 9): the organisation's members read, its administrators and editors write; the walk's run does not exist, so its pages are a 404 for the organisation's people
GET  /:lang/organisations/:orgId/assessment                          sign-in    403        ok         ok         403
POST /:lang/organisations/:orgId/assessment/runs                     sign-in    403        403        ok         403
POST /:lang/organisations/:orgId/assessment/editors                  sign-in    403        403        ok         403
POST /:lang/organisations/:orgId/assessment/editors/:userId/remove   sign-in    403        403        ok         403
GET  /:lang/organisations/:orgId/assessment/runs/:runId/scope        sign-in    403        404        404        403
POST /:lang/organisations/:orgId/assessment/runs/:runId/scope        sign-in    403        404        404        403
GET  /:lang/organisations/:orgId/assessment/runs/:runId/answers/:dimension sign-in 403     404        404        403
POST /:lang/organisations/:orgId/assessment/runs/:runId/answers/:dimension sign-in 403     404        404        403
GET  /:lang/organisations/:orgId/assessment/runs/:runId/answers/:dimension/:audience/file sign-in 403 404  404        403
POST /:lang/organisations/:orgId/assessment/runs/:runId/answers/:dimension/:audience/file sign-in 403 404  404        403
GET  /:lang/organisations/:orgId/assessment/runs/:runId/files/:dimension/:audience sign-in 403 404     404        403
GET  /:lang/organisations/:orgId/assessment/runs/:runId/check        sign-in    403        404        404        403
POST /:lang/organisations/:orgId/assessment/runs/:runId/submit       sign-in    403        404        404        403
# assessment results (issue 9): the walk's run does not exist, so reading it is everyone's 404
# (the service answers 404 to whoever may not read a run, too); the public line is switched.
GET  /:lang/organisations/:orgId/assessment/runs/:runId              sign-in    404        404        404        404
GET  /:lang/organisations/:orgId/assessment/runs/:runId/results.pdf  sign-in    404        404        404        404
GET  /:lang/organisations/:orgId/assessment/runs/:runId/results.csv  sign-in    404        404        404        404
POST /:lang/organisations/:orgId/assessment/runs/:runId/share        sign-in    403        403        404        403
POST /:lang/organisations/:orgId/assessment/public                   sign-in    403        403        ok         403
# reports, the secretariat's reporting cycles (issue 10): the walk's year has no cycle, so a cycle's pages are the secretariat's 404
GET  /:lang/secretariat/reports                                      sign-in    403        403        403        ok
POST /:lang/secretariat/reports                                      sign-in    403        403        403        ok
GET  /:lang/secretariat/reports/:year                                sign-in    403        403        403        404
GET  /:lang/secretariat/reports/:year/days                           sign-in    403        403        403        404
POST /:lang/secretariat/reports/:year/days                           sign-in    403        403        403        404
POST /:lang/secretariat/reports/:year/reminders                      sign-in    403        403        403        404
GET  /:lang/secretariat/reports/:year/reports.xlsx                   sign-in    403        403        403        404
# reports, the editor (issue 10): members read, administrators write; the walk has no cycle for its
# year, so a year's pages are a 404 for the organisation's people; the public page likewise
GET  /:lang/organisations/:orgId/reports                             sign-in    403        ok         ok         403
GET  /:lang/organisations/:orgId/reports/:year                       sign-in    403        404        404        403
POST /:lang/organisations/:orgId/reports/:year/start                 sign-in    403        403        404        403
GET  /:lang/organisations/:orgId/reports/:year/sections/:commitment  sign-in    403        404        404        403
POST /:lang/organisations/:orgId/reports/:year/sections/:commitment  sign-in    403        403        404        403
GET  /:lang/organisations/:orgId/reports/:year/headline              sign-in    403        404        404        403
POST /:lang/organisations/:orgId/reports/:year/headline              sign-in    403        403        404        403
GET  /:lang/organisations/:orgId/reports/:year/preview               sign-in    403        404        404        403
GET  /:lang/organisations/:orgId/reports/:year/report.pdf            sign-in    403        404        404        403
GET  /:lang/signatories/:slug/reports/:year                          404        404        404        404        404
# reports (issue 10): own targets, the executive's statement, submitting and amendments. Members
# read, administrators write; the walk's organisation has no report for :year, so its people get
# a 404 wherever the permission lets them through. The executive's link nobody was given is a 404.
GET  /:lang/organisations/:orgId/reports/:year/targets               sign-in    403        404        404        403
POST /:lang/organisations/:orgId/reports/:year/targets               sign-in    403        403        404        403
POST /:lang/organisations/:orgId/reports/:year/targets/reached       sign-in    403        403        404        403
GET  /:lang/organisations/:orgId/reports/:year/targets/:targetId     sign-in    403        403        404        403
POST /:lang/organisations/:orgId/reports/:year/targets/:targetId     sign-in    403        403        404        403
POST /:lang/organisations/:orgId/reports/:year/targets/:targetId/delete sign-in 403        403        404        403
GET  /:lang/organisations/:orgId/reports/:year/statement             sign-in    403        404        404        403
POST /:lang/organisations/:orgId/reports/:year/statement             sign-in    403        403        404        403
GET  /:lang/reports/statements/:token                                404        404        404        404        404
POST /:lang/reports/statements/:token                                404        404        404        404        404
GET  /:lang/organisations/:orgId/reports/:year/submit                sign-in    403        404        404        403
POST /:lang/organisations/:orgId/reports/:year/submit                sign-in    403        403        404        403
GET  /:lang/organisations/:orgId/reports/:year/amend                 sign-in    403        404        404        403
POST /:lang/organisations/:orgId/reports/:year/amend                 sign-in    403        403        404        403
# consolidated reports (issue 10): public; the walk has no reporting cycle, so every year and
# period is a 404 (the list of years is a page)
GET  /:lang/reports                                                  ok         ok         ok         ok         ok
GET  /:lang/reports/:year                                            404        404        404        404        404
GET  /:lang/reports/:year.xlsx                                       404        404        404        404        404
GET  /:lang/reports/:year.pdf                                        404        404        404        404        404
GET  /:lang/reports/:from-:to                                        404        404        404        404        404
GET  /api/v1/consolidated-reports                                    ok         ok         ok         ok         ok
GET  /api/v1/consolidated-reports/:year                              404        404        404        404        404
# evaluation (issue 10): no evaluation exists in the walk, so the consultation's POST is the
# closed page (409), the forms answer 400 to the empty form, and the walk's proposal does not exist
GET  /:lang/evaluation                                               ok         ok         ok         ok         ok
GET  /:lang/evaluation/proposals                                     ok         ok         ok         ok         ok
GET  /:lang/evaluation/proposals/:proposalId                         404        404        404        404        404
POST /:lang/evaluation/proposals/:proposalId/comments                sign-in    404        404        404        404
POST /:lang/evaluation/proposals/:proposalId/support                 sign-in    404        404        404        404
POST /:lang/evaluation/proposals/:proposalId/withdraw                sign-in    404        404        404        404
GET  /:lang/organisations/:orgId/evaluation/consultation             sign-in    403        ok         ok         403
POST /:lang/organisations/:orgId/evaluation/consultation             sign-in    403        403        ok         403
GET  /:lang/organisations/:orgId/evaluation/proposals/new            sign-in    403        ok         ok         403
POST /:lang/organisations/:orgId/evaluation/proposals/new            sign-in    403        ok         ok         403
GET  /:lang/secretariat/evaluation                                   sign-in    403        403        403        ok
POST /:lang/secretariat/evaluation                                   sign-in    403        403        403        ok
GET  /:lang/secretariat/evaluation/groups                            sign-in    403        403        403        ok
POST /:lang/secretariat/evaluation/groups                            sign-in    403        403        403        ok
POST /:lang/secretariat/evaluation/proposals/:proposalId/group       sign-in    403        403        403        404
# evaluation, the vote and its result (issue 10): the walk has no evaluation, so the vote page says
# so, an empty vote is the form's 400, and the result and the draft say there is none yet.
GET  /:lang/organisations/:orgId/evaluation/vote                     sign-in    403        ok         ok         403
POST /:lang/organisations/:orgId/evaluation/vote                     sign-in    403        403        ok         403
GET  /:lang/evaluation/result                                        ok         ok         ok         ok         ok
GET  /api/v1/evaluation/result                                       ok         ok         ok         ok         ok
GET  /:lang/secretariat/evaluation/charter                           sign-in    403        403        403        ok
POST /:lang/secretariat/evaluation/charter                           sign-in    403        403        403        ok
`;

const OUTCOMES: readonly string[] = ['ok', 'redirect', 'sign-in', 'account', '403', '404'];

/** The table above as `METHOD url` → one outcome per role, checked as it is read. */
export const ACCESS: Map<string, Outcome[]> = new Map(
  TABLE.split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [method, url, ...cells] = line.split(/\s+/);
      if (!method || !url || cells.length !== ROLES.length || cells.some((c) => !OUTCOMES.includes(c)))
        throw new Error(`route-access.ts: cannot read the row "${line}"`);
      return [`${method} ${url}`, cells as Outcome[]] as const;
    }),
);
