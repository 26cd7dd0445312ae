// The core's worker thread as the tests run it: the shipped core plus the tests' operations
// (and, as in the shipped one, the integrity check's and the copies' threads when started as those).
import { isCopyThread, runCopyThread } from '../../electron/core/backups/copyThread';
import { isCheckThread, runCheckThread } from '../../electron/core/db/checkThread';
import { runCoreThread } from '../../electron/core/worker/thread';
import { testOps } from './testOps';

if (isCheckThread()) runCheckThread();
else if (isCopyThread()) runCopyThread();
else runCoreThread(testOps);
