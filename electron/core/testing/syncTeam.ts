// Test helper (not a test): computers of one team as real workspace files, exchanging packets
// directly through the engine (takeOutgoing / markSent / applyIncoming), without places or
// packet files. The transport and the sync run are tested on their own.
import fs from 'node:fs';
import path from 'node:path';
import { applyIncoming, type Change, markSent, startCapture, takeOutgoing } from '../sync/engine';
import { WorkspaceSession } from '../workspace/session';
import { localSessionOptions } from '../workspace/localKeys';
import { createTestWorkspace, tempDir, TestWorkspace } from './workspace';

export interface Packet { origin: string; seq: number; changes: Change[] }

export class Computer {
  private seq = 0;
  constructor(
    public ws: TestWorkspace,
    readonly id: string,
  ) {}

  get db() {
    return this.ws.db;
  }

  /** Packs what was changed here since the last send; null when nothing was. */
  send(): Packet | null {
    const batch = takeOutgoing(this.db);
    if (!batch) return null;
    const packet = { origin: this.id, seq: ++this.seq, changes: batch.changes };
    markSent(this.db, batch, packet.seq);
    return packet;
  }

  receive(...packets: (Packet | null)[]) {
    return packets.filter((p): p is Packet => p !== null).map((p) => applyIncoming(this.db, p.origin, p.seq, p.changes));
  }

  /** Closes the workspace as a killed process would leave it (nothing packed) and opens it again. */
  reopen(): void {
    this.ws.session.close();
    const ws = new TestWorkspace(this.ws.dir, this.ws.file, new WorkspaceSession(this.ws.file, localSessionOptions(this.ws.dir)));
    ws.me = this.ws.me;
    this.ws = ws;
  }

  dispose(): void {
    this.ws.dispose();
  }
}

/** `names.length` computers that start from one workspace file (copies of it), capture on with nothing queued. */
export async function computersFromOneFile(names: readonly string[], prepare?: (ws: TestWorkspace) => Promise<void>): Promise<Computer[]> {
  const first = await createTestWorkspace();
  await prepare?.(first);
  first.session.close();
  const computers: Computer[] = [];
  for (const name of names) {
    const dir = tempDir();
    fs.cpSync(first.dir, dir, { recursive: true });
    const file = path.join(dir, path.basename(first.file));
    const ws = new TestWorkspace(dir, file, new WorkspaceSession(file, localSessionOptions(dir)));
    ws.me = first.me;
    await ws.loadLookups();
    startCapture(ws.db, name, 'copy');
    computers.push(new Computer(ws, name));
  }
  fs.rmSync(first.dir, { recursive: true, force: true });
  return computers;
}
