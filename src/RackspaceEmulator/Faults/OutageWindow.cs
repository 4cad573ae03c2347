namespace Autoscaler.RackspaceEmulator;

/// <summary>A window of time (on the emulator's clock) during which the whole cloud answers 503.</summary>
public sealed record OutageWindow
{
    /// <summary>Start of the outage (inclusive).</summary>
    public DateTimeOffset Start { get; init; }

    /// <summary>End of the outage (exclusive).</summary>
    public DateTimeOffset End { get; init; }

    /// <summary>True when <paramref name="now"/> falls inside the window.</summary>
    public bool Contains(DateTimeOffset now) => now >= Start && now < End;
}
