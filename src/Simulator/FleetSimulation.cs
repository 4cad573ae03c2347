using Autoscaler.Simulator.Fleet;
using Autoscaler.Simulator.Players;
using Autoscaler.Simulator.Policies;
using Autoscaler.Simulator.Scoring;
using Autoscaler.Simulator.Traces;

namespace Autoscaler.Simulator;

/// <summary>Replays a trace against one policy in virtual time and scores the run.</summary>
/// <remarks>
/// Each step: booted servers become ready, the players move towards the trace's value (rounded to whole players),
/// then the policy observes and acts. Server-hours and the lower bound are integrated with the same step over the
/// trace's span [first sample, last sample); the warm-up before it is not scored.
/// </remarks>
internal sealed class FleetSimulation(SimulationOptions options)
{
    private const double SecondsPerHour = 3600;

    public SimulationOptions Options { get; } = options;

    public async Task<RunResult> RunAsync(PlayerTrace trace, IPolicyRunner policy, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(policy);
        var (fleet, counters) = CreateWorld();
        var clock = new SimulationClock(trace, Options);
        var timeline = new List<TimelinePoint>();
        double serverSeconds = 0;
        var nextSample = trace.Start;
        var nextProgress = 0.1;

        try
        {
            for (var step = 0L; step < clock.TotalSteps; step++)
            {
                if ((step & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var now = clock.TimeOf(step);
                var scored = step >= clock.WarmUpSteps;
                if (step == clock.WarmUpSteps)
                {
                    counters.Reset(fleet.Live.Count);
                    fleet.Players.RestartWaitClock(now);
                }

                var demand = clock.DemandAt(step);
                fleet.Advance(now);
                fleet.Players.Step(now, clock.StepSeconds, demand, fleet.Live);
                await policy.StepAsync(fleet, now, cancellationToken).ConfigureAwait(false);

                if (!scored)
                {
                    continue;
                }

                serverSeconds += fleet.Live.Count * clock.StepSeconds;
                if (now >= nextSample)
                {
                    timeline.Add(new TimelinePoint(now - trace.Start, demand, fleet.Players.Seated, fleet.ReadyCapacity, fleet.Live.Count));
                    nextSample += Options.SampleEvery.TotalSeconds;
                }

                var done = (double)(step - clock.WarmUpSteps + 1) / clock.ScoredSteps;
                if (progress is not null && done >= nextProgress)
                {
                    progress.Report(done);
                    nextProgress += 0.1;
                }
            }
        }
        finally
        {
            if (policy is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync().ConfigureAwait(false);
            }
        }

        fleet.Players.Finish(trace.End);
        var score = Score(counters, fleet, trace, serverSeconds, LowerBoundSeconds(trace));
        return new RunResult(policy.Name, policy.Description, score, timeline);
    }

    /// <summary>The integral of ceil(players / slots) over the trace's span, players being the trace rounded to whole
    /// players at every step: the server-seconds a clairvoyant fleet whose servers boot at once needs.</summary>
    internal double LowerBoundSeconds(PlayerTrace trace)
    {
        var clock = new SimulationClock(trace, Options);
        double seconds = 0;
        for (var step = clock.WarmUpSteps; step < clock.TotalSteps; step++)
        {
            seconds += Math.Ceiling((double)clock.DemandAt(step) / Options.SlotsPerServer) * clock.StepSeconds;
        }

        return seconds;
    }

    /// <summary>A fresh fleet and its players for one run, seeded from the options (the live mode mirrors its real fleet into one).</summary>
    internal (SimulatedFleet Fleet, RunCounters Counters) CreateWorld()
    {
        var counters = new RunCounters();
        var playerRandom = new Random(Options.Seed);
        var bootRandom = new Random(unchecked((Options.Seed * 31) + 17));
        var population = new PlayerPopulation(new Matchmaker(Options.Matchmaking), playerRandom, Options.MeanSession, counters);
        var fleet = new SimulatedFleet(Options.SlotsPerServer, Options.Boot, bootRandom, population, counters);
        return (fleet, counters);
    }

    /// <summary>The score of a run from its counters and its integrals over the trace's span (server-seconds, lower-bound seconds).</summary>
    internal static RunScore Score(RunCounters counters, SimulatedFleet fleet, PlayerTrace trace, double serverSeconds, double lowerBoundSeconds)
    {
        var serverHours = serverSeconds / SecondsPerHour;
        var lowerBound = lowerBoundSeconds / SecondsPerHour;
        return new RunScore
        {
            ServerHours = serverHours,
            LowerBoundServerHours = lowerBound,
            Ratio = lowerBound > 0 ? serverHours / lowerBound : double.NaN,
            BilledHours = BilledHours(fleet.All, trace.Start, trace.End),
            Joins = counters.Joins,
            DeniedJoins = counters.DeniedJoins,
            LongestWaitSeconds = counters.LongestWaitSeconds,
            Creates = counters.Creates,
            Deletes = counters.Deletes,
            Reboots = counters.Reboots,
            Drains = counters.Drains,
            Undrains = counters.Undrains,
            OccupiedServersDeleted = counters.OccupiedServersDeleted,
            PlayersDisconnected = counters.PlayersDisconnected,
            CloudApiCalls = counters.CloudApiCalls,
            ApiCallsByOperation = new SortedDictionary<string, long>(counters.ApiCallsByOperation.ToDictionary(), StringComparer.Ordinal),
            PeakServers = counters.PeakServers,
            DecisionsByReason = new SortedDictionary<string, int>(counters.DecisionsByReason.ToDictionary(), StringComparer.Ordinal),
        };
    }

    /// <summary>Each server's life inside the scored window, rounded up to whole hours.</summary>
    internal static double BilledHours(IEnumerable<SimServer> servers, double start, double end)
    {
        double hours = 0;
        foreach (var server in servers)
        {
            var from = Math.Max(server.CreatedAt, start);
            var to = Math.Min(server.Exists ? end : server.DeletedAt, end);
            if (to > from)
            {
                hours += Math.Ceiling((to - from) / SecondsPerHour);
            }
        }

        return hours;
    }
}
