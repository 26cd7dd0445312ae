// The API contract: every channel the renderer may call, named `area.verb`, with
// one zod schema for its input and one for its output. The preload exposes
// exactly these, the main process registers exactly these, and the test harness
// bridges exactly these.
import { z } from 'zod';
import { dashboard, dashboardInput } from './dashboard/schema';
import { diagnosticsSaved, reportErrorInput, versions } from './diagnostics/schema';
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
  documentSaved,
  targetsBehindInput,
} from './agreements/schema';
import { auditEntry, auditListInput, companyHistory, companyHistoryInput } from './audit/schema';
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
import { personFindings, personRef, personRemoved } from './people/schema';
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
  icsSaved,
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
import { tripInput } from './trips/schema';
import { jobType, jobTypeCreateInput, jobTypeRenameInput, position, positionInput, positionListInput, positionUpdateInput, roomAndBoardFromVisit, roomAndBoardInput } from './positions/schema';
import { id } from './validation';
import { appLanguageInput } from './app/schema';
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
  templateGetInput,
  templateImportInput,
  templateSaveInput,
  templateSaved,
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
  vettingPassSectionInput,
  vettingPassSectionResult,
  vettingRow,
  vettingSetDateInput,
  vettingSignOffInput,
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
import { exportLogListInput, exportLogPage } from './exportLog/schema';
import { printInput, printOutput, savedFileInput } from './files/schema';
import { importOpenInput, importProblemsInput, importProblemsPage, importRef, importRunInput } from './imports/schema';
import { vettingSummariesInput, vettingSummaryHtmlOutput, vettingSummaryInput, vettingSummarySaved } from './reports/vettingSummary';
import { empty, logo, logoInput, passphraseInput, settings, settingsUpdateInput, unlockInput, workspaceChoice, workspaceInfo } from './workspace/schema';
import { backupEntry, backupId, retentionPolicy } from './backups/schema';
import {
  colleague,
  syncAutoInput,
  syncCard,
  syncIdentityInput,
  syncPlaceInput,
  syncResolveInput,
  syncStatus,
  teamCreateInput,
  teamExportInput,
  teamInvitation,
  teamJoinInput,
} from './sync/schema';
import { updateDownloadInput, updateSetFeedInput, updateSkipInput, updateStatus } from './updates/schema';

const byId = z.object({ id }).strict();
const done = z.object({ done: z.literal(true) });

// Each channel says whether it changes the records of the open workspace: the core refuses
// those while the workspace is read-only (damaged, in use elsewhere, a backup being viewed).
/** Reads the open workspace, or works outside it (a job's status, a file it writes elsewhere). */
const read = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output, writes: false as const });
/** Changes records in the open workspace, or begins work that will (the steps of an import). */
const write = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output, writes: true as const });
/** Chooses, copies, backs up or re-keys the workspace file itself: the session decides what a read-only file allows. */
const file = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output, writes: false as const });

export const contract = {
  'workspace.info': file(empty, workspaceInfo),
  // The path comes from a native file dialog in the main process, never from the renderer.
  'workspace.create': file(empty, workspaceChoice),
  'workspace.open': file(empty, workspaceChoice),
  'workspace.saveCopy': file(empty, z.object({ path: z.string() }).nullable()),
  /** Opens the file the last open asked a passphrase for (workspaceNeedsKey), with the one typed. */
  'workspace.unlock': file(unlockInput, workspaceInfo),
  /** The user chose not to type the passphrase: the workspace already open stays open. */
  'workspace.cancelUnlock': file(empty, workspaceInfo),
  /** "加密此工作区": a workspace from before encryption, encrypted after a checked backup. */
  'workspace.encrypt': file(empty, workspaceInfo),
  /** Puts the workspace under a passphrase (to carry it to another computer), or changes it. */
  'workspace.setPassphrase': file(passphraseInput, workspaceInfo),

  // backups and restore (Settings › 备份与恢复)
  'backups.list': file(empty, z.array(backupEntry)),
  /** Backs up now into the workspace's backups folder. */
  'backups.create': file(empty, backupEntry),
  /** Backs up now to a place the user picks (a native dialog); null when cancelled. */
  'backups.saveTo': file(empty, z.object({ path: z.string() }).nullable()),
  /** The newest backup that passes its integrity check (offered when the workspace is damaged). */
  'backups.newestGood': file(empty, backupEntry.nullable()),
  /** Replaces the workspace with a backup; the current state is backed up first. */
  'backups.restore': file(backupId, workspaceInfo),
  /** Looks inside a backup, read-only, until `backups.closeView`. */
  'backups.openReadOnly': file(backupId, workspaceInfo),
  'backups.closeView': file(empty, workspaceInfo),
  /** How many automatic backups are kept (app-wide); setting it applies from the next backup. */
  'backups.retention': file(empty, retentionPolicy),
  'backups.setRetention': file(retentionPolicy, retentionPolicy),

  'settings.get': read(empty, settings),
  'settings.update': write(settingsUpdateInput.strict(), settings),

  'staff.list': read(staffListInput, z.array(staffMember)),
  'staff.create': write(staffInput, staffMember),
  'staff.update': write(staffUpdateInput, staffMember),
  'staff.deactivate': write(byId, staffMember),
  'staff.reactivate': write(byId, staffMember),

  'lookups.list': read(lookupListInput, z.array(lookupItem)),
  'lookups.create': write(lookupCreateInput, lookupItem),
  'lookups.rename': write(lookupRenameInput, lookupItem),
  'lookups.delete': write(byId, done),

  'companies.list': read(companyListInput, companyList),
  'companies.get': read(byId, company),
  'companies.create': write(companyInput, company),
  'companies.update': write(companyUpdateInput, company),
  'companies.delete': write(byId, done),
  'companies.similar': read(similarInput, similarCompanies),
  'companies.tags': read(empty, z.array(z.string())),

  'visits.list': read(visitListInput, visitList),
  'visits.get': read(byId, visit),
  'visits.create': write(visitInput, visit),
  'visits.update': write(visitUpdateInput, visit),
  'visits.delete': write(byId, done),

  'followUps.list': read(followUpListInput, z.array(followUpRow)),
  'followUps.setDone': write(followUpSetDoneInput, followUpRow),

  'templates.list': read(empty, z.array(templateSummary)),
  'templates.get': read(templateGetInput, templateVersion),
  'templates.create': write(templateCreateInput, templateVersion),
  'templates.saveVersion': write(templateSaveInput, templateVersion),
  // The file goes where the user picks in a native save dialog, like every other file that leaves (so it is logged); null when they cancel.
  'templates.export': read(templateGetInput, templateSaved),
  'templates.import': write(templateImportInput, templateVersion),

  'vettings.start': write(vettingStartInput, vetting),
  'vettings.get': read(byId, vetting),
  'vettings.answer': write(vettingAnswerInput, vetting),
  /** One write for a whole section's obvious answers, in one transaction with one audit entry; never overwrites an answer. */
  'vettings.passSection': write(vettingPassSectionInput, vettingPassSectionResult),
  'vettings.attachPhoto': write(vettingAttachPhotoInput, photoMeta),
  'vettings.photo': read(byId, photo),
  'vettings.removePhoto': write(byId, done),
  'vettings.override': write(vettingOverrideInput, vetting),
  /** Signs off, dated today unless a sign-off date is given (neither after today nor before the vetting's date). */
  'vettings.signOff': write(vettingSignOffInput, vetting),
  /** A draft's date (the day the vetting was done). */
  'vettings.setDate': write(vettingSetDateInput, vetting),
  'vettings.amend': write(byId, vetting),
  'vettings.compare': read(vettingCompareInput, vettingComparison),
  'vettings.listForCompany': read(vettingListForCompanyInput, z.array(vettingRow)),
  'vettings.due': read(vettingDueInput, z.array(dueRow)),

  'actions.create': write(actionCreateInput, action),
  'actions.list': read(actionListInput, z.array(action)),
  'actions.setDone': write(actionSetDoneInput, action),

  'jobTypes.list': read(empty, z.array(jobType)),
  'jobTypes.create': write(jobTypeCreateInput, jobType),
  'jobTypes.rename': write(jobTypeRenameInput, jobType),
  'jobTypes.delete': write(byId, done),

  'positions.list': read(positionListInput, z.array(position)),
  'positions.get': read(byId, position),
  'positions.roomAndBoard': read(roomAndBoardInput, roomAndBoardFromVisit),
  'positions.create': write(positionInput, position),
  'positions.update': write(positionUpdateInput, position),
  'positions.delete': write(byId, done),

  'regions.list': read(empty, z.array(prefecture)),
  'regions.create': write(regionCreateInput, z.union([prefecture, county])),
  'regions.rename': write(regionRenameInput, z.union([prefecture, county])),
  'regions.delete': write(byId, done),

  'trips.list': read(tripListInput, z.array(tripRow)),
  'trips.get': read(byId, trip),
  'trips.create': write(tripInput, trip),
  'trips.update': write(tripUpdateInput, trip),
  'trips.delete': write(byId, done),
  'trips.copy': write(tripCopyInput, trip),
  'trips.addMember': write(memberAddInput, trip),
  'trips.updateMember': write(memberUpdateInput, trip),
  'trips.removeMember': write(byId, trip),
  'trips.setParticipants': write(participantsInput, trip),
  'trips.removeParticipant': write(participantRemoveInput, trip),
  // The .ics goes where the user picks in a native save dialog, like every other file that leaves (so it is logged); null when they cancel.
  'trips.exportIcs': read(byId, icsSaved),
  'trips.itineraryHtml': read(itineraryHtmlInput, itineraryHtmlOutput),
  // The PDF goes where the user picks in a native save dialog; null when they cancel.
  'trips.printItinerary': read(itineraryHtmlInput, z.object({ path: z.string() }).nullable()),

  'itinerary.create': write(itemCreateInput, trip),
  'itinerary.update': write(itemUpdateInput, trip),
  'itinerary.delete': write(byId, trip),

  // jobs: long work polled by id; see electron/core/jobs/jobs.ts
  'jobs.status': read(jobRef, jobStatus),
  'jobs.cancel': read(jobRef, done),
  // exports: asks where to save, then writes the spreadsheet as a job; null when the dialog was cancelled
  'exports.start': read(exportStartInput, jobStarted),
  // what left the workspace (Settings › 导出记录), newest first; each export, report, copy and backup elsewhere adds an entry
  'exportLog.list': read(exportLogListInput, exportLogPage),

  // reports: the unit name is in settings.update; the logo travels on its own (up to 512 KB)
  'settings.logo': read(empty, logo),
  'settings.setLogo': write(logoInput, z.object({ dataUrl: z.string() })),
  'settings.removeLogo': write(empty, done),
  'reports.vettingSummary': read(vettingSummaryInput, vettingSummarySaved),
  'reports.vettingSummaryHtml': read(vettingSummaryInput, vettingSummaryHtmlOutput),
  // Long: a job (see jobs.*); null when the user cancelled the save dialog.
  'reports.vettingSummaries': read(vettingSummariesInput, jobStarted),

  // the trip report: the 工作简报 of one trip; plain calls (well under a second), null when the save dialog was cancelled
  'reports.tripReportHtml': read(tripReportInput, tripReportHtmlOutput),
  'reports.tripReportPdf': read(tripReportInput, tripReportSaved),
  'reports.tripReportDocx': read(tripReportInput, tripReportSaved),

  // imports: open, preview and commit are jobs (see jobs.*) whose results are importOpened,
  // importSummary and importResult; open returns null when the user cancelled the file dialog.
  'imports.open': write(importOpenInput, jobStarted),
  'imports.preview': write(importRunInput, jobStarted),
  'imports.problems': read(importProblemsInput, importProblemsPage),
  'imports.commit': write(importRunInput, jobStarted),
  'imports.discard': write(importRef, done),

  'outcomes.get': read(outcomeGetInput, outcome),
  'outcomes.save': write(outcomeSaveInput, outcome),
  'outcomes.clear': write(outcomeGetInput, done),
  'outcomes.forTrip': read(tripOutcomesInput, tripOutcomes),
  'outcomes.list': read(outcomeListInput, z.array(outcomeRow)),

  'agreements.list': read(agreementListInput, z.array(agreementRow)),
  'agreements.get': read(agreementGetInput, agreement),
  'agreements.create': write(agreementCreateInput, agreement),
  'agreements.update': write(agreementUpdateInput, agreement),
  'agreements.delete': write(byId, done),
  'agreements.attachDocument': write(documentAttachInput, documentMeta),
  // For showing an image in the app; saving a document to a file goes through saveDocument.
  'agreements.document': read(byId, documentData),
  // The stored file goes where the user picks in a native save dialog, so it is logged; null when they cancel.
  'agreements.saveDocument': read(byId, documentSaved),
  'agreements.removeDocument': write(byId, done),
  'agreements.targetsBehind': read(targetsBehindInput, z.array(behindTarget)),

  'placements.list': read(placementListInput, placementList),
  'placements.totals': read(placementListInput, placementTotals),
  'placements.getBatch': read(byId, batch),
  'placements.createBatch': write(batchInput, batch),
  'placements.updateBatch': write(batchUpdateInput, batch),
  'placements.deleteBatch': write(byId, done),
  'placements.createCheckIn': write(checkInInput, checkIn),
  'placements.updateCheckIn': write(checkInUpdateInput, checkIn),
  'placements.deleteCheckIn': write(byId, done),

  // the dashboard
  'dashboard.get': read(dashboardInput, dashboard),
  /** Builds the example workspace from the article (when missing, or again with `rebuild`) and opens it. */
  'workspace.openExample': file(z.object({ rebuild: z.boolean().default(false) }).strict(), workspaceChoice),

  'trash.list': read(empty, z.array(trashItem)),
  'trash.restore': write(trashRef, done),
  'trash.purge': write(trashRef, done),

  'audit.list': read(auditListInput, z.array(auditEntry)),
  'audit.companyHistory': read(companyHistoryInput, companyHistory),

  'people.find': read(personRef, personFindings),
  'people.remove': write(personRef, personRemoved),

  // team sync (Settings › 团队同步, the top bar's 同步, 合并审阅). Its settings are this computer's
  // own (never synced); the team key and the WebDAV password are wrapped by the OS keystore.
  'sync.status': read(empty, syncStatus),
  'sync.setIdentity': write(syncIdentityInput, syncStatus),
  'sync.setPlace': write(syncPlaceInput, syncStatus),
  /** The folder place chosen in a native folder dialog and set at once; null when cancelled. */
  'sync.chooseFolder': write(empty, syncStatus.nullable()),
  'sync.setAuto': write(syncAutoInput, syncStatus),
  'sync.createTeam': write(teamCreateInput, teamInvitation),
  /** Saves the team file where the user picks (a native save dialog); null when cancelled. */
  'sync.exportTeam': file(teamExportInput, teamInvitation.nullable()),
  /** Joins with the code, or (code absent) a team file chosen in a native dialog; null when cancelled. */
  'sync.joinTeam': write(teamJoinInput, syncStatus.nullable()),
  /** One sync as a job (see jobs.*); its result is a syncResultSummary. */
  'sync.run': write(empty, jobStarted),
  'sync.cards': read(empty, z.array(syncCard)),
  /** A choice on a card; the cards still waiting. */
  'sync.resolve': write(syncResolveInput, z.array(syncCard)),
  'sync.colleagues': read(empty, z.array(colleague)),

  // diagnostics: the log folder, 导出诊断信息, the renderer's errors written to the log (shared/diagnostics)
  /** An error in the window, written to the log (its text redacted). */
  'diagnostics.reportError': file(reportErrorInput, done),
  'diagnostics.versions': file(empty, versions),
  /** 帮助 › 打开日志文件夹: the shell opens <dataDir>/logs. */
  'diagnostics.openLogFolder': file(empty, done),
  /** 帮助 › 导出诊断信息: one .zip where the user picks (a native save dialog); null when cancelled. */
  'diagnostics.export': file(empty, diagnosticsSaved),

  // updates from the bureau's intranet (electron-updater, generic provider; shared/updates)
  // This installation's own settings and the program itself, not the workspace: all `read`.
  'updates.status': read(empty, updateStatus),
  'updates.setFeed': read(updateSetFeedInput, updateStatus),
  /** Reads the feed now (帮助 › 检查更新, the check at start). */
  'updates.check': read(empty, updateStatus),
  'updates.skip': read(updateSkipInput, updateStatus),
  /** The offered version's download as a job (see jobs.*); electron-updater's, in the main process. */
  'updates.download': read(updateDownloadInput, jobStarted),
  /** 重启并安装: the program quits and the installer runs. */
  'updates.install': read(empty, done),

  // saved files handed to the system: 打开文件 / 打开所在文件夹, and printing (shared/files)
  /** Opens a file this app saved in this run with its program; anything else is refused. */
  'files.open': read(savedFileInput, done),
  /** Shows a file this app saved in this run, selected in its folder. */
  'files.showInFolder': read(savedFileInput, done),
  /** Sends a report to a printer through the system's print dialog (false: the user cancelled). */
  'reports.print': read(printInput, printOutput),

  // this installation: the language menus and native dialogs follow (shared/app)
  /** The renderer's language, told at start and on every switch: kept for the next start, and the menus follow it now. */
  'app.setLanguage': read(appLanguageInput, appLanguageInput),
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
