#!/usr/bin/env node
// The `bilan` command once installed (`npm link`, or `npm install -g .`): runs the TypeScript
// command line through tsx, a runtime dependency, so that no build step is needed.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/bilan.ts');
