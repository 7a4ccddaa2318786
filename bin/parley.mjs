#!/usr/bin/env node
// `npx parley …` in the repository: run the TypeScript command line through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/compiler/parley.ts');
