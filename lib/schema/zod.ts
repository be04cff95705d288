// zod, configured once for every schema Précis builds: import `z` from here, not from "zod".
import { z } from "zod";

// No JIT: zod would compile each object schema to a function (`new Function`) on its first parse, which
// cost a cold start's first summary ~20 ms; parsing without it is as fast once warm (Summary.parse
// ~0.5 ms either way, 2026-12, zod 4.6). Set before any schema is built: zod reads it at construction.
z.config({ jitless: true });

export { z };
