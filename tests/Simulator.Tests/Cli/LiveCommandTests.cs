using Autoscaler.Simulator.Cli;
using Autoscaler.Simulator.Live;

namespace Autoscaler.Simulator.Tests.Cli;

public sealed class LiveCommandTests : IDisposable
{
    private readonly string _trace;

    public LiveCommandTests()
    {
        _trace = Path.Combine(Path.GetTempPath(), $"sim-live-cli-{Guid.NewGuid():N}.csv");
        File.WriteAllText(_trace, "0,1\n600,1\n");
    }

    public void Dispose() => File.Delete(_trace);

    private static (IReadOnlyList<string> Errors, SimulatorInvocation? Invocation) Parse(params string[] args)
    {
        SimulatorInvocation? bound = null;
        var parse = new SimulatorCommand().Build((invocation, _, _, _) =>
        {
            bound = invocation;
            return Task.FromResult(0);
        }).Parse(args);
        if (parse.Errors.Count == 0)
        {
            parse.Invoke();
        }

        return ([.. parse.Errors.Select(e => e.Message)], bound);
    }

    [Fact]
    public void Parse_LiveWithSpeedAndDuration_BindsTheScaleAndTheDuration()
    {
        var (errors, invocation) = Parse("--trace", _trace, "--live", "--speed", "60", "--duration", "90s");

        Assert.Empty(errors);
        Assert.Equal(new TimeScale(60), invocation!.Live);
        Assert.Equal(TimeSpan.FromSeconds(90), invocation.Duration);
    }

    [Fact]
    public void Parse_NoLive_IsAVirtualRun()
    {
        var (errors, invocation) = Parse("--trace", _trace);

        Assert.Empty(errors);
        Assert.Null(invocation!.Live);
        Assert.Null(invocation.Duration);
    }

    [Theory]
    [InlineData("0.5")]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("-3")]
    public void Parse_SpeedOutOfRange_NamesTheRange(string speed)
    {
        var (errors, _) = Parse("--trace", _trace, "--live", "--speed", speed);

        Assert.Contains("--speed must be between 1 and 100 (trace seconds per wall second).", errors);
    }

    [Fact]
    public void Parse_SpeedWithoutLive_IsAnError()
    {
        var (errors, _) = Parse("--trace", _trace, "--speed", "30");

        Assert.Contains("--speed needs --live.", errors);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("0")]
    [InlineData("-10m")]
    [InlineData("10d")]
    public void Parse_BadDuration_SaysWhatIsAccepted(string duration)
    {
        var (errors, _) = Parse("--trace", _trace, "--duration", duration);

        Assert.Contains($"--duration must be {DurationArgument.Syntax}.", errors);
    }

    [Fact]
    public void Parse_LiveWithABaselinePolicy_IsAnError()
    {
        var (errors, _) = Parse("--trace", _trace, "--live", "--policy", "raknet");

        Assert.Contains("--live runs the project's policy only: leave out --policy or give --policy autoscaler.", errors);
    }

    [Fact]
    public void Parse_SeveralLiveMistakes_ReportsEveryOne()
    {
        var (errors, _) = Parse("--trace", _trace, "--live", "--speed", "500", "--duration", "x", "--policy", "fixed");

        Assert.Equal(3, errors.Count);
    }

    [Theory]
    [InlineData("10", 600)]
    [InlineData("90s", 90)]
    [InlineData("10m", 600)]
    [InlineData("1.5h", 5400)]
    [InlineData(" 2H ", 7200)]
    public void TryParse_NumberWithOrWithoutUnit_GivesTheDuration(string text, double seconds)
    {
        Assert.True(DurationArgument.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }
}
