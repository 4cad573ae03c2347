using Autoscaler.LoadGenerator.Load;

namespace Autoscaler.LoadGenerator.Sink;

/// <summary>What the no-op sink saw: streams, reports, and each report's lag from the agent's observed_at to its arrival.</summary>
internal sealed class SinkStats(int lagCapacity)
{
    private long _reports;
    private long _streams;

    public long Reports => Interlocked.Read(ref _reports);

    public long Streams => Interlocked.Read(ref _streams);

    public LagRecorder Lag { get; } = new(lagCapacity);

    public void StreamOpened() => Interlocked.Increment(ref _streams);

    public void StreamClosed() => Interlocked.Decrement(ref _streams);

    public void ReportApplied(double lagMilliseconds)
    {
        Interlocked.Increment(ref _reports);
        Lag.Record(lagMilliseconds);
    }
}
