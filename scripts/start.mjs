// `npm start`: build the web app if needed, then run the server (migrates and seeds on first start).
import { spawn } from 'node:child_process';
import { ROOT, ensureWebBuilt } from './lib.mjs';

ensureWebBuilt();
const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], { cwd: ROOT, stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
