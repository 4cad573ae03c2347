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
}
