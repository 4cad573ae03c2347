using Microsoft.Extensions.Time.Testing;

namespace Autoscaler.Simulator.Project;

/// <summary>Maps the simulation's virtual seconds onto a FakeTimeProvider shared by the controller core, the emulated
/// cloud and the Rackspace client, and moves it forward (firing the cloud's timers) as the simulation advances.</summary>
internal sealed class VirtualClock
{
    /// <summary>Virtual second 0 (the trace's start) on the shared clock.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    public VirtualClock(double startSeconds)
    {
        Time = new FakeTimeProvider(At(startSeconds));
    }

    public FakeTimeProvider Time { get; }

    public static DateTimeOffset At(double seconds) => Epoch + TimeSpan.FromSeconds(seconds);

    public static double SecondsOf(DateTimeOffset time) => (time - Epoch).TotalSeconds;

    /// <summary>Moves the clock to <paramref name="seconds"/> (never backwards); due timers fire on this thread.</summary>
    public void MoveTo(double seconds)
    {
        var target = At(seconds);
        if (target > Time.GetUtcNow())
        {
            Time.SetUtcNow(target);
        }
    }
}
