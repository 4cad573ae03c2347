using BenchmarkDotNet.Running;

namespace Autoscaler.Benchmarks;

/// <summary>Runs the BenchmarkDotNet suites (the controller's public Program would clash with a top-level one).</summary>
internal static class BenchmarksEntryPoint
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarksEntryPoint).Assembly).Run(args);
}
