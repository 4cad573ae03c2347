namespace Autoscaler.RackspaceEmulator;

/// <summary>An error rate injected into one operation.</summary>
public sealed record OperationFault
{
    /// <summary>Share (0..1) of requests answered with <see cref="StatusCode"/> instead of being served.</summary>
    public double ErrorRate { get; init; }

    /// <summary>500 (cloudServersFault) or 503 (serviceUnavailable). Default 500.</summary>
    public int StatusCode { get; init; } = 500;
}
