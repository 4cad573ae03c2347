using System.Globalization;

namespace Autoscaler.Harness;

/// <summary>The times of the controller's early policy fires and create decisions, read from its console output when it
/// logs single lines with UTC timestamps (as <see cref="ReactionBenchmark"/> starts it).</summary>
/// <param name="FiredEarly">When the registry's trigger had the policy job fired (event 1400), oldest first.</param>
/// <param name="DecidedCreate">When a tick decided to create servers (event 1300 with create above 0), oldest first.</param>
public sealed record ControllerLogTimes(IReadOnlyList<DateTimeOffset> FiredEarly, IReadOnlyList<DateTimeOffset> DecidedCreate)
{
    /// <summary>The timestamp format the controller is given (<c>Logging__Console__FormatterOptions__TimestampFormat</c>).</summary>
    public const string TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffffffzzz ";

    /// <summary>Reads the times from console output; lines without a timestamp in that format are ignored.</summary>
    public static ControllerLogTimes Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var fired = new List<DateTimeOffset>();
        var decided = new List<DateTimeOffset>();
        foreach (var line in output.Split('\n'))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0 || !DateTimeOffset.TryParseExact(
                    line[..space], TimestampFormat.TrimEnd(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                continue;
            }

            if (line.Contains("[1400]", StringComparison.Ordinal))
            {
                fired.Add(time);
            }
            else if (line.Contains("[1300]", StringComparison.Ordinal) && line.Contains(": create ", StringComparison.Ordinal)
                && !line.Contains(": create 0,", StringComparison.Ordinal))
            {
                decided.Add(time);
            }
        }

        return new ControllerLogTimes(fired, decided);
    }
}
