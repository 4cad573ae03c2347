using System.Globalization;

namespace Autoscaler.Simulator.Cli;

/// <summary>Parses a duration given on the command line: a number with a unit, <c>90s</c>, <c>10m</c>, <c>1.5h</c>
/// (a bare number is minutes).</summary>
internal static class DurationArgument
{
    public const string Syntax = "a positive number of minutes, or a number with a unit: 90s, 10m, 1.5h";

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        var (number, unitSeconds) = char.ToLowerInvariant(trimmed[^1]) switch
        {
            's' => (trimmed[..^1], 1.0),
            'm' => (trimmed[..^1], 60.0),
            'h' => (trimmed[..^1], 3600.0),
            _ => (trimmed, 60.0),
        };
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value) || value <= 0 || value * unitSeconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(value * unitSeconds);
        return true;
    }
}
