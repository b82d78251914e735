import { a3 as saveCaches, i as info, w as warning } from './chunks/cache.js';
import { e as errorLine } from './chunks/env.js';
import 'node:crypto';
import 'node:fs';
import 'node:fs/promises';
import 'node:os';
import 'node:path';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import 'string_decoder';
import 'events';
import 'child_process';
import 'assert';
import 'timers';
import 'stream';
import 'util';
import 'url';
import 'node:stream';
import 'buffer';
import 'node:util';
import 'node:process';
import 'node:http';
import 'node:https';
import 'node:zlib';
import 'node:buffer';
import 'node:module';
import 'node:url';
import 'net';
import 'tls';
import 'tty';
import 'http';
import 'https';
import 'node:assert';
import 'node:net';
import 'node:querystring';
import 'node:events';
import 'node:diagnostics_channel';
import 'node:tls';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';

/** Entry point of the action's post step (dist/post.js): save the caches the main step planned. */
try {
    await saveCaches((m) => info(m), (m) => warning(m));
}
catch (err) {
    // The post step never fails the job: caching is an optimisation.
    warning(`cache save failed: ${errorLine(err)}`);
}
