using Autoscaler.Benchmarks.Ingestion;
using Autoscaler.Controller.Agents;
using Autoscaler.Controller.Agents.KeyValue;
using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Registry;
using Autoscaler.Protocol.V1;
using BenchmarkDotNet.Attributes;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Logging.Abstractions;
using RegistryState = Autoscaler.Controller.Registry.ServerState;
using WireState = Autoscaler.Protocol.V1.ServerState;

namespace Autoscaler.Benchmarks;

/// <summary>The controller's per-report work on an agent stream, in process and on one thread: the Cloud service's
/// stream handler (AgentStream: per-stream rate limit, validation, mapping) feeding the real FleetRegistry and the
/// key/value store's load row, as the controller wires them. gRPC's own work (HTTP/2 framing, protobuf parsing) is not
/// in it: the reports arrive already parsed from a reader whose every read completes at once.</summary>
/// <remarks>
/// One invocation is one whole stream (Hello and admission, <see cref="ReportsPerStream"/> load reports, end), so the
/// per-stream costs (token hash, session, timers) are spread over the reports the way a long-lived stream spreads them.
/// <see cref="ReadOnly"/> is what the no-op sink does with a report (read it, look at its body), for comparison.
/// </remarks>
[MemoryDiagnoser]
public class AgentStreamBenchmarks
{
    private const int Servers = 1_000;
    private const int ReportsPerStream = 1_000;
    private readonly AgentMessage[] _hellos = new AgentMessage[Servers];
    private readonly AgentMessage[] _reports = new AgentMessage[ReportsPerStream];
    private readonly DiscardingWriter<ControllerMessage> _writer = new();
    private FleetRegistry _registry = null!;
    private CloudStore _store = null!;
    private AgentProtocolOptions _options = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var now = TimeProvider.System.GetUtcNow();
        var fleet = new FleetOptions { ImageId = "image", FlavorId = "2", SlotsPerServer = 100, MaxServers = Servers * 2 };
        var catalog = FleetCatalog.Fixed(new Dictionary<string, FleetOptions>(StringComparer.Ordinal) { ["game"] = fleet });
        _registry = new FleetRegistry(catalog, TimeProvider.System, NullLogger<FleetRegistry>.Instance);

        // The limiter runs as in production; only its budget is raised so that a whole stream fits in one invocation.
        _options = new AgentProtocolOptions { MessagesPerSecond = 100_000, MessageBurst = 1_000_000 };
        _store = new CloudStore(new FixedOptionsMonitor<AgentProtocolOptions>(_options), TimeProvider.System);
        for (var i = 0; i < Servers; i++)
        {
            var (token, hash) = AgentTokens.Mint();
            var slot = new ServerSlot($"as-game-{i:D6}", "game", hash, now.AddMinutes(-5), 100);
            slot.MoveTo(RegistryState.Booting, now.AddMinutes(-3));
            _registry.Add(slot);
            _hellos[i] = new AgentMessage
            {
                Hello = new Hello { ServerId = slot.Id, Fleet = "game", Capacity = 100, Token = token, AgentVersion = "bench" },
            };
        }

        // What the load generator sends: players changing every report, observed_at stamped.
        for (var i = 0; i < ReportsPerStream; i++)
        {
            _reports[i] = new AgentMessage
            {
                Load = new LoadReport
                {
                    Players = i % 101,
                    Capacity = 100,
                    State = WireState.Ready,
                    Sequence = (ulong)i + 1,
                    ObservedAt = Timestamp.FromDateTimeOffset(now.AddMilliseconds(i)),
                },
            };
        }
    }

    [Benchmark(OperationsPerInvoke = ReportsPerStream)]
    public Task StreamHandler()
    {
        var hello = _hellos[_next++ % Servers];
        var stream = new AgentStream(_registry, _store, _options, TimeProvider.System, NullLogger.Instance);
        return stream.RunAsync(new ScriptedAgentReader(hello, _reports), _writer, CancellationToken.None, CancellationToken.None);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ReportsPerStream)]
    public async Task<long> ReadOnly()
    {
        var reader = new ScriptedAgentReader(_hellos[_next++ % Servers], _reports);
        long players = 0;
        while (await reader.MoveNext(CancellationToken.None))
        {
            if (reader.Current.BodyCase == AgentMessage.BodyOneofCase.Load)
            {
                players += reader.Current.Load.Players;
            }
        }

        return players;
    }
}
