#!/usr/bin/env node
// The `bin` entry, kept tiny so that the compile cache is on before anything else loads. Node
// >= 22.8 then keeps V8's compiled code of every module on disk (the OS temp folder, per Node
// version and file content) and the next start skips compiling them: every assistant pays the
// cold start at each launch. Node 20 has no such cache; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
// The cache is written when the process ends normally; main.ts also flushes it once started, since
// a server is often ended by a signal.
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import('./main.js');
