import { type ComponentType, lazy } from 'react';
import { createHashRouter } from 'react-router';
import { RouteErrorPage } from '../features/diagnostics/ErrorPage';
import { AppShell } from './AppShell';

// Every screen is loaded with its route (React.lazy; AppShell shows the loading state while
// it comes), so the window opens on the code of one screen and the dashboard's charts
// (@mui/x-charts) are loaded with the dashboard only.
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazy(() => load().then((m) => ({ default: m[name] })));

const AgreementDetailPage = page(() => import('../features/agreements/AgreementDetailPage'), 'AgreementDetailPage');
const AgreementFormPage = page(() => import('../features/agreements/AgreementFormPage'), 'AgreementFormPage');
const AgreementListPage = page(() => import('../features/agreements/AgreementListPage'), 'AgreementListPage');
const DashboardPage = page(() => import('../features/dashboard/DashboardPage'), 'DashboardPage');
const CompanyDetailPage = page(() => import('../features/companies/CompanyDetailPage'), 'CompanyDetailPage');
const CompanyFormPage = page(() => import('../features/companies/CompanyFormPage'), 'CompanyFormPage');
const CompanyListPage = page(() => import('../features/companies/CompanyListPage'), 'CompanyListPage');
const FollowUpsPage = page(() => import('../features/followUps/FollowUpsPage'), 'FollowUpsPage');
const ImportPage = page(() => import('../features/imports/ImportPage'), 'ImportPage');
const ItineraryPage = page(() => import('../features/trips/itinerary/ItineraryPage'), 'ItineraryPage');
const ComparePositionsPage = page(() => import('../features/positions/ComparePositionsPage'), 'ComparePositionsPage');
const PositionFormPage = page(() => import('../features/positions/PositionFormPage'), 'PositionFormPage');
const PositionListPage = page(() => import('../features/positions/PositionListPage'), 'PositionListPage');
const BatchFormPage = page(() => import('../features/placements/BatchFormPage'), 'BatchFormPage');
const PlacementsPage = page(() => import('../features/placements/PlacementsPage'), 'PlacementsPage');
const ReviewPage = page(() => import('../features/sync/ReviewPage'), 'ReviewPage');
const SettingsPage = page(() => import('../features/settings/SettingsPage'), 'SettingsPage');
const TemplateEditorPage = page(() => import('../features/templates/TemplateEditorPage'), 'TemplateEditorPage');
const TemplateListPage = page(() => import('../features/templates/TemplateListPage'), 'TemplateListPage');
const TrashPage = page(() => import('../features/trash/TrashPage'), 'TrashPage');
const OutcomeFormPage = page(() => import('../features/outcomes/OutcomeFormPage'), 'OutcomeFormPage');
const OutcomeLedgerPage = page(() => import('../features/outcomes/OutcomeLedgerPage'), 'OutcomeLedgerPage');
const TripDetailPage = page(() => import('../features/trips/TripDetailPage'), 'TripDetailPage');
const TripFormPage = page(() => import('../features/trips/TripFormPage'), 'TripFormPage');
const TripListPage = page(() => import('../features/trips/TripListPage'), 'TripListPage');
const VisitFormPage = page(() => import('../features/visits/VisitFormPage'), 'VisitFormPage');
const ComparePage = page(() => import('../features/vetting/ComparePage'), 'ComparePage');
const VettingPage = page(() => import('../features/vetting/VettingPage'), 'VettingPage');
const VisitListPage = page(() => import('../features/visits/VisitListPage'), 'VisitListPage');

// Hash routes: the page is loaded from the app's own bundle, not a web server.
export const router = createHashRouter([
  {
    path: '/',
    element: <AppShell />,
    // A screen that throws shows our error page (and is logged), not the router's English default.
    errorElement: <RouteErrorPage />,
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
      { path: 'settings/:section', element: <SettingsPage /> },
      { path: 'sync/review', element: <ReviewPage /> },
    ],
  },
]);
