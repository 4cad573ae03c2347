namespace Autoscaler.Agent;

/// <summary>Exponential reconnect delays with jitter: attempt n waits a random time in [cap/2, cap], cap = min(max, min·2ⁿ).</summary>
/// <remarks>The jitter spreads a fleet's reconnects after a controller restart instead of a thundering herd.</remarks>
internal sealed class ReconnectBackoff(TimeSpan minDelay, TimeSpan maxDelay, Random random)
{
    private int _attempt;

    public TimeSpan Next()
    {
        var exponent = Math.Min(_attempt, 30);
        _attempt++;
        var cap = Math.Min(maxDelay.Ticks, minDelay.Ticks * (double)(1L << exponent));
        var ticks = (cap / 2) + (random.NextDouble() * cap / 2);
        return TimeSpan.FromTicks((long)ticks);
    }

    public void Reset() => _attempt = 0;
}
