// Test helper (a script run as a child process, not a test): starts a save through
// atomicSave, writes part of it, prints the temporary path as one JSON line and waits to be
// killed — so a test can leave exactly what a crash half-way through an export leaves.
//
//   node --import tsx electron/core/testing/interruptedSave.ts <dataDir> <destination>
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { startSave } from '../files/atomicSave';

async function main() {
  const [dataDir, destination] = process.argv.slice(2);
  if (!dataDir || !destination) throw new Error('usage: interruptedSave.ts <dataDir> <destination>');
  const save = await startSave(dataDir, destination);
  const out = createWriteStream(save.tempPath);
  // Half a file, really on its way to the disk before the parent is told to kill us.
  if (!out.write(`${'第一行,数据\r\n'.repeat(20_000)}`)) await once(out, 'drain');
  await new Promise<void>((resolve, reject) => out.write('', (e) => (e ? reject(e) : resolve())));
  process.stdout.write(`${JSON.stringify({ tempPath: save.tempPath })}\n`);
  // Never finishes: the parent sends SIGKILL.
  setInterval(() => {}, 60_000);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
