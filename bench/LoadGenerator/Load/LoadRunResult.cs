namespace Autoscaler.LoadGenerator.Load;

/// <summary>The figures of one measured load run.</summary>
internal sealed record LoadRunResult
{
    public required string Mode { get; init; }

    public required string Target { get; init; }

    public required int Streams { get; init; }

    public required int OfferedRate { get; init; }

    public required double MeasuredSeconds { get; init; }

    /// <summary>Reports the generator wrote per second (HTTP/2 flow control holds writes back when the target reads slower).</summary>
    public required double SentPerSecond { get; init; }

    /// <summary>Reports the target applied per second, where the target can tell us (the sink can; see Definition).</summary>
    public double? AppliedPerSecond { get; init; }

    public double? LagP50Milliseconds { get; init; }

    public double? LagP99Milliseconds { get; init; }

    public double? LagMaxMilliseconds { get; init; }

    /// <summary>CPU of the measured process in cores, and its peak resident set, when a process was measured.</summary>
    public double? TargetCores { get; init; }

    public double? TargetPeakRssMegabytes { get; init; }

    /// <summary>CPU of the load generator itself in cores: near the machine's core count means the generator, not the target, is the limit.</summary>
    public required double GeneratorCores { get; init; }

    /// <summary>How "applied" and the lag were observed in this run.</summary>
    public required string Definition { get; init; }
}
