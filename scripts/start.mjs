// `npm start`: build the web app and the server bundle if needed, then run the server
// (it migrates and seeds on first start).
import { spawn } from 'node:child_process';
import { ROOT, SERVER_BUILD, ensureServerBuilt, ensureWebBuilt } from './lib.mjs';

ensureWebBuilt();
await ensureServerBuilt();
const child = spawn(process.execPath, [SERVER_BUILD], { cwd: ROOT, stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
