using System.Text.RegularExpressions;
using Autoscaler.Controller.Fleets;

namespace Autoscaler.Controller.Operations.Admin;

/// <summary>Checks the arguments of admin calls and turns them into values the core accepts.</summary>
internal static partial class AdminRequests
{
    /// <summary>Longest fleet name or server id accepted in a request.</summary>
    public const int MaxNameLength = 128;

    /// <summary>Decisions returned when a request does not say how many.</summary>
    public const int DefaultDecisionLimit = 50;

    /// <summary>Most decisions one call returns.</summary>
    public const int MaxDecisionLimit = 1000;

    /// <summary>History returned when a request does not say how far back.</summary>
    public const int DefaultHistoryMinutes = 30;

    /// <summary>Furthest back one history call reaches (a day).</summary>
    public const int MaxHistoryMinutes = 1440;

    /// <summary>Most waiting players one report may carry.</summary>
    public const int MaxWaitingPlayers = 1_000_000;

    /// <summary>The source of a waiting-players report that names none.</summary>
    public const string DefaultWaitingSource = "default";

    /// <summary>The fleet named by <paramref name="fleet"/>; InvalidArgument when malformed, NotFound when not configured.</summary>
    public static FleetOptions Fleet(FleetCatalog catalog, string fleet, out string name)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        name = Name("fleet", fleet);
        return catalog.TryGet(name, out var options) ? options : throw AdminErrors.NotFound("fleet", name);
    }

    /// <summary>A required identifier: not empty, at most <see cref="MaxNameLength"/> characters of [A-Za-z0-9._-].</summary>
    public static string Name(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw AdminErrors.InvalidArgument(field, "is required.");
        }

        if (value.Length > MaxNameLength)
        {
            throw AdminErrors.InvalidArgument(field, $"must be at most {MaxNameLength} characters.");
        }

        return NamePattern().IsMatch(value)
            ? value
            : throw AdminErrors.InvalidArgument(field, "may contain only letters, digits, '.', '_' and '-'.");
    }

    /// <summary>A count from 0 (the default) or 1 to <paramref name="max"/>.</summary>
    public static int Limit(string field, int value, int defaultValue, int max) =>
        value == 0 ? defaultValue
        : value >= 1 && value <= max ? value
        : throw AdminErrors.InvalidArgument(field, $"must be from 1 to {max}, or 0 for {defaultValue}.");

    [GeneratedRegex("^[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
