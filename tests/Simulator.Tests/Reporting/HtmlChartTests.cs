using Autoscaler.Simulator.Reporting;

namespace Autoscaler.Simulator.Tests.Reporting;

public class HtmlChartTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(7, 8)]
    [InlineData(2177, 2500)]
    [InlineData(2500, 2500)]
    [InlineData(2501, 3000)]
    [InlineData(9100, 10000)]
    public void NiceCeiling_RoundsUpToARoundNumber(double value, double expected)
    {
        Assert.Equal(expected, HtmlChart.NiceCeiling(value), 9);
    }
}
