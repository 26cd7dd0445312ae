import { Autocomplete, Box, Card, CardContent, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { PageHeader } from '../../components/PageHeader';
import { type Language, setLanguage } from '../../i18n';
import { api, call } from '../../lib/api';
import { useLocation, useParams } from 'react-router';
import { BackupsSection } from '../backups/BackupsSection';
import { DiagnosticsSection } from '../diagnostics/DiagnosticsSection';
import { ExportLogSection } from '../exportLog/ExportLogSection';
import { JobTypesSection } from '../positions/JobTypesSection';
import { ReportSettingsSection } from '../reports/ReportSettingsSection';
import { RegionsSection } from '../trips/RegionsSection';
import { SyncSettingsSection } from '../sync/SyncSettingsSection';
import { UpdatesSection } from '../updates/UpdatesSection';
import { LookupSection } from './LookupSection';
import { StaffSection } from './StaffSection';
import { VettingRulesSection } from './VettingRulesSection';
import { WorkspaceSection } from './WorkspaceSection';

function Section({ id, title, hint, children }: { id?: string; title: string; hint?: string; children: ReactNode }) {
  return (
    // Scrolled to by address (#/settings/updates) or by another screen: the heading clears the app bar.
    <Card variant="outlined" id={id} sx={{ scrollMarginTop: 72 }}>
      <CardContent>
        <Typography variant="h6" component="h3" sx={{ fontSize: 16, fontWeight: 600 }}>{title}</Typography>
        {hint && <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>{hint}</Typography>}
        {children}
      </CardContent>
    </Card>
  );
}

export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const { notifyError } = useNotifier();
  const active = ws.staff.filter((s) => s.active);
  // Other screens send the user to one section (the damaged workspace to its backups), and so do
  // the menus of the main process, by address (#/settings/updates: 帮助 › 检查更新).
  const stateSection = (useLocation().state as { section?: string } | null)?.section;
  const section = useParams().section ?? stateSection;
  useEffect(() => {
    if (section) document.getElementById(section)?.scrollIntoView({ block: 'start' });
  }, [section]);

  return (
    <Box sx={{ maxWidth: 1100 }}>
      <PageHeader title={t('settings.title')} />
      <Stack spacing={2}>
        <Stack direction="row" spacing={2}>
          <Box sx={{ flex: 1 }}>
            <Section title={t('settings.me.title')} hint={t('settings.me.hint')}>
              <Autocomplete
                options={active}
                getOptionLabel={(s) => s.name}
                value={ws.currentStaff}
                isOptionEqualToValue={(a, b) => a.id === b.id}
                disableClearable={Boolean(ws.currentStaff)}
                onChange={async (_, v) => {
                  try {
                    await call(api().settings.update({ currentStaffId: v?.id ?? null }));
                    ws.changed();
                  } catch (e) {
                    notifyError(e);
                  }
                }}
                renderInput={(p) => <TextField {...p} label={t('settings.me.label')} />}
              />
            </Section>
          </Box>
          <Box sx={{ flex: 1 }}>
            <Section title={t('settings.language.title')}>
              <ToggleButtonGroup exclusive size="small" value={i18n.language} onChange={(_, v: Language | null) => v && setLanguage(v)}>
                <ToggleButton value="zh">中文</ToggleButton>
                <ToggleButton value="en">English</ToggleButton>
              </ToggleButtonGroup>
            </Section>
          </Box>
        </Stack>
        <Section title={t('settings.workspace.title')} hint={t('settings.workspace.hint')}>
          <WorkspaceSection />
        </Section>
        <Section id="sync" title={t('sync.title')} hint={t('sync.hint')}>
          <SyncSettingsSection />
        </Section>
        <Section id="backups" title={t('backups.title')} hint={t('backups.hint')}>
          <BackupsSection />
        </Section>
        <Section id="export-log" title={t('exportLog.title')} hint={t('exportLog.hint')}>
          <ExportLogSection />
        </Section>
        <Section id="diagnostics" title={t('diagnostics.title')} hint={t('diagnostics.hint')}>
          <DiagnosticsSection />
        </Section>
        <Section id="updates" title={t('updates.title')} hint={t('updates.hint')}>
          <UpdatesSection />
        </Section>
        <Section title={t('settings.vettingRules.title')} hint={t('settings.vettingRules.hint')}>
          <VettingRulesSection />
        </Section>
        <Section title={t('reports.settings.title')} hint={t('reports.settings.hint')}>
          <ReportSettingsSection />
        </Section>
        <Section title={t('settings.staff.title')} hint={t('settings.staff.hint')}>
          <StaffSection />
        </Section>
        <Stack direction="row" spacing={2}>
          <Box sx={{ flex: 1 }}>
            <Section title={t('settings.town.title')} hint={t('settings.town.hint')}>
              <LookupSection kind="town" items={ws.towns} />
            </Section>
          </Box>
          <Box sx={{ flex: 1 }}>
            <Section title={t('settings.industry.title')} hint={t('settings.industry.hint')}>
              <LookupSection kind="industry" items={ws.industries} />
            </Section>
          </Box>
        </Stack>
        <Section title={t('positions.jobTypes.title')} hint={t('positions.jobTypes.hint')}>
          <JobTypesSection />
        </Section>
        <Section title={t('settings.regions.title')} hint={t('settings.regions.hint')}>
          <RegionsSection />
        </Section>
      </Stack>
    </Box>
  );
}
