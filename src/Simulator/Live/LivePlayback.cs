using Autoscaler.Simulator.Fleet;
using Autoscaler.Simulator.Project;
using Autoscaler.Simulator.Scoring;
using Autoscaler.Simulator.Traces;

namespace Autoscaler.Simulator.Live;

/// <summary>Plays a trace on a live stack at a speed: each step maps wall time to trace time, mirrors the real fleet,
/// moves the players (the virtual mode's own population and matchmaker), tells the game servers their players and the
/// controller the players waiting for a slot.</summary>
/// <remarks>
/// The warm-up (at the trace's first value) plays first, unscored, as in virtual time. Server-seconds are integrated
/// over the trace's span from the servers the cloud lists at each step, in trace time (wall time x speed).
/// </remarks>
internal sealed class LivePlayback(FleetSimulation simulation, TimeScale scale, TimeProvider time)
{
    // The players move at most this often in wall time (each step reads the cloud's server list).
    private static readonly TimeSpan MinWallStep = TimeSpan.FromMilliseconds(100);

    public async Task<LivePlaybackResult> RunAsync(PlayerTrace trace, LiveStack stack, IProgress<LiveProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(stack);
        var world = simulation.Options;
        var (fleet, counters) = simulation.CreateWorld();
        var mirror = new LiveFleetMirror(fleet);
        var timeline = new List<TimelinePoint>();
        var wallStep = scale.ToWall(world.Step) > MinWallStep ? scale.ToWall(world.Step) : MinWallStep;
        var origin = trace.Start - world.WarmUp.TotalSeconds;
        var started = time.GetTimestamp();
        var previous = origin;
        var scoredSince = (DateTimeOffset?)null;
        var scoredUntil = DateTimeOffset.MinValue;
        double serverSeconds = 0;
        var nextSample = trace.Start;
        var nextProgress = 0.0;
        var reportedWaiting = -1;
        var nextWaitingReport = double.NegativeInfinity;

        while (true)
        {
            var now = Math.Min(trace.End, origin + scale.ToTraceSeconds(time.GetElapsedTime(started)));
            if (scoredSince is null && now >= trace.Start)
            {
                counters.Reset(fleet.Live.Count);
                fleet.Players.RestartWaitClock(now);
                scoredSince = time.GetUtcNow();
            }

            mirror.Sync(await stack.ObserveAsync(cancellationToken).ConfigureAwait(false), now);
            var demand = (int)Math.Round(trace.PlayersAt(now), MidpointRounding.AwayFromZero);
            fleet.Players.Step(now, now - previous, demand, fleet.Live);
            stack.Seat(mirror.Seats);
            if (fleet.Players.Waiting != reportedWaiting || now >= nextWaitingReport)
            {
                // As in virtual time: the matchmaker reports its waiting players at once when the count changes, and
                // every few (trace) seconds while it holds, so the count does not expire.
                await stack.ReportWaitingPlayersAsync(ControllerCorePolicy.FleetName, fleet.Players.Waiting, cancellationToken).ConfigureAwait(false);
                reportedWaiting = fleet.Players.Waiting;
                nextWaitingReport = now + ControllerCorePolicy.WaitingReportInterval;
            }

            if (scoredSince is not null)
            {
                serverSeconds += fleet.Live.Count * (now - Math.Max(previous, trace.Start));
                if (now >= nextSample)
                {
                    timeline.Add(new TimelinePoint(now - trace.Start, demand, fleet.Players.Seated, fleet.ReadyCapacity, fleet.Live.Count));
                    while (nextSample <= now)
                    {
                        nextSample += world.SampleEvery.TotalSeconds;
                    }
                }
            }

            var fraction = (now - origin) / (trace.End - origin);
            if (progress is not null && fraction >= nextProgress)
            {
                progress.Report(new LiveProgress(fraction, now - trace.Start, demand, fleet.Players.Seated, fleet.Players.Waiting, fleet.Live.Count, fleet.Live.Count(s => s.Phase == ServerPhase.Ready), counters.DeniedJoins, counters.Reboots));
                nextProgress += 0.05;
            }

            previous = now;
            if (now >= trace.End)
            {
                scoredUntil = time.GetUtcNow();
                break;
            }

            stack.ThrowIfStopped();
            await Task.Delay(wallStep, time, cancellationToken).ConfigureAwait(false);
        }

        fleet.Players.Finish(trace.End);
        return new LivePlaybackResult(fleet, mirror.BootSeconds, counters, serverSeconds, timeline, scoredSince!.Value, scoredUntil);
    }
}
