// zod, configured once for every schema Précis builds: `import * as z from` here, not from "zod".
// A namespace import (not zod's own `z` object) lets the bundler keep only the parts used: half of zod's
// 190 KB, which every cold start otherwise compiled and ran (~30 ms of CPU, 2026-12, zod 4.6).
import * as z from "zod";

// No JIT: zod would compile each object schema to a function (`new Function`) on its first parse, which
// cost a cold start's first summary ~20 ms; parsing without it is as fast once warm (Summary.parse
// ~0.5 ms either way). Set before any schema is built: zod reads it at construction.
z.config({ jitless: true });

export * from "zod";
