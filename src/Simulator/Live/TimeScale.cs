using System.Globalization;

namespace Autoscaler.Simulator.Live;

/// <summary>How fast a live run plays its trace: trace seconds per wall second.</summary>
/// <remarks>
/// The range is what the real stack can follow: at 100x the agents' 1 s load-report interval becomes 10 ms, the
/// controller's floor (AgentProtocol:ReportInterval), and a 120 s boot becomes 1.2 s of wall time.
/// </remarks>
internal sealed record TimeScale
{
    /// <summary>Slowest speed accepted: real time.</summary>
    public const double MinSpeed = 1;

    /// <summary>Fastest speed accepted.</summary>
    public const double MaxSpeed = 100;

    public TimeScale(double speed)
    {
        if (!IsValidSpeed(speed))
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, string.Create(CultureInfo.InvariantCulture, $"The speed must be between {MinSpeed} and {MaxSpeed}."));
        }

        Speed = speed;
    }

    /// <summary>Trace seconds per wall second.</summary>
    public double Speed { get; }

    public static bool IsValidSpeed(double speed) => speed is >= MinSpeed and <= MaxSpeed;

    /// <summary>The wall time a trace duration takes; zero stays zero (it means "off" in many settings), anything else
    /// stays at least one tick, so a positive setting never turns into zero.</summary>
    public TimeSpan ToWall(TimeSpan traceTime) =>
        traceTime == TimeSpan.Zero ? TimeSpan.Zero
        : TimeSpan.FromTicks(Math.Sign(traceTime.Ticks) * Math.Max(1L, (long)Math.Round(Math.Abs(traceTime.Ticks) / Speed, MidpointRounding.AwayFromZero)));

    /// <summary>The trace seconds a span of wall time stands for.</summary>
    public double ToTraceSeconds(TimeSpan wallTime) => wallTime.TotalSeconds * Speed;

    /// <summary>A rate per wall second that stands for <paramref name="perTraceSecond"/> per trace second.</summary>
    public int ToWallRate(int perTraceSecond) => (int)Math.Min(int.MaxValue, Math.Ceiling(perTraceSecond * Speed));
}
