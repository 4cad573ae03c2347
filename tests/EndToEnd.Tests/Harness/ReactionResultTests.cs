using Autoscaler.Harness;

namespace Autoscaler.EndToEnd.Tests.Harness;

/// <summary>The reaction summary: nearest-rank percentiles, settings validation and the controller log's times.</summary>
public sealed class ReactionResultTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 3, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Constructor_HundredSamples_NearestRankPercentiles()
    {
        var samples = Enumerable.Range(1, 100).Reverse().Select(ms => Sample(100 - ms, ms)).ToList();

        var result = new ReactionResult(samples);

        Assert.Equal(100, result.Count);
        Assert.Equal(TimeSpan.FromMilliseconds(1), result.Min);
        Assert.Equal(TimeSpan.FromMilliseconds(50), result.P50);
        Assert.Equal(TimeSpan.FromMilliseconds(99), result.P99);
        Assert.Equal(TimeSpan.FromMilliseconds(100), result.Max);
        Assert.Equal(TimeSpan.FromMilliseconds(50.5), result.Mean);
    }

    [Fact]
    public void Constructor_OneSample_EveryFigureIsThatSample()
    {
        var result = new ReactionResult([Sample(0, 42)]);

        Assert.Equal(TimeSpan.FromMilliseconds(42), result.P50);
        Assert.Equal(TimeSpan.FromMilliseconds(42), result.P99);
        Assert.Equal(TimeSpan.FromMilliseconds(42), result.Max);
    }

    [Fact]
    public void Constructor_NoSamples_Throws() => Assert.Throws<ArgumentException>(() => new ReactionResult([]));

    [Fact]
    public void Validate_EverySettingWrong_NamesEachOne()
    {
        var settings = new ReactionSettings { Samples = 0, SlotsPerServer = 0, BuildTime = TimeSpan.FromMinutes(-1), StepTimeout = TimeSpan.Zero };

        var errors = settings.Validate();

        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("Samples", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("SlotsPerServer", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("BuildTime", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("StepTimeout", StringComparison.Ordinal));
        Assert.Empty(new ReactionSettings().Validate());
    }

    [Fact]
    public void Parse_ControllerOutput_FindsEarlyFiresAndCreateDecisionsOnly()
    {
        const string output = """
            2026-12-03T18:00:00.1000000+00:00 info: Autoscaler.Controller.Scheduling.CoreStartup[1402] Fleet reaction: policy every 01:00:00
            2026-12-03T18:00:01.2500000+00:00 dbug: Autoscaler.Controller.Scheduling.QuartzPolicyTrigger[1400] Fleet reaction: a report broke the buffer; policy fired early
            2026-12-03T18:00:01.2600000+00:00 info: Autoscaler.Controller.Core.FleetEngine[1300] Fleet reaction decision BufferShort: create 1, undrain 0, drain 0, delete 0, reboot 0, replace 0 (players 10)
            2026-12-03T18:00:02.0000000+00:00 info: Autoscaler.Controller.Core.FleetEngine[1300] Fleet reaction decision AtMaximum: create 0, undrain 0, drain 0, delete 0, reboot 0, replace 0 (players 10)
            info: Autoscaler.Controller.Core.FleetEngine[1300] Fleet reaction decision BufferShort: create 1, undrain 0 (no timestamp)
            """;

        var times = ControllerLogTimes.Parse(output);

        Assert.Equal([T0.AddSeconds(1.25)], times.FiredEarly);
        Assert.Equal([T0.AddSeconds(1.26)], times.DecidedCreate);
    }

    private static ReactionSample Sample(int index, double milliseconds) =>
        new(index, T0, T0.AddMilliseconds(milliseconds), 202, $"cloud-{index}");
}
