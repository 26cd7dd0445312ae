// trips.*, their itinerary.* and the regions.* they go to.
import { safeFileName } from '../../../shared/fileNames';
import { done, type HandlerMap } from '../handlerMap';
import { recordExport } from '../exportLog/log';
import { printReport, saveReport } from '../reports/print';
import { reportIssuer } from '../workspace/settings';
import { icsFileName, itineraryIcs } from './ics';
import { itineraryHtml } from './itineraryReport';
import * as regions from './regions';
import { listPrefectures, listTrips } from './repository';
import * as trips from './service';

export const tripHandlers: HandlerMap<'trips' | 'itinerary' | 'regions'> = {
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
  'trips.exportIcs': async ({ id }, ctx) => {
    const trip = trips.getTrip(ctx.session.db, id);
    const path = await ctx.dialogs.chooseSaveDestination(icsFileName(trip), [{ name: 'iCalendar', extensions: ['ics'] }]);
    if (!path) return null;
    await saveReport(ctx, path, Buffer.from(itineraryIcs(trip), 'utf8'));
    recordExport(ctx.session, { kind: 'report', what: 'ics', filter: { tripId: id }, rows: trip.items.length, path });
    return { path };
  },
  'trips.itineraryHtml': ({ id, lang }, { session }) => ({ html: itineraryHtml(trips.getTrip(session.db, id), lang, reportIssuer(session.db)) }),
  'trips.printItinerary': async ({ id, lang }, ctx) => {
    const trip = trips.getTrip(ctx.session.db, id);
    const saved = await printReport(ctx, itineraryHtml(trip, lang, reportIssuer(ctx.session.db)), safeFileName(`${trip.title}-行程`, 'pdf'));
    if (saved) recordExport(ctx.session, { kind: 'report', what: 'itinerary', filter: { tripId: id }, rows: trip.items.length, path: saved.path });
    return saved;
  },

  'itinerary.create': ({ tripId, item }, { session }) => trips.createItem(session.db, tripId, item),
  'itinerary.update': ({ id, item }, { session }) => trips.updateItem(session.db, id, item),
  'itinerary.delete': ({ id }, { session }) => trips.deleteItem(session.db, id),
};
