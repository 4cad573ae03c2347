using Autoscaler.Agent;
using Autoscaler.Simulator.Fleet;
using Autoscaler.Simulator.Project;
using Autoscaler.Simulator.Scoring;
using Autoscaler.Simulator.Traces;

namespace Autoscaler.Simulator.Tests.Project;

public class ControllerCorePolicyTests
{
    private static readonly SimulationOptions World = new()
    {
        SlotsPerServer = 10,
        Boot = new BootModel(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10)),
        MeanSession = TimeSpan.FromMinutes(10),
        WarmUp = TimeSpan.FromMinutes(3),
        Seed = 5,
    };

    private static async Task<RunResult> RunAsync(params (double Seconds, double Players)[] samples)
    {
        var trace = new PlayerTrace("core", [.. samples.Select(s => new TraceSample(s.Seconds, s.Players))]);
        var options = ProjectPolicySettings.Create(World, minServers: 1, maxServers: 200, policyFile: null);
        return await new FleetSimulation(World).RunAsync(trace, new ControllerCorePolicy(options, World));
    }

    [Fact]
    public async Task RunAsync_RisingLoad_RealCoreCreatesServersThroughTheEmulatedCloud()
    {
        var run = await RunAsync((0, 20), (600, 150), (900, 150));

        var score = run.Score;
        Assert.True(score.Creates >= 10, $"creates {score.Creates}");
        Assert.Equal(score.Creates, score.ApiCallsByOperation["CreateServer"]);
        Assert.Contains(score.DecisionsByReason.Keys, k => k.StartsWith("create: ", StringComparison.Ordinal));
        Assert.Equal(0, score.OccupiedServersDeleted);
        Assert.True(score.ServerHours >= score.LowerBoundServerHours * 0.9, $"{score.ServerHours} vs {score.LowerBoundServerHours}");
        Assert.True(run.Timeline[^1].Capacity >= 150, $"capacity at the end {run.Timeline[^1].Capacity}");
    }

    [Fact]
    public async Task RunAsync_LoadFalls_FleetDrainsAndDeletesWithoutDroppingPlayers()
    {
        var run = await RunAsync((0, 200), (300, 200), (600, 30), (1_500, 30));

        var score = run.Score;
        Assert.True(score.Deletes > 5, $"deletes {score.Deletes}");
        Assert.Equal(score.Deletes, score.ApiCallsByOperation["DeleteServer"]);
        Assert.Equal(0, score.OccupiedServersDeleted);
        Assert.Equal(0, score.PlayersDisconnected);
        Assert.True(run.Timeline[^1].Servers < 15, $"servers at the end {run.Timeline[^1].Servers}");
    }

    [Fact]
    public void ReadBootstrap_UserData_GivesTheServerIdFleetAndToken()
    {
        var json = new AgentBootstrapFile { ServerId = "as-game-1", Fleet = "game", ControllerAddress = new Uri("http://127.0.0.1:5001"), Token = "t0k" }.Serialize();
        var userData = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json));

        var document = SimulatedAgent.ReadBootstrap(userData, [], AgentBootstrapFile.DefaultPath);

        Assert.Equal(("as-game-1", "game", "t0k"), (document?.ServerId, document?.Fleet, document?.Token));
    }

    [Fact]
    public void ReadBootstrap_NoUserData_ReadsThePersonalityFileAtThePath()
    {
        var json = new AgentBootstrapFile { ServerId = "as-game-2", Fleet = "game", ControllerAddress = new Uri("http://127.0.0.1:5001"), Token = "k" }.Serialize();
        var file = new Autoscaler.RackspaceEmulator.PersonalityFile("/etc/autoscaler/agent.json", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)));
        var other = new Autoscaler.RackspaceEmulator.PersonalityFile("/etc/motd", Convert.ToBase64String("hello"u8.ToArray()));

        var document = SimulatedAgent.ReadBootstrap(null, [other, file], "/etc/autoscaler/agent.json");

        Assert.Equal("as-game-2", document?.ServerId);
    }
}
