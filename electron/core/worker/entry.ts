// The script of the core's worker thread, as shipped (dist/electron/core.cjs). The core starts
// the integrity check after opening (db/checkThread.ts) and the copies it writes
// (backups/copyThread.ts) and the expansion of an import's workbook (imports/xlsxThread.ts) as
// other threads of this same script.
import { isCopyThread, runCopyThread } from '../backups/copyThread';
import { isCheckThread, runCheckThread } from '../db/checkThread';
import { isXlsxThread, runXlsxThread } from '../imports/xlsxThread';
import { runCoreThread } from './thread';

if (isCheckThread()) runCheckThread();
else if (isCopyThread()) runCopyThread();
else if (isXlsxThread()) runXlsxThread();
else runCoreThread();
