// CPU-time measurement for the benches: the machine may be shared, and wall time would measure the
// neighbours too.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** CPU time of this thread, in ms (of the process where threads are not counted apart). */
export const cpuMs = () => {
  const u = process.threadCpuUsage?.() ?? process.cpuUsage();
  return (u.user + u.system) / 1000;
};

setFlagsFromString("--expose-gc");
/** A full collection, so garbage left by one measurement is not billed to the next. */
export const collect = runInNewContext("gc") as () => void;
