using Autoscaler.EndToEnd.Tests.Infrastructure;
using Autoscaler.Harness;
using Xunit.Abstractions;

namespace Autoscaler.EndToEnd.Tests;

/// <summary>The controller's promises on real processes: grow and shrink, heal crashes, survive SIGKILL, take live policy edits.</summary>
public sealed class FleetLifecycleTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task PlayersArriveThenLeave_FleetGrowsThenShrinksToMinimum()
    {
        using var folder = new TempFolder();
        await using var cloud = await EmulatorProcess.StartAsync(TimeSpan.FromSeconds(1));
        await using var controller = await ControllerProcess.StartAsync(folder.Path, cloud, Fleet(
            ("MaxServers", "4"), ("EmptyGracePeriod", "00:00:01"), ("ScaleDownWindow", "00:00:01"), ("DrainSettle", "00:00:01")));
        await using var pool = new GameServerPool(cloud, capacity: 10);
        await WithOutputAsync(controller, cloud, async () =>
        {
            pool.SetPlayers(25);
            await Eventually.WaitAsync(() => Task.FromResult(pool.Seated), seated => seated == 25, Patience, "25 players seated");
            var grown = await cloud.WaitForServersAsync(s => s.Count(x => x.Status == "ACTIVE") >= 3, Patience, "the fleet to grow to 3+");

            pool.SetPlayers(0);
            var shrunk = await cloud.WaitForServersAsync(s => s.Count == 1, Patience * 2, "the fleet to shrink to its minimum of 1");
            Assert.True(grown.Count >= 3);
            Assert.Single(shrunk);
            var deletes = (await cloud.AuditAsync()).Count(r => r.Operation == "DeleteServer");
            Assert.True(deletes >= 2, $"expected the empty servers to be deleted, saw {deletes} deletes");
        });
    }

    [Fact]
    public async Task GameServerCrashes_ServerIsRebootedThenReplaced()
    {
        using var folder = new TempFolder();
        await using var cloud = await EmulatorProcess.StartAsync(
            TimeSpan.FromSeconds(1), new Dictionary<string, string> { ["Emulator__HardRebootTime"] = "00:00:01" });
        await using var controller = await ControllerProcess.StartAsync(folder.Path, cloud, Fleet(
            ("HeartbeatTimeout", "00:00:02"), ("BootTimeout", "00:00:03"), ("RebootsBeforeReplace", "1"), ("PolicyInterval", "00:00:01")));
        await using var pool = new GameServerPool(cloud, capacity: 10);
        await WithOutputAsync(controller, cloud, pool, async () =>
        {
            var first = (await Eventually.WaitAsync(() => Task.FromResult(pool.Running), r => r.Count == 1, Patience, "the first game server")).Single();
            await Eventually.WaitAsync(
                () => Task.FromResult(controller.ServerRows()), rows => rows.Any(r => r.CloudId == first && r.State == "Ready"), Patience, "the server to be Ready");

            await pool.CrashAsync(first);

            var audit = (await Eventually.WaitAsync(
                () => cloud.AuditAsync(),
                a => a.Any(r => r.Operation == "DeleteServer" && r.Path.Contains(first, StringComparison.Ordinal)),
                Patience,
                "the crashed server to be deleted after its reboot failed")).ToList();
            var reboot = audit.FindIndex(r => r.Operation == "ServerAction" && r.Path.Contains(first, StringComparison.Ordinal));
            var delete = audit.FindIndex(r => r.Operation == "DeleteServer" && r.Path.Contains(first, StringComparison.Ordinal));
            Assert.True(reboot >= 0 && reboot < delete, "the server is rebooted before it is replaced");
            var replacement = await Eventually.WaitAsync(
                () => Task.FromResult(pool.Running), r => r.Count == 1 && !r.Contains(first), Patience, "a replacement game server");
            Assert.DoesNotContain(first, replacement);
        });
    }

    [Fact]
    public async Task ControllerKilledDuringScaleUp_RestartLeavesNoDuplicateAndNoOrphan()
    {
        using var folder = new TempFolder();
        await using var cloud = await EmulatorProcess.StartAsync(TimeSpan.FromSeconds(1));
        var settings = Fleet(("MaxServers", "6"), ("ReconcileInterval", "00:00:02"));
        settings["Controller__ReconcileInterval"] = "00:00:02";
        settings["Controller__CreateRequestTimeout"] = "00:00:05";
        var httpPort = FreePort.Next();
        var grpcPort = FreePort.Next();
        await using var pool = new GameServerPool(cloud, capacity: 10);
        var first = await ControllerProcess.StartAsync(folder.Path, cloud, settings, httpPort, grpcPort);
        try
        {
            await Eventually.WaitAsync(() => Task.FromResult(pool.Running), r => r.Count == 1, Patience, "the first game server");

            // Every cloud call now takes 2 s; the players force creates, and the controller dies while they are in flight.
            await cloud.SetFaultsAsync(new { latency = "00:00:02" });
            pool.SetPlayers(30);
            await Task.Delay(TimeSpan.FromSeconds(3));
            await first.KillAsync();
        }
        finally
        {
            output.WriteLine("controller before the kill:\n" + first.Output);
            await first.DisposeAsync();
        }

        await cloud.SetFaultsAsync(new { });
        await using var second = await ControllerProcess.StartAsync(folder.Path, cloud, settings, httpPort, grpcPort);
        await WithOutputAsync(second, cloud, async () =>
        {
            // After restart and reconcile: every live cloud server is owned by exactly one live record, and vice versa.
            await Eventually.WaitAsync(
                async () => (Cloud: await cloud.ServersAsync(), Rows: second.ServerRows()),
                state => state.Cloud.Count >= 3 && Consistent(state.Cloud, state.Rows),
                Patience,
                "the cloud and the database to agree");
            var servers = await cloud.ServersAsync();
            Assert.Equal(servers.Count, servers.Select(s => s.Name).Distinct().Count());
        });
    }

    [Fact]
    public async Task PolicyFileEdited_NewMinimumAppliesWithoutRestart()
    {
        using var folder = new TempFolder();
        var policy = Path.Combine(folder.Path, "policy.json");
        await File.WriteAllTextAsync(policy, """{ "Fleets": { "e2e": { "MinServers": 1 } } }""");
        await using var cloud = await EmulatorProcess.StartAsync(TimeSpan.FromSeconds(1));
        var settings = Fleet(("PolicyInterval", "00:00:01"));
        settings.Remove("Fleets__e2e__MinServers");
        settings["Controller__PolicyFile"] = policy;
        await using var controller = await ControllerProcess.StartAsync(folder.Path, cloud, settings);
        await WithOutputAsync(controller, cloud, async () =>
        {
            await cloud.WaitForServersAsync(s => s.Count == 1, Patience, "the minimum of 1");

            await File.WriteAllTextAsync(policy, """{ "Fleets": { "e2e": { "MinServers": 3 } } }""");

            var servers = await cloud.WaitForServersAsync(s => s.Count == 3, Patience, "the edited minimum of 3");
            Assert.Equal(3, servers.Count);
        });
    }

    private static Dictionary<string, string> Fleet(params (string Key, string Value)[] overrides)
    {
        var settings = ScaleUpTests.FleetSettings("e2e");
        foreach (var (key, value) in overrides)
        {
            settings[$"Fleets__e2e__{key}"] = value;
        }

        return settings;
    }

    private static bool Consistent(IReadOnlyList<EmulatedServer> cloud, IReadOnlyList<ServerRow> rows)
    {
        var live = rows.Where(r => r.IsLive).ToList();
        var cloudIds = cloud.Select(s => s.Id).Order().ToList();
        var ownedIds = live.Select(r => r.CloudId).OfType<string>().Order().ToList();
        return live.All(r => r.CloudId is not null) && cloudIds.SequenceEqual(ownedIds);
    }

    private Task WithOutputAsync(ControllerProcess controller, EmulatorProcess cloud, Func<Task> scenario) =>
        WithOutputAsync(controller, cloud, null, scenario);

    private async Task WithOutputAsync(ControllerProcess controller, EmulatorProcess cloud, GameServerPool? pool, Func<Task> scenario)
    {
        try
        {
            await scenario();
        }
        finally
        {
            output.WriteLine("agents:\n" + pool?.Log);
            output.WriteLine("controller:\n" + controller.Output);
            output.WriteLine("emulator:\n" + cloud.Output);
        }
    }
}
