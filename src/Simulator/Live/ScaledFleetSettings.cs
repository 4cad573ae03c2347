using System.Globalization;
using System.Reflection;
using Autoscaler.Controller.Fleets;

namespace Autoscaler.Simulator.Live;

/// <summary>A fleet's options as the controller process's configuration (<c>Fleets__{fleet}__{Property}</c> environment
/// variables), every duration divided by the live run's speed.</summary>
/// <remarks>
/// Every public read/write property of <see cref="FleetOptions"/> is written, found by reflection: a property added
/// later is carried over (and scaled, if it is a duration) without a change here, and a property of a type this class
/// cannot write stops the run instead of being left out silently.
/// </remarks>
internal static class ScaledFleetSettings
{
    /// <summary>The environment variables that configure <paramref name="fleet"/> as <paramref name="options"/> at <paramref name="scale"/>.</summary>
    public static SortedDictionary<string, string> For(FleetOptions options, string fleet, TimeScale scale)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(fleet);
        ArgumentNullException.ThrowIfNull(scale);
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in Properties)
        {
            settings[$"{FleetCatalogOptions.SectionName}__{fleet}__{property.Name}"] = Format(property, property.GetValue(options), scale);
        }

        return settings;
    }

    /// <summary>The names of the durations that are scaled.</summary>
    public static IReadOnlyList<string> Durations { get; } =
        [.. Properties.Where(p => p.PropertyType == typeof(TimeSpan)).Select(p => p.Name)];

    private static IReadOnlyList<PropertyInfo> Properties =>
        [.. typeof(FleetOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.CanWrite).OrderBy(p => p.Name, StringComparer.Ordinal)];

    private static string Format(PropertyInfo property, object? value, TimeScale scale) => value switch
    {
        TimeSpan duration => scale.ToWall(duration).ToString("c", CultureInfo.InvariantCulture),
        string text => text,
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException(
            $"FleetOptions.{property.Name} ({property.PropertyType.Name}) has no live-mode mapping; teach {nameof(ScaledFleetSettings)} to write it."),
    };
}
