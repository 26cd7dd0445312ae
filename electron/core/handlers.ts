// Every feature's handler map, put together: one function per contract channel. The type
// makes a channel without a handler (or a handler without a channel) a compile error.
import type { Channel } from '../../shared/channels';
import { agreementHandlers } from './agreements/handlers';
import { appHandlers } from './app/handlers';
import { auditHandlers } from './audit/handlers';
import { backupHandlers } from './backups/handlers';
import { companyHandlers } from './companies/handlers';
import { dashboardHandlers } from './dashboard/handlers';
import { diagnosticsHandlers } from './diagnostics/handlers';
import { exportHandlers } from './exports/handlers';
import { exportLogHandlers } from './exportLog/handlers';
import { fileHandlers } from './files/handlers';
import type { Handler } from './handlerMap';
import { importHandlers } from './imports/handlers';
import { jobHandlers } from './jobs/handlers';
import { lookupHandlers } from './lookups/handlers';
import { outcomeHandlers } from './outcomes/handlers';
import { peopleHandlers } from './people/handlers';
import { placementHandlers } from './placements/handlers';
import { positionHandlers } from './positions/handlers';
import { reportHandlers } from './reports/handlers';
import { staffHandlers } from './staff/handlers';
import { syncHandlers } from './sync/handlers';
import { trashHandlers } from './trash/handlers';
import { tripHandlers } from './trips/handlers';
import { updateHandlers } from './updates/handlers';
import { vettingHandlers } from './vetting/handlers';
import { visitHandlers } from './visits/handlers';
import { workspaceHandlers } from './workspace/handlers';

export const handlers: { [C in Channel]: Handler<C> } = {
  ...workspaceHandlers,
  ...backupHandlers,
  ...staffHandlers,
  ...lookupHandlers,
  ...companyHandlers,
  ...visitHandlers,
  ...vettingHandlers,
  ...positionHandlers,
  ...tripHandlers,
  ...outcomeHandlers,
  ...agreementHandlers,
  ...placementHandlers,
  ...dashboardHandlers,
  ...jobHandlers,
  ...exportHandlers,
  ...exportLogHandlers,
  ...importHandlers,
  ...reportHandlers,
  ...trashHandlers,
  ...auditHandlers,
  ...peopleHandlers,
  ...syncHandlers,
  ...appHandlers,
  ...diagnosticsHandlers,
  ...fileHandlers,
  ...updateHandlers,
};
