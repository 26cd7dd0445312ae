// The core's worker thread as the tests run it: the shipped core plus the tests' operations
// (and, as in the shipped one, the integrity check's, the copies' and the workbook parse's
// threads when started as those).
import { isCopyThread, runCopyThread } from '../../electron/core/backups/copyThread';
import { isCheckThread, runCheckThread } from '../../electron/core/db/checkThread';
import { isXlsxThread, runXlsxThread } from '../../electron/core/imports/xlsxThread';
import { runCoreThread } from '../../electron/core/worker/thread';
import { testOps } from './testOps';

if (isCheckThread()) runCheckThread();
else if (isCopyThread()) runCopyThread();
else if (isXlsxThread()) runXlsxThread();
else runCoreThread(testOps);
