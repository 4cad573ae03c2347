using Autoscaler.Controller.Fleets;
using Autoscaler.Simulator.Live;
using Autoscaler.Simulator.Project;
using Microsoft.Extensions.Configuration;

namespace Autoscaler.Simulator.Tests.Live;

public class ScaledFleetSettingsTests
{
    private static readonly TimeScale Speed30 = new(30);

    private static FleetOptions ProjectOptions() => ProjectPolicySettings.Create(new SimulationOptions(), 1, 1000, policyFile: null);

    // What the controller process makes of the environment variables: the same binder, the same validator.
    private static FleetOptions Bind(IReadOnlyDictionary<string, string> settings, string fleet)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(p => new KeyValuePair<string, string?>(p.Key.Replace("__", ":", StringComparison.Ordinal), p.Value)))
            .Build();
        var bound = new FleetOptions();
        configuration.GetSection($"{FleetCatalogOptions.SectionName}:{fleet}").Bind(bound);
        return bound;
    }

    [Fact]
    public void For_ProjectOptions_EveryDurationIsDividedBySpeedAndEverythingElseKept()
    {
        var options = ProjectOptions();

        var bound = Bind(ScaledFleetSettings.For(options, "game", Speed30), "game");

        foreach (var property in typeof(FleetOptions).GetProperties().Where(p => p.CanWrite))
        {
            var original = property.GetValue(options);
            var expected = original is TimeSpan duration ? Speed30.ToWall(duration) : original;
            Assert.True(Equals(expected, property.GetValue(bound)), $"{property.Name}: expected {expected}, bound {property.GetValue(bound)}");
        }
    }

    [Fact]
    public void For_ProjectOptions_ScalesTheDurationsTheLiveModeDependsOn()
    {
        var options = ProjectOptions();

        var bound = Bind(ScaledFleetSettings.For(options, "game", Speed30), "game");

        Assert.Equal(TimeSpan.FromSeconds(4), bound.ExpectedBootTime);
        Assert.Equal(options.PolicyInterval / 30, bound.PolicyInterval);
        Assert.Equal(options.ScaleDownCooldown / 30, bound.ScaleDownCooldown);
        Assert.Equal(options.ScaleDownWindow / 30, bound.ScaleDownWindow);
        Assert.Equal(options.WaitingPlayersTtl / 30, bound.WaitingPlayersTtl);
        Assert.Equal(options.EmptyGracePeriod / 30, bound.EmptyGracePeriod);
        Assert.Equal(options.DrainSettle / 30, bound.DrainSettle);
        Assert.Equal(options.HeartbeatTimeout / 30, bound.HeartbeatTimeout);
        Assert.Equal(options.BootTimeout / 30, bound.BootTimeout);
        Assert.Equal(options.BuildTimeout / 30, bound.BuildTimeout);
        Assert.Equal(options.JoinRateWindow / 30, bound.JoinRateWindow);
        Assert.Equal(options.CreateBackoff / 30, bound.CreateBackoff);
        Assert.Equal(options.MaxCreateBackoff / 30, bound.MaxCreateBackoff);
        Assert.Equal(options.BillingDeleteWindow / 30, bound.BillingDeleteWindow);
        Assert.Contains(nameof(FleetOptions.JoinRateWindow), ScaledFleetSettings.Durations);
        Assert.Equal(typeof(FleetOptions).GetProperties().Count(p => p.PropertyType == typeof(TimeSpan)), ScaledFleetSettings.Durations.Count);
    }

    [Fact]
    public void For_ScaledProjectOptions_PassTheControllersValidation()
    {
        var catalog = new FleetCatalogOptions();
        catalog.Fleets["game"] = Bind(ScaledFleetSettings.For(ProjectOptions(), "game", new TimeScale(TimeScale.MaxSpeed)), "game");

        var result = new FleetCatalogValidator().Validate(null, catalog);

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void For_ZeroDurations_StayZero()
    {
        var options = ProjectOptions();
        options.ScaleUpCooldown = TimeSpan.Zero;
        options.BillingGranularity = TimeSpan.Zero;

        var settings = ScaledFleetSettings.For(options, "game", Speed30);

        Assert.Equal("00:00:00", settings["Fleets__game__ScaleUpCooldown"]);
        Assert.Equal("00:00:00", settings["Fleets__game__BillingGranularity"]);
    }
}
