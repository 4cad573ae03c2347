using Autoscaler.Simulator.Cli;

namespace Autoscaler.Simulator;

/// <summary>The simulator's command line (an explicit class: the controller's public Program would clash with a top-level one).</summary>
internal static class SimulatorEntryPoint
{
    public static Task<int> Main(string[] args) =>
        new SimulatorCommand().Build(SimulatorRun.ExecuteAsync).Parse(args).InvokeAsync();
}
