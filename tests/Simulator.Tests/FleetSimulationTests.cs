using Autoscaler.Simulator.Fleet;
using Autoscaler.Simulator.Policies;
using Autoscaler.Simulator.Reporting;
using Autoscaler.Simulator.Traces;

namespace Autoscaler.Simulator.Tests;

public class FleetSimulationTests
{
    private static SimulationOptions World(int slots = 10, double warmUpSeconds = 60, double sessionMinutes = 0, int seed = 1) => new()
    {
        SlotsPerServer = slots,
        Boot = new BootModel(TimeSpan.FromSeconds(10), TimeSpan.Zero, TimeSpan.FromSeconds(5)),
        MeanSession = TimeSpan.FromMinutes(sessionMinutes),
        WarmUp = TimeSpan.FromSeconds(warmUpSeconds),
        Seed = seed,
        SampleEvery = TimeSpan.FromSeconds(10),
    };

    private static PlayerTrace Trace(params (double Seconds, double Players)[] samples) =>
        new("tiny", [.. samples.Select(s => new TraceSample(s.Seconds, s.Players))]);

    [Fact]
    public async Task Run_FleetThatMatchesFlatDemand_ScoresRatioOne()
    {
        var trace = Trace((0, 40), (100, 40));

        var score = (await new FleetSimulation(World()).RunAsync(trace, new FixedFleetPolicy(4))).Score;

        Assert.Equal(400.0 / 3600, score.ServerHours, 9);
        Assert.Equal(400.0 / 3600, score.LowerBoundServerHours, 9);
        Assert.Equal(1.0, score.Ratio, 9);
        Assert.Equal(0, score.DeniedJoins);
        Assert.Equal(4, score.BilledHours);
    }

    [Fact]
    public async Task Run_LinearRamp_LowerBoundIsTheIntegralOfCeilPlayersOverSlots()
    {
        // Demand at second k is k players; ceil(k/10) summed over k = 0..99 is 10 x (1+...+9) + 9 x 10 = 540 server-seconds.
        var trace = Trace((0, 0), (100, 100));

        var score = (await new FleetSimulation(World()).RunAsync(trace, new FixedFleetPolicy(10))).Score;

        Assert.Equal(540.0 / 3600, score.LowerBoundServerHours, 9);
        Assert.Equal(1000.0 / 3600, score.ServerHours, 9);
        Assert.Equal(1000.0 / 540, score.Ratio, 9);
    }

    [Fact]
    public async Task Run_DemandAboveAFixedFleet_CountsDeniedJoinsAndTheirWait()
    {
        // One 10-slot server; demand steps from 10 to 15 at t = 11 and stays: 5 joins find no slot and wait to the end (t = 100).
        var trace = Trace((0, 10), (10, 10), (11, 15), (100, 15));

        var score = (await new FleetSimulation(World()).RunAsync(trace, new FixedFleetPolicy(1))).Score;

        Assert.Equal(5, score.DeniedJoins);
        Assert.Equal(5, score.Joins);
        Assert.Equal(89, score.LongestWaitSeconds, 9);
        Assert.Equal(0, score.OccupiedServersDeleted);
    }

    [Fact]
    public async Task Run_WarmUp_IsNotScored()
    {
        var trace = Trace((0, 20), (50, 20));

        var score = (await new FleetSimulation(World(warmUpSeconds: 120)).RunAsync(trace, new FixedFleetPolicy(2))).Score;

        Assert.Equal(0, score.Creates);
        Assert.Equal(0, score.Joins);
        Assert.Equal(0, score.CloudApiCalls);
        Assert.Equal(100.0 / 3600, score.ServerHours, 9);
    }

    [Fact]
    public async Task Run_PolicyDeletingAnOccupiedServer_IsCounted()
    {
        var trace = Trace((0, 15), (30, 15));

        var score = (await new FleetSimulation(World()).RunAsync(trace, new DeleteOldestAt(10, new FixedFleetPolicy(2)))).Score;

        Assert.Equal(1, score.OccupiedServersDeleted);
        Assert.Equal(10, score.PlayersDisconnected);
        Assert.Equal(1, score.DecisionsByReason["test: delete oldest"]);
    }

    [Fact]
    public async Task Run_SameSeed_GivesTheSameReport()
    {
        var trace = TraceReader.ReadFile(TracePaths.Shared("flash-crowd-2h.csv"));
        async Task<string> Report(int seed)
        {
            var options = World(slots: 20, warmUpSeconds: 600, sessionMinutes: 20, seed: seed) with
            {
                Boot = new BootModel(TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30)),
            };
            var run = await new FleetSimulation(options).RunAsync(trace, new AgonesBufferPolicy(AgonesBufferMode.Absolute, 200, 1, 1000, TimeSpan.FromSeconds(30)));
            return JsonReport.Serialize(new SimulationReport
            {
                Trace = trace.Name,
                TraceDescription = trace.Description,
                TraceHours = trace.Duration.TotalHours,
                PeakPlayers = trace.PeakPlayers,
                Settings = SimulationSettings.From(options),
                Runs = [run],
            });
        }

        var first = await Report(7);

        Assert.Equal(first, await Report(7));
        Assert.NotEqual(first, await Report(8));
    }

    [Fact]
    public void BilledHours_RoundsEachServersLifeInTheWindowUpToWholeHours()
    {
        SimServer[] servers =
        [
            new(1, "a", 10, -500) { Phase = ServerPhase.Ready },
            new(2, "b", 10, 100) { Phase = ServerPhase.Deleted, DeletedAt = 200 },
            new(3, "c", 10, 0) { Phase = ServerPhase.Deleted, DeletedAt = 3_601 },
            new(4, "d", 10, -900) { Phase = ServerPhase.Deleted, DeletedAt = -100 },
        ];

        Assert.Equal(2 + 1 + 2, FleetSimulation.BilledHours(servers, 0, 7_200));
    }

    /// <summary>Runs an inner policy and deletes the oldest server once, at a given time, whatever is on it.</summary>
    private sealed class DeleteOldestAt(double at, IPolicyRunner inner) : IPolicyRunner
    {
        private bool _done;

        public string Name => "delete-oldest";

        public string Description => "test";

        public ValueTask StepAsync(SimulatedFleet fleet, double now, CancellationToken cancellationToken)
        {
            if (!_done && now >= at)
            {
                _done = true;
                fleet.Delete(fleet.Live[0], now, "test: delete oldest");
                return ValueTask.CompletedTask;
            }

            return _done ? ValueTask.CompletedTask : inner.StepAsync(fleet, now, cancellationToken);
        }
    }
}
