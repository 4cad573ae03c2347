using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Registry;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;

namespace Autoscaler.Benchmarks;

/// <summary>The registry's report hot path (FleetRegistry.ApplyLoad) on one thread: one report to each of 10,000
/// admitted servers per invocation, without gRPC. Reports per second on one core = 1 / (mean per report).</summary>
/// <remarks>This is the in-memory part of ingestion only; the load generator measures the whole path over gRPC.</remarks>
[MemoryDiagnoser]
public class ApplyLoadBenchmarks
{
    private const int Servers = 10_000;
    private static readonly IReadOnlyDictionary<string, double> NoMetrics = new Dictionary<string, double>();
    private readonly AgentSession[] _sessions = new AgentSession[Servers];
    private FleetRegistry _registry = null!;
    private DateTimeOffset _now;
    private ulong _sequence;

    [GlobalSetup]
    public void Setup()
    {
        _now = new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);
        var options = new FleetOptions { ImageId = "image", FlavorId = "2", SlotsPerServer = 16, MaxServers = Servers * 2 };
        var catalog = FleetCatalog.Fixed(new Dictionary<string, FleetOptions>(StringComparer.Ordinal) { ["game"] = options });
        _registry = new FleetRegistry(catalog, TimeProvider.System, NullLogger<FleetRegistry>.Instance);
        for (var i = 0; i < Servers; i++)
        {
            var (token, hash) = AgentTokens.Mint();
            var slot = new ServerSlot($"as-game-{i:D6}", "game", hash, _now.AddMinutes(-5), 16);
            slot.MoveTo(ServerState.Booting, _now.AddMinutes(-3));
            _registry.Add(slot);
            _sessions[i] = _registry.Admit(new AgentIdentity(slot.Id, "game", 16, token, "bench")).Session
                ?? throw new InvalidOperationException("The registry refused a benchmark agent.");
        }
    }

    [Benchmark(OperationsPerInvoke = Servers)]
    public void ApplyOneReportPerServer()
    {
        var sequence = ++_sequence;
        for (var i = 0; i < _sessions.Length; i++)
        {
            _registry.ApplyLoad(_sessions[i], new AgentLoad((int)((sequence + (ulong)i) % 17), 16, AgentReportedState.Ready, sequence, _now, NoMetrics));
        }
    }
}
