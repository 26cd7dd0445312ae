// The frame around every screen: navigation on the left, the open workspace, the
// current user and the language switch on top.
import AssignmentLateOutlined from '@mui/icons-material/AssignmentLateOutlined';
import BusinessOutlined from '@mui/icons-material/BusinessOutlined';
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import DirectionsWalkOutlined from '@mui/icons-material/DirectionsWalkOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import FlightTakeoffOutlined from '@mui/icons-material/FlightTakeoffOutlined';
import HandshakeOutlined from '@mui/icons-material/HandshakeOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import PersonOutline from '@mui/icons-material/PersonOutlined';
import MergeTypeOutlined from '@mui/icons-material/MergeTypeOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import TranslateOutlined from '@mui/icons-material/TranslateOutlined';
import WorkOutlined from '@mui/icons-material/WorkOutlined';
import { AppBar, Badge, Box, Button, Chip, Drawer, List, ListItemButton, ListItemIcon, ListItemText, Toolbar, Typography } from '@mui/material';
import TransferWithinAStationOutlined from '@mui/icons-material/TransferWithinAStationOutlined';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { ErrorState, LoadingState } from '../components/States';
import { DamagedWorkspace } from '../features/backups/DamagedWorkspace';
import { ReadOnlyBanner } from '../features/backups/ReadOnlyBanner';
import { UnlockDialog } from '../features/encryption/UnlockDialog';
import { WhoAmIDialog } from '../features/settings/WhoAmIDialog';
import { SyncButton } from '../features/sync/SyncButton';
import { SyncStatusProvider, useSync } from '../features/sync/SyncStatusContext';
import { UpdateNotice } from '../features/updates/UpdateNotice';
import { setLanguage } from '../i18n';
import { NAV_WIDTH } from './layout';
import { useNotifier } from './Notifier';
import { OpeningWorkspace } from './OpeningWorkspace';
import { useWorkspace } from './WorkspaceContext';

const DRAWER = NAV_WIDTH;

const NAV = [
  { to: '/', key: 'dashboard.title', icon: <DashboardOutlined />, end: true },
  { to: '/companies', key: 'nav.companies', icon: <BusinessOutlined /> },
  { to: '/visits', key: 'nav.visits', icon: <DirectionsWalkOutlined /> },
  { to: '/positions', key: 'nav.positions', icon: <WorkOutlined /> },
  { to: '/trips', key: 'nav.trips', icon: <FlightTakeoffOutlined /> },
  { to: '/agreements', key: 'nav.agreements', icon: <HandshakeOutlined /> },
  { to: '/outcomes', key: 'nav.outcomes', icon: <InsightsOutlined /> },
  { to: '/placements', key: 'nav.placements', icon: <TransferWithinAStationOutlined /> },
  { to: '/follow-ups', key: 'nav.followUps', icon: <AssignmentLateOutlined /> },
  { to: '/trash', key: 'nav.trash', icon: <DeleteOutline /> },
  { to: '/templates', key: 'templates.title', icon: <FactCheckOutlined /> },
  { to: '/sync/review', key: 'nav.syncReview', icon: <MergeTypeOutlined />, badge: 'openCards' as const },
  { to: '/settings', key: 'nav.settings', icon: <SettingsOutlined /> },
];

/** The open-card count on 合并审阅's entry (nothing while none wait). */
function NavBadge() {
  const { status } = useSync();
  return <Badge badgeContent={status?.openCards || undefined} color="warning" sx={{ mr: 1 }} data-testid="nav-open-cards" />;
}


export function AppShell() {
  return (
    <SyncStatusProvider>
      <Shell />
    </SyncStatusProvider>
  );
}

function Shell() {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const navigate = useNavigate();
  // A damaged workspace opens on its own screen; the user may leave it to look around
  // read-only (the banner brings it back). Remembered per file, so another damaged one shows it again.
  const [browsingDamaged, setBrowsingDamaged] = useState<string | null>(null);
  const damagedScreen = ws.info?.readOnlyReason === 'damaged' && browsingDamaged !== ws.info.path;
  // A note belongs to the page it was said on: going to another page closes it.
  const { pageChanged } = useNotifier();
  const { pathname } = useLocation();
  useEffect(() => pageChanged(), [pathname, pageChanged]);

  useEffect(() => {
    document.title = ws.info ? `${ws.info.name} — ${t('app.title')}` : t('app.title');
  }, [ws.info, t]);

  return (
    <Box sx={{ display: 'flex', height: '100vh', overflow: 'hidden' }}>
      <AppBar position="fixed" elevation={0} sx={{ zIndex: (th) => th.zIndex.drawer + 1, borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Typography variant="h6" component="h1" noWrap sx={{ fontSize: 17, fontWeight: 600 }}>
            {t('app.title')}
          </Typography>
          {ws.info && (
            <Typography variant="body2" noWrap sx={{ opacity: 0.85, minWidth: 0 }} title={ws.info.path} data-testid="workspace-name">
              {t('app.workspace', { name: ws.info.name })}
            </Typography>
          )}
          <Box sx={{ flex: 1 }} />
          <SyncButton />
          <Chip
            icon={<PersonOutline />}
            label={ws.currentStaff?.name ?? t('app.noUser')}
            onClick={() => navigate('/settings')}
            sx={{ color: 'inherit', borderColor: 'rgba(255,255,255,.5)' }}
            variant="outlined"
            data-testid="current-user"
          />
          <Button
            color="inherit"
            startIcon={<TranslateOutlined />}
            onClick={() => setLanguage(i18n.language === 'zh' ? 'en' : 'zh')}
            data-testid="language-switch"
          >
            {t('app.switchLanguage')}
          </Button>
        </Toolbar>
      </AppBar>
      <Drawer variant="permanent" sx={{ width: DRAWER, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER, boxSizing: 'border-box' } }}>
        <Toolbar variant="dense" />
        <List component="nav" aria-label={t('nav.label')}>
          {NAV.map((item) => (
            <ListItemButton key={item.to} component={NavLink} to={item.to} end={'end' in item ? item.end : undefined} sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 600 } }}>
              <ListItemIcon sx={{ minWidth: 36 }}>{item.icon}</ListItemIcon>
              <ListItemText primary={t(item.key)} />
              {'badge' in item && <NavBadge />}
            </ListItemButton>
          ))}
        </List>
      </Drawer>
      <Box component="main" sx={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', overflow: 'hidden' }}>
        <Toolbar variant="dense" />
        {!damagedScreen && <ReadOnlyBanner onShowDamagedHelp={() => setBrowsingDamaged(null)} />}
        <Box sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', overflow: 'auto', p: 2.5 }}>
          {damagedScreen ? (
            <DamagedWorkspace onBrowse={() => setBrowsingDamaged(ws.info?.path ?? null)} />
          ) : ws.loadError ? (
            <ErrorState error={ws.loadError} onRetry={ws.changed} />
          ) : ws.info ? (
            // Screens are loaded with their routes (routes.tsx): this shows while one arrives.
            <Suspense fallback={<LoadingState />}>
              <Outlet />
            </Suspense>
          ) : (
            <OpeningWorkspace />
          )}
        </Box>
      </Box>
      {ws.info?.pendingUnlock ? (
        <UnlockDialog key={ws.info.pendingUnlock.name} name={ws.info.pendingUnlock.name} />
      ) : (
        ws.info && ws.settings && !ws.currentStaff && !ws.info.readOnly && <WhoAmIDialog />
      )}
      <UpdateNotice />
    </Box>
  );
}
