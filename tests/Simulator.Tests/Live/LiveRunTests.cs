using System.CommandLine;
using System.Text.Json;
using Autoscaler.Simulator.Cli;
using Autoscaler.Simulator.Live;
using Autoscaler.Simulator.Policies;
using Xunit.Abstractions;

namespace Autoscaler.Simulator.Tests.Live;

/// <summary>A short live run on real processes: the emulator and the controller as processes, a real Agent per server.</summary>
public sealed class LiveRunTests(ITestOutputHelper log) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sim-live-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Invoke_LiveSurge_FleetGrowsWithThePlayersDeletesNoOccupiedServerAndReportsLikeAVirtualRun()
    {
        // 20 players, a surge to 100 (10 servers of 10 slots), back to 20: 4 min of warm-up and 10 min of trace at 30x.
        var trace = Path.Combine(_dir, "surge.csv");
        await File.WriteAllTextAsync(trace, "# small surge\nt_seconds,players\n0,20\n120,20\n240,100\n420,100\n600,20\n");
        var json = Path.Combine(_dir, "live.json");
        var output = new StringWriter();
        var error = new StringWriter();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var command = new SimulatorCommand().Build(SimulatorRun.ExecuteAsync);

        var exit = await command.Parse(["--trace", trace, "--live", "--speed", "30", "--slots", "10", "--warm-up-minutes", "4", "--json", json])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, patience.Token);

        log.WriteLine(error.ToString());
        log.WriteLine(output.ToString());
        Assert.Equal(0, exit);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var runs = report.RootElement.GetProperty("runs");
        Assert.Equal([LiveRun.PolicyName, PolicyNames.Autoscaler], runs.EnumerateArray().Select(r => r.GetProperty("policy").GetString()));
        var live = runs[0];
        var score = live.GetProperty("score");
        Assert.Equal(0, score.GetProperty("occupiedServersDeleted").GetInt32());
        Assert.True(score.GetProperty("joins").GetInt64() >= 80, "the surge's players joined");
        Assert.True(score.GetProperty("creates").GetInt32() >= 5, "servers were created for the surge");
        Assert.True(score.GetProperty("apiCallsByOperation").GetProperty("CreateServer").GetInt64() >= 5, "the creates reached the cloud");
        Assert.Contains(score.GetProperty("decisionsByReason").EnumerateObject(), d => d.Name.StartsWith("create: ", StringComparison.Ordinal));
        Assert.Equal(
            runs[1].GetProperty("score").GetProperty("lowerBoundServerHours").GetDouble(),
            score.GetProperty("lowerBoundServerHours").GetDouble(),
            9);

        // The fleet before the surge, and at its height: it grew when the players came, and the new servers took players.
        // (How fast they came up depends on the machine's load, so no figure of time is asserted.)
        var timeline = live.GetProperty("timeline").EnumerateArray().ToList();
        var before = timeline.Where(p => p.GetProperty("seconds").GetDouble() <= 120).ToList();
        var serversBefore = before.Max(p => p.GetProperty("servers").GetInt32());
        var slotsBefore = before.Max(p => p.GetProperty("capacity").GetInt32());
        var peak = timeline.Max(p => p.GetProperty("servers").GetInt32());
        var seatedPeak = timeline.Max(p => p.GetProperty("seated").GetInt32());
        Assert.True(peak >= 10 && peak > serversBefore, $"servers: {serversBefore} before the surge, {peak} at most");
        Assert.True(seatedPeak > slotsBefore, $"players seated: at most {seatedPeak}; slots before the surge: {slotsBefore}");
        Assert.Contains("autoscaler-live", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("live: ", error.ToString(), StringComparison.Ordinal);
    }
}
