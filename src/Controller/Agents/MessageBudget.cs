namespace Autoscaler.Controller.Agents;

/// <summary>One stream's message allowance: a token bucket of <c>burst</c> messages refilled at <c>perSecond</c>.</summary>
/// <remarks>
/// Refilled from the elapsed time at each message, in proportion and never above the burst, rather than by a timer:
/// a controller with 10,000 streams would otherwise keep 10,000 timers firing every second. Used by the stream's one
/// reader only, so it takes no lock; time comes from the injected <see cref="TimeProvider"/>. Integer arithmetic in
/// timestamp ticks: one message costs one second's worth of ticks, and every elapsed tick earns <c>perSecond</c>.
/// </remarks>
internal sealed class MessageBudget
{
    private readonly TimeProvider _time;
    private readonly long _perSecond;
    private readonly long _cost;
    private readonly long _capacity;
    private readonly long _fullAfter;
    private long _credit;
    private long _refilledAt;

    public MessageBudget(int perSecond, int burst, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perSecond, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _perSecond = perSecond;
        _cost = time.TimestampFrequency;
        _capacity = checked(burst * _cost);
        _fullAfter = (_capacity / perSecond) + 1;
        _credit = _capacity;
        _refilledAt = time.GetTimestamp();
    }

    /// <summary>Spends one message of the budget; false (nothing spent) when the stream is over its rate.</summary>
    public bool TrySpend()
    {
        var now = _time.GetTimestamp();
        var elapsed = Math.Max(0, now - _refilledAt);
        _refilledAt = now;

        // Past the time an empty bucket takes to fill, it is full; before it, the product cannot overflow.
        _credit = elapsed >= _fullAfter ? _capacity : Math.Min(_capacity, _credit + (elapsed * _perSecond));
        if (_credit < _cost)
        {
            return false;
        }

        _credit -= _cost;
        return true;
    }
}
