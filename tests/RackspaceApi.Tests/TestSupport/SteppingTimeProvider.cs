using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Autoscaler.RackspaceApi.Tests.TestSupport;

/// <summary>A fake clock that reports every timer created, so a test can advance exactly to the next due time.</summary>
internal sealed class SteppingTimeProvider : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Advances to each timer as it is created until <paramref name="pending"/> completes (bounded by <paramref name="maxSteps"/>).</summary>
    public async Task RunUntilAsync(Task pending, int maxSteps = 10_000)
    {
        for (var step = 0; step < maxSteps && !pending.IsCompleted; step++)
        {
            var next = _timers.Reader.ReadAsync().AsTask();
            if (await Task.WhenAny(pending, next) == next)
            {
                Advance(await next);
            }
        }
    }
}
