using System.Text.Json;
using Autoscaler.Controller.Core;
using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Persistence;
using Autoscaler.Controller.Registry;
using Autoscaler.Controller.Tests.Fakes;
using Autoscaler.Controller.Tests.Policy;
using Autoscaler.RackspaceApi.Provisioning;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Autoscaler.Controller.Tests.Core;

/// <summary>The real core on a real SQLite file in a temp folder, a fake cloud and a fake clock.</summary>
internal sealed class EngineHarness : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("autoscaler-core-").FullName;
    private ulong _sequence;

    public EngineHarness(Action<FleetOptions>? configure = null)
    {
        Options = PolicyFixture.Options(o => { o.NamePrefix = "as"; configure?.Invoke(o); });
        Contexts = SqliteDatabase.CreateFactory($"Data Source={Path.Combine(_folder, "autoscaler.db")};Pooling=False");
        Engine = Build();
    }

    public FakeTimeProvider Time { get; } = new(PolicyFixture.Now);

    public FakeProvisioner Cloud { get; } = new();

    public FleetOptions Options { get; }

    public IDbContextFactory<AutoscalerDbContext> Contexts { get; }

    public FleetEngine Engine { get; private set; }

    public ControllerOptions ControllerOptions { get; } = new() { CreateRequestTimeout = TimeSpan.FromMinutes(2) };

    public static async Task<EngineHarness> StartAsync(Action<FleetOptions>? configure = null)
    {
        var harness = new EngineHarness(configure);
        await harness.Engine.StartAsync(CancellationToken.None);
        return harness;
    }

    /// <summary>A new engine on the same database and cloud, as after a process restart.</summary>
    public async Task RestartAsync()
    {
        Engine.Dispose();
        Engine = Build();
        await Engine.StartAsync(CancellationToken.None);
    }

    public Task<Autoscaler.Controller.Policy.ScalingDecision> TickAsync() => Engine.TickAsync("f", CancellationToken.None);

    public Task ReconcileAsync() => Engine.ReconcileAsync(CancellationToken.None);

    /// <summary>Boots an agent for a create the cloud received, reading its bootstrap document like the real agent.</summary>
    public AgentSession Hello(ServerCreateSpec spec, int capacity = 10)
    {
        using var document = JsonDocument.Parse(spec.UserData!);
        var root = document.RootElement;
        var admission = Engine.Registry.Admit(new AgentIdentity(root.GetProperty("serverId").GetString()!, root.GetProperty("fleet").GetString()!,
            capacity, root.GetProperty("token").GetString()!, "test"));
        Assert.Equal(AdmissionFailure.None, admission.Failure);
        return admission.Session!;
    }

    public void Report(AgentSession session, int players, int capacity = 10) =>
        Engine.Registry.ApplyLoad(session, new AgentLoad(players, capacity, AgentReportedState.Ready, ++_sequence, Time.GetUtcNow(),
            new Dictionary<string, double>()));

    /// <summary>Moves the clock in 5-second steps, the agents heart-beating at every step.</summary>
    public void AdvanceWithHeartbeats(TimeSpan duration, IReadOnlyList<AgentSession> sessions)
    {
        var step = TimeSpan.FromSeconds(5);
        for (var elapsed = TimeSpan.Zero; elapsed < duration; elapsed += step)
        {
            Time.Advance(duration - elapsed < step ? duration - elapsed : step);
            foreach (var session in sessions)
            {
                Engine.Registry.Heartbeat(session);
            }
        }
    }

    public async Task<List<ServerRecord>> ServersAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Servers.AsNoTracking().OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync();
    }

    public async Task<List<OperationRecord>> OperationsAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Operations.AsNoTracking().OrderBy(o => o.StartedAt).ThenBy(o => o.Id).ToListAsync();
    }

    public async Task<List<DecisionRecord>> DecisionsAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Decisions.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
    }

    public ValueTask DisposeAsync()
    {
        Engine.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    private FleetEngine Build() =>
        FleetEngine.Create(new Dictionary<string, FleetOptions> { ["f"] = Options }, Cloud, Contexts, Time, ControllerOptions);
}
