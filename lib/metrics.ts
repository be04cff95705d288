// CloudWatch metrics in the embedded metric format (EMF): a structured log line that also carries an
// `_aws` block, from which CloudWatch Logs extracts metrics asynchronously — no API calls, no latency,
// nothing to flush. https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
//
// Powertools' Metrics class writes the same format; it is not used here because it buffers metrics on
// a shared instance until a flush at the end of an invocation, while the local runner handles many
// objects at once in one process: one self-contained line per object cannot be mixed up.

export type MetricUnit = "Count" | "Milliseconds" | "Seconds" | "Bytes" | "None";

export interface Metric {
  name: string;
  unit: MetricUnit;
  /** Metrics with no value (null) are left out of the line. */
  value: number | null | undefined;
}

/** At most 30 dimensions per set (EMF's limit); values must be strings. */
export type Dimensions = Record<string, string>;

/**
 * The fields that make a log line an EMF document: the `_aws` metadata, each dimension and each metric
 * value at the root. Spread them into a structured log line.
 */
export function emfFields(
  namespace: string,
  dimensions: Dimensions,
  dimensionSets: string[][],
  metrics: Metric[],
  timestamp = Date.now(),
): Record<string, unknown> {
  const present = metrics.filter((m) => typeof m.value === "number" && Number.isFinite(m.value));
  const sets = dimensionSets.filter((set) => set.every((d) => typeof dimensions[d] === "string" && dimensions[d] !== ""));
  return {
    _aws: {
      Timestamp: timestamp,
      CloudWatchMetrics: [
        {
          Namespace: namespace,
          Dimensions: sets,
          Metrics: present.map((m) => ({ Name: m.name, Unit: m.unit })),
        },
      ],
    },
    ...dimensions,
    ...Object.fromEntries(present.map((m) => [m.name, m.value])),
  };
}

export interface ObjectOutcomeMetrics {
  service: string;
  outcome: string;
  engine: string | null;
  ms: number;
  inputTokens?: number | null;
  outputTokens?: number | null;
  costUsd?: number | null;
  llmCalls?: number | null;
  bytes?: number | null;
}

/** The metrics of one processed object: counted per outcome and per engine. */
export function objectMetrics(namespace: string, m: ObjectOutcomeMetrics): Record<string, unknown> {
  const dimensions: Dimensions = { Service: m.service, Outcome: m.outcome, ...(m.engine ? { Engine: m.engine } : {}) };
  return emfFields(namespace, dimensions, [["Service"], ["Service", "Outcome"], ["Service", "Engine"]], [
    { name: "Objects", unit: "Count", value: 1 },
    { name: "DurationMs", unit: "Milliseconds", value: m.ms },
    { name: "InputTokens", unit: "Count", value: m.inputTokens },
    { name: "OutputTokens", unit: "Count", value: m.outputTokens },
    { name: "CostUsd", unit: "None", value: m.costUsd },
    { name: "LlmCalls", unit: "Count", value: m.llmCalls },
    { name: "ObjectBytes", unit: "Bytes", value: m.bytes },
  ]);
}
