using Autoscaler.Agent;
using Autoscaler.EndToEnd.Tests.Infrastructure;
using Autoscaler.Harness;
using Xunit.Abstractions;

namespace Autoscaler.EndToEnd.Tests;

/// <summary>The walking skeleton end to end: real emulator, real controller, real agents, all on loopback.</summary>
public sealed class ScaleUpTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task AgentsFillFleetPastBuffer_ControllerCreatesServerAndRecordsIt()
    {
        using var folder = new TempFolder();
        await using var cloud = await EmulatorProcess.StartAsync(buildTime: TimeSpan.FromSeconds(1));
        await using var controller = await ControllerProcess.StartAsync(folder.Path, cloud, FleetSettings("e2e"));
        try
        {
            await FleetGrowsAsync(cloud, controller);
        }
        finally
        {
            output.WriteLine("controller:\n" + controller.Output);
            output.WriteLine("emulator:\n" + cloud.Output);
        }
    }

    private static async Task FleetGrowsAsync(EmulatorProcess cloud, ControllerProcess controller)
    {

        // The fleet's minimum brings up the first server; its game server boots from the file the controller gave it.
        var first = await cloud.WaitForServersAsync(s => s.Count(x => x.Status == "ACTIVE") == 1, Patience, "the first server to be ACTIVE");
        var bootstrap = await cloud.BootstrapAsync(first.Single().Id);
        Assert.Equal("e2e", bootstrap.Fleet);
        var options = new AgentOptions { Capacity = 10 };
        options.Apply(bootstrap);
        await using var agent = new GameServerAgent(options);
        agent.Start();
        agent.MarkReady();

        // 8 of 10 slots taken leaves 2 free, below the buffer of 4: the controller must create a second server.
        agent.SetPlayerCount(8);
        var servers = await cloud.WaitForServersAsync(s => s.Count == 2, Patience, "a second server to be created");

        var creates = (await cloud.AuditAsync()).Where(r => r.Operation == "CreateServer").ToList();
        Assert.Equal(2, creates.Count);
        Assert.All(creates, c => Assert.Equal(202, c.StatusCode));
        var rows = await Eventually.WaitAsync(
            () => Task.FromResult(controller.ServerRows()), rows => rows.Count == 2 && rows.All(r => r.CloudId is not null), Patience, "both servers recorded");
        Assert.Equal(servers.Select(s => s.Id).Order(), rows.Select(r => r.CloudId!).Order());
        Assert.All(rows, r => Assert.Equal("e2e", r.Fleet));
        Assert.True(agent.IsConnected, "the agent stays connected");
    }

    internal static Dictionary<string, string> FleetSettings(string fleet) => new()
    {
        [$"Fleets__{fleet}__ImageId"] = EmulatorProcess.ImageUuid,
        [$"Fleets__{fleet}__FlavorId"] = "2",
        [$"Fleets__{fleet}__SlotsPerServer"] = "10",
        [$"Fleets__{fleet}__MinServers"] = "1",
        [$"Fleets__{fleet}__MaxServers"] = "4",
        [$"Fleets__{fleet}__MinFreeSlots"] = "4",
        [$"Fleets__{fleet}__LeadTimeProvisioning"] = "false",
        [$"Fleets__{fleet}__PolicyInterval"] = "00:00:30",
        ["Controller__ReconcileInterval"] = "00:00:30",
    };
}
