using Autoscaler.Simulator.Scoring;

namespace Autoscaler.Simulator.Reporting;

/// <summary>Everything one simulator invocation measured: the trace, the world, and each policy's run.</summary>
internal sealed record SimulationReport
{
    public required string Trace { get; init; }

    public required string TraceDescription { get; init; }

    public required double TraceHours { get; init; }

    public required double PeakPlayers { get; init; }

    public required SimulationSettings Settings { get; init; }

    public required IReadOnlyList<RunResult> Runs { get; init; }

    /// <summary>Lines the reader must see (a policy left out and why).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
