// What every screen needs to know about the open workspace: its name, who the
// user is, the staff list and the editable lists. Lists re-read when `version`
// changes; any successful write calls `changed()`.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { LookupItem } from '../../../shared/lookups/schema';
import type { StaffMember } from '../../../shared/staff/schema';
import type { Settings, WorkspaceInfo } from '../../../shared/workspace/schema';
import { api, call, WORKSPACE_STATE_EVENT } from '../lib/api';
import type { ApiError } from '../../../shared/result';

interface WorkspaceState {
  info: WorkspaceInfo | null;
  settings: Settings | null;
  staff: StaffMember[];
  towns: LookupItem[];
  industries: LookupItem[];
  currentStaff: StaffMember | null;
  /** Bumped after every write so lists and pages reload. */
  version: number;
  changed: () => void;
  loadError: ApiError | null;
}

const Ctx = createContext<WorkspaceState | null>(null);

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<Omit<WorkspaceState, 'version' | 'changed' | 'currentStaff'>>({
    info: null,
    settings: null,
    staff: [],
    towns: [],
    industries: [],
    loadError: null,
  });
  const changed = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    window.addEventListener(WORKSPACE_STATE_EVENT, changed);
    return () => window.removeEventListener(WORKSPACE_STATE_EVENT, changed);
  }, [changed]);

  useEffect(() => {
    let live = true;
    (async () => {
      const [info, settings, staff, towns, industries] = await Promise.allSettled([
        call(api().workspace.info({})),
        call(api().settings.get({})),
        call(api().staff.list({ includeInactive: true })),
        call(api().lookups.list({ kind: 'town' })),
        call(api().lookups.list({ kind: 'industry' })),
      ]);
      if (!live) return;
      const errorOf = (r: PromiseRejectedResult): ApiError => (r.reason as { error?: ApiError }).error ?? { code: 'INTERNAL', key: 'internal' };
      if (info.status === 'rejected') return setState((s) => ({ ...s, loadError: errorOf(info) }));
      const valueOr = <T,>(r: PromiseSettledResult<T>, fallback: T): T => (r.status === 'fulfilled' ? r.value : fallback);
      const failed = [settings, staff, towns, industries].find((r): r is PromiseRejectedResult => r.status === 'rejected');
      // A damaged file is read as far as it can be: what fails stays empty, the damaged-workspace
      // screen and banner say why, and each screen reports what it cannot read itself.
      const damaged = info.value.readOnlyReason === 'damaged';
      setState({
        info: info.value,
        settings: valueOr(settings, null),
        staff: valueOr(staff, []),
        towns: valueOr(towns, []),
        industries: valueOr(industries, []),
        loadError: failed && !damaged ? errorOf(failed) : null,
      });
    })();
    return () => {
      live = false;
    };
  }, [version]);

  const value = useMemo<WorkspaceState>(
    () => ({
      ...state,
      version,
      changed,
      currentStaff: state.staff.find((s) => s.id === state.settings?.currentStaffId) ?? null,
    }),
    [state, version, changed],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useWorkspace(): WorkspaceState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useWorkspace outside WorkspaceProvider');
  return v;
}
