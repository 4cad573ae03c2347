namespace Autoscaler.LoadGenerator.Sink;

/// <summary>The sink's counters as served on /stats: reports since start, open streams, and lag percentiles since the last /reset.</summary>
internal sealed record SinkSnapshot(long Reports, long Streams, long LagSamples, double LagP50Milliseconds, double LagP99Milliseconds, double LagMaxMilliseconds);
