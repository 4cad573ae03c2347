using Autoscaler.Controller.Registry;
using Autoscaler.Controller.Tests.Policy;

namespace Autoscaler.Controller.Tests.Registry;

public sealed class ForecastErrorsTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Horizon = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    [Fact]
    public void Margin_BeforeEnoughForecastsAreScored_IsNull()
    {
        var errors = new ForecastErrors();
        for (var i = 0; i < 5; i++)
        {
            errors.Observe(At(i), 100, 100, Horizon, Window);
        }

        // Ticks 0 and 1 have been scored (their 30 s horizon has passed at ticks 3 and 4): 2 of the 3 asked for.
        Assert.Null(errors.Margin(0.99, 3));
        Assert.Equal(0, errors.Margin(0.99, 2));
    }

    [Fact]
    public void Margin_ScoresTheMostPlayersSeenWithinTheHorizon_NotOnlyTheEnd()
    {
        var errors = new ForecastErrors();

        // Forecast 100 at tick 0; a spike to 160 at tick 2 falls back to 100 by tick 3 (the horizon's end).
        errors.Observe(At(0), 100, 100, Horizon, Window);
        errors.Observe(At(1), 100, 200, Horizon, Window);
        errors.Observe(At(2), 160, 200, Horizon, Window);
        errors.Observe(At(3), 100, 200, Horizon, Window);

        Assert.Equal(60, errors.Margin(1.0, 1));
    }

    [Fact]
    public void Margin_ForecastsThatOverestimate_GiveNoNegativeMargin()
    {
        var errors = new ForecastErrors();
        for (var i = 0; i < 20; i++)
        {
            errors.Observe(At(i), 100, 150, Horizon, Window);
        }

        Assert.Equal(0, errors.Margin(0.99, 1));
    }

    [Fact]
    public void Margin_IsTheQuantileOfTheShortfalls()
    {
        var errors = new ForecastErrors();

        // Forecast "no change" every tick while players climb by 10 a tick: every scored forecast fell 30 short...
        for (var i = 0; i < 50; i++)
        {
            errors.Observe(At(i), 10 * i, 10 * i, Horizon, Window);
        }

        Assert.Equal(30, errors.Margin(0.5, 1));

        // ...then one jump of 200 within a horizon: the top quantile sees it, the median does not.
        errors.Observe(At(50), 700, 700, Horizon, Window);
        Assert.Equal(30, errors.Margin(0.5, 1));
        Assert.Equal(700 - 470, errors.Margin(1.0, 1));
    }

    [Fact]
    public void Margin_ForgetsShortfallsOlderThanTheWindow()
    {
        var errors = new ForecastErrors();
        var window = TimeSpan.FromMinutes(5);
        errors.Observe(At(0), 100, 100, Horizon, window);
        errors.Observe(At(1), 300, 300, Horizon, window);
        errors.Observe(At(3), 300, 300, Horizon, window);
        Assert.Equal(200, errors.Margin(1.0, 1));

        // A calm half hour later, the surge has left the window.
        for (var i = 4; i < 180; i++)
        {
            errors.Observe(At(i), 300, 300, Horizon, window);
        }

        Assert.Equal(0, errors.Margin(1.0, 1));
    }

    [Fact]
    public void Observe_ManyTicksWithinTheWindow_KeepsOnlyTheNewestErrors()
    {
        var errors = new ForecastErrors();

        // An old surge, then more calm forecasts than the cap within the same window: the surge is dropped by the cap.
        errors.Observe(At(0), 100, 100, Horizon, Window);
        errors.Observe(At(1), 500, 500, Horizon, Window);
        var tick = TimeSpan.FromMilliseconds(100);
        for (var i = 0; i < ForecastErrors.MaxErrors + 400; i++)
        {
            errors.Observe(At(2) + (tick * i), 500, 500, Horizon, Window);
        }

        Assert.Equal(0, errors.Margin(1.0, ForecastErrors.MaxErrors));
    }

    private static DateTimeOffset At(int tick) => PolicyFixture.Now + (Tick * tick);
}
