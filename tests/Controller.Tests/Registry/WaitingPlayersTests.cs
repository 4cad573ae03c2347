using Autoscaler.Controller.Registry;
using Autoscaler.Controller.Tests.Policy;

namespace Autoscaler.Controller.Tests.Registry;

public sealed class WaitingPlayersTests
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(30);
    private readonly WaitingPlayers _waiting = new();
    private DateTimeOffset _now = PolicyFixture.Now;

    [Fact]
    public void Total_TwoSources_AddsTheirLatestCounts()
    {
        Report("mm-a", 5);
        Report("mm-b", 7);
        Report("mm-a", 2);

        Assert.Equal(9, _waiting.Total(_now, Ttl));
    }

    [Fact]
    public void Total_SourceSilentPastTtl_ItsCountExpires()
    {
        Report("mm-a", 5);
        _now += TimeSpan.FromSeconds(20);
        Report("mm-b", 7);

        _now += TimeSpan.FromSeconds(11);

        Assert.Equal(7, _waiting.Total(_now, Ttl));
    }

    [Fact]
    public void TryReport_RiseAboveWhatThePolicySaw_SaysRose()
    {
        Assert.True(Report("mm", 10));
        _waiting.TakeForPolicy(_now, Ttl);

        Assert.False(Report("mm", 10));
        Assert.False(Report("mm", 4));
        Assert.True(Report("mm", 11));
    }

    [Fact]
    public void TryReport_Zero_NeverSaysRose()
    {
        Assert.False(Report("mm", 0));
    }

    [Fact]
    public void TryReport_TooManySources_RefusedAndNothingRecorded()
    {
        for (var i = 0; i < WaitingPlayers.MaxSources; i++)
        {
            Report($"mm-{i}", 1);
        }

        var accepted = _waiting.TryReport("one-too-many", 100, _now, Ttl, out var rose);

        Assert.False(accepted);
        Assert.False(rose);
        Assert.Equal(WaitingPlayers.MaxSources, _waiting.Total(_now, Ttl));
        Assert.True(_waiting.TryReport("mm-0", 3, _now, Ttl, out _));
    }

    [Fact]
    public void TryReport_ExpiredSourcesFreeTheirPlace()
    {
        for (var i = 0; i < WaitingPlayers.MaxSources; i++)
        {
            Report($"mm-{i}", 1);
        }

        _now += Ttl + TimeSpan.FromSeconds(1);

        Assert.True(_waiting.TryReport("new-matchmaker", 4, _now, Ttl, out _));
        Assert.Equal(4, _waiting.Total(_now, Ttl));
    }

    private bool Report(string source, int count)
    {
        Assert.True(_waiting.TryReport(source, count, _now, Ttl, out var rose));
        return rose;
    }
}
