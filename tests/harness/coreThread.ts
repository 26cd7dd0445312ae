// The core's worker thread as the tests run it: the shipped core plus the tests' operations.
import { runCoreThread } from '../../electron/core/worker/thread';
import { testOps } from './testOps';

runCoreThread(testOps);
