// The API contract: every channel the renderer may call, named `area.verb`, with
// one zod schema for its input and one for its output. The preload exposes
// exactly these, the main process registers exactly these, and the test harness
// bridges exactly these.
import { z } from 'zod';
import { dashboard, dashboardInput } from './dashboard/schema';
import {
  agreement,
  agreementCreateInput,
  agreementGetInput,
  agreementListInput,
  agreementRow,
  agreementUpdateInput,
  behindTarget,
  documentAttachInput,
  documentData,
  documentMeta,
  targetsBehindInput,
} from './agreements/schema';
import { auditEntry, auditListInput } from './audit/schema';
import {
  company,
  companyInput,
  companyList,
  companyListInput,
  companyUpdateInput,
  similarCompanies,
  similarInput,
} from './companies/schema';
import { tripReportHtmlOutput, tripReportInput, tripReportSaved } from './reports/tripReport';
import { outcome, outcomeGetInput, outcomeListInput, outcomeRow, outcomeSaveInput, tripOutcomes, tripOutcomesInput } from './outcomes/schema';
import { lookupCreateInput, lookupItem, lookupListInput, lookupRenameInput } from './lookups/schema';
import { staffInput, staffListInput, staffMember, staffUpdateInput } from './staff/schema';
import { trashItem, trashRef } from './trash/schema';
import {
  itemCreateInput,
  itemUpdateInput,
  memberAddInput,
  memberUpdateInput,
  participantRemoveInput,
  participantsInput,
  prefecture,
  county,
  icsExport,
  itineraryHtmlInput,
  itineraryHtmlOutput,
  regionCreateInput,
  regionRenameInput,
  trip,
  tripCopyInput,
  tripListInput,
  tripRow,
  tripUpdateInput,
} from './trips/contract';
import { jobType, jobTypeCreateInput, jobTypeRenameInput, position, positionInput, positionListInput, positionUpdateInput, tripInput } from './trips/schema';
import { id } from './validation';
import {
  batch,
  batchInput,
  batchUpdateInput,
  checkIn,
  checkInInput,
  checkInUpdateInput,
  placementList,
  placementListInput,
  placementTotals,
} from './placements/schema';
import {
  action,
  actionCreateInput,
  actionListInput,
  actionSetDoneInput,
  dueRow,
  photo,
  photoMeta,
  templateCreateInput,
  templateExport,
  templateGetInput,
  templateImportInput,
  templateSaveInput,
  templateSummary,
  templateVersion,
  vetting,
  vettingAnswerInput,
  vettingAttachPhotoInput,
  vettingCompareInput,
  vettingComparison,
  vettingDueInput,
  vettingListForCompanyInput,
  vettingOverrideInput,
  vettingRow,
  vettingStartInput,
} from './vetting/schema';
import {
  followUpListInput,
  followUpRow,
  followUpSetDoneInput,
  visit,
  visitInput,
  visitList,
  visitListInput,
  visitUpdateInput,
} from './visits/schema';
import { jobRef, jobStarted, jobStatus } from './jobs/schema';
import { exportStartInput } from './exports/schema';
import { importOpenInput, importProblemsInput, importProblemsPage, importRef, importRunInput } from './imports/schema';
import { vettingSummariesInput, vettingSummaryHtmlOutput, vettingSummaryInput, vettingSummarySaved } from './reports/vettingSummary';
import { empty, logo, logoInput, passphraseInput, settings, settingsUpdateInput, unlockInput, workspaceChoice, workspaceInfo } from './workspace/schema';
import { backupEntry, backupId, retentionPolicy } from './backups/schema';

const byId = z.object({ id }).strict();
const done = z.object({ done: z.literal(true) });

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const contract = {
  'workspace.info': channel(empty, workspaceInfo),
  // The path comes from a native file dialog in the main process, never from the renderer.
  'workspace.create': channel(empty, workspaceChoice),
  'workspace.open': channel(empty, workspaceChoice),
  'workspace.saveCopy': channel(empty, z.object({ path: z.string() }).nullable()),
  /** Opens the file the last open asked a passphrase for (workspaceNeedsKey), with the one typed. */
  'workspace.unlock': channel(unlockInput, workspaceInfo),
  /** The user chose not to type the passphrase: the workspace already open stays open. */
  'workspace.cancelUnlock': channel(empty, workspaceInfo),
  /** "加密此工作区": a workspace from before encryption, encrypted after a checked backup. */
  'workspace.encrypt': channel(empty, workspaceInfo),
  /** Puts the workspace under a passphrase (to carry it to another computer), or changes it. */
  'workspace.setPassphrase': channel(passphraseInput, workspaceInfo),

  // backups and restore (Settings › 备份与恢复)
  'backups.list': channel(empty, z.array(backupEntry)),
  /** Backs up now into the workspace's backups folder. */
  'backups.create': channel(empty, backupEntry),
  /** Backs up now to a place the user picks (a native dialog); null when cancelled. */
  'backups.saveTo': channel(empty, z.object({ path: z.string() }).nullable()),
  /** The newest backup that passes its integrity check (offered when the workspace is damaged). */
  'backups.newestGood': channel(empty, backupEntry.nullable()),
  /** Replaces the workspace with a backup; the current state is backed up first. */
  'backups.restore': channel(backupId, workspaceInfo),
  /** Looks inside a backup, read-only, until `backups.closeView`. */
  'backups.openReadOnly': channel(backupId, workspaceInfo),
  'backups.closeView': channel(empty, workspaceInfo),
  /** How many automatic backups are kept (app-wide); setting it applies from the next backup. */
  'backups.retention': channel(empty, retentionPolicy),
  'backups.setRetention': channel(retentionPolicy, retentionPolicy),

  'settings.get': channel(empty, settings),
  'settings.update': channel(settingsUpdateInput.strict(), settings),

  'staff.list': channel(staffListInput, z.array(staffMember)),
  'staff.create': channel(staffInput, staffMember),
  'staff.update': channel(staffUpdateInput, staffMember),
  'staff.deactivate': channel(byId, staffMember),
  'staff.reactivate': channel(byId, staffMember),

  'lookups.list': channel(lookupListInput, z.array(lookupItem)),
  'lookups.create': channel(lookupCreateInput, lookupItem),
  'lookups.rename': channel(lookupRenameInput, lookupItem),
  'lookups.delete': channel(byId, done),

  'companies.list': channel(companyListInput, companyList),
  'companies.get': channel(byId, company),
  'companies.create': channel(companyInput, company),
  'companies.update': channel(companyUpdateInput, company),
  'companies.delete': channel(byId, done),
  'companies.similar': channel(similarInput, similarCompanies),
  'companies.tags': channel(empty, z.array(z.string())),

  'visits.list': channel(visitListInput, visitList),
  'visits.get': channel(byId, visit),
  'visits.create': channel(visitInput, visit),
  'visits.update': channel(visitUpdateInput, visit),
  'visits.delete': channel(byId, done),

  'followUps.list': channel(followUpListInput, z.array(followUpRow)),
  'followUps.setDone': channel(followUpSetDoneInput, followUpRow),

  'templates.list': channel(empty, z.array(templateSummary)),
  'templates.get': channel(templateGetInput, templateVersion),
  'templates.create': channel(templateCreateInput, templateVersion),
  'templates.saveVersion': channel(templateSaveInput, templateVersion),
  'templates.export': channel(templateGetInput, templateExport),
  'templates.import': channel(templateImportInput, templateVersion),

  'vettings.start': channel(vettingStartInput, vetting),
  'vettings.get': channel(byId, vetting),
  'vettings.answer': channel(vettingAnswerInput, vetting),
  'vettings.attachPhoto': channel(vettingAttachPhotoInput, photoMeta),
  'vettings.photo': channel(byId, photo),
  'vettings.removePhoto': channel(byId, done),
  'vettings.override': channel(vettingOverrideInput, vetting),
  'vettings.signOff': channel(byId, vetting),
  'vettings.amend': channel(byId, vetting),
  'vettings.compare': channel(vettingCompareInput, vettingComparison),
  'vettings.listForCompany': channel(vettingListForCompanyInput, z.array(vettingRow)),
  'vettings.due': channel(vettingDueInput, z.array(dueRow)),

  'actions.create': channel(actionCreateInput, action),
  'actions.list': channel(actionListInput, z.array(action)),
  'actions.setDone': channel(actionSetDoneInput, action),

  'jobTypes.list': channel(empty, z.array(jobType)),
  'jobTypes.create': channel(jobTypeCreateInput, jobType),
  'jobTypes.rename': channel(jobTypeRenameInput, jobType),
  'jobTypes.delete': channel(byId, done),

  'positions.list': channel(positionListInput, z.array(position)),
  'positions.get': channel(byId, position),
  'positions.create': channel(positionInput, position),
  'positions.update': channel(positionUpdateInput, position),
  'positions.delete': channel(byId, done),

  'regions.list': channel(empty, z.array(prefecture)),
  'regions.create': channel(regionCreateInput, z.union([prefecture, county])),
  'regions.rename': channel(regionRenameInput, z.union([prefecture, county])),
  'regions.delete': channel(byId, done),

  'trips.list': channel(tripListInput, z.array(tripRow)),
  'trips.get': channel(byId, trip),
  'trips.create': channel(tripInput, trip),
  'trips.update': channel(tripUpdateInput, trip),
  'trips.delete': channel(byId, done),
  'trips.copy': channel(tripCopyInput, trip),
  'trips.addMember': channel(memberAddInput, trip),
  'trips.updateMember': channel(memberUpdateInput, trip),
  'trips.removeMember': channel(byId, trip),
  'trips.setParticipants': channel(participantsInput, trip),
  'trips.removeParticipant': channel(participantRemoveInput, trip),
  'trips.exportIcs': channel(byId, icsExport),
  'trips.itineraryHtml': channel(itineraryHtmlInput, itineraryHtmlOutput),
  // The PDF goes where the user picks in a native save dialog; null when they cancel.
  'trips.printItinerary': channel(itineraryHtmlInput, z.object({ path: z.string() }).nullable()),

  'itinerary.create': channel(itemCreateInput, trip),
  'itinerary.update': channel(itemUpdateInput, trip),
  'itinerary.delete': channel(byId, trip),

  // jobs (issue 6): long work polled by id; see electron/core/jobs/jobs.ts
  'jobs.status': channel(jobRef, jobStatus),
  'jobs.cancel': channel(jobRef, done),
  // exports (issue 6): asks where to save, then writes the spreadsheet as a job; null when the dialog was cancelled
  'exports.start': channel(exportStartInput, jobStarted),

  // reports (issue 6): the unit name is in settings.update; the logo travels on its own (up to 512 KB)
  'settings.logo': channel(empty, logo),
  'settings.setLogo': channel(logoInput, z.object({ dataUrl: z.string() })),
  'settings.removeLogo': channel(empty, done),
  'reports.vettingSummary': channel(vettingSummaryInput, vettingSummarySaved),
  'reports.vettingSummaryHtml': channel(vettingSummaryInput, vettingSummaryHtmlOutput),
  // Long: a job (see jobs.*); null when the user cancelled the save dialog.
  'reports.vettingSummaries': channel(vettingSummariesInput, jobStarted),

  // tripReport (issue 6): the 工作简报 of one trip; plain calls (well under a second), null when the save dialog was cancelled
  'reports.tripReportHtml': channel(tripReportInput, tripReportHtmlOutput),
  'reports.tripReportPdf': channel(tripReportInput, tripReportSaved),
  'reports.tripReportDocx': channel(tripReportInput, tripReportSaved),

  // imports (issue 6): open, preview and commit are jobs (see jobs.*) whose results are importOpened,
  // importSummary and importResult; open returns null when the user cancelled the file dialog.
  'imports.open': channel(importOpenInput, jobStarted),
  'imports.preview': channel(importRunInput, jobStarted),
  'imports.problems': channel(importProblemsInput, importProblemsPage),
  'imports.commit': channel(importRunInput, jobStarted),
  'imports.discard': channel(importRef, done),

  // outcomes (issue 5)
  'outcomes.get': channel(outcomeGetInput, outcome),
  'outcomes.save': channel(outcomeSaveInput, outcome),
  'outcomes.clear': channel(outcomeGetInput, done),
  'outcomes.forTrip': channel(tripOutcomesInput, tripOutcomes),
  'outcomes.list': channel(outcomeListInput, z.array(outcomeRow)),

  // agreements (issue 5)
  'agreements.list': channel(agreementListInput, z.array(agreementRow)),
  'agreements.get': channel(agreementGetInput, agreement),
  'agreements.create': channel(agreementCreateInput, agreement),
  'agreements.update': channel(agreementUpdateInput, agreement),
  'agreements.delete': channel(byId, done),
  'agreements.attachDocument': channel(documentAttachInput, documentMeta),
  'agreements.document': channel(byId, documentData),
  'agreements.removeDocument': channel(byId, done),
  'agreements.targetsBehind': channel(targetsBehindInput, z.array(behindTarget)),

  // placements (issue 5)
  'placements.list': channel(placementListInput, placementList),
  'placements.totals': channel(placementListInput, placementTotals),
  'placements.getBatch': channel(byId, batch),
  'placements.createBatch': channel(batchInput, batch),
  'placements.updateBatch': channel(batchUpdateInput, batch),
  'placements.deleteBatch': channel(byId, done),
  'placements.createCheckIn': channel(checkInInput, checkIn),
  'placements.updateCheckIn': channel(checkInUpdateInput, checkIn),
  'placements.deleteCheckIn': channel(byId, done),

  // dashboard and example workspace (issue 5)
  'dashboard.get': channel(dashboardInput, dashboard),
  /** Builds the example workspace from the article (when missing, or again with `rebuild`) and opens it. */
  'workspace.openExample': channel(z.object({ rebuild: z.boolean().default(false) }).strict(), workspaceChoice),

  'trash.list': channel(empty, z.array(trashItem)),
  'trash.restore': channel(trashRef, done),
  'trash.purge': channel(trashRef, done),

  'audit.list': channel(auditListInput, z.array(auditEntry)),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const isChannel = (name: unknown): name is Channel => typeof name === 'string' && Object.hasOwn(contract, name);

/** Nested view of the contract: `api.companies.list(input)`. */
type Areas = { [C in Channel as C extends `${infer A}.${string}` ? A : never]: true };
export type Api = {
  [A in keyof Areas]: {
    [C in Channel as C extends `${A & string}.${infer V}` ? V : never]: (
      input: ChannelInput<C>,
    ) => Promise<import('./result').Result<ChannelOutput<C>>>;
  };
};

/** Builds `window.api` from a single invoke function; used by the preload and the harness alike. */
export function buildApi(invoke: (channel: Channel, input: unknown) => Promise<unknown>): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const c of CHANNELS) {
    const [area, verb] = c.split('.') as [string, string];
    (api[area] ??= {})[verb] = (input: unknown) => invoke(c, input ?? {});
  }
  return api as unknown as Api;
}
