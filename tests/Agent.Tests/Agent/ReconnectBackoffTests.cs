namespace Autoscaler.Agent.Tests.Agent;

public sealed class ReconnectBackoffTests
{
    [Fact]
    public void Next_SuccessiveFailures_DoublesWithJitterUpToTheCap()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(7));

        var delays = Enumerable.Range(0, 8).Select(_ => backoff.Next().TotalSeconds).ToList();

        double[] caps = [1, 2, 4, 8, 16, 30, 30, 30];
        for (var i = 0; i < caps.Length; i++)
        {
            Assert.InRange(delays[i], caps[i] / 2, caps[i]);
        }
    }

    [Fact]
    public void Next_ManyAgents_DelaysAreSpreadNotIdentical()
    {
        var delays = Enumerable.Range(0, 50)
            .Select(seed => new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(seed)))
            .Select(b => { b.Next(); b.Next(); return b.Next(); })
            .ToHashSet();

        Assert.True(delays.Count > 40, $"only {delays.Count} distinct delays");
    }

    [Fact]
    public void Reset_AfterFailures_StartsFromTheMinimumAgain()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(1));
        for (var i = 0; i < 10; i++)
        {
            backoff.Next();
        }

        backoff.Reset();

        Assert.InRange(backoff.Next().TotalSeconds, 0.5, 1);
    }

    [Fact]
    public void Next_ThousandsOfFailures_NeverOverflowsPastTheCap()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(3));

        var last = TimeSpan.Zero;
        for (var i = 0; i < 5_000; i++)
        {
            last = backoff.Next();
        }

        Assert.InRange(last.TotalSeconds, 15, 30);
    }
}
