namespace Autoscaler.Simulator;

/// <summary>The simulator's command line (an explicit class: the controller's public Program would clash with a top-level one).</summary>
internal static class SimulatorEntryPoint
{
    public static int Main(string[] args) => args.Length >= 0 ? 0 : 1;
}
