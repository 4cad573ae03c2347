using Autoscaler.Simulator.Traces;

namespace Autoscaler.Simulator.Tests.Traces;

public class PlayerTraceTests
{
    private static readonly PlayerTrace Trace = new("t", [new(0, 100), new(60, 160), new(120, 40)]);

    [Theory]
    [InlineData(0, 100)]
    [InlineData(30, 130)]
    [InlineData(60, 160)]
    [InlineData(90, 100)]
    [InlineData(105, 70)]
    [InlineData(120, 40)]
    public void PlayersAt_BetweenSamples_InterpolatesLinearly(double seconds, double expected)
    {
        Assert.Equal(expected, Trace.PlayersAt(seconds), 9);
    }

    [Fact]
    public void PlayersAt_OutsideTheTrace_HoldsTheEndValues()
    {
        Assert.Equal(100, Trace.PlayersAt(-50));
        Assert.Equal(40, Trace.PlayersAt(1_000));
    }

    [Fact]
    public void Constructor_NonIncreasingTimes_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PlayerTrace("t", [new(0, 1), new(0, 2)]));
        Assert.Throws<ArgumentException>(() => new PlayerTrace("t", [new(0, 1)]));
    }

    [Fact]
    public void Truncate_InsideTheTrace_EndsOnAnInterpolatedSample()
    {
        var first = Trace.Truncate(TimeSpan.FromSeconds(90));

        Assert.Equal([new TraceSample(0, 100), new TraceSample(60, 160), new TraceSample(90, 100)], first.Samples);
        Assert.Equal(TimeSpan.FromSeconds(90), first.Duration);
    }

    [Fact]
    public void Truncate_LongerThanTheTrace_IsTheWholeTrace()
    {
        Assert.Same(Trace, Trace.Truncate(TimeSpan.FromHours(1)));
    }
}
