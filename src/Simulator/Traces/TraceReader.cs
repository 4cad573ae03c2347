using System.Globalization;

namespace Autoscaler.Simulator.Traces;

/// <summary>Reads the CSV trace format: <c>t_seconds,players</c> rows, <c>#</c> comments, an optional header row.</summary>
internal static class TraceReader
{
    private const string Header = "t_seconds,players";

    /// <summary>Reads and validates a trace file.</summary>
    /// <exception cref="TraceFormatException">The file breaks the format; the message names the line and the problem.</exception>
    public static PlayerTrace ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new TraceFormatException($"{path}: the trace file does not exist.");
        }

        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>Reads and validates a trace; <paramref name="source"/> names it in errors and reports.</summary>
    /// <exception cref="TraceFormatException">The text breaks the format; the message names the line and the problem.</exception>
    public static PlayerTrace Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var samples = new List<TraceSample>();
        var description = "";
        var lineNumber = 0;
        var sawData = false;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '#')
            {
                if (description.Length == 0 && !sawData)
                {
                    description = line.TrimStart('#').Trim();
                }

                continue;
            }

            if (!sawData && samples.Count == 0 && line.Replace(" ", "", StringComparison.Ordinal).Equals(Header, StringComparison.OrdinalIgnoreCase))
            {
                sawData = true;
                continue;
            }

            sawData = true;
            samples.Add(ParseRow(line, lineNumber, source, samples.Count > 0 ? samples[^1] : null));
        }

        if (samples.Count < 2)
        {
            throw new TraceFormatException(source, lineNumber, $"a trace needs at least two samples, found {samples.Count}.");
        }

        return new PlayerTrace(source, samples) { Description = description };
    }

    private static TraceSample ParseRow(string line, int lineNumber, string source, TraceSample? previous)
    {
        var fields = line.Split(',');
        if (fields.Length != 2)
        {
            throw new TraceFormatException(source, lineNumber, $"expected 2 comma-separated fields (t_seconds,players), found {fields.Length}: \"{Shorten(line)}\".");
        }

        var seconds = ParseNumber(fields[0], "t_seconds", lineNumber, source);
        var players = ParseNumber(fields[1], "players", lineNumber, source);
        if (seconds < 0)
        {
            throw new TraceFormatException(source, lineNumber, $"t_seconds must not be negative, found {Format(seconds)}.");
        }

        if (players < 0)
        {
            throw new TraceFormatException(source, lineNumber, $"players must not be negative, found {Format(players)}.");
        }

        if (previous is { } p && seconds <= p.Seconds)
        {
            throw new TraceFormatException(source, lineNumber, $"t_seconds must increase: {Format(seconds)} does not follow {Format(p.Seconds)}.");
        }

        return new TraceSample(seconds, players);
    }

    private static double ParseNumber(string field, string name, int lineNumber, string source)
    {
        var text = field.Trim();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new TraceFormatException(source, lineNumber, $"{name} is not a finite number: \"{Shorten(text)}\".");
        }

        return value;
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
