using Autoscaler.Simulator.Live;

namespace Autoscaler.Simulator.Tests.Live;

public class BootStatisticsTests
{
    [Fact]
    public void Describe_Boots_GivesMeanP90AndLongestBesideTheConfiguredTime()
    {
        double[] boots = [120, 121, 122, 123, 124, 125, 126, 127, 128, 200];

        var line = BootStatistics.Describe(boots, TimeSpan.FromSeconds(120));

        Assert.Contains("10 servers: mean 132 s, p90 128 s, longest 200 s of trace time (configured 120 s)", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_NoBoot_SaysSo()
    {
        Assert.Equal("no server finished booting during the run.", BootStatistics.Describe([], TimeSpan.FromSeconds(120)));
    }
}
