// The script of the core's worker thread, as shipped (dist/electron/core.cjs).
import { runCoreThread } from './thread';

runCoreThread();
