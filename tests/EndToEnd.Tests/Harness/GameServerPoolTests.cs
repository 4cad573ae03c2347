using Autoscaler.EndToEnd.Tests.Infrastructure;
using Autoscaler.Harness;
using Xunit.Abstractions;

namespace Autoscaler.EndToEnd.Tests.Harness;

/// <summary>The pool seats the wanted players on real agents, counts a join that finds no slot once, and lets it wait;
/// the controller hears the waiting players from the harness.</summary>
public sealed class GameServerPoolTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task SetPlayers_MoreThanFleetHolds_SeatsWhatFitsAndCountsEachDeniedJoinOnce()
    {
        using var folder = new TempFolder();
        await using var cloud = await EmulatorProcess.StartAsync(TimeSpan.FromSeconds(1));
        var settings = ScaleUpTests.FleetSettings("e2e");
        settings["Fleets__e2e__MaxServers"] = "1";
        await using var controller = await ControllerProcess.StartAsync(folder.Path, cloud, settings);
        await using var pool = new GameServerPool(cloud, capacity: 10);
        try
        {
            await Eventually.WaitAsync(() => Task.FromResult(pool.Servers), s => s.Count == 1, Patience, "the one game server");

            pool.SetPlayers(15);
            await Eventually.WaitAsync(() => Task.FromResult((pool.Seated, pool.Waiting)), s => s == (10, 5), Patience, "10 seated, 5 waiting");
            await Eventually.WaitAsync(() => Task.FromResult(pool.Waiting), w => w == 5, Patience, "still 5 waiting a step later");
            Assert.Equal(5, pool.DeniedJoins);
            Assert.Equal(5, await controller.ReportWaitingPlayersAsync("e2e", pool.Waiting));

            pool.SetPlayers(8);
            await Eventually.WaitAsync(() => Task.FromResult((pool.Seated, pool.Waiting)), s => s == (8, 0), Patience, "8 seated, none waiting");

            Assert.Equal(5, pool.DeniedJoins);
            Assert.Equal(8, pool.WantedPlayers);
            Assert.Equal(8, pool.Servers.Single().Agent.Players);
            Assert.Equal(0, await controller.ReportWaitingPlayersAsync("e2e", pool.Waiting));
        }
        finally
        {
            output.WriteLine("agents:\n" + pool.Log);
            output.WriteLine("controller:\n" + controller.Output);
        }
    }
}
