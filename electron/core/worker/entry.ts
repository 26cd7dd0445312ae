// The script of the core's worker thread, as shipped (dist/electron/core.cjs). The core starts
// the integrity check after opening as another thread of this same script (db/checkThread.ts).
import { isCheckThread, runCheckThread } from '../db/checkThread';
import { runCoreThread } from './thread';

if (isCheckThread()) runCheckThread();
else runCoreThread();
