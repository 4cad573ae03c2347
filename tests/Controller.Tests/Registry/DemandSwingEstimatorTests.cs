using Autoscaler.Controller.Registry;
using Autoscaler.Controller.Tests.Policy;

namespace Autoscaler.Controller.Tests.Registry;

public sealed class DemandSwingEstimatorTests
{
    private static readonly TimeSpan Horizon = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan Memory = TimeSpan.FromMinutes(30);

    [Fact]
    public void Add_LessThanOneHorizonOfHistory_Zero()
    {
        var estimator = new DemandSwingEstimator();

        var swing = Feed(estimator, seconds: 110, demandAt: t => t);

        Assert.Equal(0, swing);
    }

    [Fact]
    public void Add_FlatDemand_Zero()
    {
        var swing = Feed(new DemandSwingEstimator(), seconds: 3600, demandAt: _ => 500);

        Assert.Equal(0, swing);
    }

    [Fact]
    public void Add_SteadyTrend_NoSwing()
    {
        // A steady rise is the lead time's business: the swing is the spread about the trend, not the trend.
        var swing = Feed(new DemandSwingEstimator(), seconds: 4 * 3600, demandAt: t => 100 + (0.5 * t));

        Assert.True(swing < 2, $"swing {swing}");
    }

    [Fact]
    public void Add_IndependentNoise_MeasuresTheSpreadOfChangesOverTheHorizon()
    {
        // Demand = 1000 + independent noise of sd 20 at each 10 s sample: a change over the horizon has sd 20 x sqrt(2).
        var random = new Random(7);
        var noise = Enumerable.Range(0, 3000).Select(_ => 20 * Gaussian(random)).ToArray();

        var swing = Feed(new DemandSwingEstimator(), seconds: 29_000, demandAt: t => 1000 + noise[(int)(t / 10)]);

        Assert.InRange(swing, 20 * Math.Sqrt(2) * 0.75, 20 * Math.Sqrt(2) * 1.25);
    }

    [Fact]
    public void Add_SurgeAfterCalm_RisesWithinOneHorizonAndFallsBackSlowly()
    {
        var estimator = new DemandSwingEstimator();
        Feed(estimator, seconds: 3600, demandAt: _ => 400);

        // +400 players within one minute.
        var during = Feed(estimator, seconds: 60, demandAt: t => 400 + (400 * t / 60), start: 3600);
        var justAfter = Feed(estimator, seconds: 120, demandAt: _ => 800, start: 3660);
        var anHourLater = Feed(estimator, seconds: 3600, demandAt: _ => 800, start: 3780);

        Assert.True(during > 100, $"during {during}");
        Assert.True(anHourLater < justAfter / 3, $"just after {justAfter}, an hour later {anHourLater}");
        Assert.True(anHourLater > 0, "a swing is remembered for a while");
    }

    private static double Feed(DemandSwingEstimator estimator, int seconds, Func<double, double> demandAt, int start = 0)
    {
        var swing = 0.0;
        for (var t = start; t <= start + seconds; t += 10)
        {
            swing = estimator.Add(PolicyFixture.Now + TimeSpan.FromSeconds(t), demandAt(t - start), Horizon, Memory);
        }

        return swing;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
