// `npm run bench`: the speed, quality and token figures, each measured against a baseline in the same run.
import { benchClean } from "./clean.ts";
import { benchEngine } from "./engine.ts";

console.log("# Cleaner: main-text quality, speed and tokens vs Mozilla Readability\n");
await benchClean();
console.log("\n# Rules engine: throughput on a 1,000-word article\n");
await benchEngine();
console.log("\n# Cold start: importing each packaged handler vs bare `node -e 0` (paired, alternating)\n");
const { benchColdStart } = await import("./cold-start.ts");
await benchColdStart(process.argv.slice(2));
console.log("\n# Growth under hostile input: summary time by input size, against a normal article\n");
const { benchGrowth } = await import("./growth.ts");
await benchGrowth();
console.log("\n# Documents: PDF pages per second, and the cold start of a handler that never sees a document\n");
const { benchDocuments } = await import("./documents.ts");
await benchDocuments();
