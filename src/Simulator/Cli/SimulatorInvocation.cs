using Autoscaler.Simulator.Policies;

namespace Autoscaler.Simulator.Cli;

/// <summary>A validated simulator invocation: what to run and where to write it.</summary>
internal sealed record SimulatorInvocation(
    string TracePath,
    IReadOnlyList<string> Policies,
    string? JsonPath,
    string? ChartPath,
    SimulationOptions Options,
    BaselineSettings Baselines);
