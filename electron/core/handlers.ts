// The handler map: one function per contract channel, and the single place where
// input is validated and failures become `{ ok: false, error }`. Electron's IPC and
// the test harness both call `invoke`, so they run exactly the same code.
import { dashboard } from './dashboard/service';
import { jobsOf } from './jobs/jobs';
import { startExport } from './exports/service';
import * as imports from './imports/jobs';
import * as tripReport from './reports/tripReport/service';
import { openExampleWorkspace } from './example/open';
import type { z } from 'zod';
import { type Channel, type Contract, contract, isChannel } from '../../shared/channels';
import { ApiFailure, type ApiError, type Result, toFieldIssues } from '../../shared/result';
import * as agreements from './agreements/service';
import { listAudit } from './audit/audit';
import * as companies from './companies/service';
import { allTags, listCompanies, similarCompanies } from './companies/repository';
import * as lookups from './lookups/service';
import * as outcomes from './outcomes/service';
import { listJobTypes, listPositions } from './positions/repository';
import * as positions from './positions/service';
import * as placements from './placements/service';
import * as staff from './staff/service';
import { icsFileName, itineraryIcs } from './trips/ics';
import { itineraryHtml } from './trips/itineraryReport';
import * as regions from './trips/regions';
import { listPrefectures, listTrips } from './trips/repository';
import * as trips from './trips/service';
import { listTrash, purgeFromTrash, restoreFromTrash } from './trash/service';
import * as actions from './vetting/actions';
import * as vettings from './vetting/service';
import * as templates from './vetting/templates';
import { listFollowUps } from './visits/repository';
import { listVisits } from './visits/repository';
import * as visits from './visits/service';
import type { WorkspaceSession } from './workspace/session';
import { getLogo, getSettings, removeLogo, reportIssuer, setLogo, updateSettings } from './workspace/settings';
import { printReport } from './reports/print';
import * as vettingReports from './reports/vettingService';
import { workspaceErrorOf } from './db/errors';
import { readRetention, writeRetention } from './backups/policy';

/** The native file dialogs, passed in: Electron shows real ones, tests answer with paths. */
export interface FileDialogs {
  chooseNewWorkspace(): Promise<string | null>;
  chooseWorkspaceToOpen(): Promise<string | null>;
  chooseCopyDestination(suggestedName: string): Promise<string | null>;
  /** Where to save a printed report (PDF). */
  choosePdfDestination(suggestedName: string): Promise<string | null>;
  /** Where to save an exported file; `suggestedName` carries the extension of the first filter. */
  chooseSaveDestination(suggestedName: string, filters: FileFilter[]): Promise<string | null>;
  /** A file to read (an import); null when the user cancels. */
  chooseFileToOpen(filters: FileFilter[]): Promise<string | null>;
}

/** A file-type filter of a native dialog, e.g. { name: 'Excel', extensions: ['xlsx'] }. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Prints an HTML report to PDF with Chromium: printToPDF in the app, page.pdf in the harness. */
export interface HtmlPrinter {
  toPdf(html: string): Promise<Uint8Array>;
}

export interface CoreContext {
  session: WorkspaceSession;
  dialogs: FileDialogs;
  /** Absent where no Chromium is at hand; printing then says so. */
  printer?: HtmlPrinter;
  /** The app's own folder (Electron's userData): the example workspace is built there. */
  dataDir: string;
  /** Told after the open workspace changed (the shell updates the window title). */
  onWorkspaceChanged?: () => void;
}

type Handlers = {
  [C in Channel]: (input: z.output<Contract[C]['input']>, ctx: CoreContext) => z.input<Contract[C]['output']> | Promise<z.input<Contract[C]['output']>>;
};

const done = { done: true as const };

/** The open workspace changed (the shell remembers it and retitles the window). */
const switched = <T>(ctx: CoreContext, value: T): T => {
  ctx.onWorkspaceChanged?.();
  return value;
};

const handlers: Handlers = {
  'workspace.info': (_, { session }) => session.info(),
  'workspace.create': async (_, ctx) => {
    const path = await ctx.dialogs.chooseNewWorkspace();
    if (!path) return null;
    const info = ctx.session.create(path);
    ctx.onWorkspaceChanged?.();
    return info;
  },
  'workspace.open': async (_, ctx) => {
    const path = await ctx.dialogs.chooseWorkspaceToOpen();
    if (!path) return null;
    const info = ctx.session.open(path);
    ctx.onWorkspaceChanged?.();
    return info;
  },
  'workspace.saveCopy': async (_, { session, dialogs, dataDir }) => {
    const path = await dialogs.chooseCopyDestination(`${session.info().name}-副本.sqlite`);
    if (!path) return null;
    await session.saveCopy(path, dataDir);
    return { path };
  },
  'workspace.unlock': ({ passphrase }, ctx) => switched(ctx, ctx.session.unlock(passphrase)),
  'workspace.cancelUnlock': (_, { session }) => session.cancelUnlock(),
  'workspace.encrypt': (_, { session }) => session.encrypt(),
  'workspace.setPassphrase': ({ passphrase }, { session }) => session.setPassphrase(passphrase),

  'backups.list': (_, { session }) => session.listBackups(),
  'backups.create': (_, { session }) => session.backup('manual'),
  'backups.saveTo': async (_, { session, dialogs, dataDir }) => {
    const path = await dialogs.chooseCopyDestination(`${session.info().name}-备份-${new Date().toISOString().slice(0, 10)}.sqlite`);
    if (!path) return null;
    await session.saveCopy(path, dataDir);
    return { path };
  },
  'backups.newestGood': (_, { session }) => session.newestGoodBackup(),
  'backups.restore': ({ id }, ctx) => switched(ctx, ctx.session.restore(id)),
  'backups.openReadOnly': ({ id }, ctx) => switched(ctx, ctx.session.openBackup(id)),
  'backups.closeView': (_, ctx) => switched(ctx, ctx.session.closeBackup()),
  'backups.retention': (_, { dataDir }) => readRetention(dataDir),
  'backups.setRetention': (policy, { dataDir }) => writeRetention(dataDir, policy),

  'settings.get': (_, { session }) => getSettings(session.db),
  'settings.update': (input, { session }) => {
    if (input.currentStaffId) staff.assertActiveStaff(session.db, [input.currentStaffId], 'currentStaffId');
    return updateSettings(session.db, input);
  },

  'staff.list': (input, { session }) => staff.listStaff(session.db, input.includeInactive),
  'staff.create': (input, { session }) => staff.createStaff(session.db, input),
  'staff.update': ({ id, ...v }, { session }) => staff.updateStaff(session.db, id, v),
  'staff.deactivate': ({ id }, { session }) => staff.setStaffActive(session.db, id, false),
  'staff.reactivate': ({ id }, { session }) => staff.setStaffActive(session.db, id, true),

  'lookups.list': ({ kind }, { session }) => lookups.listLookups(session.db, kind),
  'lookups.create': ({ kind, name }, { session }) => lookups.createLookup(session.db, kind, name),
  'lookups.rename': ({ id, name }, { session }) => lookups.renameLookup(session.db, id, name),
  'lookups.delete': ({ id }, { session }) => (lookups.deleteLookup(session.db, id), done),

  'companies.list': (input, { session }) => listCompanies(session.db, input),
  'companies.get': ({ id }, { session }) => companies.getCompany(session.db, id),
  'companies.create': (input, { session }) => companies.createCompany(session.db, input),
  'companies.update': ({ id, ...v }, { session }) => companies.updateCompany(session.db, id, v),
  'companies.delete': ({ id }, { session }) => (companies.deleteCompany(session.db, id), done),
  'companies.similar': ({ name, excludeId }, { session }) => similarCompanies(session.db, name, excludeId ?? null),
  'companies.tags': (_, { session }) => allTags(session.db).sort(new Intl.Collator('zh').compare),

  'visits.list': (input, { session }) => listVisits(session.db, input),
  'visits.get': ({ id }, { session }) => visits.getVisit(session.db, id),
  'visits.create': (input, { session }) => visits.createVisit(session.db, input),
  'visits.update': ({ id, visit }, { session }) => visits.updateVisit(session.db, id, visit),
  'visits.delete': ({ id }, { session }) => (visits.deleteVisit(session.db, id), done),

  'followUps.list': ({ scope, today }, { session }) => listFollowUps(session.db, scope, today),
  'followUps.setDone': ({ id, done: d }, { session }) => visits.setFollowUpDone(session.db, id, d),

  'templates.list': (_, { session }) => templates.listTemplates(session.db),
  'templates.get': ({ id, version }, { session }) => templates.getTemplate(session.db, id, version ?? null),
  'templates.create': ({ content }, { session }) => templates.createTemplate(session.db, content),
  'templates.saveVersion': ({ id, content }, { session }) => templates.saveTemplateVersion(session.db, id, content),
  'templates.export': ({ id, version }, { session }) => templates.exportTemplate(session.db, id, version ?? null),
  'templates.import': ({ text }, { session }) => templates.importTemplate(session.db, text),

  'vettings.start': (input, { session }) => vettings.startVetting(session.db, input),
  'vettings.get': ({ id }, { session }) => vettings.getVetting(session.db, id),
  'vettings.answer': (input, { session }) => vettings.answerItem(session.db, input),
  'vettings.attachPhoto': (input, { session }) => vettings.attachPhoto(session.db, input),
  'vettings.photo': ({ id }, { session }) => vettings.getPhoto(session.db, id),
  'vettings.removePhoto': ({ id }, { session }) => (vettings.removePhoto(session.db, id), done),
  'vettings.override': (input, { session }) => vettings.overrideVerdict(session.db, input),
  'vettings.signOff': ({ id }, { session }) => vettings.signOffVetting(session.db, id),
  'vettings.amend': ({ id }, { session }) => vettings.amendVetting(session.db, id),
  'vettings.compare': ({ fromId, toId }, { session }) => vettings.compareVettings(session.db, fromId, toId),
  'vettings.listForCompany': ({ companyId }, { session }) => vettings.listForCompany(session.db, companyId),
  'vettings.due': ({ today, withinDays }, { session }) => vettings.dueForRevetting(session.db, today, withinDays),

  'actions.create': (input, { session }) => actions.createAction(session.db, input),
  'actions.list': ({ companyId, scope }, { session }) => actions.listActions(session.db, companyId ?? null, scope),
  'actions.setDone': ({ id, done: d }, { session }) => actions.setActionDone(session.db, id, d),

  'jobTypes.list': (_, { session }) => listJobTypes(session.db),
  'jobTypes.create': ({ name }, { session }) => positions.createJobType(session.db, name),
  'jobTypes.rename': ({ id, name }, { session }) => positions.renameJobType(session.db, id, name),
  'jobTypes.delete': ({ id }, { session }) => (positions.deleteJobType(session.db, id), done),

  'positions.list': (input, { session }) => listPositions(session.db, input),
  'positions.get': ({ id }, { session }) => positions.getPosition(session.db, id),
  'positions.create': (input, { session }) => positions.createPosition(session.db, input),
  'positions.update': ({ id, position }, { session }) => positions.updatePosition(session.db, id, position),
  'positions.delete': ({ id }, { session }) => (positions.deletePosition(session.db, id), done),

  'regions.list': (_, { session }) => listPrefectures(session.db),
  'regions.create': ({ name, prefectureId }, { session }) => regions.createRegion(session.db, name, prefectureId),
  'regions.rename': ({ id, name }, { session }) => regions.renameRegion(session.db, id, name),
  'regions.delete': ({ id }, { session }) => (regions.deleteRegion(session.db, id), done),

  'trips.list': ({ status }, { session }) => listTrips(session.db, status ?? null),
  'trips.get': ({ id }, { session }) => trips.getTrip(session.db, id),
  'trips.create': (input, { session }) => trips.createTrip(session.db, input),
  'trips.update': ({ id, trip }, { session }) => trips.updateTrip(session.db, id, trip),
  'trips.delete': ({ id }, { session }) => (trips.deleteTrip(session.db, id), done),
  'trips.copy': ({ id, newStartDate, title }, { session }) => trips.copyTrip(session.db, id, newStartDate, title),
  'trips.addMember': ({ tripId, member }, { session }) => trips.addMember(session.db, tripId, member),
  'trips.updateMember': ({ id, member }, { session }) => trips.updateMember(session.db, id, member),
  'trips.removeMember': ({ id }, { session }) => trips.removeMember(session.db, id),
  'trips.setParticipants': (input, { session }) => trips.setParticipants(session.db, input),
  'trips.removeParticipant': ({ tripId, companyId }, { session }) => trips.removeParticipant(session.db, tripId, companyId),
  'trips.exportIcs': ({ id }, { session }) => {
    const trip = trips.getTrip(session.db, id);
    return { fileName: icsFileName(trip), text: itineraryIcs(trip) };
  },
  'trips.itineraryHtml': ({ id, lang }, { session }) => ({ html: itineraryHtml(trips.getTrip(session.db, id), lang, reportIssuer(session.db)) }),
  'trips.printItinerary': async ({ id, lang }, ctx) => {
    const trip = trips.getTrip(ctx.session.db, id);
    return printReport(ctx, itineraryHtml(trip, lang, reportIssuer(ctx.session.db)), `${trip.title}-行程.pdf`);
  },

  'itinerary.create': ({ tripId, item }, { session }) => trips.createItem(session.db, tripId, item),
  'itinerary.update': ({ id, item }, { session }) => trips.updateItem(session.db, id, item),
  'itinerary.delete': ({ id }, { session }) => trips.deleteItem(session.db, id),

  // jobs (issue 6)
  'jobs.status': ({ id }, ctx) => jobsOf(ctx).status(id),
  'jobs.cancel': ({ id }, ctx) => (jobsOf(ctx).cancel(id), done),
  'exports.start': (input, ctx) => startExport(ctx, input),

  // reports (issue 6)
  'settings.logo': (_, { session }) => {
    const dataUrl = getLogo(session.db);
    return dataUrl ? { dataUrl } : null;
  },
  'settings.setLogo': ({ data }, { session }) => setLogo(session.db, data),
  'settings.removeLogo': (_, { session }) => (removeLogo(session.db), done),
  'reports.vettingSummary': ({ companyId, lang }, ctx) => vettingReports.printCompanySummary(ctx, companyId, lang),
  'reports.vettingSummaryHtml': ({ companyId, lang }, { session }) => ({ html: vettingReports.companySummaryHtml(session.db, companyId, lang) }),
  'reports.vettingSummaries': ({ lang, ...set }, ctx) => vettingReports.startSummariesJob(ctx, set, lang),

  // tripReport (issue 6)
  'reports.tripReportHtml': ({ tripId, lang }, ctx) => tripReport.tripReportPreview(ctx, tripId, lang),
  'reports.tripReportPdf': ({ tripId, lang }, ctx) => tripReport.saveTripReportPdf(ctx, tripId, lang),
  'reports.tripReportDocx': ({ tripId, lang }, ctx) => tripReport.saveTripReportDocx(ctx, tripId, lang),

  // imports (issue 6)
  'imports.open': ({ target }, ctx) => imports.startOpen(ctx, target),
  'imports.preview': (input, ctx) => imports.startPreview(ctx, input),
  'imports.problems': ({ importId, offset, limit }, ctx) => imports.problems(ctx, importId, offset, limit),
  'imports.commit': (input, ctx) => imports.startCommit(ctx, input),
  'imports.discard': ({ importId }, ctx) => (imports.discard(ctx, importId), done),

  // outcomes (issue 5)
  'outcomes.get': ({ itemId }, { session }) => outcomes.getOutcome(session.db, itemId),
  'outcomes.save': ({ itemId, outcome }, { session }) => outcomes.saveOutcome(session.db, itemId, outcome),
  'outcomes.clear': ({ itemId }, { session }) => (outcomes.deleteOutcome(session.db, itemId), done),
  'outcomes.forTrip': ({ tripId }, { session }) => outcomes.getTripOutcomes(session.db, tripId),
  'outcomes.list': (filter, { session }) => outcomes.listOutcomes(session.db, filter),

  // agreements (issue 5)
  'agreements.list': ({ today, ...filter }, { session }) => agreements.listAgreements(session.db, filter, today),
  'agreements.get': ({ id, today }, { session }) => agreements.getAgreement(session.db, id, today),
  'agreements.create': ({ agreement, today }, { session }) => agreements.createAgreement(session.db, agreement, today),
  'agreements.update': ({ id, agreement, today }, { session }) => agreements.updateAgreement(session.db, id, agreement, today),
  'agreements.delete': ({ id }, { session }) => (agreements.deleteAgreement(session.db, id), done),
  'agreements.attachDocument': ({ agreementId, fileName, data }, { session }) => agreements.attachDocument(session.db, agreementId, fileName, data),
  'agreements.document': ({ id }, { session }) => agreements.getDocument(session.db, id),
  'agreements.removeDocument': ({ id }, { session }) => (agreements.removeDocument(session.db, id), done),
  'agreements.targetsBehind': ({ today }, { session }) => agreements.targetsBehind(session.db, today),

  // placements (issue 5)
  'placements.list': (input, { session }) => placements.listPlacements(session.db, input),
  'placements.totals': (input, { session }) => placements.placementTotals(session.db, input),
  'placements.getBatch': ({ id }, { session }) => placements.getBatch(session.db, id),
  'placements.createBatch': (input, { session }) => placements.createBatch(session.db, input),
  'placements.updateBatch': ({ id, batch }, { session }) => placements.updateBatch(session.db, id, batch),
  'placements.deleteBatch': ({ id }, { session }) => (placements.deleteBatch(session.db, id), done),
  'placements.createCheckIn': (input, { session }) => placements.createCheckIn(session.db, input),
  'placements.updateCheckIn': ({ id, checkIn }, { session }) => placements.updateCheckIn(session.db, id, checkIn),
  'placements.deleteCheckIn': ({ id }, { session }) => (placements.deleteCheckIn(session.db, id), done),

  // dashboard and example workspace (issue 5)
  'dashboard.get': (input, { session }) => dashboard(session.db, input),
  'workspace.openExample': ({ rebuild }, ctx) => {
    const info = openExampleWorkspace(ctx.session, ctx.dataDir, rebuild);
    ctx.onWorkspaceChanged?.();
    return info;
  },

  'trash.list': (_, { session }) => listTrash(session.db),
  'trash.restore': ({ kind, id }, { session }) => (restoreFromTrash(session.db, kind, id), done),
  'trash.purge': ({ kind, id }, { session }) => (purgeFromTrash(session.db, kind, id), done),

  'audit.list': ({ entityId, limit }, { session }) => listAudit(session.db, entityId, limit),
};

const READ_VERBS = new Set(['list', 'get', 'info', 'tags', 'similar', 'export', 'photo', 'compare', 'listForCompany', 'due', 'exportIcs', 'itineraryHtml', 'printItinerary', 'forTrip', 'document', 'targetsBehind', 'totals', 'getBatch', 'logo', 'vettingSummary', 'vettingSummaryHtml', 'vettingSummaries', 'status', 'cancel', 'tripReportHtml', 'tripReportPdf', 'tripReportDocx', 'problems']);
/** Channels that change the open file; refused while it is damaged and opened read-only. */
export const writesWorkspace = (c: Channel) =>
  !c.startsWith('workspace.') && !c.startsWith('exports.') && !c.startsWith('backups.') && !READ_VERBS.has(c.split('.')[1]!);

export interface InvokeOptions {
  /** Also check each output against its schema (tests turn this on to catch contract drift). */
  checkOutputs?: boolean;
  /** Where unexpected errors are reported (never to the renderer). */
  logError?: (channel: string, error: unknown) => void;
}

export function createInvoker(ctx: CoreContext, options: InvokeOptions = {}) {
  return async function invoke(channel: unknown, rawInput: unknown): Promise<Result<unknown>> {
    if (!isChannel(channel)) return { ok: false, error: { code: 'UNKNOWN_CHANNEL', key: 'unknownChannel' } };
    const spec = contract[channel];
    const parsed = spec.input.safeParse(rawInput, { reportInput: true });
    if (!parsed.success) {
      return { ok: false, error: { code: 'VALIDATION', key: 'validation', issues: toFieldIssues(parsed.error.issues) } };
    }
    try {
      if (writesWorkspace(channel) && !ctx.session.writable) ctx.session.readOnlyError();
      const handler = handlers[channel] as (input: unknown, ctx: CoreContext) => unknown;
      const value = await handler(parsed.data, ctx);
      if (options.checkOutputs) spec.output.parse(value);
      return { ok: true, value };
    } catch (e) {
      return { ok: false, error: toApiError(e, channel, options) };
    }
  };
}

function toApiError(e: unknown, channel: string, options: InvokeOptions): ApiError {
  if (e instanceof ApiFailure) return e.error;
  // The unique indexes are the last line of defence behind the service checks.
  if (e instanceof Error && 'code' in e && e.code === 'SQLITE_CONSTRAINT_UNIQUE') return { code: 'CONFLICT', key: 'duplicate' };
  const workspaceError = workspaceErrorOf(e);
  if (workspaceError) return workspaceError;
  options.logError?.(channel, e);
  return { code: 'INTERNAL', key: 'internal' };
}
