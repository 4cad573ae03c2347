using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Autoscaler.Simulator.Live;

/// <summary>The controller's decisions of a live run by reason, read from its SQLite file (the <c>decisions</c> table),
/// counted as the virtual mode counts them: <c>create: Reason</c> per server created, <c>drain: Reason</c> per server
/// drained (and so for undrain, delete, reboot, replace), <c>hold: Reason</c> per decision that did nothing.</summary>
internal static partial class ControllerDecisions
{
    public static SortedDictionary<string, int> CountBetween(string databasePath, DateTimeOffset since, DateTimeOffset until)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        // The controller stores times as unix milliseconds (AutoscalerDbContext).
        command.CommandText = "SELECT Reason, \"Create\", Undrain, Drain, \"Delete\", Reboot, Replace, Detail FROM decisions WHERE At >= $since AND At < $until";
        command.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$until", until.ToUnixTimeMilliseconds());
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            Count(counts, reader.GetString(0), reader.GetInt32(1), [reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6)], reader.GetString(7));
        }

        return counts;
    }

    /// <summary>Adds one decision row: its creates under its headline reason, each itemised action under its own reason.</summary>
    internal static void Count(SortedDictionary<string, int> counts, string reason, int creates, int[] actions, string detail)
    {
        if (creates > 0)
        {
            Add(counts, $"create: {reason}", creates);
        }

        if (creates == 0 && actions.All(a => a == 0))
        {
            if (reason != "Steady")
            {
                Add(counts, $"hold: {reason}", 1);
            }

            return;
        }

        foreach (Match segment in Segment().Matches(detail))
        {
            var verb = segment.Groups["verb"].Value;
            foreach (Match item in Item().Matches(segment.Groups["items"].Value))
            {
                Add(counts, $"{verb}: {item.Groups["reason"].Value}", 1);
            }

            if (More().Match(segment.Groups["items"].Value) is { Success: true } more)
            {
                Add(counts, $"{verb}: (not itemised)", int.Parse(more.Groups["n"].Value, CultureInfo.InvariantCulture));
            }
        }
    }

    private static void Add(SortedDictionary<string, int> counts, string key, int times) =>
        counts[key] = counts.GetValueOrDefault(key) + times;

    // DecisionRecords writes "...; drain: id (Reason) id (Reason) and N more; delete: ..." after the figures.
    [GeneratedRegex("; (?<verb>undrain|drain|delete|reboot|replace):(?<items>[^;]*)")]
    private static partial Regex Segment();

    [GeneratedRegex(@"\((?<reason>[A-Za-z]+)\)")]
    private static partial Regex Item();

    [GeneratedRegex(@"and (?<n>\d+) more")]
    private static partial Regex More();
}
