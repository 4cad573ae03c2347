namespace Autoscaler.Simulator.Fleet;

/// <summary>How long a server takes from the create request to taking players: a base time plus uniform jitter.</summary>
/// <param name="BootTime">The typical time from CreateServer to the game accepting players.</param>
/// <param name="Jitter">Each boot takes BootTime plus a uniform draw in [-Jitter, +Jitter] (never below one second).</param>
/// <param name="RebootTime">How long a reboot keeps a server from taking players.</param>
internal sealed record BootModel(TimeSpan BootTime, TimeSpan Jitter, TimeSpan RebootTime)
{
    public double Draw(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var jitter = ((random.NextDouble() * 2) - 1) * Jitter.TotalSeconds;
        return Math.Max(1, BootTime.TotalSeconds + jitter);
    }
}
