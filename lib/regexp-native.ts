// Imported first by each Lambda handler. V8 first compiles a regular expression to bytecode for its
// interpreter and compiles it again to machine code once it runs again ("tier-up"); at a cold start that
// is every one of the rules engine's hundreds of patterns. Straight to machine code, the first summary
// costs ~100 ms less CPU (bench/cold-start.ts, (b): 683 → 580 ms, 8.39× → 7.00× bare Node for http), and
// warm throughput is as it was. A pattern compiles at its first match, not when created, so setting the
// flag when the handler module runs, before any invocation, is enough.
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--no-regexp-tier-up");
