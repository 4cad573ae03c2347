using Autoscaler.Simulator.Live;

namespace Autoscaler.Simulator.Tests.Live;

public class TimeScaleTests
{
    [Theory]
    [InlineData(0.5)]
    [InlineData(0)]
    [InlineData(-30)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_SpeedOutOfRange_Throws(double speed)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeScale(speed));
    }

    [Fact]
    public void ToWall_Duration_IsDividedBySpeed()
    {
        var scale = new TimeScale(30);

        Assert.Equal(TimeSpan.FromSeconds(4), scale.ToWall(TimeSpan.FromMinutes(2)));
        Assert.Equal(TimeSpan.FromMilliseconds(500), scale.ToWall(TimeSpan.FromSeconds(15)));
    }

    [Fact]
    public void ToWall_Zero_StaysZeroAndTinyDurationsStayPositive()
    {
        var scale = new TimeScale(100);

        Assert.Equal(TimeSpan.Zero, scale.ToWall(TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromTicks(1), scale.ToWall(TimeSpan.FromTicks(1)));
    }

    [Fact]
    public void ToTraceSeconds_WallTime_IsMultipliedBySpeed()
    {
        Assert.Equal(120, new TimeScale(60).ToTraceSeconds(TimeSpan.FromSeconds(2)), 9);
    }

    [Fact]
    public void ToWallRate_RatePerTraceSecond_IsMultipliedBySpeed()
    {
        Assert.Equal(600, new TimeScale(30).ToWallRate(20));
    }
}
