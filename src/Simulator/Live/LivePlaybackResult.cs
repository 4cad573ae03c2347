using Autoscaler.Simulator.Fleet;
using Autoscaler.Simulator.Scoring;

namespace Autoscaler.Simulator.Live;

/// <summary>What a live playback measured, before the controller's own records (cloud calls, decisions) are added.</summary>
/// <param name="Fleet">The mirror of the real fleet, deleted servers included.</param>
/// <param name="BootSeconds">Each server's boot as observed, in trace seconds (see <see cref="LiveFleetMirror.BootSeconds"/>).</param>
/// <param name="Counters">Joins, denied joins, creates, deletes, ... counted over the trace's span.</param>
/// <param name="ServerSeconds">Servers listed by the cloud, integrated over the trace's span in trace seconds.</param>
/// <param name="Timeline">The fleet every SampleEvery of trace time.</param>
/// <param name="ScoredSince">The wall-clock moment the trace's span began (the warm-up ended).</param>
/// <param name="ScoredUntil">The wall-clock moment the trace's span ended (the controller runs on while the run is read).</param>
internal sealed record LivePlaybackResult(
    SimulatedFleet Fleet,
    IReadOnlyList<double> BootSeconds,
    RunCounters Counters,
    double ServerSeconds,
    IReadOnlyList<TimelinePoint> Timeline,
    DateTimeOffset ScoredSince,
    DateTimeOffset ScoredUntil);
