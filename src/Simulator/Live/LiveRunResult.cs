using Autoscaler.Simulator.Scoring;

namespace Autoscaler.Simulator.Live;

/// <summary>A live run's result and the lines the report must carry about how it was run.</summary>
internal sealed record LiveRunResult(RunResult Run, IReadOnlyList<string> Notes);
