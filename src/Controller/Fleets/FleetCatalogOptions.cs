namespace Autoscaler.Controller.Fleets;

/// <summary>The <c>Fleets</c> configuration section: every fleet by name.</summary>
internal sealed class FleetCatalogOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Fleets";

    /// <summary>Fleets by name (1-64 chars of [a-z0-9-]).</summary>
    public Dictionary<string, FleetOptions> Fleets { get; } = new(StringComparer.Ordinal);
}
