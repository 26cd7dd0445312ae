// Test helper (not a test): the process runSyncKill.test.ts SIGKILLs between an edit and the
// next sync. It opens the workspace as the app does, changes a company's headcount through the
// real channel, prints "edited" once the call returned, and waits to be killed.
// Run as: node syncKillWriter.cjs '<{"file","dataDir","companyId","headcount"}>'.
import { WorkspaceSession } from '../workspace/session';
import { localSessionOptions } from '../workspace/localKeys';
import { TestWorkspace } from './workspace';

async function main() {
  const args = JSON.parse(process.argv[2]!) as { file: string; dataDir: string; companyId: string; headcount: number };
  const ws = new TestWorkspace(args.dataDir, args.file, new WorkspaceSession(args.file, localSessionOptions(args.dataDir)));
  const company = await ws.call('companies.get', { id: args.companyId });
  await ws.updateCompany(company, { headcount: args.headcount });
  process.stdout.write('edited\n');
  setInterval(() => {}, 60_000); // until killed
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(2);
});
