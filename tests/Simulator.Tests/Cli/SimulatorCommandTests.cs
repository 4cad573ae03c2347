using System.CommandLine;
using System.Text.Json;
using Autoscaler.Simulator.Cli;
using Autoscaler.Simulator.Policies;

namespace Autoscaler.Simulator.Tests.Cli;

public sealed class SimulatorCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sim-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteTrace(string text)
    {
        var path = Path.Combine(_dir, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Exit, string Output, string Error) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new SimulatorCommand().Build(SimulatorRun.ExecuteAsync);
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static IReadOnlyList<string> ParseErrors(params string[] args) =>
        [.. new SimulatorCommand().Build((_, _, _, _) => Task.FromResult(0)).Parse(args).Errors.Select(e => e.Message)];

    [Fact]
    public void Parse_NoTrace_ReportsTheRequiredOption()
    {
        var errors = ParseErrors();

        Assert.Contains(errors, e => e.Contains("--trace", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TraceThatDoesNotExist_IsAnError()
    {
        var errors = ParseErrors("--trace", Path.Combine(_dir, "nope.csv"));

        Assert.Contains(errors, e => e.Contains("nope.csv", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--slots", "0", "--slots must be between 1 and 100000.")]
    [InlineData("--policy", "magic", "--policy must be one of: all, autoscaler, agones-absolute, agones-percent, raknet, fixed.")]
    [InlineData("--boot-seconds", "0", "--boot-seconds must be above 0 and at most 86400.")]
    [InlineData("--boot-jitter-seconds", "200", "--boot-jitter-seconds must be smaller than --boot-seconds.")]
    [InlineData("--step-seconds", "0", "--step-seconds must be between 0.1 and 60.")]
    [InlineData("--session-minutes", "-1", "--session-minutes must not be negative (0 turns churn off).")]
    [InlineData("--agones-buffer", "lots", "--agones-buffer must be auto or a whole number of slots, 0 or more.")]
    [InlineData("--agones-percent", "100", "--agones-percent must be auto or a whole number from 0 to 99.")]
    [InlineData("--min-servers", "2000", "--min-servers must not exceed --max-servers.")]
    [InlineData("--fixed-servers", "0", "--fixed-servers must be between 1 and 100000.")]
    public void Parse_InvalidValue_NamesTheOptionAndTheRule(string option, string value, string message)
    {
        var trace = WriteTrace("0,1\n10,1\n");

        var errors = ParseErrors("--trace", trace, option, value);

        Assert.Contains(message, errors);
    }

    [Fact]
    public void Parse_SeveralMistakes_ReportsEveryOne()
    {
        var trace = WriteTrace("0,1\n10,1\n");

        var errors = ParseErrors("--trace", trace, "--slots", "0", "--boot-seconds", "0", "--agones-percent", "-5");

        Assert.Contains("--slots must be between 1 and 100000.", errors);
        Assert.Contains("--boot-seconds must be above 0 and at most 86400.", errors);
        Assert.Contains("--agones-percent must be auto or a whole number from 0 to 99.", errors);
    }

    [Fact]
    public void Parse_Defaults_AreValid()
    {
        var trace = WriteTrace("0,1\n10,1\n");

        Assert.Empty(ParseErrors("--trace", trace));
    }

    [Fact]
    public void Parse_UnknownMatchmaker_IsAnError()
    {
        var trace = WriteTrace("0,1\n10,1\n");

        Assert.NotEmpty(ParseErrors("--trace", trace, "--matchmaker", "random"));
        Assert.Empty(ParseErrors("--trace", trace, "--matchmaker", "spread"));
    }

    [Fact]
    public void Invoke_MalformedTrace_ExitsWithTheLineAndProblem()
    {
        var trace = WriteTrace("t_seconds,players\n0,1\n10;2\n");

        var (exit, _, error) = Invoke("--trace", trace);

        Assert.Equal(SimulatorRun.InputError, exit);
        Assert.Contains("line 3: expected 2 comma-separated fields", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_ValidTrace_PrintsTheTableAndWritesJsonAndChart()
    {
        var trace = WriteTrace("# tiny\nt_seconds,players\n0,30\n600,90\n1200,30\n");
        var json = Path.Combine(_dir, "out.json");
        var chart = Path.Combine(_dir, "out.html");

        var (exit, output, _) = Invoke("--trace", trace, "--policy", PolicyNames.AgonesAbsolute, "--policy", PolicyNames.Fixed, "--agones-buffer", "40", "--json", json, "--chart", chart);

        Assert.Equal(0, exit);
        Assert.Contains("agones-absolute", output, StringComparison.Ordinal);
        Assert.Contains("fixed fleet of 5 servers", output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var runs = document.RootElement.GetProperty("runs");
        Assert.Equal(2, runs.GetArrayLength());
        Assert.True(runs[0].GetProperty("score").GetProperty("lowerBoundServerHours").GetDouble() > 0);
        Assert.Contains("<svg", File.ReadAllText(chart), StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_UnwritableJsonPath_ExitsWithAnError()
    {
        var trace = WriteTrace("0,10\n60,10\n");

        var (exit, _, error) = Invoke("--trace", trace, "--policy", PolicyNames.Fixed, "--json", Path.Combine(_dir, "no-such-dir", "out.json"));

        Assert.Equal(SimulatorRun.InputError, exit);
        Assert.Contains("cannot write the report", error, StringComparison.Ordinal);
    }
}
