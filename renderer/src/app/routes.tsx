import { createHashRouter } from 'react-router';
import { AgreementDetailPage } from '../features/agreements/AgreementDetailPage';
import { AgreementFormPage } from '../features/agreements/AgreementFormPage';
import { AgreementListPage } from '../features/agreements/AgreementListPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { CompanyDetailPage } from '../features/companies/CompanyDetailPage';
import { CompanyFormPage } from '../features/companies/CompanyFormPage';
import { CompanyListPage } from '../features/companies/CompanyListPage';
import { FollowUpsPage } from '../features/followUps/FollowUpsPage';
import { ImportPage } from '../features/imports/ImportPage';
import { ItineraryPage } from '../features/trips/itinerary/ItineraryPage';
import { ComparePositionsPage } from '../features/positions/ComparePositionsPage';
import { PositionFormPage } from '../features/positions/PositionFormPage';
import { PositionListPage } from '../features/positions/PositionListPage';
import { BatchFormPage } from '../features/placements/BatchFormPage';
import { PlacementsPage } from '../features/placements/PlacementsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TemplateEditorPage } from '../features/templates/TemplateEditorPage';
import { TemplateListPage } from '../features/templates/TemplateListPage';
import { TrashPage } from '../features/trash/TrashPage';
import { OutcomeFormPage } from '../features/outcomes/OutcomeFormPage';
import { OutcomeLedgerPage } from '../features/outcomes/OutcomeLedgerPage';
import { TripDetailPage } from '../features/trips/TripDetailPage';
import { TripFormPage } from '../features/trips/TripFormPage';
import { TripListPage } from '../features/trips/TripListPage';
import { VisitFormPage } from '../features/visits/VisitFormPage';
import { ComparePage } from '../features/vetting/ComparePage';
import { VettingPage } from '../features/vetting/VettingPage';
import { VisitListPage } from '../features/visits/VisitListPage';
import { AppShell } from './AppShell';

// Hash routes: the page is loaded from the app's own bundle, not a web server.
export const router = createHashRouter([
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'companies', element: <CompanyListPage /> },
      { path: 'companies/new', element: <CompanyFormPage /> },
      { path: 'companies/:id', element: <CompanyDetailPage /> },
      { path: 'companies/:id/edit', element: <CompanyFormPage /> },
      { path: 'visits', element: <VisitListPage /> },
      { path: 'visits/new', element: <VisitFormPage /> },
      { path: 'visits/:id', element: <VisitFormPage /> },
      { path: 'positions', element: <PositionListPage /> },
      { path: 'positions/new', element: <PositionFormPage /> },
      { path: 'positions/compare', element: <ComparePositionsPage /> },
      { path: 'positions/:id', element: <PositionFormPage /> },
      { path: 'imports/:target', element: <ImportPage /> },
      { path: 'trips', element: <TripListPage /> },
      { path: 'trips/new', element: <TripFormPage /> },
      { path: 'trips/:id', element: <TripDetailPage /> },
      { path: 'trips/:id/edit', element: <TripFormPage /> },
      { path: 'agreements', element: <AgreementListPage /> },
      { path: 'agreements/new', element: <AgreementFormPage /> },
      { path: 'agreements/:id', element: <AgreementDetailPage /> },
      { path: 'agreements/:id/edit', element: <AgreementFormPage /> },
      { path: 'vettings/compare', element: <ComparePage /> },
      { path: 'vettings/:id', element: <VettingPage /> },
      { path: 'trips/:id/itinerary', element: <ItineraryPage /> },
      { path: 'placements', element: <PlacementsPage /> },
      { path: 'placements/batches/new', element: <BatchFormPage /> },
      { path: 'placements/batches/:id', element: <BatchFormPage /> },
      { path: 'trips/:tripId/outcomes/:itemId', element: <OutcomeFormPage /> },
      { path: 'outcomes', element: <OutcomeLedgerPage /> },
      { path: 'follow-ups', element: <FollowUpsPage /> },
      { path: 'trash', element: <TrashPage /> },
      { path: 'templates', element: <TemplateListPage /> },
      { path: 'templates/:id', element: <TemplateEditorPage /> },
      { path: 'settings', element: <SettingsPage /> },
    ],
  },
]);
