// `npm run bench`: the speed, quality and token figures, each measured against a baseline in the same run.
import { benchClean } from "./clean.ts";
import { benchEngine } from "./engine.ts";

console.log("# Cleaner: main-text quality, speed and tokens vs Mozilla Readability\n");
await benchClean();
console.log("\n# Rules engine: throughput on a 1,000-word article\n");
await benchEngine();
console.log("\n# Documents: PDF pages per second, and the cold start of a handler that never sees a document\n");
const { benchDocuments } = await import("./documents.ts");
await benchDocuments();
