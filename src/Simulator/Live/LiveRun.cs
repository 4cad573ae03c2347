using System.Globalization;
using Autoscaler.Harness;
using Autoscaler.Simulator.Cli;
using Autoscaler.Simulator.Project;
using Autoscaler.Simulator.Scoring;
using Autoscaler.Simulator.Traces;

namespace Autoscaler.Simulator.Live;

/// <summary>The live mode: the project's policy on real processes (emulator, controller, game servers running the real
/// Agent), playing the trace at a speed, scored as a virtual run is.</summary>
/// <remarks>
/// The controller runs with the fleet settings of the virtual run (<see cref="ProjectPolicySettings"/>), every duration
/// divided by the speed; the emulator builds a server in the world's boot time divided by the speed. The score adds
/// the controller's own records: the cloud calls it made (the emulator's audit log) and its decisions (its SQLite file).
/// </remarks>
internal static class LiveRun
{
    public const string PolicyName = "autoscaler-live";

    public static async Task<LiveRunResult> RunAsync(SimulatorInvocation invocation, PlayerTrace trace, TimeScale scale, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(progress);
        var c = CultureInfo.InvariantCulture;
        var world = invocation.Options;
        var simulation = new FleetSimulation(world);
        var fleet = ProjectPolicySettings.Create(world, invocation.Baselines.MinServers, invocation.Baselines.MaxServers, invocation.PolicyFile);
        fleet.ImageId = EmulatorProcess.ImageUuid;

        // The cloud's BUILD is the whole boot: the game server starts as soon as the machine is ACTIVE (no jitter).
        var settings = LiveStackSettings.Create(fleet, ControllerCorePolicy.FleetName, world, world.Boot.BootTime, scale);
        var wall = TimeSpan.FromSeconds((trace.Duration + world.WarmUp).TotalSeconds / scale.Speed);
        await progress.WriteLineAsync(string.Create(c, $"live: starting the emulator and the controller (speed {scale.Speed:0.##}x, boot {settings.BuildTime.TotalSeconds:0.###} s of wall time)...")).ConfigureAwait(false);
        await using var stack = await LiveStack.StartAsync(settings, world.SlotsPerServer, cancellationToken).ConfigureAwait(false);
        await progress.WriteLineAsync(string.Create(c, $"live: controller {stack.Controller.HttpAddress} (dashboard), emulator {stack.Cloud.BaseAddress}; playing {world.WarmUp.TotalMinutes:0} min of warm-up and {trace.Duration.TotalMinutes:0.#} min of trace: about {wall.TotalMinutes:0.#} min of wall time")).ConfigureAwait(false);

        var reporter = new LineProgress(progress);
        var playback = await new LivePlayback(simulation, scale, TimeProvider.System).RunAsync(trace, stack, reporter, cancellationToken).ConfigureAwait(false);
        var counters = playback.Counters;
        foreach (var call in await stack.CloudCallsAsync(playback.ScoredSince, playback.ScoredUntil, cancellationToken).ConfigureAwait(false))
        {
            counters.CountApiCall(call.Operation.Length > 0 ? call.Operation : $"{call.Method} {call.Path}");
        }

        foreach (var (reason, times) in ControllerDecisions.CountBetween(stack.Controller.DatabasePath, playback.ScoredSince, playback.ScoredUntil))
        {
            counters.CountDecision(reason, times);
        }

        var score = FleetSimulation.Score(counters, playback.Fleet, trace, playback.ServerSeconds, simulation.LowerBoundSeconds(trace));
        var description = string.Create(c,
            $"the project's controller as a real process (Quartz ticks, gRPC agents, SQLite) on the emulator as a real process, a real Agent per game server, at {scale.Speed:0.##}x: buffer {ProjectPolicySettings.DescribeBuffer(fleet)}, tick {fleet.PolicyInterval.TotalSeconds:0} s + early, min {fleet.MinServers}, max {fleet.MaxServers}, boot {world.Boot.BootTime.TotalSeconds:0} s without jitter (trace time)");
        List<string> notes =
        [
            string.Create(c, $"{PolicyName} played the trace at {scale.Speed:0.##} trace seconds per wall second; every duration of the controller's and the cloud's settings was divided by that (list: src/Simulator/Live/LiveStackSettings.cs)."),
            $"{PolicyName}: {BootStatistics.Describe(playback.BootSeconds, world.Boot.BootTime)}",
            .. settings.Notes,
        ];
        return new LiveRunResult(new RunResult(PolicyName, description, score, playback.Timeline), notes);
    }

    /// <summary>Writes each progress report as one line, on the calling thread.</summary>
    private sealed class LineProgress(TextWriter writer) : IProgress<LiveProgress>
    {
        public void Report(LiveProgress value) => writer.WriteLine(value.ToString());
    }
}
