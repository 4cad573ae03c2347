using Autoscaler.Simulator.Live;
using Autoscaler.Simulator.Policies;

namespace Autoscaler.Simulator.Cli;

/// <summary>A validated simulator invocation: what to run and where to write it.</summary>
internal sealed record SimulatorInvocation(
    string TracePath,
    IReadOnlyList<string> Policies,
    string? JsonPath,
    string? ChartPath,
    SimulationOptions Options,
    BaselineSettings Baselines)
{
    /// <summary>Overrides of the project's policy settings (a Fleets:&lt;name&gt; section as JSON), if given.</summary>
    public string? PolicyFile { get; init; }

    /// <summary>Plays only this much of the trace from its start, if given.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Plays the trace live on real processes at this speed, if given (virtual time otherwise).</summary>
    public TimeScale? Live { get; init; }
}
