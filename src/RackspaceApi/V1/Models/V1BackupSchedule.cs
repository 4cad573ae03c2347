using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.V1.Models;

/// <summary>A v1.0 server's backup schedule.</summary>
public sealed record V1BackupSchedule
{
    /// <summary>Whether backups are taken.</summary>
    [JsonPropertyName("enabled")]
    public bool Enabled { get; init; }

    /// <summary>DISABLED, SUNDAY, MONDAY, ... SATURDAY.</summary>
    [JsonPropertyName("weekly")]
    public string? Weekly { get; init; }

    /// <summary>DISABLED or a two-hour window such as H_0400_0600.</summary>
    [JsonPropertyName("daily")]
    public string? Daily { get; init; }
}
