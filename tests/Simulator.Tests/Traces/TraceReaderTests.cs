using Autoscaler.Simulator.Traces;

namespace Autoscaler.Simulator.Tests.Traces;

public class TraceReaderTests
{
    private static PlayerTrace Read(string text) => TraceReader.Read(new StringReader(text), "test.csv");

    private static TraceFormatException ReadFails(string text) => Assert.Throws<TraceFormatException>(() => Read(text));

    [Fact]
    public void Read_CommentsHeaderAndBlankLines_KeepsSamplesAndDescription()
    {
        var trace = Read("# a small trace\nt_seconds,players\n\n0,10\n# mid comment\n60, 20.5\n120,0\n");

        Assert.Equal("a small trace", trace.Description);
        Assert.Equal([new TraceSample(0, 10), new TraceSample(60, 20.5), new TraceSample(120, 0)], trace.Samples);
        Assert.Equal(TimeSpan.FromSeconds(120), trace.Duration);
        Assert.Equal(20.5, trace.PeakPlayers);
    }

    [Fact]
    public void Read_NoHeader_AcceptsDataRows()
    {
        var trace = Read("0,1\n10,2\n");

        Assert.Equal(2, trace.Samples.Count);
    }

    [Fact]
    public void Read_WrongFieldCount_NamesLineAndProblem()
    {
        var error = ReadFails("# c\nt_seconds,players\n0,1\n10,2,3\n");

        Assert.Equal(4, error.Line);
        Assert.Contains("test.csv, line 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected 2 comma-separated fields", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0,1\nten,2\n", "t_seconds is not a finite number")]
    [InlineData("0,1\n10,many\n", "players is not a finite number")]
    [InlineData("0,1\n10,NaN\n", "players is not a finite number")]
    [InlineData("0,1\n10,Infinity\n", "players is not a finite number")]
    [InlineData("0,1\n10,-3\n", "players must not be negative")]
    [InlineData("0,1\n-10,3\n", "t_seconds must not be negative")]
    [InlineData("0,1\n0,3\n", "t_seconds must increase: 0 does not follow 0")]
    [InlineData("0,1\n20,3\n10,3\n", "t_seconds must increase: 10 does not follow 20")]
    public void Read_BadValue_NamesTheProblem(string text, string problem)
    {
        var error = ReadFails(text);

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 2, $"line {error.Line}");
    }

    [Fact]
    public void Read_HeaderAfterData_IsRejectedAsNotANumber()
    {
        var error = ReadFails("0,1\nt_seconds,players\n10,2\n");

        Assert.Equal(2, error.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\nt_seconds,players\n")]
    [InlineData("t_seconds,players\n0,5\n")]
    public void Read_FewerThanTwoSamples_Fails(string text)
    {
        var error = ReadFails(text);

        Assert.Contains("at least two samples", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_MissingFile_SaysSo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.csv");

        var error = Assert.Throws<TraceFormatException>(() => TraceReader.ReadFile(path));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diurnal-24h.csv", 86_400)]
    [InlineData("flash-crowd-2h.csv", 7_200)]
    public void ReadFile_PublicTraces_Parse(string name, double end)
    {
        var trace = TraceReader.ReadFile(TracePaths.Shared(name));

        Assert.Equal(end, trace.End, 3);
        Assert.False(string.IsNullOrEmpty(trace.Description));
    }
}
