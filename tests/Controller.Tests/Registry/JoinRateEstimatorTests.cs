using Autoscaler.Controller.Registry;
using Autoscaler.Controller.Tests.Policy;

namespace Autoscaler.Controller.Tests.Registry;

public sealed class JoinRateEstimatorTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    [Fact]
    public void Add_FirstSample_ZeroRate()
    {
        Assert.Equal(0, new JoinRateEstimator().Add(PolicyFixture.Now, 100, Window));
    }

    [Fact]
    public void Add_SteadyGrowth_ReturnsItsSlope()
    {
        var estimator = new JoinRateEstimator();
        var rate = 0.0;
        for (var i = 0; i <= 6; i++)
        {
            rate = estimator.Add(PolicyFixture.Now + TimeSpan.FromSeconds(10 * i), 100 + (50 * i), Window);
        }

        Assert.Equal(5, rate, 6);
    }

    [Fact]
    public void Add_AlternatingNoise_StaysNearZero()
    {
        var estimator = new JoinRateEstimator();
        var rate = 0.0;
        for (var i = 0; i <= 12; i++)
        {
            rate = estimator.Add(PolicyFixture.Now + TimeSpan.FromSeconds(10 * i), i % 2 == 0 ? 390 : 410, Window);
        }

        Assert.InRange(rate, -0.2, 0.2);
    }

    [Fact]
    public void Add_OldSamples_LeaveTheWindow()
    {
        var estimator = new JoinRateEstimator();
        estimator.Add(PolicyFixture.Now, 0, Window);
        estimator.Add(PolicyFixture.Now + TimeSpan.FromSeconds(10), 1000, Window);
        var rate = 0.0;
        for (var i = 2; i <= 12; i++)
        {
            rate = estimator.Add(PolicyFixture.Now + TimeSpan.FromSeconds(10 * i), 1000, Window);
        }

        Assert.Equal(0, rate, 6);
    }

    [Fact]
    public void Add_NoisyFlatLoad_ReportsNoGrowth()
    {
        var estimator = new JoinRateEstimator();
        int[] players = [400, 431, 392, 418, 377, 409, 426];
        var rate = 1.0;
        for (var i = 0; i < players.Length; i++)
        {
            rate = estimator.Add(PolicyFixture.Now + TimeSpan.FromSeconds(10 * i), players[i], Window);
        }

        Assert.Equal(0, rate);
    }

    [Fact]
    public void Add_NoisySurge_ReportsItsSlope()
    {
        var estimator = new JoinRateEstimator();
        int[] noise = [0, 12, -9, 7, -14, 10, -5];
        var rate = 0.0;
        for (var i = 0; i < noise.Length; i++)
        {
            rate = estimator.Add(PolicyFixture.Now + TimeSpan.FromSeconds(10 * i), 400 + (50 * i) + noise[i], Window);
        }

        Assert.InRange(rate, 4.5, 5.5);
    }
}
