// Preloaded with --import: records every module URL the process resolves into $SBP_TRACE_FILE (used to prove `sbp --help` stays cold).
import { register } from 'node:module';

register('./trace-module-hooks.mjs', import.meta.url, { data: { file: process.env.SBP_TRACE_FILE } });
